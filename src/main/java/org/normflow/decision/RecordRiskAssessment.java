package org.normflow.decision;

import org.normflow.trust.Actors;
import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_RiskAssessment (complete), R-MD-07: the risk report states risk points, prevention measures and a
 * contingency plan. Whether the risk is controllable is not decided here: the decision organ judges it
 * on the report (Task_JudgeRisk, {@link RecordRiskJudgement}).
 */
@Component("recordRiskAssessment")
class RecordRiskAssessment implements TaskListener {

  static final List<String> LEVELS = List.of("LOW", "MEDIUM", "HIGH");

  private final DecisionRepository decisions;

  RecordRiskAssessment(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  /** The Chinese word of a level code (低 / 中 / 高). */
  static String label(Object level) {
    return "HIGH".equals(level) ? "高" : "MEDIUM".equals(level) ? "中" : "LOW".equals(level) ? "低" : "未定";
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String unit = check.text(RISK_ASSESSOR_UNIT, "评估单位", 200);
    String points = check.text(RISK_POINTS, "风险点", 4000);
    String measures = check.text(RISK_MEASURES, "风险防范措施", 4000);
    String contingency = check.text(CONTINGENCY_PLAN, "处置预案", 4000);
    String likelihood = check.oneOf(RISK_LIKELIHOOD, "风险发生的可能性", LEVELS);
    String impact = check.oneOf(RISK_IMPACT, "风险的影响程度", LEVELS);
    check.verify();
    boolean effective = check.flag(MEASURES_EFFECTIVE);
    task.setVariable(MEASURES_EFFECTIVE, effective);
    task.setVariable(RISK_REPORT_PRESENT, true);
    decisions.addReport(DecisionCase.id(task), DecisionRepository.RISK,
        "评估单位：" + unit + "\n可能性：" + label(likelihood) + "，影响程度：" + label(impact) + "；评估单位认为防范措施"
            + (effective ? "能够有效控制风险" : "不足以控制风险")
            + "\n风险点：" + points + "\n防范措施：" + measures + "\n处置预案：" + contingency,
        Actors.of(task));
  }
}
