package org.normflow.decision;

import static org.normflow.process.DecisionImplementationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_PostEvaluation (complete, decision-implementation), R-MD-15: the evaluation the head ordered,
 * by the unit the head named (the legal office, or a commissioned unit whose report the legal office
 * enters). The evaluation advises; the head decides the outcome (Task_DecideOutcome). Sets
 * evaluationAdviceText for the head's form; nothing here is read by a gateway.
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
    String report = check.text(EVALUATION_REPORT, "评估报告", 4000);
    String advice = check.oneOf(EVALUATION_ADVICE, "评估建议", DecisionMeasures.ADVICE.keySet());
    check.verify();
    String adviceText = DecisionMeasures.ADVICE.get(advice);
    task.setVariable(EVALUATION_ADVICE_TEXT, adviceText);
    decisions.addReport(DecisionCase.id(task), DecisionRepository.EVALUATION,
        "评估单位：" + task.getVariable(EVALUATOR_NAME) + "\n评估建议：" + adviceText + "\n评估报告：" + report,
        Actors.of(task));
    decisions.recordFinding(DecisionCase.id(task), DecisionRepository.EVALUATION, advice);
  }
}
