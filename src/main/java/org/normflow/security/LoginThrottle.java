package org.normflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing down without letting anyone lock a user out. The engine's own lock counts
 * failures per user, from anywhere, and after ten locks the user for good: an anonymous client could
 * lock out the head. It is switched off (application.yaml: {@code login-max-attempts},
 * {@code login-delay-max-time}); instead failures are counted per client address and user name. There is
 * deliberately no limit per address over all names: a bureau's clerks often share one address behind
 * its gateway, and one guesser must not hold all of them up; spraying many names is slowed name by name.
 * After {@code free-attempts} failures the pair must wait,
 * 2 seconds doubling with every further failure up to {@code max-wait-seconds}, answered 429 with
 * Retry-After; a success or a quiet {@code forget-after-minutes} clears the count. The real user, from
 * another address, is never held up. Counts live in memory per node: a restart forgets them, which
 * only gives an attacker a fresh start at the same slow rate.
 */
@Configuration
class LoginThrottle {

  static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";
  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  @Bean
  FilterRegistrationBean<Throttle> loginThrottleFilter(
      @Value("${normflow.login.free-attempts:5}") int freeAttempts,
      @Value("${normflow.login.max-wait-seconds:300}") int maxWaitSeconds,
      @Value("${normflow.login.forget-after-minutes:15}") int forgetAfterMinutes) {
    FilterRegistrationBean<Throttle> registration = new FilterRegistrationBean<>(
        new Throttle(freeAttempts, maxWaitSeconds * 1000L, forgetAfterMinutes * 60_000L, System::currentTimeMillis));
    registration.setName("normflow-login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", WEBAPP_LOGIN + "*");
    // before authentication, so a held-up client's password is not even checked
    registration.setOrder(Integer.MIN_VALUE + 150);
    return registration;
  }

  static class Throttle extends OncePerRequestFilter {
    private final int freeAttempts;
    private final long maxWaitMillis;
    private final long forgetAfterMillis;
    private final LongSupplier clock;
    static final int MAX_TRACKED = 10_000;
    /** A login form holds a name and a password; anything longer is not read for the name. */
    static final int MAX_LOGIN_BODY = 8 * 1024;
    final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    /**
     * @param clock wall time: a guesser's wait is real time, never the engine clock, which tests and
     *     timer recalculations move
     */
    Throttle(int freeAttempts, long maxWaitMillis, long forgetAfterMillis, LongSupplier clock) {
      this.clock = clock;
      this.freeAttempts = freeAttempts;
      this.maxWaitMillis = maxWaitMillis;
      this.forgetAfterMillis = forgetAfterMillis;
    }

    record Failures(int count, long lastAt, long waitUntil) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (isWebappLogin(request)) {
        // the user name is in the form body: read it here and hand Camunda's login resource the same bytes
        request = new RereadableForm(request, MAX_LOGIN_BODY);
      }
      String user = claimedUser(request);
      if (user == null) {
        chain.doFilter(request, response);
        return;
      }
      String address = request.getRemoteAddr();
      String pair = address + "|" + user;
      long now = clock.getAsLong();
      long wait = waitMillis(pair, now);
      if (wait > 0) {
        long seconds = (wait + 999) / 1000;
        response.setHeader("Retry-After", Long.toString(seconds));
        ApiAnswers.refuse(response, 429, "TooManyLoginAttempts", "登录失败次数过多，请在 " + seconds + " 秒后重试");
        return;
      }
      chain.doFilter(request, response);
      int status = response.getStatus();
      if (status == HttpServletResponse.SC_UNAUTHORIZED) {
        LOG.debug("failed login of {} from {} on {}", user, address, request.getRequestURI());
        Failures failed = fail(pair, freeAttempts, now);
        if (failed.count() == freeAttempts) {
          LOG.info("{} failed logins of {} from {}: further attempts wait", failed.count(), user, address);
        }
      } else if (status < 400) {
        failures.remove(pair);
      }
    }

    private long waitMillis(String key, long now) {
      Failures f = failures.get(key);
      return f == null ? 0 : Math.max(0, f.waitUntil() - now);
    }

    private Failures fail(String key, int free, long now) {
      if (failures.size() > MAX_TRACKED) {
        // guessing many names must not grow memory without end: counts gone quiet are forgotten anyway
        failures.values().removeIf(f -> now - f.lastAt() > forgetAfterMillis && f.waitUntil() <= now);
      }
      return failures.compute(key, (k, f) -> {
        int count = f == null || now - f.lastAt() > forgetAfterMillis ? 1 : f.count() + 1;
        long wait = count < free ? 0 : Math.min(maxWaitMillis, 2000L << Math.min(count - free, 20));
        return new Failures(count, now, now + wait);
      });
    }

    static boolean isWebappLogin(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return path.startsWith(WEBAPP_LOGIN) && path.contains("/login/") && "POST".equals(request.getMethod());
    }

    /**
     * The user name a request logs in with: Basic credentials, or the webapps' login form's
     * {@code username}. Each name is counted on its own, so one guesser behind a bureau's gateway holds up
     * only the name he guesses, and his own successful login clears only his own count.
     */
    static String claimedUser(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith(WEBAPP_LOGIN)) {
        if (!isWebappLogin(request)) {
          return null;
        }
        String name = request.getParameter("username");
        return name == null || name.isBlank() ? "(no name)" : name.length() > 100 ? name.substring(0, 100) : name;
      }
      String header = request.getHeader("Authorization");
      if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
        return null;
      }
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return "(unreadable)";
      }
    }
  }
}
