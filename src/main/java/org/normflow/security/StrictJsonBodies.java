package org.normflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A JSON body is UTF-8 (RFC 8259), every byte of it: the JSON parsers of the engine's REST API and of Spring
 * read some broken sequences as characters (an overlong "/" becomes "/", a surrogate's three bytes become half
 * a character), so a body in another encoding or with broken bytes could be stored as something nobody typed.
 * Such a body is refused with 400 before anything parses it; so is an empty body where a form is submitted
 * (the engine's REST API answered 500). Runs after {@link RequestSizeLimit}, so at most the size limit is read.
 */
@Configuration
class StrictJsonBodies {

  static final String NOT_UTF8 = "提交的内容不是有效的 UTF-8 编码（可能来自其他编码，如 GBK），请以 UTF-8 编码的 JSON 重新提交";
  static final String EMPTY = "提交的内容为空，请以 JSON 提交表单内容";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> strictJsonBodyFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Check());
    registration.setName("normflow-strict-json-bodies");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
    registration.setOrder(Integer.MIN_VALUE + 55);
    return registration;
  }

  static class Check extends OncePerRequestFilter {
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String type = request.getContentType();
      return !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
          || type == null || !type.toLowerCase().contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      byte[] body = request.getInputStream().readAllBytes();
      String path = request.getRequestURI();
      if (body.length == 0 && (path.endsWith("/submit-form") || path.endsWith("/complete") || path.endsWith("/start")
          || path.endsWith("/resolve"))) {
        ApiAnswers.refuse(response, 400, "InvalidRequest", EMPTY);
        return;
      }
      try {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
      } catch (CharacterCodingException e) {
        ApiAnswers.refuse(response, 400, "InvalidRequest", NOT_UTF8);
        return;
      }
      chain.doFilter(new RequestSizeLimit.Buffered(request, body), response);
    }
  }
}
