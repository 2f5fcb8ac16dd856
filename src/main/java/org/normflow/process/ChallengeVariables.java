package org.normflow.process;

/**
 * Process variable names of {@code document-challenge} (规范性文件附带审查的答复和处理, R-ND-15, 行政复议法
 * 2023 Art 13, 56-59); every form field key is one of these. Fields a clerk writes are validated by the
 * step's listener or delegate (package challenge); the header, the deadlines and the gate variables are
 * written by NormFlow's own steps from the registry.
 */
public final class ChallengeVariables {

  // ---- start form (the legal office registers the body's request)
  /** 复议机关. */
  public static final String REVIEW_BODY = "reviewBody";
  /** 复议案号. */
  public static final String REVIEW_CASE_NUMBER = "reviewCaseNumber";
  /** The challenged document's number (文号), looked up in the registry: a published document only. */
  public static final String CHALLENGED_DOC_NUMBER = "challengedDocNumber";
  /** yyyy-MM-dd: the day the body's request (转送/通知) was received; the 10 days run from it. */
  public static final String RECEIVED_ON = "receivedOn";
  /** The clauses the body questions (as the request names them). */
  public static final String QUESTIONED_CLAUSES = "questionedClauses";

  // ---- set by registerChallenge from the registry
  /** Registry id of the challenge (nf_challenge). */
  public static final String CHALLENGE_ID = "challengeId";
  public static final String DOCUMENT_ID = "documentId";
  /** Named like the other processes' case title, so the task list shows it. */
  public static final String CASE_TITLE = "caseTitle";
  public static final String CASE_REFERENCE = "caseReference";
  public static final String DOC_NUMBER = "docNumber";
  /** yyyy-MM-dd, the document's publication date (shown). */
  public static final String DOCUMENT_PUBLISHED_ON = "documentPublishedOn";
  /** yyyy-MM-dd, last day of the written answer (shown). */
  public static final String ANSWER_DUE_ON = "answerDueOn";
  /** Timer: the reminder before the answer's deadline. */
  public static final String ANSWER_REMINDER_AT = "answerReminderAt";
  /** Timer: the end of the answer's last day. */
  public static final String ANSWER_DUE_AT = "answerDueAt";

  // ---- Task_WrittenAnswer
  /** yyyy-MM-dd: the day the written answer (书面答复) was sent to the body. */
  public static final String ANSWER_SENT_ON = "answerSentOn";
  /** The answer's own number or reference (答复文号). */
  public static final String ANSWER_REFERENCE = "answerReference";
  /** What the answer says (its main points; the full text is the document sent). */
  public static final String ANSWER_SUMMARY = "answerSummary";

  // ---- Task_AnswerOverdue (the head)
  public static final String OVERDUE_MEASURES = "overdueMeasures";

  // ---- Task_RecordOutcome
  /** LAWFUL | CLAUSES_STOPPED | UNLAWFUL. */
  public static final String OUTCOME = "challengeOutcome";
  /** yyyy-MM-dd: the day of the body's decision (复议决定 or 处理决定). */
  public static final String OUTCOME_ON = "outcomeOn";
  /** The decision's number (决定书文号). */
  public static final String OUTCOME_NUMBER = "outcomeNumber";
  /** The clauses the body ordered stopped (for CLAUSES_STOPPED and UNLAWFUL). */
  public static final String STOPPED_CLAUSES = "stoppedClauses";
  /** ABOLISH | AMEND: how the organ corrects what the body found unlawful. */
  public static final String FOLLOW_UP = "followUp";
  /** Where the abolition is published (a code of normflow.grounds.cleanup-publication-channel). */
  public static final String FOLLOW_UP_CHANNEL = "followUpChannel";
  public static final String OUTCOME_NOTE = "outcomeNote";
  /** Gate, set by recordChallengeOutcome after checking the form: LAWFUL | CLAUSES_STOPPED | UNLAWFUL. */
  public static final String RECORDED_OUTCOME = "recordedOutcome";
  /** Gate, set by recordChallengeOutcome: ABOLISH | AMEND | NONE. */
  public static final String RECORDED_FOLLOW_UP = "recordedFollowUp";
  /** The abolition or amendment case started for the document (process instance id). */
  public static final String FOLLOW_UP_INSTANCE_ID = "followUpInstanceId";

  private ChallengeVariables() {}
}
