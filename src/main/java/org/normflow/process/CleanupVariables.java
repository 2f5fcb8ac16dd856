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

  private CleanupVariables() {}
}
