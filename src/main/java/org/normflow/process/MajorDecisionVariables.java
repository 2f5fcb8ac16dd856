package org.normflow.process;

/** Process variable names of {@code major-decision}; every form field key is one of these. */
public final class MajorDecisionVariables {

  // start form (major-decision-start) and registration
  public static final String DECISION_ID = "decisionId";
  public static final String TITLE = "title";
  public static final String CATALOGUE_ITEM_ID = "catalogueItemId";
  public static final String CATALOGUE_YEAR = "catalogueYear";
  public static final String ADJUSTMENT_REASON = "adjustmentReason";
  public static final String PROPOSED_LEAD_UNIT = "proposedLeadUnit";
  public static final String PREVIOUS_DECISION_ID = "previousDecisionId";
  /** The catalogue item plans a hearing (an input of the hearing rule table). */
  public static final String HEARING_PLANNED = "hearingPlanned";
  /**
   * Set at registration: the drafting unit (起草科室) of the case, as recorded in the registry. Shown
   * only; the drafter tasks' candidates are read from the registry ({@code caseUnits.draftingGroup}).
   */
  public static final String DRAFTING_UNIT = "draftingUnit";

  // called by normative-document for a document that is also a major decision (R-ND-12)
  /** In: registry id of the normative document; its presence marks the call. */
  public static final String NORMATIVE_DOCUMENT_ID = "normativeDocumentId";
  /** Set at registration: true when this decision is the procedure of a normative document. */
  public static final String FOR_NORMATIVE_DOCUMENT = "forNormativeDocument";
  /** In: the document's current draft text, its drafting explanation (R-ND-01) and version number. */
  public static final String DOCUMENT_DRAFT_TEXT = "documentDraftText";
  public static final String DOCUMENT_EXPLANATION = "documentExplanation";
  public static final String DOCUMENT_VERSION = "documentVersion";

  // settings copied from configuration at start (normflow.decision.*)
  public static final String INTEGRITY_REVIEW_ENABLED = "integrityReviewEnabled";

  // proposal (major-decision-proposal, R-MD-02)
  public static final String PROBLEM = "problem";
  public static final String REASONS = "reasons";
  public static final String LEGAL_BASIS = "legalBasis";
  public static final String INITIAL_PLAN = "initialPlan";
  public static final String NECESSITY = "necessity";
  public static final String FEASIBILITY = "feasibility";

  // start decision (major-decision-decide-start, R-MD-02, R-MD-17)
  public static final String START_DECISION = "startDecision";
  public static final String START_DECISION_REASON = "startDecisionReason";
  public static final String LEAD_UNIT = "leadUnit";
  public static final String START = "START";
  public static final String NOT_START = "NOT_START";
  public static final String OUTSIDE_PROCEDURE = "OUTSIDE_PROCEDURE";

  // draft plan (major-decision-draft-plan, R-MD-03)
  public static final String PLAN_A_LABEL = "planALabel";
  public static final String PLAN_A_TEXT = "planAText";
  public static final String PLAN_B_LABEL = "planBLabel";
  public static final String PLAN_B_TEXT = "planBText";
  public static final String AFFECTS_VITAL_INTERESTS = "affectsVitalInterests";
  public static final String LOCAL_RULE_REQUIRES_HEARING = "localRuleRequiresHearing";
  public static final String TECHNICAL = "technical";
  public static final String STABILITY_RISK = "stabilityRisk";
  public static final String CONCERNS_MARKET = "concernsMarket";
  public static final String FAIR_COMPETITION_RESULT = "fairCompetitionResult";
  public static final String EXPLORATORY_REFORM = "exploratoryReform";
  public static final String CURRENT_VERSION = "currentVersion";

  // public participation (call activity public-consultation, R-MD-04)
  public static final String CASE_ID = "caseId";
  public static final String CASE_TYPE = "caseType";
  public static final String CASE_TITLE = "caseTitle";
  public static final String CASE_TYPE_DECISION = "DECISION";
  public static final String CONSULTATION_MIN_DAYS = "consultationMinDays";
  public static final String CONSULTATION_DAY_KIND = "consultationDayKind";
  public static final String CONSULTATION_RULE_ID = "consultationRuleId";
  public static final String CONSULTATION_COMMENT_COUNT = "consultationCommentCount";
  public static final String CONSULTATION_ADOPTION_REPORT = "consultationAdoptionReport";
  public static final String CONSULTATION_CLOSED_ON = "consultationClosedOn";

  // assessment of participation (major-decision-assess-participation)
  public static final String MAJOR_DISAGREEMENT = "majorDisagreement";
  public static final String PARTICIPATION_SUMMARY = "participationSummary";

