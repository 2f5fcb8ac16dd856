package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.DECISION_OVERDUE_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/** Task_DecisionFilingOverdue (complete), R-ND-10, R-ND-11: why the report is late and how it is chased. */
@Component("recordOrganDecisionFilingOverdue")
class RecordOrganDecisionFilingOverdue implements TaskListener {

  private final OrganDecisions organ;
  private final OrganDecisionRepository decisions;

  RecordOrganDecisionFilingOverdue(OrganDecisions organ, OrganDecisionRepository decisions) {
    this.organ = organ;
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String note = check.text(DECISION_OVERDUE_NOTE, "逾期原因及督办情况", 4000);
    check.verify();
    decisions.recordOverdueNote(organ.current(task).id(), note);
  }
}
