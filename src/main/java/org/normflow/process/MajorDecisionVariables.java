package org.normflow.process;

/** Process variable names of {@code major-decision}; every form field key is one of these. */
public final class MajorDecisionVariables {

  // start form (major-decision-start) and registration
  public static final String DECISION_ID = "decisionId";
  public static final String TITLE = "title";
  public static final String CATALOGUE_ITEM_ID = "catalogueItemId";
  public static final String CATALOGUE_YEAR = "catalogueYear";
  public static final String ADJUSTMENT_REASON = "adjustmentReason";
  /**
   * Set by RegisterDecision for a drafter's out-of-catalogue start: what the head's start decision means
   * for the catalogue (the proposed adjustment and its reason), shown on Task_DecideStart.
   */
  public static final String CATALOGUE_ADJUSTMENT_NOTE = "catalogueAdjustmentNote";
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

  // ---- issue 9 (R-MD-05..08, R-MD-17, R-MD-18): who finds which procedures apply ----

  // the drafter's account (Task_DraftPlan, Task_ClassifyDocumentDecision): a claimed fact with its
  // explanation; never read by a gateway or rule table (R-MD-18)
  public static final String AFFECTS_VITAL_INTERESTS_EXPLANATION = "affectsVitalInterestsExplanation";
  public static final String LOCAL_RULE_EXPLANATION = "localRuleExplanation";
  public static final String TECHNICAL_EXPLANATION = "technicalExplanation";
  public static final String STABILITY_RISK_EXPLANATION = "stabilityRiskExplanation";
  public static final String CONCERNS_MARKET_EXPLANATION = "concernsMarketExplanation";
  // the drafter's account of the comments (Task_AssessParticipation)
  public static final String DIVERGENCE_DEGREE = "divergenceDegree";
  public static final String DIVERGENCE_EXPLANATION = "divergenceExplanation";

  // the legal office's finding (Task_FindApplicableProcedures, form fields)
  public static final String FINDING_VITAL_INTERESTS = "findingVitalInterests";
  public static final String FINDING_VITAL_INTERESTS_REASON = "findingVitalInterestsReason";
  public static final String FINDING_DIVERGENCE = "findingDivergence";
  public static final String FINDING_DIVERGENCE_REASON = "findingDivergenceReason";
  public static final String FINDING_LOCAL_RULE = "findingLocalRule";
  public static final String FINDING_LOCAL_RULE_REASON = "findingLocalRuleReason";
  public static final String FINDING_TECHNICAL = "findingTechnical";
  public static final String FINDING_TECHNICAL_REASON = "findingTechnicalReason";
  public static final String FINDING_STABILITY_RISK = "findingStabilityRisk";
  public static final String FINDING_STABILITY_RISK_REASON = "findingStabilityRiskReason";
  public static final String FINDING_RISK_ALREADY_ASSESSED = "findingRiskAlreadyAssessed";
  public static final String FINDING_RISK_REFERENCE = "findingRiskReference";
  public static final String FINDING_MARKET = "findingMarket";
  public static final String FINDING_MARKET_REASON = "findingMarketReason";
  public static final String FINDING_APPLIES = "APPLIES";
  public static final String FINDING_NOT_APPLIES = "NOT_APPLIES";

  // set by recordDecisionApplicabilityFinding only: the confirmed facts the rule tables and gateways read
  public static final String VITAL_INTERESTS_FOUND = "vitalInterestsFound";
  public static final String MAJOR_DIVERGENCE_FOUND = "majorDivergenceFound";
  public static final String LOCAL_RULE_HEARING_FOUND = "localRuleHearingFound";
  public static final String TECHNICAL_FOUND = "technicalFound";
  public static final String STABILITY_RISK_FOUND = "stabilityRiskFound";
  public static final String MARKET_FOUND = "marketFound";
  public static final String RISK_ASSESSMENT_REQUIRED = "riskAssessmentRequired";
  public static final String FCR_REQUIRED = "fcrRequired";

  // set by planDecisionProcedures (first round) or planDecisionMakeUp (missing procedure, R-MD-18): what runs now
  public static final String RUN_CONSULTATION = "runConsultation";
  public static final String RUN_HEARING = "runHearing";
  public static final String RUN_EXPERTS = "runExperts";
  public static final String RUN_RISK = "runRisk";
  public static final String RUN_FCR = "runFcr";
  public static final String MAKE_UP_ROUND = "makeUpRound";
  /** Out of legality-review (contract v2): the missing procedures, comma-separated codes. */
  public static final String MISSING_PROCEDURES = "missingProcedures";
  public static final String PROC_CONSULTATION = "CONSULTATION";
  public static final String PROC_FAIR_COMPETITION_REVIEW = "FAIR_COMPETITION_REVIEW";
  public static final String PROC_HEARING = "HEARING";
  public static final String PROC_EXPERT_ARGUMENTATION = "EXPERT_ARGUMENTATION";
  public static final String PROC_RISK_ASSESSMENT = "RISK_ASSESSMENT";
  /** Set by recordLegalityReview: the review found a missing procedure (R-MD-18). */
  public static final String LEGALITY_MISSING_PROCEDURE = "legalityMissingProcedure";

