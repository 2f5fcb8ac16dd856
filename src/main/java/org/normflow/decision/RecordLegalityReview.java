package org.normflow.decision;

import org.normflow.trust.Actors;
import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordLegality, after the legality review (R-MD-08, R-MD-09, R-MD-18): keeps the opinion
 * and opens the gate to collective discussion ({@code legalityGatePassed}) only when the review says the
 * case may proceed ({@code legalityMayProceed}, contract v2) and the outcome is not UNLAWFUL (never
 * overridden) and NO_CLEAR_PROVISION only for a decision the organ classified as an exploratory reform
 * ({@code reviewExploratoryReform}). A MISSING_PROCEDURE finding sets {@code legalityMissingProcedure}:
 * the case goes to planDecisionMakeUp and runs the missing procedures, not to a text revision.
 */
@Component("recordLegalityReview")
class RecordLegalityReview implements JavaDelegate {

  static final java.util.Map<String, String> OUTCOMES = java.util.Map.of("LAWFUL", "合法", "LAWFUL_AFTER_AMENDMENT",
      "修改后合法", "MISSING_PROCEDURE", "缺少法定程序", "UNLAWFUL", "不合法", "NO_CLEAR_PROVISION",
      "国家尚无明确规定（探索性改革事项）");

  private final DecisionRepository decisions;

  RecordLegalityReview(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = (String) execution.getVariable(LEGALITY_OUTCOME);
    String opinion = (String) execution.getVariable(LEGALITY_OPINION);
    String risk = (String) execution.getVariable(LEGAL_RISK_STATEMENT);
    boolean exploratory = Boolean.TRUE.equals(execution.getVariable(REVIEW_EXPLORATORY_REFORM));
    boolean passed = Boolean.TRUE.equals(execution.getVariable(LEGALITY_MAY_PROCEED))
        && !"UNLAWFUL".equals(outcome) && !"MISSING_PROCEDURE".equals(outcome)
        && (!"NO_CLEAR_PROVISION".equals(outcome) || exploratory);
    boolean missing = !passed && "MISSING_PROCEDURE".equals(outcome);
    boolean riskStated = risk != null && !risk.isBlank();
    decisions.addReport(DecisionCase.id(execution), DecisionRepository.LEGALITY,
        "审查结论：" + OUTCOMES.getOrDefault(outcome, "未知结论") + "（" + execution.getVariable(LEGALITY_REVIEWED_ON) + "）\n"
            + (opinion == null ? "" : opinion) + (riskStated ? "\n法律风险说明：" + risk : "")
            + (passed ? "" : "\n未经合法性审查通过，不得提交集体讨论"),
        Actors.of(execution));
    execution.setVariable(LEGALITY_GATE_PASSED, passed);
    execution.setVariable(LEGALITY_MISSING_PROCEDURE, missing);
  }
}
