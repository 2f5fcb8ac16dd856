package org.normflow.decision;

import static org.normflow.decision.DecisionMeasures.*;
import static org.normflow.process.DecisionImplementationVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_DecideEvaluation (complete, decision-implementation), R-MD-15 (713 Art 36): on the legal
 * office's prompt, the executing unit's report or after an urgent suspension, the head (or a deputy
 * under the head's recorded authorization) decides whether a post-evaluation is carried out, with the
 * reason, and names who evaluates: the legal office or a commissioned unit, never the unit that did
 * the main assessment before the decision. Sets evaluationOrdered (Gateway_EvaluationOrdered) and
 * evaluatorName; the decision, who took it and when are recorded (nf_decision_measure).
 */
@Component("recordEvaluationDecision")
class RecordEvaluationDecision implements TaskListener {

  private final DecisionRepository decisions;
  private final HeadOfOrganisation heads;

  RecordEvaluationDecision(DecisionRepository decisions, HeadOfOrganisation heads) {
    this.decisions = decisions;
    this.heads = heads;
  }

  @Override
  public void notify(DelegateTask task) {
    HeadAct act = heads.act(task, "R-MD-15");
    FormCheck check = FormCheck.of(task);
    String decision = check.oneOf(EVALUATION_DECISION, "是否开展决策后评估", List.of(EVALUATE, NO_EVALUATION));
    String reason = check.text(EVALUATION_DECISION_REASON, "理由", 4000);
    String evaluator = null;
    if (EVALUATE.equals(decision)) {
      String kind = check.oneOf(EVALUATOR_KIND, "评估承担单位", List.of(EVALUATOR_LEGAL_OFFICE, EVALUATOR_COMMISSIONED));
      if (EVALUATOR_COMMISSIONED.equals(kind)) {
        evaluator = check.text(EVALUATOR_UNIT, "受委托的评估单位", 200);
      } else if (kind != null) {
        evaluator = LEGAL_OFFICE_NAME;
      }
      Object assessor = task.getVariable(PRE_DECISION_ASSESSOR);
      if (evaluator != null && assessor != null && !assessor.toString().isBlank()) {
        check.require(!normalize(evaluator).equals(normalize(assessor.toString())),
            "决策后评估不得由决策作出前承担主要论证评估工作的单位（" + assessor + "）承担，请另行确定评估单位");
      }
    }
    check.verify();
    Object ground = task.getVariable(EVALUATION_PROMPT_GROUND);
    boolean ordered = EVALUATE.equals(decision);
    task.setVariable(EVALUATION_ORDERED, ordered);
    task.setVariable(EVALUATOR_NAME, ordered ? evaluator : null);
    task.setVariable(EVALUATION_ADVICE_TEXT, ordered ? null : "未开展决策后评估");
    task.setVariable(EVALUATION_REPORT, null);
    decisions.addMeasure(DecisionCase.id(task), ordered ? MEASURE_EVALUATION_ORDERED : MEASURE_EVALUATION_DECLINED,
        ground == null ? null : ground.toString(),
        reason + (ordered ? "\n评估承担单位：" + evaluator : "") + (act.byDeputy() ? "\n" + act.note() : ""), null,
        act.actor(), act.authorizationId());
  }

  static String normalize(String unit) {
    return unit.replaceAll("\\s+", "");
  }
}
