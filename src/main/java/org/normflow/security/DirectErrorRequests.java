package org.normflow.security;

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
 * {@code /error} is where the container forwards a failed request; asked for directly it has no
 * error to show and Spring Boot answers 500 with status 999. A direct request is answered 404 (only
 * the REQUEST dispatch passes this filter, never the container's ERROR dispatch).
 */
@Configuration
class DirectErrorRequests {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> directErrorRequestFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        ApiAnswers.refuse(response, 404, "NotFound", "页面不存在");
      }
    });
    registration.setName("normflow-direct-error-requests");
    registration.addUrlPatterns("/error", "/error/*");
    registration.setOrder(Integer.MIN_VALUE + 60);
    return registration;
  }
}
