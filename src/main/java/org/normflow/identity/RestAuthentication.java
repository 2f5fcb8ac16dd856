package org.normflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic against the engine's identity service on {@code /engine-rest} and NormFlow's {@code
 * /api}, as Camunda Run does it: the authenticated user's authorizations apply to every call.
 * Endpoints under {@code /api/public/} (the public consultation page) need no login. A clerk logged
 * into the webapps may also GET {@code /api} with that session (links in Tasklist forms: download a
 * draft, open a report); writes always need Basic, so the session cookie cannot be used for CSRF.
 */
@Configuration
class RestAuthentication {

  static final String PUBLIC_PREFIX = "/api/public/";
  static final String API_PREFIX = "/api/";
  static final String ENGINE = "default";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter(
      ObjectProvider<IdentityService> identityService) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new NormFlowAuthenticationFilter(identityService));
    registration.setName("normflow-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(101);
    return registration;
  }

  static class NormFlowAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    private final ObjectProvider<IdentityService> identityService;

    NormFlowAuthenticationFilter(ObjectProvider<IdentityService> identityService) {
      this.identityService = identityService;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      HttpServletRequest http = (HttpServletRequest) request;
      String path = http.getRequestURI().substring(http.getContextPath().length());
      if (path.startsWith(PUBLIC_PREFIX)) {
        chain.doFilter(request, response);
        return;
      }
      UserAuthentication webappUser = path.startsWith(API_PREFIX) ? webappSessionUser(http) : null;
      if (webappUser == null) {
        super.doFilter(request, response, chain);
        return;
      }
      IdentityService identity = identityService.getObject();
      identity.setAuthentication(webappUser.getIdentityId(), webappUser.getGroupIds(), webappUser.getTenantIds());
      try {
        chain.doFilter(request, response);
      } finally {
        identity.clearAuthentication();
      }
    }

    private static UserAuthentication webappSessionUser(HttpServletRequest request) {
      boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
      HttpSession session = request.getSession(false);
      if (!read || session == null || request.getHeader("Authorization") != null) {
        return null;
      }
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      return authentications == null
          ? null
          : (UserAuthentication) authentications.getAuthenticationForProcessEngine(ENGINE);
    }
  }
}
