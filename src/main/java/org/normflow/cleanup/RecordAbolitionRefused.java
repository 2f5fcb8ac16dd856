package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.ABOLITION_ID;
import static org.normflow.process.CleanupVariables.DOCUMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordAbolitionRefused (document-abolition), R-ND-11: the head refused; the document stays
 * in force and the refused proposal is an event of the document.
 */
@Component("recordAbolitionRefused")
class RecordAbolitionRefused implements JavaDelegate {

  private final CleanupRepository registry;

  RecordAbolitionRefused(CleanupRepository registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = (String) execution.getVariable(DOCUMENT_ID);
    long abolitionId = ((Number) execution.getVariable(ABOLITION_ID)).longValue();
    registry.event(id, "ABOLITION_REFUSED", "主要负责人不同意废止", null, null, null, null, null, abolitionId, null, null);
  }
}
