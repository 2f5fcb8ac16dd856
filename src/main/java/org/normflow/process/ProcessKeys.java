package org.normflow.process;

/** Process definition keys of NormFlow, as written in bpmn/. */
public final class ProcessKeys {

  public static final String NORMATIVE_DOCUMENT = "normative-document";
  public static final String MAJOR_DECISION = "major-decision";
  public static final String PUBLIC_CONSULTATION = "public-consultation";
  public static final String LEGALITY_REVIEW = "legality-review";
  public static final String HEARING = "hearing";
  public static final String PERIODIC_CLEANUP = "periodic-cleanup";

  /** The processes a drafter may start from Tasklist. */
  public static final String[] STARTABLE_BY_DRAFTERS = {NORMATIVE_DOCUMENT, MAJOR_DECISION};

  /** Every NormFlow process. */
  public static final String[] ALL = {
    NORMATIVE_DOCUMENT, MAJOR_DECISION, PUBLIC_CONSULTATION, LEGALITY_REVIEW, HEARING, PERIODIC_CLEANUP
  };

  private ProcessKeys() {}
}
