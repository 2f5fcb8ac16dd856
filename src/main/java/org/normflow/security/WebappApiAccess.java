package org.normflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' own APIs ({@code /camunda/api/cockpit/...}, {@code /camunda/api/admin/...},
 * {@code /camunda/api/tasklist/...}) only for a session whose user may use that webapp: Camunda
 * refuses a drafter's Cockpit login but its plugin API would still answer the drafter's Tasklist
 * session. Logging in and the first-user setup stay open, as Camunda has them.
 */
@Configuration
class WebappApiAccess {

  static final Pattern APP_API = Pattern.compile("^/camunda/api/(cockpit|admin|tasklist)/(.*)$");
  static final Map<String, String> APP_NAMES =
      Map.of("cockpit", "驾驶舱（Cockpit）", "admin", "管理（Admin）", "tasklist", "任务列表（Tasklist）");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappApiAccessFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Check());
    registration.setName("normflow-webapp-api-access");
    registration.addUrlPatterns("/camunda/api/*");
    registration.setOrder(Integer.MIN_VALUE + 200);
    return registration;
  }

  static class Check extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      Matcher api = APP_API.matcher(path);
      if (api.matches() && !open(api.group(1), api.group(2))) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (authentications != null) {
          for (UserAuthentication user : authentications.getAuthentications()) {
            if (!user.isAuthorizedForApp(api.group(1))) {
              ApiAnswers.refuse(response, 403, "AuthorizationException",
                  "您没有使用" + APP_NAMES.get(api.group(1)) + "的权限");
              return;
            }
          }
        }
      }
      chain.doFilter(request, response);
    }

    /** Login, logout and the first administrator's setup are reached before any app is authorized. */
    private static boolean open(String app, String rest) {
      return "admin".equals(app) && (rest.startsWith("auth/") || rest.startsWith("setup/"));
    }
  }
}
