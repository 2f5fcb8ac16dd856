package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.normflow.trust.Actors;
import org.springframework.stereotype.Component;

/**
 * Reports that enter the decision's record from an expression rather than a step of its own:
 * {@code ${decisionReports.hearingHeld(execution)}} (public, for the expression language).
 */
@Component("decisionReports")
public class DecisionReports {

  private final DecisionRepository decisions;

  DecisionReports(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  /** End listener of CallActivity_Hearing, R-MD-05: the hearing report enters the record. */
  public void hearingHeld(DelegateExecution execution) {
    String report = (String) execution.getVariable(HEARING_REPORT);
    if (report != null && !report.isBlank()) {
      decisions.addReport(DecisionCase.id(execution), DecisionRepository.HEARING,
          "听证日期：" + execution.getVariable(HEARING_HELD_ON) + "\n" + report, Actors.of(execution));
    }
  }
}
