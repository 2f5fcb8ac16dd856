package org.normflow.consultation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Issue 29: every public address that costs the server something (the pages, the notices' JSON, the
 * comment tokens) answers one network address at most {@code max-requests-per-address} times per
 * {@code request-window-seconds}; beyond, 429 with {@code Retry-After}, in Chinese. The address is the
 * connection's peer, or what a proxy the operator trusts says (Tomcat's RemoteIpValve), never a header a
 * client sends. Sending a comment has its own, stricter limit ({@link CommentRateLimit}) and is not
 * counted twice. The default is far above what a person does: many citizens may share one carrier's address.
 */
@Configuration
class PublicRequestLimit {

  private static final int PURGE_ABOVE = 50_000;

  private final PublicParticipationSettings settings;
  private final WallClock clock;
  private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();

  PublicRequestLimit(PublicParticipationSettings settings, WallClock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> publicRequestLimitFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Long wait = counted(request.getMethod(), path) ? count(request.getRemoteAddr()) : null;
        if (wait == null) {
          chain.doFilter(request, response);
          return;
        }
        refuse(response, path.startsWith("/api/"), "访问过于频繁，请 " + wait + " 秒后再试", wait);
      }
    });
    registration.setName("normflow-public-request-limit");
    registration.addUrlPatterns("/public/*", "/api/public/*");
    // after the security headers (publicsite.SiteHeaders: +50), before anything that reads the registry
    registration.setOrder(Integer.MIN_VALUE + 55);
    return registration;
  }

  /** The stylesheet costs nothing; a comment is counted by its own limit. */
  private static boolean counted(String method, String path) {
    return !(path.endsWith(".css") || path.endsWith(".ico") || path.endsWith(".png") || path.endsWith(".svg")
        || ("POST".equals(method) && path.endsWith("/comments")));
  }

  /** Seconds to wait, or null when the request may pass. */
  Long count(String address) {
    long now = clock.now().toEpochMilli();
    long window = settings.getRequestWindowSeconds() * 1000L;
    if (windows.size() > PURGE_ABOVE) {
      windows.values().removeIf(w -> now - w[0] >= window);
    }
    long[] current = windows.compute(address == null ? "?" : address,
        (a, w) -> w == null || now - w[0] >= window ? new long[] {now, 1} : new long[] {w[0], w[1] + 1});
    if (current[1] <= settings.getMaxRequestsPerAddress()) {
      return null;
    }
    return Math.max(1, (current[0] + window - now + 999) / 1000);
  }

  private static void refuse(HttpServletResponse response, boolean api, String message, long wait) throws IOException {
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(wait));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (api) {
      response.setContentType("application/json");
      response.getWriter().write("{\"type\":\"TooManyRequests\",\"message\":\"" + message + "\"}");
    } else {
      response.setContentType("text/html");
      response.getWriter().write("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>访问过于频繁</title>"
          + "<link rel=\"stylesheet\" href=\"/public/site.css\"></head><body><main><h1>访问过于频繁</h1><p>" + message
          + "</p></main></body></html>");
    }
  }

  /** Tests only: forget every address. */
  public void clear() {
    windows.clear();
  }
}
