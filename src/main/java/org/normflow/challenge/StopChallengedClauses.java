package org.normflow.challenge;

import static org.normflow.process.ChallengeVariables.CHALLENGE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.cleanup.CleanupRepository;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_StopClauses (document-challenge), R-ND-15 (行政复议法 2023 Art 59): the body stopped clauses of
 * the document, or found it unlawful: the order is carried out on the registry. The document's record names
 * the clauses no longer applied and the decision that stopped them; the case file and the public library
 * show them next to the document, which stays on the record until the organ's correction ends or replaces it.
 */
@Component("stopChallengedClauses")
class StopChallengedClauses implements JavaDelegate {

  private final ChallengeRepository challenges;
  private final CleanupRepository documents;

  StopChallengedClauses(ChallengeRepository challenges, CleanupRepository documents) {
    this.challenges = challenges;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(CHALLENGE_ID)).longValue();
    ChallengeRepository.Challenge challenge = challenges.challenge(id).orElseThrow();
    documents.event(challenge.documentId(), ChallengeOutcome.UNLAWFUL.equals(challenge.outcome()) ? "FOUND_UNLAWFUL"
            : "CLAUSES_STOPPED",
        challenge.reviewBody() + "《" + challenge.outcomeNumber() + "》（" + challenge.outcomeOn() + "）认定"
            + challenge.outcomeLabel() + "，决定停止执行：" + challenge.stoppedClauses(),
        null, null, null, null, null, null, null, null);
  }
}
