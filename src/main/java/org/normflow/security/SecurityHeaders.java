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
 * Security headers where Camunda's own filter does not set them (issue 15). The webapps under
 * {@code /camunda} get their content security policy, nosniff and XSS headers from Camunda
 * ({@code camunda.bpm.webapp.header-security}); this adds that no other site may frame them. The server-rendered
 * pages {@code /public/} and {@code /staff/} have theirs from {@code publicsite.SiteHeaders}.
 *
 * <ul>
 *   <li>{@code /api}, {@code /engine-rest}: answers are data, never a page: a policy that loads nothing,
 *       no framing, no referrer, not cached (they carry case data and commenters' contacts);
 *   <li>{@code /workbench/}: the drafters' workbench page loads its scripts, styles and data from this server only;
 *   <li>everything else ({@code /}, {@code /webjars/}, {@code /error}): a policy that loads nothing.
 * </ul>
 */
@Configuration
class SecurityHeaders {

  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String OTHER_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String WORKBENCH_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
      + "form-action 'self'; frame-ancestors 'none'";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> securityHeaderFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // set before the answer is written: a committed response takes no header
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
          response.setHeader("Content-Security-Policy", API_POLICY);
          response.setHeader("Referrer-Policy", "no-referrer");
          response.setHeader("Cache-Control", "no-store");
          // the engine's REST layer sets its own "no-cache" later; an answer with case data is never stored
          response = new NoStore(response);
        } else if (path.startsWith("/workbench")) {
          response.setHeader("Content-Security-Policy", WORKBENCH_POLICY);
          response.setHeader("Referrer-Policy", "same-origin");
        } else if (path.startsWith("/camunda/") || path.startsWith("/public/") || path.startsWith("/staff/")) {
          // their policies are Camunda's (camunda.bpm.webapp.header-security) and publicsite.SiteHeaders'
          response.setHeader("Referrer-Policy", "same-origin");
        } else {
          // issue 29: everything else (the root's redirect, /webjars' scripts, /error, unknown paths) loads nothing
          response.setHeader("Content-Security-Policy", OTHER_POLICY);
          response.setHeader("Referrer-Policy", "same-origin");
        }
        chain.doFilter(request, response);
      }
    });
    registration.setName("normflow-security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Integer.MIN_VALUE + 40);
    return registration;
  }

  /** A response whose Cache-Control stays {@code no-store}, whatever a later layer sets. */
  static final class NoStore extends jakarta.servlet.http.HttpServletResponseWrapper {
    NoStore(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!"Cache-Control".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!"Cache-Control".equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
