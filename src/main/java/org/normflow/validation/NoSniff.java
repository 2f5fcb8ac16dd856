package org.normflow.validation;

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
 * R-C-06 user text is text: NormFlow's APIs answer JSON or plain text that carries what users typed
 * (titles, drafts, opinions). {@code X-Content-Type-Options: nosniff} keeps a browser from guessing
 * such a response is HTML or script because of its content. The webapps under {@code /camunda} get
 * the same header from Camunda's own security filter.
 */
@Configuration
class NoSniff {

  static final String HEADER = "X-Content-Type-Options";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> noSniffOnApis() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        // set before the answer is written: afterwards a committed response takes no header
        response.setHeader(HEADER, "nosniff");
        chain.doFilter(request, response);
      }
    });
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    // first, so that refusals by the authentication filter carry it too
    registration.setOrder(Integer.MIN_VALUE + 100);
    return registration;
  }
}
