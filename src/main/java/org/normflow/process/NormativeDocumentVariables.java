package org.normflow.process;

/** Process variable names of {@code normative-document}; every form field key is one of these. */
public final class NormativeDocumentVariables {

  // start form (normative-document-start)
  public static final String DOCUMENT_ID = "documentId";
  public static final String TITLE = "title";
  public static final String DOC_TYPE = "docType";
  public static final String TRIAL = "trial";
  /** 制定机关: the organ in whose name the document is issued (not the drafting unit, 起草单位). */
  public static final String ISSUING_UNIT = "issuingUnit";
  /**
   * The drafter's ACCOUNT (R-ND-03, R-MD-18): the drafter believes the document concerns operators'
   * economic activity. Read by no gateway and no rule table; the legal office's finding decides
   * ({@link #MARKET_CONFIRMED}).
   */
  public static final String CONCERNS_MARKET = "concernsMarket";
  /** The drafter's account of how it concerns operators' economic activity (required with the tick). */
  public static final String MARKET_ACCOUNT = "marketAccount";
  /** The drafter's ACCOUNT (R-ND-12): the drafter believes it is also a major decision; see {@link #MAJOR_DECISION_CONFIRMED}. */
  public static final String MAJOR_DECISION = "majorDecision";
  /** The drafter's account of why it is also a major decision (required with the tick). */
  public static final String MAJOR_DECISION_ACCOUNT = "majorDecisionAccount";
  public static final String PLANNED_EFFECTIVE_DATE = "plannedEffectiveDate";
  /** The drafter believes the draft is not a normative document and asks the legal office to decide (R-ND-13). */
  public static final String NOT_NORMATIVE_CLAIM = "notNormativeClaim";
  /** The drafter's reason for that belief; required when {@link #NOT_NORMATIVE_CLAIM} is ticked. */
  public static final String NOT_NORMATIVE_REASON = "notNormativeReason";

  // identification and applicability (规范性文件认定和适用程序确认, R-ND-13, R-ND-03, R-ND-12, R-MD-18;
  // Task_IdentifyDocument, form normative-document-identification), for EVERY document
  /** System: set by registerDocument from the validated start form (the drafter asked); shown only, no gateway reads it. */
  public static final String IDENTIFICATION_REQUESTED = "identificationRequested";
  /** APPLIES or NOT_APPLIES: the legal office's finding whether fair competition review applies (operators' economic activity). */
  public static final String FCR_FINDING = "fcrFinding";
  public static final String FCR_FINDING_REASON = "fcrFindingReason";
  /** MAJOR_DECISION or ORDINARY: the legal office's finding whether the major-decision track applies. */
  public static final String TRACK_FINDING = "trackFinding";
  public static final String TRACK_FINDING_REASON = "trackFindingReason";
  /** System: set by recordIdentification from the checked finding; the rule table and the major decision read it. */
  public static final String MARKET_CONFIRMED = "marketConfirmed";
  /** System: set by recordIdentification from the checked finding; Gateway_ProcedureTrack and Gateway_DecisionProcedure read it. */
  public static final String MAJOR_DECISION_CONFIRMED = "majorDecisionConfirmed";
  /** System: the finding in words (who, when, each finding with its reason), shown in later forms in a disabled field. */
  public static final String APPLICABILITY_FINDING = "applicabilityFinding";
  /** NORMATIVE or NOT_NORMATIVE, the legal office's finding. */
  public static final String IDENTIFICATION_FINDING = "identificationFinding";
  public static final String IDENTIFICATION_REASON = "identificationReason";
  /** System: set by recordIdentification from the validated finding; Gateway_IdentificationFinding reads it. */
  public static final String IDENTIFIED_AS_NORMATIVE = "identifiedAsNormative";
  /**
   * Set at registration: the drafting unit (起草科室, a group of type UNIT) of the drafter who started
   * the case, as recorded in the registry. Shown only; who gets the drafter tasks is read from the
   * registry ({@code caseUnits.draftingGroup}), never from this variable.
   */
  public static final String DRAFTING_UNIT = "draftingUnit";
  /** System: the configured name of {@link #DRAFTING_UNIT} (起草单位), shown only. */
  public static final String DRAFTING_UNIT_NAME = "draftingUnitName";

  // drafting (normative-document-drafting)
  public static final String DRAFT_TEXT = "draftText";
  public static final String PURPOSE = "purpose";
  public static final String LEGAL_BASIS = "legalBasis";
  public static final String DRAFTING_PROCESS = "draftingProcess";
  public static final String MAIN_CONTENT = "mainContent";
  public static final String CURRENT_VERSION = "currentVersion";
  public static final String CHANGE_NOTE = "changeNote";
  /** The four parts of the drafting explanation in one text (<= 4000), passed to the called reviews. */
  public static final String DRAFTING_EXPLANATION = "draftingExplanation";

