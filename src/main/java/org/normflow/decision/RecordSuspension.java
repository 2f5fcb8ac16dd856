package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_SuspendExecution (complete), R-MD-16: the head (or a deputy under the head's recorded
 * authorization) suspends execution first; the reason is recorded.
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
    suspend(decisions, task, heads.act(task, "R-MD-16"));
  }

  /**
   * R-MD-16, whether the head suspends in Tasklist or by message ({@link RecordSuspensionRequest}): the
   * reason is required and recorded.
   */
  static void suspend(DecisionRepository decisions, VariableScope scope, HeadAct act) {
    FormCheck check = FormCheck.of(scope);
    String reason = check.text(SUSPENSION_REASON, "中止执行的理由", 2000);
    check.verify();
    String id = DecisionCase.id(scope);
    decisions.addReport(id, DecisionRepository.SUSPENSION, "中止执行。理由：" + reason
        + (act.byDeputy() ? "\n" + act.note() : ""), act.actor(), act.authorizationId());
    decisions.updateStage(id, DecisionStage.SUSPENDED);
    scope.setVariable(SUSPENDED, true);
  }
}
