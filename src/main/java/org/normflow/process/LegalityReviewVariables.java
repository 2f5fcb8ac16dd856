package org.normflow.process;

import java.util.List;

/** Process variables of {@code legality-review} (contract: docs/process-contracts.md). */
public final class LegalityReviewVariables {

  // in (caseId, caseType, caseTitle, caseVersion as in ConsultationVariables)
  public static final String REVIEW_MIN_WORKING_DAYS = "reviewMinWorkingDays";
  public static final String REVIEW_MAX_WORKING_DAYS = "reviewMaxWorkingDays";
  public static final String EXPLORATORY_REFORM = "exploratoryReform";
  /** The draft under review, shown read-only to the reviewer. */
  public static final String CASE_DRAFT_TEXT = "caseDraftText";
  /** 程序履行情况说明 (R-MD-09), written by the caller's system step from its own record. */
  public static final String CASE_PROCEDURE_ACCOUNT = "caseProcedureAccount";

  // out
  public static final String LEGALITY_OUTCOME = "legalityOutcome";
  public static final String LEGALITY_OPINION = "legalityOpinion";
  public static final String LEGAL_RISK_STATEMENT = "legalRiskStatement";
  public static final String LEGALITY_REVIEWED_ON = "legalityReviewedOn";
  /** Added: true when the case may go on to deliberation/discussion (R-ND-04, R-MD-08). */
  public static final String LEGALITY_MAY_PROCEED = "legalityMayProceed";
  /**
   * With {@link #MISSING_PROCEDURE}: the procedures to make up, comma-separated codes in the order of
   * {@link #PROCEDURE_CODES}; empty otherwise (R-MD-18, R-ND-04).
   */
  public static final String MISSING_PROCEDURES = "missingProcedures";

  // internal
  public static final String REVIEW_DUE_AT = "reviewDueAt";
  public static final String REVIEW_REMINDER_AT = "reviewReminderAt";
  public static final String REVIEW_DUE_ON = "reviewDueOn";
  public static final String ADVISOR_OPINION = "advisorOpinion";
  public static final String MAT_DRAFT = "matDraft";
  public static final String MAT_EXPLANATION = "matExplanation";
  public static final String MAT_LEGAL_BASIS = "matLegalBasis";
  public static final String MAT_CONSULTATION_REPORT = "matConsultationReport";
  public static final String MAT_FCR_RESULT = "matFcrResult";
  public static final String MAT_PROCEDURE_ACCOUNT = "matProcedureAccount";

  // R-MD-09, 713 Art 26: the reviewer returns the materials or asks for more (a step of its own)
  /** DECIDE (出具审查意见, the default) or RETURN (退回材料或者要求补充), checked by recordLegalityDecision. */
  public static final String REVIEW_ACTION = "legalityReviewAction";
  public static final String RETURN_REASON = "returnReason";
  public static final String RETURN_REQUEST = "returnRequest";
  /** System: set by recordLegalityDecision from the checked action; Gateway_ReviewReturned reads it. */
  public static final String LEGALITY_RETURNED = "legalityReturned";
  /** The drafting unit's account of what it supplemented (Task_SupplementMaterials). */
  public static final String SUPPLEMENT_NOTE = "supplementNote";
  /** System, shown only: how the review period is handled on a return (RESTART or PAUSE, configured). */
  public static final String ON_RETURN = "reviewOnReturn";
  public static final String DECIDE = "DECIDE";
  public static final String RETURN = "RETURN";
  public static final String EARLY_OPINION_GROUND = "earlyOpinionGround";
  public static final String EARLY_OPINION_REASON = "earlyOpinionReason";
  public static final String MISSING_CONSULTATION = "missingConsultation";
  public static final String MISSING_FCR = "missingFcr";
  public static final String MISSING_HEARING = "missingHearing";
  public static final String MISSING_EXPERTS = "missingExperts";
  public static final String MISSING_RISK = "missingRisk";
  public static final String OVERDUE_MEASURES = "overdueMeasures";

  public static final String LAWFUL = "LAWFUL";
  public static final String LAWFUL_AFTER_AMENDMENT = "LAWFUL_AFTER_AMENDMENT";
  public static final String MISSING_PROCEDURE = "MISSING_PROCEDURE";
  public static final String UNLAWFUL = "UNLAWFUL";
  /** 国家尚无明确规定: only for an exploratory reform the decision organ classified (R-MD-08). */
  public static final String NO_CLEAR_PROVISION = "NO_CLEAR_PROVISION";

  // procedures a MISSING_PROCEDURE finding can name, in this order
  public static final String CONSULTATION = "CONSULTATION";
  public static final String FAIR_COMPETITION_REVIEW = "FAIR_COMPETITION_REVIEW";
  public static final String HEARING = "HEARING";
  public static final String EXPERT_ARGUMENTATION = "EXPERT_ARGUMENTATION";
  public static final String RISK_ASSESSMENT = "RISK_ASSESSMENT";
  public static final List<String> PROCEDURE_CODES =
      List.of(CONSULTATION, FAIR_COMPETITION_REVIEW, HEARING, EXPERT_ARGUMENTATION, RISK_ASSESSMENT);

  private LegalityReviewVariables() {}

  /** Issue 10: the case's human reference (登记号 / 决策编号), set at registration, shown in every form header. */
  public static final String CASE_REFERENCE = "caseReference";
  /** Issue 10: what kind of case it is, in words, for the form header. */
  public static final String CASE_TYPE_LABEL = "caseTypeLabel";
  /** Issue 10: the unit in charge of the case under review (承办单位), passed in by the caller. */
  public static final String CASE_UNIT = "caseUnit";
}
