package org.normflow.process;

/**
 * Process variable names of {@code document-validity} (有效期管理, R-ND-10), {@code periodic-cleanup}
 * (定期清理和专项清理, R-ND-11) and {@code document-abolition} (废止, R-ND-11); every form field key is one
 * of these. Fields a clerk writes are validated by the task's complete listener (package cleanup); the
 * gate variables the models read are written by those listeners and by NormFlow's steps only.
 */
public final class CleanupVariables {

  // ---- shared case header (set by NormFlow's steps from the registry)
  public static final String DOCUMENT_ID = "documentId";
  public static final String TITLE = "title";
  public static final String DOC_NUMBER = "docNumber";
  public static final String ISSUING_UNIT = "issuingUnit";
  public static final String DOC_TYPE = "docType";
  public static final String DRAFTING_UNIT_NAME = "draftingUnitName";
  /** yyyy-MM-dd, last day of validity (text for display). */
  public static final String VALID_UNTIL_TEXT = "validUntilText";

  // ---- document-validity (set by planValidity)
  /** Timer: start of the evaluation (normflow.validity.evaluation-months-before before the end). */
  public static final String EVALUATION_AT = "evaluationAt";
  /** Timer: midnight after the last day of validity. */
  public static final String EXPIRES_AT = "expiresAt";
  /** Task_EvaluateValidity form: CONTINUE | AMEND | LAPSE, with its reason. */
  public static final String EVALUATION_OUTCOME = "evaluationOutcome";
  public static final String EVALUATION_REASON = "evaluationReason";
  /** Gate, set by recordValidityEvaluation after checking the form. */
  public static final String VALIDITY_OUTCOME = "validityOutcome";
  /** Task_ExpiryNotice form: the legal office's note on the expiry. */
  public static final String EXPIRY_NOTE = "expiryNote";
  /** The amendment case started for this document (process instance id). */
  public static final String AMENDMENT_INSTANCE_ID = "amendmentInstanceId";
  /** Message to the old document's validity case: its amendment entered into force (business key = old id). */
  public static final String MESSAGE_AMENDMENT_IN_FORCE = "Message_AmendmentInForce";
  /** Message to a document's validity case: it was abolished or declared invalid elsewhere. */
  public static final String MESSAGE_DOCUMENT_ENDED = "Message_DocumentEnded";
  /** Correlated with the message above: the document that replaces this one. */
  public static final String REPLACED_BY = "replacedBy";

  // ---- periodic-cleanup
  /**
   * True only when cleanup-schedule's system step started the round on the configured cycle (a start form
   * cannot send it: the trust boundary refuses start variables the form does not declare).
   */
  public static final String PERIODIC_ROUND = "periodicRound";
  /** Start form (special cleanup): ALL | LEGAL_BASIS | MARKET, the repealed law for LEGAL_BASIS, the reason. */
  public static final String CLEANUP_SCOPE = "cleanupScope";
  public static final String SCOPE_LEGAL_BASIS = "scopeLegalBasis";
  public static final String CLEANUP_REASON = "cleanupReason";
  /** Registry id of the round (nf_cleanup), set by openCleanup. */
  public static final String CLEANUP_ID = "cleanupId";
  /** Chinese description of the round, set by openCleanup; named like the called processes' case title so the task list shows it. */
  public static final String CLEANUP_TITLE = "caseTitle";
  /** The documents under review (JSON list of registry ids), set by openCleanup; the multi-instance collection. */
  public static final String CLEANUP_DOCUMENT_IDS = "cleanupDocumentIds";
  /** Element variable of the review multi-instance: the document one review task is about. */
  public static final String REVIEW_DOCUMENT_ID = "reviewDocumentId";
  /** The reviewed document's legal basis (制定依据 of its latest version), shown to the reviewer; set by prepareCleanupReview. */
  public static final String DOCUMENT_LEGAL_BASIS = "documentLegalBasis";
  /** Task_ReviewDocument form: KEEP | AMEND | ABOLISH | DECLARE_INVALID, the reason, the legal basis. */
  public static final String REVIEW_OUTCOME = "reviewOutcome";
  public static final String REVIEW_REASON = "reviewReason";
  public static final String REVIEW_LEGAL_BASIS = "reviewLegalBasis";
  /** Set by compileCleanupList for the confirmation form: counts and the summary list (text). */
  public static final String KEEP_COUNT = "keepCount";
  public static final String AMEND_COUNT = "amendCount";
  public static final String ABOLISH_COUNT = "abolishCount";
  public static final String INVALID_COUNT = "invalidCount";
  public static final String CLEANUP_SUMMARY = "cleanupSummary";
  /** Task_ConfirmCleanup form. */
  public static final String LIST_CONFIRMED = "listConfirmed";
  public static final String CLEANUP_CHANNEL = "cleanupChannel";
  public static final String CONFIRMATION_NOTE = "confirmationNote";

