package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.DECISION_OUTCOME;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordMajorDecisionOutcome, R-ND-12, after the major-decision procedure: the head's
 * decision is the document's deliberation result (R-ND-06 record kept in the decision's registry
 * record). Approved documents go on to numbering; a rejected one is stopped by the next step.
 */
@Component("recordMajorDecisionOutcome")
class RecordMajorDecisionOutcome implements JavaDelegate {

  private final DocumentRepository documents;

  RecordMajorDecisionOutcome(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = documentId(execution);
    Object outcome = execution.getVariable(DECISION_OUTCOME);
    if (!List.of("APPROVE", "APPROVE_WITH_AMENDMENTS", "REJECT").contains(outcome)) {
      throw new IllegalStateException("重大行政决策程序没有返回决定结果（文件 " + id + "，结果 " + outcome + "）");
    }
    if (!"REJECT".equals(outcome)) {
      documents.updateStage(id, Stage.DELIBERATED);
    }
  }
}
