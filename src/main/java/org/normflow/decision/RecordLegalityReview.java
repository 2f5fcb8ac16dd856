package org.normflow.decision;

import org.normflow.trust.Actors;
import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordLegality, after the legality review (R-MD-08, R-MD-09): keeps the opinion and
 * opens the gate to collective discussion exactly when the review says the case may proceed ({@code
 * legalityMayProceed}, docs/process-contracts.md): a lawful draft (LAWFUL, LAWFUL_AFTER_AMENDMENT),
 * or an UNLAWFUL exploratory reform item whose legal risk is written out. The rule lives in
 * legality-review only, so a risk statement cannot pass a MISSING_PROCEDURE finding here.
 */
@Component("recordLegalityReview")
class RecordLegalityReview implements JavaDelegate {

  private final DecisionRepository decisions;

  RecordLegalityReview(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = (String) execution.getVariable(LEGALITY_OUTCOME);
    String opinion = (String) execution.getVariable(LEGALITY_OPINION);
    String risk = (String) execution.getVariable(LEGAL_RISK_STATEMENT);
    boolean passed = Boolean.TRUE.equals(execution.getVariable(LEGALITY_MAY_PROCEED));
    boolean riskStated = risk != null && !risk.isBlank();
    decisions.addReport(DecisionCase.id(execution), DecisionRepository.LEGALITY,
        "审查结论：" + outcome + "（" + execution.getVariable(LEGALITY_REVIEWED_ON) + "）\n"
            + (opinion == null ? "" : opinion) + (riskStated ? "\n法律风险说明：" + risk : "")
            + (passed ? "" : "\n未经合法性审查通过，不得提交集体讨论（R-MD-08）"),
        Actors.of(execution));
    execution.setVariable(LEGALITY_GATE_PASSED, passed);
  }
}
