package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.DOCUMENT_ID;
import static org.normflow.process.CleanupVariables.EXPIRY_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ExpiryNotice (complete), R-ND-10: the legal office was told that a document expired with no
 * decision; its note (what follows: a new document, a cleanup, nothing) goes into the document's events.
 */
@Component("recordExpiryNotice")
class RecordExpiryNotice implements TaskListener {

  private final CleanupRepository registry;

  RecordExpiryNotice(CleanupRepository registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String note = check.text(EXPIRY_NOTE, "处理意见", 4000);
    check.verify();
    registry.event((String) task.getVariable(DOCUMENT_ID), "EXPIRY_NOTED", note, null, null, null, null, null, null,
        null, Actors.of(task));
  }
}
