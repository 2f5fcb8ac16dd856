package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.LegalBasis;
import org.springframework.stereotype.Component;

/**
 * Task_DecideAfterFcr (complete), R-ND-03, 783 Art 18: after a failing fair competition review the
 * drafting unit, not the reviewer, decides: revise the draft (back to drafting, then a new review) or
 * abandon the document (放弃制定, recorded as a withdrawal with the unit's reason). The decision is written
 * on the failing review's row; a review that did not fail, or was already followed up, is refused.
 */
@Component("recordFcrFollowUp")
class RecordFcrFollowUp implements TaskListener {

  static final List<String> FOLLOW_UPS = List.of("REVISE", "ABANDON");

  private final DocumentRepository documents;

  RecordFcrFollowUp(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String followUp = check.oneOf(FCR_FOLLOW_UP, "起草单位的决定", FOLLOW_UPS);
    String reason = check.text(FCR_FOLLOW_UP_REASON, "理由", 2000);
    check.verify();
    String id = documentId(task);
    boolean recorded = documents.recordFcrFollowUp(id, followUp, reason, Actors.of(task));
    check.require(recorded, "登记簿中没有待处理的未通过公平竞争审查的结论" + LegalBasis.cite("R-ND-03"));
    check.verify();
    if ("ABANDON".equals(followUp)) {
      task.setVariable(WITHDRAW_REASON, "公平竞争审查未通过，起草单位决定放弃制定：" + reason);
    } else {
      documents.updateStage(id, Stage.DRAFTING);
    }
  }
}
