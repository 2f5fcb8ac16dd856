package org.normflow.consultation;

/**
 * A public comment that is not accepted, with the HTTP status and the Chinese message the commenter
 * reads (never stored, never a 5xx).
 */
public class CommentRefused extends RuntimeException {

  private final int status;
  private final Long retryAfterSeconds;

  public CommentRefused(int status, String message) {
    this(status, message, null);
  }

  public CommentRefused(int status, String message, Long retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public int status() {
    return status;
  }

  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
