package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * CallActivity_MajorDecisionProcedure (start), R-ND-12: the decision gets the id {@code MD-<documentId>}
 * (its business key), the document record points at it, and the fair competition conclusion goes along
 * as a material of the collective discussion (R-MD-10).
 */
@Component("prepareMajorDecisionCall")
class PrepareMajorDecisionCall implements ExecutionListener {

  private final DocumentRepository documents;

  PrepareMajorDecisionCall(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String id = documentId(execution);
    String decisionId = "MD-" + id;
    documents.linkDecision(id, decisionId);
    execution.setVariable(DECISION_ID, decisionId);
    String fcr = null;
    if (Boolean.TRUE.equals(execution.getVariable(FCR_NEEDED)) && execution.getVariable(FCR_CONCLUSION) != null) {
      fcr = "公平竞争审查结论：" + PrepareDocumentLegalityReview.fcrLabel((String) execution.getVariable(FCR_CONCLUSION)) + "\n"
          + execution.getVariable(FCR_OPINION);
    }
    execution.setVariable(FAIR_COMPETITION_RESULT, fcr);
  }
}
