package org.normflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic against the engine's identity service on {@code /engine-rest} and NormFlow's {@code
 * /api}, as Camunda Run does it: the authenticated user's authorizations apply to every call.
 * Endpoints under {@code /api/public/} (the public consultation page) need no login.
 */
@Configuration
class RestAuthentication {

  static final String PUBLIC_PREFIX = "/api/public/";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new PublicAwareAuthenticationFilter());
    registration.setName("normflow-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(101);
    return registration;
  }

  static class PublicAwareAuthenticationFilter extends ProcessEngineAuthenticationFilter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      String path = http.getRequestURI().substring(http.getContextPath().length());
      if (path.startsWith(PUBLIC_PREFIX)) {
        chain.doFilter(request, response);
        return;
      }
      super.doFilter(request, response, chain);
    }
  }
}
