package org.normflow.review;

import org.normflow.validation.LegalBasis;

import static org.normflow.process.NormativeDocumentVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.document.DocumentRepository;
import org.normflow.document.Stage;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_FairCompetitionReview (complete), R-ND-03: fair competition review (公平竞争审查). An exception
 * needs both the justification that no less-restrictive alternative exists and an end date or end
 * condition; a failing document goes back to drafting or is withdrawn, never on towards issuance.
 */
@Component("recordFairCompetitionReview")
class RecordFairCompetitionReview implements TaskListener {

  static final List<String> CONCLUSIONS = List.of("PASSES", "EXCEPTION", "FAILS");
  static final List<String> FAIL_ACTIONS = List.of("REVISE", "WITHDRAW");

  private final DocumentRepository documents;

  RecordFairCompetitionReview(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String conclusion = check.oneOf(FCR_CONCLUSION, "审查结论", CONCLUSIONS);
    String opinion = check.text(FCR_OPINION, "审查意见", 4000);
    String justification = null;
    LocalDate endDate = null;
    String endCondition = null;
    if ("EXCEPTION".equals(conclusion)) {
      justification = check.text(FCR_EXCEPTION_JUSTIFICATION, "没有对公平竞争影响更小的替代方案的说明", 4000);
      endDate = check.optionalDate(FCR_EXCEPTION_END_DATE, "例外实施期限（截止日期）");
      endCondition = check.optionalText(FCR_EXCEPTION_END_CONDITION);
      check.require(endDate != null || endCondition != null, "适用例外规定须写明实施期限（截止日期）或终止条件" + LegalBasis.cite("R-ND-03"));
    }
    if ("FAILS".equals(conclusion)) {
      check.oneOf(FCR_FAIL_ACTION, "未通过审查后的处理", FAIL_ACTIONS);
    }
    check.verify();
    String documentId = (String) task.getVariable(DOCUMENT_ID);
    documents.recordFairCompetitionReview(
        documentId, conclusion, opinion, justification, endDate, endCondition, Actors.of(task));
    if ("FAILS".equals(conclusion) && "WITHDRAW".equals(task.getVariable(FCR_FAIL_ACTION))) {
      task.setVariable(WITHDRAW_REASON, "公平竞争审查未通过：" + opinion);
    } else if ("FAILS".equals(conclusion)) {
      documents.updateStage(documentId, Stage.DRAFTING);
    }
  }
}
