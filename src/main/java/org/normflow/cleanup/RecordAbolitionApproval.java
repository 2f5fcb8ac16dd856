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
 * approves or refuses the abolition, with an opinion, on the abolition's record and as the organ's decision
 * (nf_organ_decision), which the signing, publication and report to the filing body follow. Sets the gate
 * {@code abolitionApproved}.
 */
@Component("recordAbolitionApproval")
class RecordAbolitionApproval implements TaskListener {

  private final CleanupRepository registry;
  private final HeadOfOrganisation head;

  private final OrganDecisionRepository decisions;
  private final org.normflow.calendar.WorkingDayCalendar calendar;

  RecordAbolitionApproval(CleanupRepository registry, HeadOfOrganisation head, OrganDecisionRepository decisions,
      org.normflow.calendar.WorkingDayCalendar calendar) {
    this.registry = registry;
    this.head = head;
    this.decisions = decisions;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String decision = check.oneOf(APPROVAL_DECISION, "审批意见", List.of("APPROVE", "REFUSE"));
    String opinion = check.text(APPROVAL_OPINION, "审批理由", 4000);
    check.verify();
    HeadAct act = head.act(task, "R-ND-11");
    boolean approved = "APPROVE".equals(decision);
    long abolitionId = ((Number) task.getVariable(ABOLITION_ID)).longValue();
    registry.decideAbolition(abolitionId, approved, opinion, act.actor());
    // the organ's decision on the record: the signing, publication and report to the filing body follow it
    long decisionId = decisions.open(task.getProcessInstanceId(), task.getExecution().getProcessBusinessKey(),
        OrganDecisionRepository.ABOLITION, String.valueOf(abolitionId), OrganDecisions.HEAD);
    decisions.decide(decisionId, decision, opinion, act.signature(), act.authorizationId(), null, calendar.today());
    task.getExecution().setVariable(ORGAN_DECISION_ID, decisionId);
    task.getExecution().setVariable(ABOLITION_APPROVED, approved);
  }
}
