package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewEvaluation (complete), R-ND-10: the legal office reviews the drafting unit's evaluation:
 * SUBMIT (put it to the organ, with the legal office's opinion) or RETURN (back to the unit, with the
 * reason the unit sees). The legal office does not decide whether the document continues: the organ does.
 * Sets the gate {@code evaluationReview}.
 */
@Component("recordValidityReview")
class RecordValidityReview implements TaskListener {

  static final String SUBMIT = "SUBMIT";
  static final String RETURN = "RETURN";
  static final List<String> CONCLUSIONS = List.of(SUBMIT, RETURN);

  private final CleanupRepository registry;

  RecordValidityReview(CleanupRepository registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String conclusion = check.oneOf(EVALUATION_REVIEW, "审核结论", CONCLUSIONS);
    String opinion = check.text(EVALUATION_REVIEW_OPINION, "审核意见", 4000);
    check.verify();
    String id = (String) task.getVariable(DOCUMENT_ID);
    CleanupRepository.Doc doc = registry.document(id).orElseThrow();
    registry.event(id, RETURN.equals(conclusion) ? "EVALUATION_RETURNED" : "EVALUATION_REVIEWED", opinion,
        doc.docNumber(), null, doc.validUntil(), null, null, null, null, Actors.of(task));
    task.getExecution().setVariable(EVALUATION_REVIEW, conclusion);
  }
}
