package org.normflow.consultation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.normflow.document.Rows;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The comment form's signed time token, the second measure against flooding (docs/public-participation.md):
 * the public page (or {@code GET /api/public/consultations/{caseId}/comment-token}) issues a token naming
 * the consultation and the moment it was issued, signed with HMAC-SHA256. A comment is accepted only
 * with a token at least {@code token-min-age-seconds} old (a person reads before writing; a script that
 * posts at once is refused) and at most {@code token-max-age-minutes}; the token's random part is the
 * comment's idempotency key, so a token is good for one comment and a double submit stores one.
 * The key is shared by every node through the registry (table nf_public_secret).
 */
@Component
public class CommentTokens {

  static final String SECRET_NAME = "comment-token";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final JdbcClient jdbc;
  private final PublicParticipationSettings settings;
  private final WallClock clock;
  private final SecureRandom random = new SecureRandom();
  private volatile byte[] key;

  CommentTokens(JdbcClient jdbc, PublicParticipationSettings settings, WallClock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  /** A verified token: the consultation it is for and its one-time random part. */
  record Token(String consultationId, Instant issuedAt, String nonce) {}

  /** A fresh token for the consultation (its process instance id). */
  public String issue(String consultationId) {
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    String payload = consultationId + "|" + clock.now().toEpochMilli() + "|" + B64.encodeToString(nonce);
    String encoded = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return encoded + "." + B64.encodeToString(sign(encoded));
  }

  /** The token checked for this consultation; a refusal with a Chinese message when it does not hold. */
  Token verify(String token, String consultationId) {
    String expired = "页面已过期或无效，请刷新页面后重新提交（您填写的内容请先复制保存）";
    if (token == null || token.isBlank()) {
      throw new CommentRefused(400, "缺少提交凭证，请通过征求意见页面提交意见");
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || token.length() > 400) {
      throw new CommentRefused(400, expired);
    }
    String encoded = token.substring(0, dot);
    byte[] signature;
    String payload;
    try {
      signature = B64D.decode(token.substring(dot + 1));
      payload = new String(B64D.decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new CommentRefused(400, expired);
    }
    if (!MessageDigest.isEqual(signature, sign(encoded))) {
      throw new CommentRefused(400, expired);
    }
    String[] parts = payload.split("\\|");
    if (parts.length != 3 || !parts[0].equals(consultationId)) {
      throw new CommentRefused(400, expired);
    }
    Instant issued = Instant.ofEpochMilli(Long.parseLong(parts[1]));
    Duration age = Duration.between(issued, clock.now());
    if (age.compareTo(Duration.ofSeconds(settings.getTokenMinAgeSeconds())) < 0) {
      throw new CommentRefused(400, "提交过快：请阅读征求意见内容后，至少 " + settings.getTokenMinAgeSeconds()
          + " 秒再提交");
    }
    if (age.compareTo(Duration.ofMinutes(settings.getTokenMaxAgeMinutes())) > 0) {
      throw new CommentRefused(400, expired);
    }
    return new Token(parts[0], issued, parts[2]);
  }

  private byte[] sign(String encoded) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return mac.doFinal(encoded.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] key() {
    byte[] k = key;
    if (k != null) {
      return k;
    }
    synchronized (this) {
      if (key == null) {
        key = loadKey();
      }
      return key;
    }
  }

  private byte[] loadKey() {
    if (settings.getTokenSecret() != null && !settings.getTokenSecret().isBlank()) {
      return Base64.getDecoder().decode(settings.getTokenSecret().strip());
    }
    List<String> stored = storedKey();
    if (stored.isEmpty()) {
      byte[] fresh = new byte[32];
      random.nextBytes(fresh);
      try {
        jdbc.sql("INSERT INTO nf_public_secret (name, secret, created_at) VALUES (?, ?, ?)")
            .params(SECRET_NAME, Base64.getEncoder().encodeToString(fresh), Rows.now())
            .update();
      } catch (DuplicateKeyException anotherNodeWasFaster) {
        // fall through and read theirs
      }
      stored = storedKey();
    }
    return Base64.getDecoder().decode(stored.get(0));
  }

  private List<String> storedKey() {
    return jdbc.sql("SELECT secret FROM nf_public_secret WHERE name = ?").param(SECRET_NAME).query(String.class).list();
  }
}
