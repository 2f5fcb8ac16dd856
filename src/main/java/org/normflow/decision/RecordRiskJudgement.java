package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_JudgeRisk (complete), R-MD-07 (713 Art 24): whether the risk is controllable is judged by the
 * decision organ on the risk report, not by the assessor's likelihood and impact: the head (or a deputy
 * under the head's recorded authorization) judges controllable or not, with a reason; the rule table
 * risk-level is shown only as advice. Sets {@code riskControllable}; uncontrollable sends the draft to
 * revision and a new assessment.
 */
@Component("recordRiskJudgement")
class RecordRiskJudgement implements TaskListener {

  private final DecisionRepository decisions;
  private final HeadOfOrganisation heads;

  RecordRiskJudgement(DecisionRepository decisions, HeadOfOrganisation heads) {
    this.decisions = decisions;
    this.heads = heads;
  }

  @Override
  public void notify(DelegateTask task) {
    HeadAct act = heads.act(task, "R-MD-07");
    FormCheck check = FormCheck.of(task);
    String judgement = check.oneOf(RISK_JUDGEMENT, "风险是否可控", List.of(CONTROLLABLE, UNCONTROLLABLE));
    String reason = check.text(RISK_JUDGEMENT_REASON, "判断理由", 2000);
    check.verify();
    boolean controllable = CONTROLLABLE.equals(judgement);
    decisions.addReport(DecisionCase.id(task), DecisionRepository.RISK_JUDGEMENT,
        "决策机关判断：" + (controllable ? "风险可控" : "风险不可控，调整决策草案后重新评估") + "（评估等级参考："
            + RecordRiskAssessment.label(task.getVariable(RISK_LEVEL)) + "）\n理由：" + reason
            + (act.byDeputy() ? "\n" + act.note() : ""), act.actor(), act.authorizationId());
    decisions.recordFinding(DecisionCase.id(task), DecisionRepository.RISK_JUDGEMENT, judgement);
    if (task.getVariable(RISK_LEVEL) instanceof String level && List.of("HIGH", "MEDIUM", "LOW").contains(level)) {
      decisions.recordFinding(DecisionCase.id(task), DecisionRepository.RISK, level);
    }
    task.setVariable(RISK_CONTROLLABLE, controllable);
  }
}
