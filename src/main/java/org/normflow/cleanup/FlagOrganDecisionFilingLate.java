package org.normflow.cleanup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_FlagDecisionFilingLate, R-ND-10, R-ND-11: the deadline to report to the filing body passed
 * without a report; flagged on the record, escalated by the next task (the report task stays open).
 */
@Component("flagOrganDecisionFilingLate")
class FlagOrganDecisionFilingLate implements JavaDelegate {

  private final OrganDecisions organ;
  private final OrganDecisionRepository decisions;

  FlagOrganDecisionFilingLate(OrganDecisions organ, OrganDecisionRepository decisions) {
    this.organ = organ;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // like the document's own filing flag: an UPDATE of the case's decision row
    Object id = execution.getVariable(org.normflow.process.CleanupVariables.ORGAN_DECISION_ID);
    if (id != null) {
      decisions.flagFilingLate(((Number) id).longValue());
    }
  }
}
