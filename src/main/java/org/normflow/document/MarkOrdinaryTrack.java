package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.PROCEDURE_TRACK;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_MarkOrdinaryTrack, R-ND-12: a document that is not a major decision follows the ordinary track. */
@Component("markOrdinaryTrack")
class MarkOrdinaryTrack implements JavaDelegate {

  private final DocumentRepository documents;

  MarkOrdinaryTrack(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    documents.setProcedureTrack(documentId(execution), "ORDINARY");
    execution.setVariable(PROCEDURE_TRACK, "ORDINARY");
  }
}