  // hearing (call activity hearing, R-MD-05)
  public static final String HEARING_REQUIRED = "hearingRequired";
  public static final String HEARING_REPORT = "hearingReport";
  public static final String HEARING_HELD_ON = "hearingHeldOn";

  // expert argumentation (R-MD-06)
  public static final String EXPERT_REQUIRED = "expertRequired";
  public static final String EXPERTS = "experts";
  public static final String CONFLICT_CHECK = "conflictCheck";
  public static final String EXCLUDED_EXPERTS = "excludedExperts";
  public static final String DISSENTING_EXPERT = "dissentingExpert";
  public static final String EXPERT = "expert";
  public static final String EXPERT_OPINION = "expertOpinion";
  public static final String EXPERT_SIGNATURE = "expertSignature";
  public static final String EXPERT_NO_INTEREST = "expertNoInterest";
  public static final String EXPERT_ADOPTION_REPORT = "expertAdoptionReport";

  // risk assessment (R-MD-07)
  public static final String RISK_POINTS = "riskPoints";
  public static final String RISK_MEASURES = "riskMeasures";
  public static final String CONTINGENCY_PLAN = "contingencyPlan";
  public static final String RISK_LIKELIHOOD = "riskLikelihood";
  public static final String RISK_IMPACT = "riskImpact";
  public static final String MEASURES_EFFECTIVE = "measuresEffective";
  public static final String RISK_ASSESSOR_UNIT = "riskAssessorUnit";
  public static final String RISK_LEVEL = "riskLevel";
  public static final String RISK_CONTROLLABLE = "riskControllable";
  public static final String RISK_REPORT_PRESENT = "riskReportPresent";

  // revision of the draft (after risk assessment or review)
  public static final String REVISED_PLAN_TEXT = "revisedPlanText";
  public static final String REVISION_NOTE = "revisionNote";

  // legality review (call activity legality-review, R-MD-08, R-MD-09)
  public static final String REVIEW_MIN_WORKING_DAYS = "reviewMinWorkingDays";
  public static final String REVIEW_MAX_WORKING_DAYS = "reviewMaxWorkingDays";
  public static final String LEGALITY_OUTCOME = "legalityOutcome";
  public static final String LEGALITY_OPINION = "legalityOpinion";
  public static final String LEGAL_RISK_STATEMENT = "legalRiskStatement";
  public static final String LEGALITY_REVIEWED_ON = "legalityReviewedOn";
  /** Out of legality-review: true when the case may go on to collective discussion (R-MD-08). */
  public static final String LEGALITY_MAY_PROCEED = "legalityMayProceed";
  public static final String LEGALITY_GATE_PASSED = "legalityGatePassed";

  // integrity review (R-C-04)
  public static final String INTEGRITY_OUTCOME = "integrityOutcome";
  public static final String INTEGRITY_OPINION = "integrityOpinion";

  // collective discussion (R-MD-10, R-MD-11)
  public static final String MATERIALS_PROBLEM = "materialsProblem";
  public static final String DISCUSSION_ROUND = "discussionRound";
  public static final String MEMBER = "member";
  public static final String MEMBER_VOTE = "memberVote";
  public static final String MEMBER_OPINION = "memberOpinion";
  public static final String MAJORITY_VOTE = "majorityVote";
  public static final String OPINION_SUMMARY = "opinionSummary";
  public static final String HEAD_DECISION = "headDecision";
  public static final String HEAD_REASON = "headReason";
  public static final String AMENDMENTS = "amendments";
  public static final String DEFERRAL_RESPONSE = "deferralResponse";
  public static final String NO_MAJORITY = "NONE";

  // the head names the executing unit (Task_HeadDecision, R-MD-14): form field executingUnit, a
  // configured drafting unit; recorded by recordHeadDecision, which sets executingUnitName for display
  public static final String EXECUTING_UNIT = "executingUnit";
  public static final String EXECUTING_UNIT_NAME = "executingUnitName";

  // publication (R-MD-12)
  public static final String PUBLISHED_ON = "publishedOn";
  public static final String ADOPTION_EXPLANATION = "adoptionExplanation";
  /** Set by recordDecisionPublication: the pre-decision assessor (risk assessor, else the lead unit), R-MD-15. */
  public static final String PRE_DECISION_ASSESSOR = "preDecisionAssessor";

  // implementation, supervision and post-evaluation: the called process decision-implementation
  // (DecisionImplementationVariables); its result comes back as implementationResult
  public static final String IMPLEMENTATION_RESULT = "implementationResult";
  public static final String OUTCOME_REASON = "outcomeReason";
  public static final String SUCCESSOR_PROCESS_INSTANCE_ID = "successorProcessInstanceId";

  private MajorDecisionVariables() {}
}
