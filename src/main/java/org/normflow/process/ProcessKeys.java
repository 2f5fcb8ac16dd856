package org.normflow.process;

/** Process definition keys of NormFlow, as written in bpmn/. */
public final class ProcessKeys {

  public static final String NORMATIVE_DOCUMENT = "normative-document";
  public static final String MAJOR_DECISION = "major-decision";
  public static final String PUBLIC_CONSULTATION = "public-consultation";
  public static final String LEGALITY_REVIEW = "legality-review";
  public static final String HEARING = "hearing";
  /** 决策执行和后评估: called by major-decision after publication (R-MD-14, R-MD-15, R-MD-16). */
  public static final String DECISION_IMPLEMENTATION = "decision-implementation";
  public static final String PERIODIC_CLEANUP = "periodic-cleanup";
  /** 局领导授权代行: the head authorizes a deputy to do the head's steps (R-ND-14, R-MD-02, R-MD-11, R-MD-16). */
  public static final String HEAD_AUTHORIZATION = "head-authorization";
  /** 年度重大行政决策事项目录 (R-MD-01, issue 10): proposals, compiling, approval, publication, adjustments, year end. */
  public static final String DECISION_CATALOGUE = "decision-catalogue";

  /** The processes the legal office may start from Tasklist. */
  public static final String[] STARTABLE_BY_LEGAL_OFFICE = {DECISION_CATALOGUE};

  /** The processes a drafter may start from Tasklist. */
  public static final String[] STARTABLE_BY_DRAFTERS = {NORMATIVE_DOCUMENT, MAJOR_DECISION};

  /** The processes the leadership may start from Tasklist (only the head passes its start check). */
  public static final String[] STARTABLE_BY_LEADERSHIP = {HEAD_AUTHORIZATION};

  /** Every NormFlow process whose cases the worker groups' task lists show. */
  public static final String[] ALL = {
    NORMATIVE_DOCUMENT, MAJOR_DECISION, PUBLIC_CONSULTATION, LEGALITY_REVIEW, HEARING, PERIODIC_CLEANUP,
    DECISION_IMPLEMENTATION, DECISION_CATALOGUE
  };

  private ProcessKeys() {}
}
