package org.normflow.process;

/**
 * Process variable names of {@code decision-implementation} (决策执行和后评估, R-MD-14, R-MD-15, R-MD-16),
 * called by {@code major-decision} after publication; every form field key is one of these. Contract:
 * docs/process-contracts.md.
 */
public final class DecisionImplementationVariables {

  // in (from major-decision), shown on every task
  public static final String DECISION_ID = "decisionId";
  public static final String TITLE = "title";
  public static final String LEAD_UNIT = "leadUnit";
  /** In: the name of the executing unit the head named in Task_HeadDecision (R-MD-14). */
  public static final String EXECUTING_UNIT_NAME = "executingUnitName";
  public static final String PUBLISHED_ON = "publishedOn";
  /** In: the unit that did the main assessment before the decision (risk assessor, else the lead unit). */
  public static final String PRE_DECISION_ASSESSOR = "preDecisionAssessor";

  // set by the system steps (never a form field)
  /** How the execution subprocess ended: COMPLETED, REPORTED, PROMPTED, SUSPENDED. */
  public static final String EXECUTION_END = "executionEnd";
  public static final String END_COMPLETED = "COMPLETED";
  public static final String END_REPORTED = "REPORTED";
  public static final String END_PROMPTED = "PROMPTED";
  public static final String END_SUSPENDED = "SUSPENDED";
  /** True while execution is suspended (中止执行) by the head. */
  public static final String EXECUTION_SUSPENDED = "executionSuspended";
  /** Text the system builds of what prompted the head's evaluation decision (who, ground, reason). */
  public static final String EVALUATION_PROMPT = "evaluationPrompt";
  /** The code of what prompted it (the legal office's ground, the unit's report, the urgent suspension). */
  public static final String EVALUATION_PROMPT_GROUND = "evaluationPromptGround";
  /** The head ordered a post-evaluation (read by Gateway_EvaluationOrdered). */
  public static final String EVALUATION_ORDERED = "evaluationOrdered";
  /** The evaluating unit the head named, checked against the pre-decision assessor. */
  public static final String EVALUATOR_NAME = "evaluatorName";
  /** The evaluation's advice as words (建议继续执行 ...), for the head's outcome form. */
  public static final String EVALUATION_ADVICE_TEXT = "evaluationAdviceText";
  /** The head's outcome as checked (read by Gateway_Outcome). */
  public static final String ORGAN_OUTCOME = "organOutcome";
  /** Out: COMPLETED, MAJOR_ADJUSTMENT or STOPPED (read by major-decision's Gateway_ImplementationResult). */
  public static final String IMPLEMENTATION_RESULT = "implementationResult";
  /** Out: the head's reason for a major adjustment or a stop. */
  public static final String OUTCOME_REASON = "outcomeReason";
  public static final String RESULT_COMPLETED = "COMPLETED";
  public static final String RESULT_MAJOR_ADJUSTMENT = "MAJOR_ADJUSTMENT";
  public static final String RESULT_STOPPED = "STOPPED";

  // Task_ImplementDecision (the executing unit)
  public static final String EXECUTION_REPORT = "executionReport";
  public static final String PROBLEM_REPORT = "problemReport";
  // Task_ProgressReport (the executing unit)
  public static final String PROGRESS_REPORT = "progressReport";
  public static final String PROGRESS_PROBLEMS = "progressProblems";
  // Task_UrgeProgressReport (legal office)
  public static final String URGING_NOTE = "urgingNote";
  // Task_SuperviseExecution (legal office)
  public static final String EVALUATION_GROUND = "evaluationGround";
  public static final String EVALUATION_GROUND_REASON = "evaluationGroundReason";
  // Task_SuspendExecution (the head) and the suspension message
  public static final String SUSPENSION_REASON = "suspensionReason";
  public static final String SUSPENDED_BY = "suspendedBy";
  // Task_DecideEvaluation (the head)
  public static final String EVALUATION_DECISION = "evaluationDecision";
  public static final String EVALUATION_DECISION_REASON = "evaluationDecisionReason";
  public static final String EVALUATOR_KIND = "evaluatorKind";
  public static final String EVALUATOR_UNIT = "evaluatorUnit";
  // Task_PostEvaluation (legal office, or the commissioned unit's report entered by it)
  public static final String EVALUATION_REPORT = "evaluationReport";
  public static final String EVALUATION_ADVICE = "evaluationAdvice";
  // issue 24 point 7, R-MD-15 (713 Art 36(3)): the evaluation hears the public and may involve deputies,
  // CPPCC members and experts
  public static final String PUBLIC_PARTICIPATION_METHOD = "publicParticipationMethod";
  public static final String PUBLIC_PARTICIPATION_FROM = "publicParticipationFrom";
  public static final String PUBLIC_PARTICIPATION_TO = "publicParticipationTo";
  public static final String PUBLIC_OPINION_COUNT = "publicOpinionCount";
  public static final String DEPUTIES_INVOLVED = "deputiesInvolved";
  public static final String CPPCC_INVOLVED = "cppccInvolved";
  public static final String EXPERTS_INVOLVED = "expertsInvolved";
  public static final String PARTICIPANTS_NOTE = "participantsNote";
  // Task_DecideOutcome (the head)
  public static final String OUTCOME_DECISION = "outcomeDecision";
  public static final String OUTCOME_DECISION_REASON = "outcomeDecisionReason";
  public static final String ADJUSTMENT_CONTENT = "adjustmentContent";
  // Task_ReviewAdjustmentClass (legal office), issue 24 point 7, R-MD-15 (713 Art 37)
  /** GENERAL_ADJUSTMENT or MAJOR_ADJUSTMENT: the legal office's view of the adjustment the head proposed. */
  public static final String ADJUSTMENT_CLASS_VIEW = "adjustmentClassView";
  public static final String ADJUSTMENT_CLASS_REASONS = "adjustmentClassReasons";
  /** Set by the system: the legal office's view in words, for the head's form; null until it is given. */
  public static final String ADJUSTMENT_CLASS_VIEW_TEXT = "adjustmentClassViewText";
  // Task_PublishMeasure (the organ's office), issue 24 point 7, R-MD-15
  /** Set by the system: URGENT_SUSPENSION, SUSPEND or STOP (read by Gateway_PublishedMeasure). */
  public static final String MEASURE_TO_PUBLISH = "measureToPublish";
  /** Set by the system: what is to be published, in words. */
  public static final String MEASURE_TO_PUBLISH_TEXT = "measureToPublishText";
  public static final String MEASURE_PUBLISHED_ON = "measurePublishedOn";
  public static final String MEASURE_PUBLICATION_CHANNEL = "measurePublicationChannel";
  public static final String MEASURE_ANNOUNCEMENT = "measureAnnouncement";

  /** Message that suspends execution (R-MD-16), sent by POST /api/decisions/{id}/suspend (head only). */
  public static final String MESSAGE_SUSPEND_EXECUTION = "Message_SuspendExecution";

  private DecisionImplementationVariables() {}

  /** Issue 10: the case's human reference (登记号 / 决策编号), set at registration, shown in every form header. */
  public static final String CASE_REFERENCE = "caseReference";
  /** Issue 10: what kind of case it is, in words, for the form header. */
  public static final String CASE_TYPE_LABEL = "caseTypeLabel";
}
