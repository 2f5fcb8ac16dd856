package org.normflow.review;

import static org.normflow.process.LegalityReviewVariables.OVERDUE_MEASURES;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/** Task_ReviewOverdue (complete), R-ND-05, R-C-03: the measures taken against an overdue review. */
@Component("recordReviewOverdueMeasures")
class RecordReviewOverdueMeasures implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    check.text(OVERDUE_MEASURES, "督办措施", 4000);
    check.verify();
  }
}
