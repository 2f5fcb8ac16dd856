package org.normflow.decision;

import static org.normflow.process.DecisionImplementationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewAdjustmentClass (complete, decision-implementation), issue 24 point 7, R-MD-15 (713 Art 37):
 * the head decided to adjust the decision; before the head decides whether the adjustment is 一般 (execution
 * goes on) or 重大 (the whole procedure runs again), the legal office gives its view with reasons. The view is
 * recorded (nf_decision_report) and shown to the head in words ({@code adjustmentClassViewText}), which
 * RecordOutcomeDecision requires before it accepts a class.
 */
@Component("recordAdjustmentClassReview")
class RecordAdjustmentClassReview implements TaskListener {

  private final DecisionRepository decisions;

  RecordAdjustmentClassReview(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String view = check.oneOf(ADJUSTMENT_CLASS_VIEW, "法制机构对调整类别的意见", DecisionMeasures.ADJUSTMENT_CLASSES.keySet());
    String reasons = check.text(ADJUSTMENT_CLASS_REASONS, "理由", 4000);
    check.verify();
    String text = "法制机构认为属于" + DecisionMeasures.ADJUSTMENT_CLASSES.get(view) + "。理由：" + reasons;
    decisions.addReport(DecisionCase.id(task), DecisionRepository.ADJUSTMENT_CLASS_REVIEW,
        DecisionCase.cap("调整内容：" + task.getVariable(ADJUSTMENT_CONTENT) + "\n" + text), Actors.of(task));
    decisions.recordFinding(DecisionCase.id(task), DecisionRepository.ADJUSTMENT_CLASS_REVIEW, view);
    task.setVariable(ADJUSTMENT_CLASS_VIEW_TEXT, DecisionCase.cap(text));
  }
}
