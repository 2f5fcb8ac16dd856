package org.normflow.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine wraps an exception thrown by a task listener in an English message ("ENGINE-03051
 * There was an exception while invoking the TaskListener. Message: '…'"). Tasklist shows that text
 * to the clerk, so for a refused form this filter answers 400 with only the Chinese explanation.
 */
@Configuration
class ValidationMessageFilter {

  static final String MARKER = FormValidationException.PREFIX;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> validationMessages() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Rewriter());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(102);
    return registration;
  }

  static String clerkMessage(String engineMessage) {
    int start = engineMessage.indexOf(MARKER);
    if (start < 0) {
      return null;
    }
    String message = engineMessage.substring(start);
    return message.endsWith("'") ? message.substring(0, message.length() - 1) : message;
  }

  /** The reason after a marker ({@link RoleRefusedException}, {@link NotThereException}), without the engine's wrapping. */
  static String after(String engineMessage, String prefix) {
    int start = engineMessage.indexOf(prefix);
    if (start < 0) {
      return null;
    }
    String message = engineMessage.substring(start + prefix.length());
    return message.endsWith("'") ? message.substring(0, message.length() - 1) : message;
  }

  static class Rewriter extends OncePerRequestFilter {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, wrapper);
      if ((wrapper.getStatus() >= 500 || wrapper.getStatus() == 400) && isJson(wrapper)) {
        rewrite(wrapper);
      }
      wrapper.copyBodyToResponse();
    }

    private static boolean isJson(ContentCachingResponseWrapper response) {
      return response.getContentType() != null && response.getContentType().contains("json");
    }

    private void rewrite(ContentCachingResponseWrapper response) throws IOException {
      byte[] body = response.getContentAsByteArray();
      String text = new String(body, StandardCharsets.UTF_8);
      boolean role = text.contains(RoleRefusedException.PREFIX);
      boolean missing = text.contains(NotThereException.PREFIX);
      if (!text.contains(MARKER) && !role && !missing) {
        return;
      }
      ObjectNode error = (ObjectNode) json.readTree(body);
      String engineMessage = error.path("message").asText();
      String message = role ? after(engineMessage, RoleRefusedException.PREFIX)
          : missing ? after(engineMessage, NotThereException.PREFIX) : clerkMessage(engineMessage);
      if (message == null) {
        return;
      }
      error.put("type", role ? "AuthorizationException" : missing ? "NotFound" : FormValidationException.class.getSimpleName());
      error.put("message", message);
      response.resetBuffer();
      // a refusal of who tries the step is 403, of something that is not there 404, of what they typed 400
      response.setStatus(role ? HttpServletResponse.SC_FORBIDDEN
          : missing ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
      response.getOutputStream().write(json.writeValueAsBytes(error));
    }
  }
}
