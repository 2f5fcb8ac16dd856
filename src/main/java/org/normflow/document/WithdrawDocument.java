package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.WITHDRAW_REASON;

import java.util.EnumSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_WithdrawOnRequest, ServiceTask_WithdrawAfterFcr, ServiceTask_StopUnlawful,
 * ServiceTask_StopRejected, ServiceTask_StopDecisionRejected, ServiceTask_StopNotSigned: withdrawal before
 * publication (message, failed fair competition review the drafting unit abandons R-ND-03, unlawful review
 * R-ND-04, rejected deliberation R-ND-06, or the head's decision not to sign and not to issue R-ND-14);
 * reason required.
 */
@Component("withdrawDocument")
class WithdrawDocument implements JavaDelegate {

  static final EnumSet<Stage> PUBLISHED_OR_LATER =
      EnumSet.of(Stage.PUBLISHED, Stage.FILED, Stage.IN_FORCE, Stage.EXPIRED, Stage.ABOLISHED);

  private final DocumentRepository documents;

  WithdrawDocument(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = documentId(execution);
    FormCheck check = FormCheck.of(execution);
    String reason = check.text(WITHDRAW_REASON, "撤回理由", 2000);
    Stage stage = documents.get(id).stage();
    check.require(!PUBLISHED_OR_LATER.contains(stage), "文件已公布，不能撤回");
    check.verify();
    documents.withdraw(id, reason);
  }
}
