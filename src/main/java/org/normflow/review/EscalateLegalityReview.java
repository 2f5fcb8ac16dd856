package org.normflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_EscalateReview, R-ND-05, R-C-03: the limit passed: recorded; the escalation task follows,
 * nothing is approved.
 */
@Component("escalateLegalityReview")
class EscalateLegalityReview implements JavaDelegate {

  private final LegalityReviewRepository reviews;

  EscalateLegalityReview(LegalityReviewRepository reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.escalated(execution.getProcessInstanceId());
  }
}
