package org.normflow.process;

/** Process variables of {@code public-consultation} (contract: docs/process-contracts.md). */
public final class ConsultationVariables {

  // in
  public static final String CASE_ID = "caseId";
  public static final String CASE_TYPE = "caseType";
  public static final String CASE_TITLE = "caseTitle";
  public static final String CASE_VERSION = "caseVersion";
  /** The drafting explanation (R-ND-01), shown on the tasks of the called processes. */
  public static final String CASE_EXPLANATION = "caseExplanation";
  public static final String CONSULTATION_MIN_DAYS = "consultationMinDays";
  public static final String CONSULTATION_DAY_KIND = "consultationDayKind";
  public static final String CONSULTATION_RULE_ID = "consultationRuleId";

  // out
  public static final String CONSULTATION_COMMENT_COUNT = "consultationCommentCount";
  public static final String CONSULTATION_ADOPTION_REPORT = "consultationAdoptionReport";
  public static final String CONSULTATION_CLOSED_ON = "consultationClosedOn";

  // notice (public-consultation-notice)
  public static final String NOTICE_TEXT = "noticeText";
  public static final String NOTICE_CHANNEL = "noticeChannel";
  public static final String PERIOD_DAYS = "periodDays";
  public static final String SHORTENED_GROUND = "shortenedGround";
  public static final String SHORTENED_REASON = "shortenedReason";
  public static final String CONSULTATION_CLOSES_AT = "consultationClosesAt";
  public static final String CONSULTATION_CLOSES_ON = "consultationClosesOn";

  // comments are stored by the public endpoint in the registry (nf_public_comment), never as variables:
  // no commenter's name, phone or e-mail ever enters the engine (R-C-05)

  // dispositions (public-consultation-dispose-comments)
  public static final String COMMENT_DIGEST = "commentDigest";
  /**
   * One row per stored comment (Json, a form-js dynamic list), prefilled by CloseConsultation: number,
   * clause, excerpt, visibility (PUBLISH or a normflow.grounds.hidden-comment code), disposition, reason.
   */
  public static final String COMMENT_ROWS = "commentRows";
  /** The disposition of every row left without one (ADOPTED, PARTLY, NOT_ADOPTED), optional. */
  public static final String REST_DISPOSITION = "restDisposition";
  public static final String REST_REASON = "restReason";
  public static final String ADOPTION_SUMMARY = "adoptionSummary";

  public static final String DAY_KIND_WORKING = "WORKING_DAYS";
  public static final String DAY_KIND_CALENDAR = "CALENDAR_DAYS";

  private ConsultationVariables() {}
}
