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
 * record). Approved documents go on to numbering; a rejected one is stopped by the next step. Issue 24
 * (R-MD-09, R-ND-04): when the head decided, after a failed review, not to proceed, the decision's registry
 * row says NOT_PROCEEDED; the outcome is then NOT_PROCEEDED, whatever a variable says, and the document is
 * stopped 不予出台 by the same step as a rejected one.
 */
@Component("recordMajorDecisionOutcome")
class RecordMajorDecisionOutcome implements JavaDelegate {

  /** The decision's stage when the head decided not to proceed ({@code decision.DecisionStage}). */
  static final String NOT_PROCEEDED = "NOT_PROCEEDED";

  private final DocumentRepository documents;

  RecordMajorDecisionOutcome(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = documentId(execution);
    if (documents.linkedDecisionStage(id).filter(NOT_PROCEEDED::equals).isPresent()) {
      execution.setVariable(DECISION_OUTCOME, NOT_PROCEEDED);
      return;
    }
    Object outcome = execution.getVariable(DECISION_OUTCOME);
    if (!List.of("APPROVE", "APPROVE_WITH_AMENDMENTS", "REJECT").contains(outcome)) {
      throw new IllegalStateException("重大行政决策程序没有返回决定结果（文件 " + id + "，结果 " + outcome + "）");
    }
    if (!"REJECT".equals(outcome)) {
      documents.updateStage(id, Stage.DELIBERATED);
    }
  }
}
