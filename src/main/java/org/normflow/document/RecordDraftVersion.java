package org.normflow.document;

import org.normflow.trust.Actors;
import static org.normflow.process.NormativeDocumentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_Drafting, Task_AmendAfterLegality, Task_AmendAfterDeliberation, Task_AmendAfterDecision,
 * Task_ReviseForMakeUp, Task_AmendAfterSigningRefusal (complete): on completing a drafting task, checks the draft and its drafting explanation (起草说明,
 * R-ND-01) and stores them as a new version in the registry; a revision never overwrites a version.
 */
@Component("recordDraftVersion")
class RecordDraftVersion implements TaskListener {

  static final int MAX_TEXT = 4000;

  private final DocumentRepository documents;

  RecordDraftVersion(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String draft = check.text(DRAFT_TEXT, "文件草案正文", MAX_TEXT);
    String purpose = check.text(PURPOSE, "制定目的和必要性", MAX_TEXT);
    String basis = check.text(LEGAL_BASIS, "制定依据", MAX_TEXT);
    String process = check.text(DRAFTING_PROCESS, "起草过程", MAX_TEXT);
    String content = check.text(MAIN_CONTENT, "主要内容", MAX_TEXT);
    // before a make-up round the drafter says what was revised (or that nothing was) and what is made up
    String changeNote =
        "Task_ReviseForMakeUp".equals(task.getTaskDefinitionKey())
            ? check.text(CHANGE_NOTE, "修改和补正说明", MAX_TEXT)
            : check.optionalText(CHANGE_NOTE);
    check.verify();

    String documentId = (String) task.getVariable(DOCUMENT_ID);
    int version =
        documents.addVersion(
            documentId,
            new DocumentVersion(0, draft, null, purpose, basis, process, content, changeNote, Actors.of(task), null));
    task.setVariable(CURRENT_VERSION, version);
    // R-ND-01: the drafting explanation travels with the draft into the called reviews
    String explanation =
        "制定目的和必要性：" + purpose + "\n制定依据：" + basis + "\n起草过程：" + process + "\n主要内容：" + content;
    task.setVariable(
        DRAFTING_EXPLANATION,
        explanation.length() <= MAX_TEXT ? explanation : explanation.substring(0, MAX_TEXT - 20) + "……（全文见登记簿）");
  }
}
