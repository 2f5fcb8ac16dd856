package org.normflow.decision;

import static org.normflow.process.DecisionImplementationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_SuspendExecution (complete, decision-implementation), R-MD-16: in urgent cases the head (or a
 * deputy under the head's recorded authorization) suspends execution first; the suspension, its
 * reason, who decided and when are recorded (nf_decision_measure), and the head then decides whether
 * a post-evaluation is carried out (Task_DecideEvaluation).
 */
@Component("recordSuspension")
class RecordSuspension implements TaskListener {

  private final DecisionRepository decisions;
  private final HeadOfOrganisation heads;

  RecordSuspension(DecisionRepository decisions, HeadOfOrganisation heads) {
    this.decisions = decisions;
    this.heads = heads;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    check.text(SUSPENSION_REASON, "中止执行的理由", 2000);
    check.verify();
    suspend(decisions, task, heads.act(task, "R-MD-16"));
  }

  /**
   * R-MD-16, whether the head suspends in Tasklist or by message ({@link RecordSuspensionRequest}): the
   * reason is required and recorded with who decided.
   */
  static void suspend(DecisionRepository decisions, VariableScope scope, HeadAct act) {
    FormCheck check = FormCheck.of(scope);
    String reason = check.text(SUSPENSION_REASON, "中止执行的理由", 2000);
    check.verify();
    String id = DecisionCase.id(scope);
    decisions.addMeasure(id, DecisionMeasures.MEASURE_URGENT_SUSPENSION, DecisionMeasures.GROUND_URGENT_SUSPENSION,
        reason, null, act.actor(), act.authorizationId());
    decisions.addReport(id, DecisionRepository.SUSPENSION, "中止执行。理由：" + reason
        + (act.byDeputy() ? "\n" + act.note() : ""), act.actor(), act.authorizationId());
    decisions.updateStage(id, DecisionStage.SUSPENDED);
    scope.setVariable(EXECUTION_END, END_SUSPENDED);
    scope.setVariable(EXECUTION_SUSPENDED, true);
    scope.setVariable(EVALUATION_PROMPT_GROUND, DecisionMeasures.GROUND_URGENT_SUSPENSION);
    scope.setVariable(EVALUATION_PROMPT, "行政首长已决定紧急中止执行。理由：" + reason);
    // issue 24 point 7 (713 Art 37): the suspension of the published decision is published
    RecordOutcomeDecision.toPublish(scope, DecisionMeasures.PUBLISH_URGENT_SUSPENSION, "行政首长在紧急情况下决定中止执行。理由：" + reason);
  }
}
