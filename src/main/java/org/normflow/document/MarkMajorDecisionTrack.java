package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.PROCEDURE_TRACK;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_MarkMajorDecisionTrack, R-ND-12: a document that is also a major decision is marked in
 * the registry and follows the marked track.
 */
@Component("markMajorDecisionTrack")
class MarkMajorDecisionTrack implements JavaDelegate {

  private final DocumentRepository documents;

  MarkMajorDecisionTrack(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    documents.setProcedureTrack(documentId(execution), "MAJOR_DECISION");
    execution.setVariable(PROCEDURE_TRACK, "MAJOR_DECISION");
  }
}
