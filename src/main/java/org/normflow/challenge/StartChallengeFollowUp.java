package org.normflow.challenge;

import static org.normflow.process.ChallengeVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.cleanup.CleanupRepository;
import org.normflow.cleanup.DocumentCorrections;
import org.normflow.process.CleanupVariables;
import org.normflow.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_StartAbolition and ServiceTask_StartAmendment (document-challenge), R-ND-15, R-ND-11: the organ
 * corrects what the 行政复议 body found unlawful. An abolition is proposed as the legal office proposes one
 * outside a cleanup ({@code document-abolition}, started by the legal officer who recorded the outcome, on the
 * ground {@code REVIEW_BODY_UNLAWFUL}), and the head decides it there; an amendment is a new normative-document
 * case of the drafting unit, linked to the document, as the cleanup starts one.
 */
@Component("startChallengeFollowUp")
class StartChallengeFollowUp implements JavaDelegate {

  /** The abolition ground of normflow.grounds.abolition for a document a 行政复议 body found unlawful. */
  static final String ABOLITION_GROUND = "REVIEW_BODY_UNLAWFUL";

  private final ChallengeRepository challenges;
  private final CleanupRepository documents;
  private final DocumentCorrections corrections;

  StartChallengeFollowUp(ChallengeRepository challenges, CleanupRepository documents, DocumentCorrections corrections) {
    this.challenges = challenges;
    this.documents = documents;
    this.corrections = corrections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(CHALLENGE_ID)).longValue();
    ChallengeRepository.Challenge challenge = challenges.challenge(id).orElseThrow();
    String why = challenge.reviewBody() + "《" + challenge.outcomeNumber() + "》认定" + challenge.outcomeLabel()
        + "，决定停止执行：" + challenge.stoppedClauses();
    String instance;
    if (ChallengeOutcome.ABOLISH.equals(challenge.followUp())) {
      CleanupRepository.Doc doc = documents.document(challenge.documentId()).orElseThrow();
      Map<String, Object> proposal = new HashMap<>();
      proposal.put(CleanupVariables.ABOLITION_DOC_NUMBER, doc.docNumber());
      proposal.put(CleanupVariables.ABOLITION_GROUND, ABOLITION_GROUND);
      proposal.put(CleanupVariables.ABOLITION_REASON, why.length() > 4000 ? why.substring(0, 4000) : why);
      proposal.put(CleanupVariables.ABOLITION_CHANNEL, execution.getVariable(FOLLOW_UP_CHANNEL));
      // started in this step's command by the legal officer who recorded the outcome: the abolition's own
      // first step checks that a legal officer proposes it, and the head decides it
      instance = execution.getProcessEngineServices().getRuntimeService()
          .startProcessInstanceByKey(ProcessKeys.DOCUMENT_ABOLITION, proposal).getId();
    } else {
      instance = corrections.startAmendment(challenge.documentId(), why.length() > 1000 ? why.substring(0, 1000) : why);
    }
    challenges.followUpStarted(id, instance);
    execution.setVariable(FOLLOW_UP_INSTANCE_ID, instance);
  }
}
