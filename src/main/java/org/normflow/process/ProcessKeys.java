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
  /** 规范性文件定期清理和专项清理 (R-ND-11): timer start on the configured cycle, or the legal office. */
  public static final String PERIODIC_CLEANUP = "periodic-cleanup";
  /** 定期清理周期 (R-ND-11): a timer start on normflow.cleanup.cycle that starts periodic-cleanup. */
  public static final String CLEANUP_SCHEDULE = "cleanup-schedule";
  /** 有效期管理 (R-ND-10): started for each document when it enters into force. */
  public static final String DOCUMENT_VALIDITY = "document-validity";
  /** 规范性文件废止 outside a cleanup (R-ND-11): legal office proposes, the head approves. */
  public static final String DOCUMENT_ABOLITION = "document-abolition";
  /** 局领导授权代行: the head authorizes a deputy to do the head's steps (R-ND-14, R-MD-02, R-MD-11, R-MD-16). */
  public static final String HEAD_AUTHORIZATION = "head-authorization";
  /** 年度重大行政决策事项目录 (R-MD-01, issue 10): proposals, compiling, approval, publication, adjustments, year end. */
  public static final String DECISION_CATALOGUE = "decision-catalogue";
  /** 附带审查的答复和处理 (R-ND-15): the legal office registers a 行政复议 body's review of a published document. */
  public static final String DOCUMENT_CHALLENGE = "document-challenge";
  /**
   * 机关会议集体讨论决定 (R-MD-11, R-ND-06): the organ's meeting, called by major-decision and normative-document;
   * the office records attendance and keeps the minutes, the members present speak, the head decides last.
   */
  public static final String ORGAN_MEETING = "organ-meeting";

  /** The processes a drafter may start from Tasklist. */
  public static final String[] STARTABLE_BY_DRAFTERS = {NORMATIVE_DOCUMENT, MAJOR_DECISION};

  /** The processes the leadership may start from Tasklist (only the head passes its start check). */
  public static final String[] STARTABLE_BY_LEADERSHIP = {HEAD_AUTHORIZATION};

  /** The processes the legal office may start from Tasklist (the year's catalogue, a special cleanup, an abolition). */
  public static final String[] STARTABLE_BY_LEGAL_OFFICE = {DECISION_CATALOGUE, PERIODIC_CLEANUP, DOCUMENT_ABOLITION,
    DOCUMENT_CHALLENGE};

  /** Every NormFlow process whose cases the worker groups' task lists show. */
  public static final String[] ALL = {
    NORMATIVE_DOCUMENT, MAJOR_DECISION, PUBLIC_CONSULTATION, LEGALITY_REVIEW, HEARING, PERIODIC_CLEANUP,
    DECISION_IMPLEMENTATION, DOCUMENT_VALIDITY, DOCUMENT_ABOLITION, DECISION_CATALOGUE,
    DOCUMENT_CHALLENGE, ORGAN_MEETING
  };

  private ProcessKeys() {}
}