  // fair competition review of a standalone decision (Task_FairCompetitionReview, 783 Art 12, 18)
  public static final String FCR_CONCLUSION = "fcrConclusion";
  public static final String FCR_OPINION = "fcrOpinion";
  public static final String FCR_EXCEPTION_GROUND = "fcrExceptionGround";
  public static final String FCR_EXCEPTION_JUSTIFICATION = "fcrExceptionJustification";
  public static final String FCR_EXCEPTION_END_DATE = "fcrExceptionEndDate";
  public static final String FCR_EXCEPTION_END_CONDITION = "fcrExceptionEndCondition";
  /** Set by recordDecisionFairCompetitionReview: the review did not fail. */
  public static final String FCR_PASSED = "fcrPassed";

  // the decision organ's judgement on the risk report (Task_JudgeRisk, R-MD-07)
  public static final String RISK_JUDGEMENT = "riskJudgement";
  public static final String RISK_JUDGEMENT_REASON = "riskJudgementReason";
  public static final String CONTROLLABLE = "CONTROLLABLE";
  public static final String UNCONTROLLABLE = "UNCONTROLLABLE";

  // the organ's classification at Task_DecideStart (R-MD-08, R-MD-17)
  public static final String CLASSIFIED_EXPLORATORY = "classifiedExploratory";
  public static final String EXPLORATORY_REFORM_REASON = "exploratoryReformReason";
  public static final String OUTSIDE_PROCEDURE_GROUND = "outsideProcedureGround";

  // what the reviewers see (set by system steps, passed to the called processes)
  /** The explanation of the draft: the proposal (standalone) or the drafting explanation (R-ND-12). */
  public static final String DECISION_EXPLANATION = "decisionExplanation";
  /** Set by prepareDecisionLegalityReview: the plan text(s) of the current version. */
  public static final String REVIEW_DRAFT_TEXT = "reviewDraftText";
  /** Set by prepareDecisionLegalityReview: 程序履行情况说明, from the decision's own record. */
  public static final String PROCEDURE_ACCOUNT = "procedureAccount";
  /** Set by prepareDecisionLegalityReview from the organ's recorded classification only (R-MD-08). */
  public static final String REVIEW_EXPLORATORY_REFORM = "reviewExploratoryReform";

  // collective discussion meeting (Task_RecordMeeting, 713 Art 30)
  public static final String MEETING_DATE = "meetingDate";
  public static final String MEETING_KIND = "meetingKind";
  public static final String MEETING_PRESIDER = "meetingPresider";
  public static final String MEETING_ATTENDEES = "meetingAttendees";

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
  public static final String PARTICIPATION_SUMMARY = "participationSummary";

  // hearing (call activity hearing, R-MD-05)
  public static final String HEARING_REQUIRED = "hearingRequired";
  public static final String HEARING_REPORT = "hearingReport";
  public static final String HEARING_HELD_ON = "hearingHeldOn";

  // expert argumentation (R-MD-06)
  public static final String EXPERT_REQUIRED = "expertRequired";
  public static final String EXPERTS = "experts";
  /** Issue 10: the expert pool offered to the selection form (JSON list of label/value), set by OfferExpertPool. */
  public static final String EXPERT_POOL = "expertPool";
  /** The validated panel (user ids, comma-separated), set by ExpertPanel; the opinion task's collection. */
  public static final String PANEL_EXPERTS = "panelExperts";
  /** The panel by name (孙立、何平), set by ExpertPanel, shown in later forms. */
  public static final String EXPERT_NAMES = "expertNames";
  public static final String CONFLICT_CHECK = "conflictCheck";
  public static final String EXCLUDED_EXPERTS = "excludedExperts";
  /** Optional (713 Art 20 says 注重选择, it requires none): an expert known for a different view, one of those chosen. */
  public static final String DISSENTING_EXPERT = "dissentingExpert";
  /** R-MD-06: whether experts with different views take part, YES or NO (recorded, never a gate). */
  public static final String DIFFERENT_VIEWS = "differentViews";
  public static final String DIFFERENT_VIEWS_YES = "YES";
  public static final String DIFFERENT_VIEWS_NO = "NO";
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

