package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ApproveAbolition (complete), R-ND-11: the head (or a deputy under a recorded authorization)
 * approves or refuses the abolition, with an opinion. Sets the gate {@code abolitionApproved}.
 */
@Component("recordAbolitionApproval")
class RecordAbolitionApproval implements TaskListener {

  private final CleanupRepository registry;
  private final HeadOfOrganisation head;

  RecordAbolitionApproval(CleanupRepository registry, HeadOfOrganisation head) {
    this.registry = registry;
    this.head = head;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String decision = check.oneOf(APPROVAL_DECISION, "审批意见", List.of("APPROVE", "REFUSE"));
    String opinion = check.text(APPROVAL_OPINION, "审批理由", 4000);
    check.verify();
    HeadAct act = head.act(task, "R-ND-11");
    boolean approved = "APPROVE".equals(decision);
    registry.decideAbolition(((Number) task.getVariable(ABOLITION_ID)).longValue(), approved, opinion, act.actor());
    task.getExecution().setVariable(ABOLITION_APPROVED, approved);
  }
}
