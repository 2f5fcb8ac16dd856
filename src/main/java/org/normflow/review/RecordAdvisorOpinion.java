package org.normflow.review;

import static org.normflow.process.LegalityReviewVariables.ADVISOR_OPINION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/** Task_AdvisorOpinion (complete), R-MD-09: the legal adviser's written opinion is part of the review. */
@Component("recordAdvisorOpinion")
class RecordAdvisorOpinion implements TaskListener {

  private final LegalityReviewRepository reviews;

  RecordAdvisorOpinion(LegalityReviewRepository reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String opinion = check.text(ADVISOR_OPINION, "法律顾问书面意见", 4000);
    check.verify();
    reviews.advisorOpinion(task.getProcessInstanceId(), opinion, Actors.of(task));
  }
}
