package org.normflow.challenge;

import static org.normflow.process.ChallengeVariables.CHALLENGE_ID;
import static org.normflow.process.ChallengeVariables.OVERDUE_MEASURES;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_AnswerOverdue (complete), R-ND-15, R-C-03: the head (or a deputy under a recorded authorization)
 * records the measures taken against the late answer.
 */
@Component("recordChallengeOverdueMeasures")
class RecordChallengeOverdueMeasures implements TaskListener {

  private final ChallengeRepository challenges;
  private final HeadOfOrganisation head;

  RecordChallengeOverdueMeasures(ChallengeRepository challenges, HeadOfOrganisation head) {
    this.challenges = challenges;
    this.head = head;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String measures = check.text(OVERDUE_MEASURES, "督办措施", 4000);
    check.verify();
    HeadAct act = head.act(task, "R-ND-15");
    challenges.overdueMeasures(((Number) task.getVariable(CHALLENGE_ID)).longValue(), measures, act.actor());
  }
}
