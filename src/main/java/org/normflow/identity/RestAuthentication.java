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
 * Only the public page {@code /public/} and {@code /api/public/} (read consultations, comment) need no
 * login. A clerk logged into the webapps may also GET {@code /api} with that session (links in
 * Tasklist forms: download a draft, open a report); writes to {@code /api} always need Basic, so the
 * session cookie cannot be used for CSRF. The staff pages {@code /staff/} (moderating public comments)
 * work with the Tasklist session for reading and writing: their forms carry a per-session token that
 * the pages check (consultation.StaffPages), and without a session or Basic credentials they answer
 * 401 with a Chinese page that leads to the Tasklist login.
 */
@Configuration
class RestAuthentication {

  static final String PUBLIC_PREFIX = "/api/public/";
  static final String PUBLIC_PAGES = "/public/";
  static final String API_PREFIX = "/api/";
  static final String STAFF_PREFIX = "/staff/";
  static final String ENGINE = "default";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter(
      ObjectProvider<IdentityService> identityService) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new NormFlowAuthenticationFilter(identityService));
    registration.setName("normflow-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/public/*", "/staff/*");
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
      if (path.startsWith(PUBLIC_PREFIX) || path.startsWith(PUBLIC_PAGES) || path.equals("/public")) {
        chain.doFilter(request, response);
        return;
      }
      boolean staff = path.startsWith(STAFF_PREFIX) || path.equals("/staff");
      UserAuthentication webappUser =
          path.startsWith(API_PREFIX) ? webappSessionUser(http) : staff ? webappSessionUserAnyMethod(http) : null;
      if (webappUser == null && staff && http.getHeader("Authorization") == null) {
        signInFirst((jakarta.servlet.http.HttpServletResponse) response);
        return;
      }
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

    /** The staff pages without a signed-in user: a Chinese page with the way to sign in. */
    private static void signInFirst(jakarta.servlet.http.HttpServletResponse response) throws IOException {
      response.setStatus(401);
      response.setContentType("text/html;charset=UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>请先登录</title></head>"
          + "<body><h1>请先登录</h1><p>公众意见审核页面仅供起草科室和监督审计人员使用。请先"
          + "<a href=\"/camunda/app/tasklist/\">登录任务列表（Tasklist）</a>，再重新打开本页。</p></body></html>");
    }

    private static UserAuthentication webappSessionUserAnyMethod(HttpServletRequest request) {
      HttpSession session = request.getSession(false);
      if (session == null || request.getHeader("Authorization") != null) {
        return null;
      }
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      return authentications == null
          ? null
          : (UserAuthentication) authentications.getAuthenticationForProcessEngine(ENGINE);
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
