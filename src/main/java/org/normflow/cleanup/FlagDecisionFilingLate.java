package org.normflow.cleanup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_FlagDecisionFilingLate, R-ND-10, R-ND-11: the deadline to report to the filing body passed
 * without a report; flagged on the record, escalated by the next task (the report task stays open).
 */
@Component("flagOrganDecisionFilingLate")
class FlagDecisionFilingLate implements JavaDelegate {

  private final OrganDecisions organ;
  private final OrganDecisionRepository decisions;

  FlagDecisionFilingLate(OrganDecisions organ, OrganDecisionRepository decisions) {
    this.organ = organ;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.flagFilingLate(organ.current(execution).id());
  }
}
