package org.normflow.decision;

import static org.normflow.process.DecisionImplementationVariables.SUSPENDED_BY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.trust.Actors;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordSuspension (decision-implementation), R-MD-16: the head's suspension sent as a
 * message (REST, BoundaryEvent_SuspendRequested); a missing reason refuses the message, so nothing is
 * suspended without its reason and who decided on record.
 */
@Component("recordSuspensionRequest")
class RecordSuspensionRequest implements JavaDelegate {

  private final DecisionRepository decisions;
  private final HeadOfOrganisation heads;

  RecordSuspensionRequest(DecisionRepository decisions, HeadOfOrganisation heads) {
    this.decisions = decisions;
    this.heads = heads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // suspendedBy is set by DecisionController after it checked the caller may act for the head
    Object by = execution.getVariable(SUSPENDED_BY);
    String actor = by == null ? Actors.of(execution) : by.toString();
    RecordSuspension.suspend(decisions, execution, heads.act(actor, execution, HeadAct.Kind.SUSPEND_EXECUTION, "R-MD-16"));
  }
}
