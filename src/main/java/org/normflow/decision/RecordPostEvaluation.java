package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_PostEvaluation (complete), R-MD-15: post-evaluation by a unit other than the pre-decision
 * assessor; a major adjustment runs the procedure again.
 */
@Component("recordPostEvaluation")
class RecordPostEvaluation implements TaskListener {

  private final DecisionRepository decisions;

  RecordPostEvaluation(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String unit = check.text(EVALUATOR_UNIT, "评估单位", 200);
    String report = check.text(EVALUATION_REPORT, "评估报告", 4000);
    String outcome = check.oneOf(EVALUATION_OUTCOME, "评估结论", List.of("CONTINUE", "ADJUST", "SUSPEND", "STOP"));
    String assessor = preDecisionAssessor(task);
    if (unit != null && assessor != null) {
      check.require(!normalize(unit).equals(normalize(assessor)),
          "决策后评估不得由决策前评估单位（" + assessor + "）承担，请委托其他单位（R-MD-15）");
    }
    check.verify();
    boolean major = "ADJUST".equals(outcome) && check.flag(MAJOR_ADJUSTMENT);
    task.setVariable(MAJOR_ADJUSTMENT, major);
    decisions.addReport(DecisionCase.id(task), DecisionRepository.EVALUATION,
        "评估单位：" + unit + "\n结论：" + outcome + (major ? "（重大调整，重新履行决策程序）" : "") + "\n" + report,
        Actors.of(task));
  }

  /** The unit that assessed before the decision: the risk assessor, else the lead unit. */
  static String preDecisionAssessor(DelegateTask task) {
    Object risk = task.getVariable(RISK_ASSESSOR_UNIT);
    if (risk != null && !risk.toString().isBlank()) {
      return risk.toString().strip();
    }
    Object lead = task.getVariable(LEAD_UNIT);
    return lead == null ? null : lead.toString().strip();
  }

  static String normalize(String unit) {
    return unit.replaceAll("\\s+", "");
  }
}