  // procedure track (R-ND-12): ORDINARY or MAJOR_DECISION
  public static final String PROCEDURE_TRACK = "procedureTrack";

  // the major-decision procedure of a document that is also a major decision (R-ND-12)
  /** Registry id of the called major decision ({@code MD-<documentId>}), also its business key. */
  public static final String DECISION_ID = "decisionId";
  /** Out of major-decision: the head's decision, APPROVE, APPROVE_WITH_AMENDMENTS or REJECT. */
  public static final String DECISION_OUTCOME = "decisionOutcome";
  public static final String DECISION_AMENDMENTS = "decisionAmendments";
  /** Out of major-decision: the decision's last plan version (above 1 when the draft was revised there). */
  public static final String DECISION_PLAN_VERSION = "decisionPlanVersion";
  /** In to major-decision: the fair competition conclusion of the document (R-MD-10 material). */
  public static final String FAIR_COMPETITION_RESULT = "fairCompetitionResult";

  // review plan (business rule task, bpmn/normative-document-reviews.dmn)
  public static final String REVIEW_PLAN = "reviewPlan";
  /** System: fair competition review runs in this round (rule table, or a MISSING_PROCEDURE finding naming it). */
  public static final String FCR_NEEDED = "fcrNeeded";
  /** System: the public consultation runs in this round (always in the first; in a make-up round only when named). */
  public static final String CONSULTATION_NEEDED = "consultationNeeded";
  // no "legality review needed": every normative document is reviewed (R-ND-04, 应审必审)
  // consultationMinDays / consultationDayKind: see ConsultationVariables

  // fair competition review (normative-document-fair-competition-review)
  public static final String FCR_CONCLUSION = "fcrConclusion";
  public static final String FCR_OPINION = "fcrOpinion";
  public static final String FCR_EXCEPTION_JUSTIFICATION = "fcrExceptionJustification";
  public static final String FCR_EXCEPTION_END_DATE = "fcrExceptionEndDate";
  public static final String FCR_EXCEPTION_END_CONDITION = "fcrExceptionEndCondition";
  // operators and trade associations heard (R-ND-02, 722 Art 62(1), 783 Art 16): Task_HearOperators
  /** System: set by prepareDocumentLegalityReview from the record (market confirmed, nobody heard yet). */
  public static final String OPERATORS_HEARING_NEEDED = "operatorsHearingNeeded";
  public static final String OPERATORS_ENTERPRISES = "operatorsEnterprises";
  public static final String OPERATORS_ASSOCIATIONS = "operatorsAssociations";
  public static final String OPERATORS_METHOD = "operatorsMethod";
  public static final String OPERATORS_HEARD_ON = "operatorsHeardOn";
  public static final String OPERATORS_SUMMARY = "operatorsSummary";

  /** R-ND-03, 783 Art 12: the purpose an exception serves, from normflow.grounds.decision-fcr-exception. */
  public static final String FCR_EXCEPTION_GROUND = "fcrExceptionGround";

  // after a failing review the drafting unit decides (R-ND-03, 783 Art 18): Task_DecideAfterFcr
  /** REVISE or ABANDON, checked by recordFcrFollowUp; Gateway_FcrFailAction reads it. */
  public static final String FCR_FOLLOW_UP = "fcrFollowUp";
  public static final String FCR_FOLLOW_UP_REASON = "fcrFollowUpReason";

  // make up a missing procedure (R-ND-04, R-MD-18): ServiceTask_PlanMakeUp, Task_ReviseForMakeUp
  /** Out of legality-review (contract v2): comma-separated codes of the missing procedures. */
  public static final String MISSING_PROCEDURES = "missingProcedures";
  public static final String PROCEDURE_CONSULTATION = "CONSULTATION";
  public static final String PROCEDURE_FAIR_COMPETITION_REVIEW = "FAIR_COMPETITION_REVIEW";
  /** System: the missing procedures in words, set by planDocumentMakeUp, shown only. */
  public static final String MAKE_UP_PROCEDURES = "makeUpProcedures";

  // into legality-review (contract v2), set by ServiceTask_PrepareLegalityReview from the registry
  public static final String CASE_DRAFT_TEXT = "caseDraftText";
  /** 程序履行情况说明: which procedures ran, when, with which result; which were found not to apply and why. */
  public static final String CASE_PROCEDURE_ACCOUNT = "caseProcedureAccount";

  // collective deliberation (normative-document-deliberation)
  public static final String MEETING_KIND = "meetingKind";
  public static final String MEETING_DATE = "meetingDate";
  /** 主持人 of the meeting (R-ND-06). */
  public static final String MEETING_PRESIDER = "meetingPresider";
  public static final String PARTICIPANTS = "participants";
  public static final String DELIBERATION_OUTCOME = "deliberationOutcome";
  public static final String MEETING_RECORD = "meetingRecord";
  public static final String MATERIAL_CHANGE = "materialChange";