  // ---- document-abolition
  /** Start form: the document's number, the ground, the reason, the replacing document, the channel. */
  public static final String ABOLITION_DOC_NUMBER = "abolitionDocNumber";
  public static final String ABOLITION_GROUND = "abolitionGround";
  public static final String ABOLITION_REASON = "abolitionReason";
  public static final String REPLACEMENT_DOC_NUMBER = "replacementDocNumber";
  public static final String ABOLITION_CHANNEL = "abolitionChannel";
  /** Registry id of the abolition (nf_abolition), set by registerAbolition; its ground in Chinese. */
  public static final String ABOLITION_ID = "abolitionId";
  public static final String ABOLITION_GROUND_LABEL = "abolitionGroundLabel";
  /** Task_ApproveAbolition form: APPROVE | REFUSE with the head's opinion. */
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String APPROVAL_OPINION = "approvalOpinion";
  /** Gate, set by recordAbolitionApproval. */
  public static final String ABOLITION_APPROVED = "abolitionApproved";

  // ---- the organ's decision, its signing, publication and report to the filing body (issue 24:
  // periodic-cleanup, document-abolition, document-validity; R-ND-10, R-ND-11, R-ND-14)
  /** Registry id (nf_organ_decision) of the decision put to the organ, set by prepareOrganDecision. */
  public static final String ORGAN_DECISION_ID = "organDecisionId";
  /** HEAD | MEETING, from configuration (normflow.cleanup.decided-by, normflow.validity.decided-by), set by prepareOrganDecision. */
  public static final String ORGAN_DECIDED_BY = "organDecidedBy";
  /** Task_OrganDecision form: one of the options of the subject, and the head's written decision (reason). */
  public static final String ORGAN_DECISION = "organDecision";
  public static final String ORGAN_DECISION_REASON = "organDecisionReason";
  /** Shown to the legal office and the unit when the organ returned the lists. */
  public static final String ORGAN_RETURN_REASON = "organReturnReason";
  /** The contract of the called organ-meeting (R-MD-11): in. */
  public static final String MEETING_MATTER = "meetingMatter";
  public static final String MEETING_OPTIONS = "meetingOptions";
  public static final String CASE_REFERENCE = "caseReference";
  /** The contract of the called organ-meeting: out (read by recordMeetingDecision, checked against the record). */
  public static final String MEETING_DECISION = "meetingDecision";
  public static final String MEETING_REASON = "meetingReason";
  public static final String MEETING_DATE = "meetingDate";
  public static final String MEETING_ID = "meetingId";
  /** Task_SignDecision form: the signing date; the 文号 is taken at signing and shown afterwards. */
  public static final String DECISION_SIGNED_ON = "decisionSignedOn";
  public static final String DECISION_NUMBER = "decisionNumber";
  /** Task_PublishDecision form: publication date and channel (configured channels). */
  public static final String DECISION_PUBLISHED_ON = "decisionPublishedOn";
  public static final String DECISION_CHANNEL = "decisionChannel";
  /** Task_PublishDecision form of document-validity (re-issue): the effective date and the validity the document states (optional). */
  public static final String REISSUE_EFFECTIVE_ON = "reissueEffectiveOn";
  public static final String STATED_VALID_UNTIL = "statedValidUntil";
  /** Task_ReportToFilingBody form: date and body; the deadline (timer) set by recordDecisionPublication. */
  public static final String DECISION_FILED_ON = "decisionFiledOn";
  public static final String DECISION_FILING_AUTHORITY = "decisionFilingAuthority";
  public static final String DECISION_FILING_DUE_AT = "decisionFilingDueAt";
  /** yyyy-MM-dd of the filing deadline, for display. */
  public static final String DECISION_FILING_DUE_TEXT = "decisionFilingDueText";
  /** Task_DecisionFilingOverdue form: why the report is late and how it is chased. */
  public static final String DECISION_OVERDUE_NOTE = "decisionOverdueNote";

  // ---- periodic-cleanup: the legal office's review of the units' proposals (Task_ConfirmCleanup)
  /** CONFIRM (submit to the organ) | RETURN (send proposals back to their units). */
  public static final String LEGAL_REVIEW_CONCLUSION = "legalReviewConclusion";
  /** The 文号 of the proposals sent back, separated by 、 or ， or new lines, and why. */
  public static final String RETURNED_DOC_NUMBERS = "returnedDocNumbers";
  public static final String RETURN_REASON = "returnReason";
  /** Gate, set by recordCleanupConfirmation: proposals were sent back. */
  public static final String PROPOSALS_RETURNED = "proposalsReturned";
  /** Shown in the unit's review form when its proposal was sent back. */
  public static final String CLEANUP_RETURN_NOTE = "cleanupReturnNote";

  // ---- document-validity: the legal office's review of the unit's evaluation, reminders
  /** Task_ReviewEvaluation form: AGREE | DISAGREE with the unit's evaluation, and the legal office's opinion. */
  public static final String EVALUATION_REVIEW = "evaluationReview";
  public static final String EVALUATION_REVIEW_OPINION = "evaluationReviewOpinion";
  /** Timer: the reminder before expiry when the organ has not decided (normflow.validity.reminder-days-before). */
  public static final String REMINDER_AT = "reminderAt";

  private CleanupVariables() {}
}
