package org.normflow.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * No error answer of the engine's REST API, the webapps' API or NormFlow's API carries SQL, Java
 * class names or stack traces: a server error becomes a Chinese message with a reference number
 * (the full answer goes to the log under that number), and a client error whose text leaks such
 * detail keeps its status with a plain Chinese message.
 */
@Configuration
class ErrorBodies {

  static final Pattern LEAK = Pattern.compile(
      "SQL|###|(?:\\b[a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*|\\bat [a-z]+\\.[\\w.$]+\\(|Exception:|ENGINE-\\d+|jdbc",
      Pattern.CASE_INSENSITIVE);
  static final String SERVER_ERROR = "系统未能完成此操作（参考编号 %s），已保存的内容没有改变。请稍后重试；如仍失败，请将参考编号告知系统管理员。";
  static final String CLIENT_ERROR = "请求的内容无效（参考编号 %s），请检查后重试。";
  private static final Logger LOG = LoggerFactory.getLogger(ErrorBodies.class);

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> errorBodyFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Sanitizer());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
    // outside the validation rewriter, so a refused form keeps its Chinese 400
    registration.setOrder(100);
    return registration;
  }

  static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
  // an ended case's variable: the REST layer wraps "execution x doesn't exist" as a RestException with 500
  static final Pattern MISSING = Pattern.compile("\"type\"\\s*:\\s*\"(NullValueException|NotFoundException)\"|"
      + "\"type\"\\s*:\\s*\"RestException\"[^}]*doesn't exist");
  // the engine's optimistic lock, by its type or (wrapped as "Cannot complete task ...") by its code; ENGINE-03077
  // ("cannot resolve parent ... perhaps it was deleted in the meantime") is the same race seen from a child
  // execution: a timer or another node ended the branch while this completion ran
  static final Pattern CONFLICT = Pattern.compile("\"type\"\\s*:\\s*\"OptimisticLockingException\"|ENGINE-03005|ENGINE-03077|"
      + Pattern.quote(ConcurrentChange.MESSAGE));
  static final Pattern CLIENT_FAULTS = Pattern.compile(
      "SpinJsonDataFormatException|SpinXmlDataFormatException|because \\\\\"parameters\\\\\" is null"
          // Spin's own check when a "Json" or "Xml" variable arrives without a value
          + "|UTILS-02001 Parameter");

  /** A client error in Chinese, by what kind it is. */
  static String clientMessage(int status, String reference) {
    return switch (status) {
      case 401 -> "请先登录（用户名或密码不正确）";
      case 403 -> "您没有执行此操作的权限（参考编号 %s）".formatted(reference);
      case 404 -> "要访问的内容不存在（参考编号 %s）".formatted(reference);
      case 405 -> "此地址不支持这种请求（参考编号 %s）".formatted(reference);
      case 413 -> "提交的内容过大，请缩短后重试";
      case 409 -> "该事项刚刚被他人或系统同时处理（参考编号 %s），您提交的内容没有保存，请刷新后重试".formatted(reference);
      case 415 -> "不支持的提交格式，请以 JSON（application/json）提交（参考编号 %s）".formatted(reference);
      case 429 -> "请求过于频繁，请稍后再试";
      default -> CLIENT_ERROR.formatted(reference)
          .replace("请求的内容无效", "请求的内容无效（例如不是 UTF-8 编码的 JSON，或字段类型不对）");
    };
  }

  /** The engine's REST layers name the exception class in "type" (issue 29: never a class name in an answer). */
  static final Pattern CLASS_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"[A-Za-z]*(?:Exception|Error)\"");

  static boolean leaks(String body) {
    return LEAK.matcher(body).find();
  }

  static class Sanitizer extends OncePerRequestFilter {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, wrapper);
      int status = wrapper.getStatus();
      if (status >= 400) {
        String body = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
        boolean conflict = false;
        if (status >= 500 && MISSING.matcher(body).find()) {
          // the engine names what does not exist (an instance that ended, a wrong id) with a server error
          status = 404;
          wrapper.setStatus(404);
        } else if (status >= 500 && CONFLICT.matcher(body).find()) {
          // two hands on the same case at once (a clerk and a timer, two nodes): nothing was saved, try again
          status = 409;
          wrapper.setStatus(409);
          conflict = true;
        } else if (status >= 500 && CLIENT_FAULTS.matcher(body).find()) {
          // a value the engine could not read (a "Json" variable that is not JSON, no body at all) is the
          // client's fault, however the engine's REST API answers it
          status = 400;
          wrapper.setStatus(400);
        }
        boolean server = status >= 500;
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        // where a clerk reads the answer (Tasklist, Cockpit, Admin, NormFlow's pages and API), it is Chinese
        boolean clerkReads = uri.startsWith("/camunda/api/") || uri.startsWith("/api/");
        // a lost race reads the same everywhere (issue 22): 「该事项刚刚被他人或系统同时处理…」
        if (server || conflict || leaks(body) || (clerkReads && !CHINESE.matcher(body).find())) {
          String reference = UUID.randomUUID().toString().substring(0, 8);
          String logged = body.length() > 2000 ? body.substring(0, 2000) : body;
          if (server) {
            LOG.warn("{} {} answered {} (reference {}): {}", request.getMethod(), request.getRequestURI(), status,
                reference, logged);
          } else {
            // a client's mistake: the reference lets an administrator find what was refused
            LOG.info("{} {} refused {} (reference {}): {}", request.getMethod(), request.getRequestURI(), status,
                reference, logged);
          }
          replace(wrapper, status, server ? SERVER_ERROR.formatted(reference) : clientMessage(status, reference));
        } else if (CLASS_TYPE.matcher(body).find()) {
          byte[] neutral = CLASS_TYPE.matcher(body).replaceFirst("\"type\":\"" + ErrorAnswers.type(status) + "\"")
              .getBytes(StandardCharsets.UTF_8);
          wrapper.resetBuffer();
          wrapper.getOutputStream().write(neutral);
        }
      }
      wrapper.copyBodyToResponse();
    }

    private void replace(ContentCachingResponseWrapper response, int status, String message) throws IOException {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("type", ErrorAnswers.type(status));
      error.put("message", message);
      response.resetBuffer();
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getOutputStream().write(json.writeValueAsBytes(error));
    }
  }
}
