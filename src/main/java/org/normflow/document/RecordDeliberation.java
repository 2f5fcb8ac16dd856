package org.normflow.document;

import static org.normflow.document.DocumentSteps.MAX_TEXT;
import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.process.LegalityReviewVariables;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_Deliberation (complete), R-ND-06: collective deliberation by 部门办公会议 or 局务会议, with the
 * meeting's date, kind, presider (主持人), attendees, outcome and record, all stored; R-ND-04 gate: only a document the legality review let proceed is deliberated.
 */
@Component("recordDeliberation")
class RecordDeliberation implements TaskListener {

  static final List<String> DELIBERATION_OUTCOMES = List.of("APPROVED", "APPROVED_WITH_AMENDMENTS", "REJECTED");
  /** R-ND-06: the meetings that deliberate a department's normative document. */
  static final List<String> MEETING_KINDS = List.of("部门办公会议", "局务会议");

  private final DocumentRepository documents;

  RecordDeliberation(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String kind = check.oneOf(MEETING_KIND, "会议类型", MEETING_KINDS);
    LocalDate date = check.date(MEETING_DATE, "会议日期");
    String presider = check.text(MEETING_PRESIDER, "主持人", 100);
    String participants = check.text(PARTICIPANTS, "出席人员", 2000);
    String outcome = check.oneOf(DELIBERATION_OUTCOME, "审议结论", DELIBERATION_OUTCOMES);
    String record = check.text(MEETING_RECORD, "会议纪要", MAX_TEXT);
    boolean material = check.flag(MATERIAL_CHANGE);
    check.require(
        Boolean.TRUE.equals(task.getVariable(LegalityReviewVariables.LEGALITY_MAY_PROCEED)),
        "未经合法性审查或经审查不合法的文件，不得提交集体审议");
    check.require(
        !material || "APPROVED_WITH_AMENDMENTS".equals(outcome), "只有“修改后通过”才需勾选“实质性修改”");
    check.verify();
    String id = documentId(task);
    documents.recordDeliberation(id, kind, date, presider, participants, outcome, record, material, Actors.of(task));
    if (!"REJECTED".equals(outcome)) {
      documents.updateStage(id, Stage.DELIBERATED);
    }
  }
}
