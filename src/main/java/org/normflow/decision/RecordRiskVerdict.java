package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** BusinessRule_RiskControllable (end), R-MD-07: the rule table's verdict enters the record. */
@Component("recordRiskVerdict")
class RecordRiskVerdict implements ExecutionListener {

  private final DecisionRepository decisions;

  RecordRiskVerdict(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean controllable = Boolean.TRUE.equals(execution.getVariable(RISK_CONTROLLABLE));
    decisions.addReport(DecisionCase.id(execution), DecisionRepository.RISK,
        "风险等级：" + execution.getVariable(RISK_LEVEL) + "；" + (controllable ? "风险可控" : "风险不可控，须调整决策草案后重新评估（R-MD-07）"),
        null);
  }
}
