package org.normflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RemindLegalOffice, R-ND-05: reminder before the limit; the open review tasks get a high
 * priority and the registry notes it.
 */
@Component("remindLegalityReview")
class RemindLegalityReview implements JavaDelegate {

  static final int REMINDER_PRIORITY = 80;

  private final LegalityReviewRepository reviews;

  RemindLegalityReview(LegalityReviewRepository reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (Task task :
        execution.getProcessEngineServices().getTaskService().createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId()).list()) {
      execution.getProcessEngineServices().getTaskService().setPriority(task.getId(), REMINDER_PRIORITY);
    }
    reviews.reminded(execution.getProcessInstanceId());
  }
}
