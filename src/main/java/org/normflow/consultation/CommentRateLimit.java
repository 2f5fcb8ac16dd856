package org.normflow.consultation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The per-address rate limit of public comments: at most {@code max-comments-per-address} attempts
 * per {@code rate-window-seconds} from one network address (the connection's, or the configured
 * proxy header's first entry). Counted in memory per node: with several nodes an address may send
 * that many to each (docs/public-participation.md).
 */
@Component
public class CommentRateLimit {

  private static final int PURGE_ABOVE = 10_000;

  private final PublicParticipationSettings settings;
  private final WallClock clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  CommentRateLimit(PublicParticipationSettings settings, WallClock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  private record Window(long startMillis, int count) {}

  /**
   * The client's address: the connection's peer, or the address a proxy the operator trusts names
   * ({@code NORMFLOW_TRUSTED_PROXIES}, applied by Tomcat before any filter); never a header a client sends.
   */
  public String addressOf(HttpServletRequest request) {
    return request.getRemoteAddr();
  }

  /** Counts one attempt from the address; refuses with 429 and a Chinese message beyond the limit. */
  void count(String address) {
    long now = clock.now().toEpochMilli();
    long window = settings.getRateWindowSeconds() * 1000L;
    if (windows.size() > PURGE_ABOVE) {
      windows.values().removeIf(w -> now - w.startMillis() >= window);
    }
    Window current = windows.compute(address == null ? "?" : address,
        (a, w) -> w == null || now - w.startMillis() >= window ? new Window(now, 1) : new Window(w.startMillis(), w.count() + 1));
    if (current.count() > settings.getMaxCommentsPerAddress()) {
      long waitSeconds = Math.max(1, (current.startMillis() + window - now + 999) / 1000);
      throw new CommentRefused(429,
          "提交过于频繁：同一网络地址每 " + minutes(settings.getRateWindowSeconds()) + "最多提交 "
              + settings.getMaxCommentsPerAddress() + " 次意见，请 " + minutes((int) waitSeconds) + "后再试",
          waitSeconds);
    }
  }

  private static String minutes(int seconds) {
    return seconds >= 60 ? ((seconds + 59) / 60) + " 分钟" : seconds + " 秒";
  }

  /** Tests only: forget every address. */
  public void clear() {
    windows.clear();
  }
}
