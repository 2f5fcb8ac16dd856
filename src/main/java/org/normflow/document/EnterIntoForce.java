package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_EnterIntoForce, R-ND-07/R-ND-10: in force only with a number, a publication and a validity period. */
@Component("enterIntoForce")
class EnterIntoForce implements JavaDelegate {

  private final DocumentRepository documents;

  EnterIntoForce(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = documentId(execution);
    DocumentRecord doc = documents.get(id);
    if (doc.docNumber() == null || doc.publishedOn() == null || doc.validUntil() == null) {
      throw new IllegalStateException("文件 " + id + " 没有文号、公布日期或有效期，不能生效");
    }
    documents.updateStage(id, Stage.IN_FORCE);
  }
}
