package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordNotNormative, R-ND-13: a draft the legal office found not to be a normative
 * document leaves the procedure; the registry keeps it with stage 不属于行政规范性文件 next to the
 * finding (reason, who, when).
 */
@Component("recordNotNormative")
class RecordNotNormative implements JavaDelegate {

  private final DocumentRepository documents;

  RecordNotNormative(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = documentId(execution);
    DocumentRecord.Identification identification = documents.get(id).identification();
    if (identification == null || !DocumentRecord.Identification.NOT_NORMATIVE.equals(identification.finding())) {
      throw new IllegalStateException("文件 " + id + " 没有“不属于行政规范性文件”的认定结论，不能退出制定程序");
    }
    documents.updateStage(id, Stage.NOT_NORMATIVE);
  }
}
