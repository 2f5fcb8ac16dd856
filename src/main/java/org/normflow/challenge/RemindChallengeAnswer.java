package org.normflow.challenge;

import static org.normflow.process.ChallengeVariables.CHALLENGE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RemindAnswer (document-challenge), R-ND-15: the answer's deadline is near: the open answer
 * task gets a high priority and the registry notes the reminder.
 */
@Component("remindChallengeAnswer")
class RemindChallengeAnswer implements JavaDelegate {

  static final int REMINDER_PRIORITY = 80;

  private final ChallengeRepository challenges;

  RemindChallengeAnswer(ChallengeRepository challenges) {
    this.challenges = challenges;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("Task_WrittenAnswer").list()) {
      tasks.setPriority(task.getId(), REMINDER_PRIORITY);
    }
    challenges.reminded(((Number) execution.getVariable(CHALLENGE_ID)).longValue());
  }
}
