package org.normflow.review;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * R-MD-09 (713 Art 26): what a return of the materials does to the legality review period, a local rule
 * ({@code normflow.legality-review.on-return}). RESTART (the default, the stricter rule): the review
 * period, its minimum included, runs again in full from the day the supplemented materials arrive, so
 * the review always has its whole time on complete materials. PAUSE: the period stops while the
 * materials are out and goes on with the working days that were left.
 */
@Component("legalityReviewSettings")
public class LegalityReviewSettings {

  public static final String RESTART = "RESTART";
  public static final String PAUSE = "PAUSE";

  private volatile String onReturn;

  LegalityReviewSettings(@Value("${normflow.legality-review.on-return:RESTART}") String onReturn) {
    if (!List.of(RESTART, PAUSE).contains(onReturn)) {
      throw new IllegalStateException("normflow.legality-review.on-return must be RESTART or PAUSE, not " + onReturn);
    }
    this.onReturn = onReturn;
  }

  /** For tests of both local rules in one context; the application sets it only from configuration. */
  void setOnReturn(String onReturn) {
    this.onReturn = onReturn;
  }

  public String getOnReturn() {
    return onReturn;
  }

  public boolean restarts() {
    return RESTART.equals(onReturn);
  }
}
