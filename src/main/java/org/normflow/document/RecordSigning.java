package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_Signing (complete), R-ND-14 (37号): the principal head signs, or a deputy under the head's
 * authorization recorded for this case or period; the signer is the authenticated user, and a deputy's
 * signing names the authorization. The head who does not sign says why and what follows: back to the
 * drafting unit to amend (RETURN, then a new legality review, deliberation and signing), or not issued
 * (NOT_ISSUE, 不予出台 by the head's decision). Every refusal is a row of {@code nf_signing_refusal}.
 * The number is taken only after signing (ServiceTask_AssignNumber follows), so a refusal wastes none.
 */
@Component("recordSigning")
class RecordSigning implements TaskListener {

  static final List<String> DECISIONS = List.of("SIGN", "RETURN", "NOT_ISSUE");

  private final DocumentRepository documents;
  private final HeadOfOrganisation heads;

  RecordSigning(DocumentRepository documents, HeadOfOrganisation heads) {
    this.documents = documents;
    this.heads = heads;
  }

  @Override
  public void notify(DelegateTask task) {
    HeadAct act = heads.act(task, "R-ND-14");
    FormCheck check = FormCheck.of(task);
    String decision = check.oneOf(SIGNING_DECISION, "签发决定", DECISIONS);
    if ("SIGN".equals(decision)) {
      LocalDate signedOn = check.date(SIGNED_ON, "签发日期");
      check.require(check.optionalText(SIGNING_REFUSAL_REASON) == null, "签发的，不填写“不予签发的理由”");
      check.verify();
      documents.recordSigning(documentId(task), act.actor(), signedOn, act.authorizationId(), act.note());
      return;
    }
    if (decision == null) {
      check.verify();
    }
    String reason = check.text(SIGNING_REFUSAL_REASON, "不予签发的理由", 2000);
    check.require(check.optionalText(SIGNED_ON) == null, "不予签发的，不填写“签发日期”");
    check.verify();
    String id = documentId(task);
    Object version = task.getVariable(CURRENT_VERSION);
    documents.recordSigningRefusal(id, version instanceof Number n ? n.intValue() : null, decision, reason,
        act.actor(), act.authorizationId(), act.note());
    // the reason is on the record; the next signing starts with an empty form
    task.getExecution().removeVariable(SIGNING_REFUSAL_REASON);
    task.setVariable(SIGNING_RETURN_REASON, reason);
    if ("NOT_ISSUE".equals(decision)) {
      task.setVariable(WITHDRAW_REASON, "主要负责人不予签发，决定不予出台：" + reason);
    } else {
      documents.updateStage(id, Stage.DRAFTING);
    }
  }
}