  // the way out of a failed review (Task_ReviseAfterReview, Task_DecideNotToProceed; R-MD-09, R-ND-04, issue 24)
  /** Form: REVISE (修改后重新送审) or PROPOSE_STOP (提请主要负责人决定终止). */
  public static final String REVISION_CHOICE = "revisionChoice";
  public static final String REVISE = "REVISE";
  public static final String PROPOSE_STOP = "PROPOSE_STOP";
  /** Form: why the drafting unit proposes to stop. */
  public static final String STOP_PROPOSAL_REASON = "stopProposalReason";
  /** Set by recordReviewRevision only (read by Gateway_ReviseOrStop). */
  public static final String STOP_PROPOSED = "stopProposed";
  /** Form of the head: STOP (终止，不予出台) or CONTINUE (退回继续修改). */
  public static final String STOP_DECISION = "stopDecision";
  public static final String STOP = "STOP";
  public static final String CONTINUE = "CONTINUE";
  public static final String STOP_DECISION_REASON = "stopDecisionReason";
  /** Set by recordStopDecision only (read by Gateway_StopDecided). */
  public static final String PROCEEDING_STOPPED = "proceedingStopped";

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
  /** Task_HeadDecision (R-MD-14, issue 24 point 12): the 执行时限, a date the decision is to be carried out by. */
  public static final String EXECUTION_DEADLINE = "executionDeadline";
  /** Task_HeadDecision (R-MD-14): the 反馈 duty: what the executing unit reports to the organ, and when. */
  public static final String REPORTING_DUTY = "reportingDuty";

  // the organ's meeting (organ-meeting, R-MD-11): set by CheckDiscussionMaterials, passed in; results passed out
  /** In: what the organ decides (“重大行政决策：…”). */
  public static final String MEETING_MATTER = "meetingMatter";
  /** In: the head's choices, the four outcomes of R-MD-11. */
  public static final String MEETING_OPTIONS = "meetingOptions";
  /** Out: the head's decision at the meeting (read again from the registry by ApplyMeetingDecision). */
  public static final String MEETING_DECISION = "meetingDecision";
  /** Out: the head's written decision and reason. */
  public static final String MEETING_REASON = "meetingReason";
  /** Out: the meeting's row in nf_organ_meeting. */
  public static final String MEETING_ID = "meetingId";

  // Task_AmendDecision (修改后同意, issue 24 point 12): the drafting unit's amended text, checked against the decision
  /** The drafting unit confirms each amendment the decision asked for was made. */
  public static final String AMENDMENTS_CARRIED_OUT = "amendmentsCarriedOut";

  // publication (R-MD-12)
  public static final String PUBLISHED_ON = "publishedOn";
  public static final String ADOPTION_EXPLANATION = "adoptionExplanation";
  /** Issue 24 point 11, 713 Art 32: the policy explanation (解读) published with the decision, see PublicationVariables. */
  public static final String INTERPRETATION_FORM = PublicationVariables.INTERPRETATION_FORM;
  public static final String INTERPRETATION_CONTENT = PublicationVariables.INTERPRETATION_CONTENT;
  public static final String INTERPRETATION_PUBLISHED_ON = PublicationVariables.INTERPRETATION_PUBLISHED_ON;
  /** Set by recordDecisionPublication: the pre-decision assessor (risk assessor, else the lead unit), R-MD-15. */
  public static final String PRE_DECISION_ASSESSOR = "preDecisionAssessor";

  // implementation, supervision and post-evaluation: the called process decision-implementation
  // (DecisionImplementationVariables); its result comes back as implementationResult
  public static final String IMPLEMENTATION_RESULT = "implementationResult";
  public static final String OUTCOME_REASON = "outcomeReason";
  public static final String SUCCESSOR_PROCESS_INSTANCE_ID = "successorProcessInstanceId";

  private MajorDecisionVariables() {}

  /** Issue 10: the case's human reference (登记号 / 决策编号), set at registration, shown in every form header. */
  public static final String CASE_REFERENCE = "caseReference";
  /** Issue 10: what kind of case it is, in words, for the form header. */
  public static final String CASE_TYPE_LABEL = "caseTypeLabel";
  /** Issue 10: the 登记号 of the normative document this decision's procedure serves (R-ND-12). */
  public static final String DOCUMENT_REFERENCE = "documentReference";
  /** Issue 10: the decision's own number (2026年第3项), set by RegisterDecision; passed back to the document (R-ND-12). */
  public static final String DECISION_REFERENCE = "decisionReference";
}
