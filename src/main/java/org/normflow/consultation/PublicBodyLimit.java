package org.normflow.consultation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A public submission larger than any valid comment (the longest text, URL-encoded, with every
 * field) is refused with 413 and a Chinese message before it is read.
 */
@Configuration
class PublicBodyLimit {

  static final long MAX_BYTES = 128 * 1024;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> publicBodySizeFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > MAX_BYTES) {
          response.setStatus(413);
          boolean json = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
          response.setContentType((json ? "application/problem+json" : "text/plain") + ";charset=UTF-8");
          String message = "提交的内容过大：意见内容不能超过 5000 字，请删减后重新提交";
          response.getWriter().write(json ? "{\"status\":413,\"detail\":\"" + message + "\"}" : message);
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.addUrlPatterns("/api/public/*", "/public/*");
    registration.setOrder(Integer.MIN_VALUE + 200);
    return registration;
  }
}
