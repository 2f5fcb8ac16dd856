package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_EvaluateValidity (complete), R-ND-10: the drafting unit's evaluation before the end of validity:
 * continue (a new number, republication, a new period), amend (a new normative-document case; the document
 * stays in force until the amendment is) or let lapse, each with its reason, recorded in the registry.
 * Sets the gate {@code validityOutcome}.
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
    task.getExecution().setVariable(VALIDITY_OUTCOME, outcome);
  }
}
