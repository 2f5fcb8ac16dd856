package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_IdentifyDocument (complete), R-ND-13: the legal office decides whether the draft is a normative
 * document, with a reason; the finding is recorded with who and when. The gateway after the task reads
 * only the variable set here from the checked finding, never the form value itself.
 */
@Component("recordIdentification")
class RecordIdentification implements TaskListener {

  static final List<String> IDENTIFICATION_FINDINGS =
      List.of(DocumentRecord.Identification.NORMATIVE, DocumentRecord.Identification.NOT_NORMATIVE);

  private final DocumentRepository documents;

  RecordIdentification(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String finding = check.oneOf(IDENTIFICATION_FINDING, "认定结论", IDENTIFICATION_FINDINGS);
    String reason = check.text(IDENTIFICATION_REASON, "认定理由", RegisterDocument.MAX_REASON);
    check.verify();
    documents.recordIdentification(documentId(task), finding, reason, Actors.of(task));
    task.setVariable(IDENTIFIED_AS_NORMATIVE, DocumentRecord.Identification.NORMATIVE.equals(finding));
  }
}
