package org.normflow.consultation;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Real time for the measures against flooding (token age, rate window), independent of the engine's
 * business clock, which tests move to statutory dates. Tests shift it instead of sleeping.
 */
@Component
public class WallClock {

  private volatile Duration offset = Duration.ZERO;

  public Instant now() {
    return Instant.now().plus(offset);
  }

  /** Tests only: moves this clock forward. */
  public void shift(Duration by) {
    offset = offset.plus(by);
  }

  /** Tests only: back to real time. */
  public void reset() {
    offset = Duration.ZERO;
  }
}
