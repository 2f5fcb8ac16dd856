package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_HearOperators (complete), R-ND-02 (722 Art 62(1), 783 Art 16): a document that concerns operators'
 * economic activity hears operators and trade associations before its legality review. The drafting unit
 * records which enterprises and which 行业协会商会 were heard, how, on which day (R-ND-16: not in the future,
 * not before the legal office's finding), and what they said and what was done with it.
 */
@Component("recordOperatorsHeard")
class RecordOperatorsHeard implements TaskListener {

  static final Map<String, String> METHODS = Map.of(
      "SYMPOSIUM", "座谈会", "WRITTEN", "书面征求意见", "VISIT", "实地走访", "ONLINE", "网上征求意见");

  private final DocumentRepository documents;

  RecordOperatorsHeard(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String enterprises = check.text(OPERATORS_ENTERPRISES, "听取意见的经营者（企业）", 2000);
    String associations = check.optionalText(OPERATORS_ASSOCIATIONS);
    check.require(associations == null || associations.length() <= 2000, "“听取意见的行业协会商会”不能超过 2000 个字");
    String method = check.oneOf(OPERATORS_METHOD, "听取方式", METHODS.keySet());
    LocalDate heardOn = check.date(OPERATORS_HEARD_ON, "听取意见日期");
    String summary = check.text(OPERATORS_SUMMARY, "意见摘要及采纳情况", 4000);
    check.verify();
    documents.recordOperatorsHeard(documentId(task), enterprises, associations, method, heardOn, summary, Actors.of(task));
  }
}
