package org.normflow.process;

/** Process variables of {@code legality-review} (contract: docs/process-contracts.md). */
public final class LegalityReviewVariables {

  // in (caseId, caseType, caseTitle, caseVersion as in ConsultationVariables)
  public static final String REVIEW_MIN_WORKING_DAYS = "reviewMinWorkingDays";
  public static final String REVIEW_MAX_WORKING_DAYS = "reviewMaxWorkingDays";
  public static final String EXPLORATORY_REFORM = "exploratoryReform";

  // out
  public static final String LEGALITY_OUTCOME = "legalityOutcome";
  public static final String LEGALITY_OPINION = "legalityOpinion";
  public static final String LEGAL_RISK_STATEMENT = "legalRiskStatement";
  public static final String LEGALITY_REVIEWED_ON = "legalityReviewedOn";
  /** Added: true when the case may go on to deliberation/discussion (R-ND-04, R-MD-08). */
  public static final String LEGALITY_MAY_PROCEED = "legalityMayProceed";

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
  public static final String EARLY_OPINION_REASON = "earlyOpinionReason";
  public static final String OVERDUE_MEASURES = "overdueMeasures";

  public static final String LAWFUL = "LAWFUL";
  public static final String LAWFUL_AFTER_AMENDMENT = "LAWFUL_AFTER_AMENDMENT";
  public static final String MISSING_PROCEDURE = "MISSING_PROCEDURE";
  public static final String UNLAWFUL = "UNLAWFUL";

  private LegalityReviewVariables() {}
}
