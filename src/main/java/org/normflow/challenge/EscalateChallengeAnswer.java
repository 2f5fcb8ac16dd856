package org.normflow.challenge;

import static org.normflow.process.ChallengeVariables.CHALLENGE_ID;
import static org.normflow.process.ChallengeVariables.DOCUMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.cleanup.CleanupRepository;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_EscalateAnswer (document-challenge), R-ND-15, R-C-03: the 10 days passed without a written
 * answer: recorded on the challenge and on the document's record; the head's supervision task follows.
 * Nothing is answered by the lapse of time.
 */
@Component("escalateChallengeAnswer")
class EscalateChallengeAnswer implements JavaDelegate {

  private final ChallengeRepository challenges;
  private final CleanupRepository documents;

  EscalateChallengeAnswer(ChallengeRepository challenges, CleanupRepository documents) {
    this.challenges = challenges;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(CHALLENGE_ID)).longValue();
    challenges.escalated(id);
    documents.event((String) execution.getVariable(DOCUMENT_ID), "CHALLENGE_ANSWER_OVERDUE",
        "附带审查（第 " + id + " 号）的书面答复已超过期限（" + challenges.answerDue(id) + "），报主要负责人督办",
        null, null, null, null, null, null, null, null);
  }
}
