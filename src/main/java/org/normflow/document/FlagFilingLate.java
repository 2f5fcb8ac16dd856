package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_FlagFilingLate, R-ND-09: the deadline passed without a filing; flagged in the registry,
 * escalated by the next task.
 */
@Component("flagFilingLate")
class FlagFilingLate implements JavaDelegate {

  private final DocumentRepository documents;

  FlagFilingLate(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    documents.flagFilingLate(documentId(execution));
  }
}
