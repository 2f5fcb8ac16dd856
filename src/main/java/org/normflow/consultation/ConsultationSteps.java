package org.normflow.consultation;

/**
 * What the steps of {@code public-consultation} (公开征求意见, R-ND-02/R-MD-04) share: the notice with its
 * period (shorter than the minimum only with a stored reason), comments stored in the registry, the
 * automatic close, and a disposition for every comment before the adoption report is given back.
 */
final class ConsultationSteps {

  /** A String process variable holds at most 4000 characters; the full texts stay in the registry. */
  static final int MAX_VARIABLE = 4000;

  private ConsultationSteps() {}

  static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
