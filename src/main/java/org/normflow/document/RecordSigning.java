package org.normflow.document;

import org.normflow.validation.LegalBasis;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_Signing (complete), R-ND-14: the principal head signs, or a deputy under the head's
 * authorization recorded for this case or period; the signer is the authenticated user, and a deputy's
 * signing names the authorization.
 */
@Component("recordSigning")
class RecordSigning implements TaskListener {

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
    LocalDate signedOn = check.date(SIGNED_ON, "签发日期");
    check.require(task.getVariable(DOC_NUMBER) != null, "文件尚未统一编号，不能签发" + LegalBasis.cite("R-ND-07"));
    check.verify();
    documents.recordSigning(documentId(task), act.actor(), signedOn, act.authorizationId(), act.note());
  }
}
