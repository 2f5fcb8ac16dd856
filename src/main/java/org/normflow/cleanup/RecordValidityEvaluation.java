package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_EvaluateValidity (complete), R-ND-10: the drafting unit's evaluation before the end of validity: it
 * proposes continue, amend or let lapse, with its reason, recorded in the registry. It decides nothing: the
 * legal office reviews it (Task_ReviewEvaluation) and the organ decides (Task_OrganDecision or the organ's
 * meeting); the gates read the organ's decision from nf_organ_decision.
 */
@Component("recordValidityEvaluation")
class RecordValidityEvaluation implements TaskListener {

  static final List<String> OUTCOMES = List.of("CONTINUE", "AMEND", "LAPSE");

  private final CleanupRepository registry;

  RecordValidityEvaluation(CleanupRepository registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String outcome = check.oneOf(EVALUATION_OUTCOME, "评估结论", OUTCOMES);
    String reason = check.text(EVALUATION_REASON, "评估理由", 4000);
    check.verify();
    String id = (String) task.getVariable(DOCUMENT_ID);
    CleanupRepository.Doc doc = registry.document(id).orElseThrow();
    registry.event(id, "EVALUATED_" + outcome, reason, doc.docNumber(), null, doc.validUntil(), null, null, null, null,
        Actors.of(task));
    task.getExecution().removeVariable(EVALUATION_REVIEW); // a returned evaluation is reviewed again
  }
}