  // registration and numbering (R-ND-07)
  public static final String DOC_NUMBER = "docNumber";

  // signing (normative-document-signing)
  // who signed is the authenticated user (R-ND-14, org.normflow.head), never a form value
  public static final String SIGNED_ON = "signedOn";
  /** R-ND-14: SIGN, RETURN (不予签发，退回修改) or NOT_ISSUE (不予签发，不予出台), checked by recordSigning. */
  public static final String SIGNING_DECISION = "signingDecision";
  /** R-ND-14: why the head does not sign; required for RETURN and NOT_ISSUE. */
  public static final String SIGNING_REFUSAL_REASON = "signingRefusalReason";
  /** System, shown only on Task_AmendAfterSigningRefusal: the head's reason, copied by recordSigning. */
  public static final String SIGNING_RETURN_REASON = "signingReturnReason";

  // publication (normative-document-publication)
  public static final String PUBLISHED_ON = "publishedOn";
  public static final String PUBLICATION_CHANNEL = "publicationChannel";
  public static final String EFFECTIVE_ON = "effectiveOn";
  /** Task_Publication form (optional), R-ND-10: the 有效期至 the document states for itself; never beyond the maximum. */
  public static final String STATED_VALID_UNTIL = "statedValidUntil";
  /** R-ND-08: the ground (code) for an effective date sooner than the minimum, one of normflow.grounds.early-effect. */
  public static final String EARLY_EFFECT_GROUND = "earlyEffectGround";
  /** R-ND-08: the written explanation of that ground. */
  public static final String EARLY_EFFECT_REASON = "earlyEffectReason";
  /** Issue 24 point 11: the policy explanation (解读) and the adjustment period (722 Art 65), see PublicationVariables. */
  public static final String INTERPRETATION_FORM = PublicationVariables.INTERPRETATION_FORM;
  public static final String INTERPRETATION_CONTENT = PublicationVariables.INTERPRETATION_CONTENT;
  public static final String INTERPRETATION_PUBLISHED_ON = PublicationVariables.INTERPRETATION_PUBLISHED_ON;
  public static final String ADJUSTMENT_PERIOD = PublicationVariables.ADJUSTMENT_PERIOD;
  public static final String ADJUSTMENT_NOTE = PublicationVariables.ADJUSTMENT_NOTE;
  /** System: the ground in words and its explanation, set by recordPublication (shown in the audit trail). */
  public static final String EARLY_EFFECT_NOTE = "earlyEffectNote";
  public static final String EFFECTIVE_AT = "effectiveAt";
  /** System: normflow.publication.effective-min-days, set by assignDocumentNumber, templated in the publication form. */
  public static final String EFFECTIVE_MIN_DAYS = "effectiveMinDays";
  public static final String FILING_DUE_AT = "filingDueAt";
  /** System: normflow.filing.deadline-days, set by assignDocumentNumber, templated in the filing form. */
  public static final String FILING_DEADLINE_DAYS = "filingDeadlineDays";

  // filing (normative-document-filing)
  public static final String FILED_ON = "filedOn";
  public static final String FILING_AUTHORITY = "filingAuthority";
  public static final String PKG_FILING_REPORT = "pkgFilingReport";
  public static final String PKG_OFFICIAL_TEXT = "pkgOfficialText";
  public static final String PKG_DRAFTING_EXPLANATION = "pkgDraftingExplanation";
  public static final String PKG_LEGAL_BASIS = "pkgLegalBasis";
  public static final String PKG_LEGALITY_OPINION = "pkgLegalityOpinion";
  public static final String OVERDUE_NOTE = "overdueNote";

  // withdrawal (message Message_WithdrawDocument) and stops
  public static final String WITHDRAW_REASON = "withdrawReason";
  public static final String WITHDRAWN_BY = "withdrawnBy";

  public static final String MESSAGE_WITHDRAW = "Message_WithdrawDocument";

  private NormativeDocumentVariables() {}

  /** Read only by model versions deployed before every document got the legality review (R-ND-04); always true now. */
  public static final String LEGACY_LEGALITY_REVIEW_NEEDED = "legalityReviewNeeded";

  /** Issue 10: the case's human reference (登记号 / 决策编号), set at registration, shown in every form header. */
  public static final String CASE_REFERENCE = "caseReference";
  /** Issue 10: what kind of case it is, in words, for the form header. */
  public static final String CASE_TYPE_LABEL = "caseTypeLabel";
  /** Issue 10: the decision's own number (2026年第3项), set by RegisterDecision; passed back to the document (R-ND-12). */
  public static final String DECISION_REFERENCE = "decisionReference";
}
