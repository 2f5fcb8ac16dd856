package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_OrganDecision (complete), R-ND-10, R-ND-11, R-ND-14 (decided-by HEAD): the head, or a deputy under
 * an authorization the head recorded, decides among the subject's options with a written decision. The
 * decision goes on the record, where the next gateway reads it.
 */
@Component("recordOrganDecision")
class RecordOrganDecision implements TaskListener {

  private final OrganDecisions organ;
  private final OrganDecisionRepository decisions;
  private final HeadOfOrganisation head;
  private final OrganDecisionSteps steps;
  private final WorkingDayCalendar calendar;

  RecordOrganDecision(OrganDecisions organ, OrganDecisionRepository decisions, HeadOfOrganisation head,
      OrganDecisionSteps steps, WorkingDayCalendar calendar) {
    this.organ = organ;
    this.decisions = decisions;
    this.head = head;
    this.steps = steps;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    OrganDecisionRepository.Decision current = organ.current(task);
    FormCheck check = FormCheck.of(task);
    String decision = check.oneOf(ORGAN_DECISION, "决定", organ.options(current.subject()).keySet());
    String reason = check.text(ORGAN_DECISION_REASON, "决定意见（理由）", 4000);
    check.verify();
    HeadAct act = head.act(task, OrganDecisions.rule(current.subject()));
    decisions.decide(current.id(), decision, reason, act.signature(), act.authorizationId(), null, calendar.today());
    steps.decided(task.getExecution(), current, decision, reason, act.signature());
  }
}
