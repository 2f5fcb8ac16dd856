package org.normflow.review;

import org.normflow.validation.LegalBasis;

import static org.normflow.process.NormativeDocumentVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.document.DocumentRepository;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.Grounds;
import org.springframework.stereotype.Component;

/**
 * Task_FairCompetitionReview (complete), R-ND-03: fair competition review (公平竞争审查). An exception
 * names one of the four purposes of 783 Art 12 (the list {@code normflow.grounds.decision-fcr-exception},
 * the same as a major decision's), why no less-restrictive alternative exists and an end date or end
 * condition. The reviewer concludes and nothing more: after a failing review the drafting unit decides
 * whether to revise or abandon the draft (Task_DecideAfterFcr, 783 Art 18), never the reviewer.
 */
@Component("recordFairCompetitionReview")
class RecordFairCompetitionReview implements TaskListener {

  static final List<String> CONCLUSIONS = List.of("PASSES", "EXCEPTION", "FAILS");

  private final DocumentRepository documents;
  private final Grounds grounds;

  RecordFairCompetitionReview(DocumentRepository documents, Grounds grounds) {
    this.documents = documents;
    this.grounds = grounds;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String conclusion = check.oneOf(FCR_CONCLUSION, "审查结论", CONCLUSIONS);
    String opinion = check.text(FCR_OPINION, "审查意见", 4000);
    String ground = null;
    String justification = null;
    LocalDate endDate = null;
    String endCondition = null;
    if ("EXCEPTION".equals(conclusion)) {
      ground = check.oneOf(FCR_EXCEPTION_GROUND, "适用例外的情形", grounds.codes(Grounds.DECISION_FCR_EXCEPTION));
      justification = check.text(FCR_EXCEPTION_JUSTIFICATION, "没有对公平竞争影响更小的替代方案的说明", 4000);
      endDate = check.optionalDate(FCR_EXCEPTION_END_DATE, "例外实施期限（截止日期）");
      endCondition = check.optionalText(FCR_EXCEPTION_END_CONDITION);
      check.require(endDate != null || endCondition != null, "适用例外规定须写明实施期限（截止日期）或终止条件" + LegalBasis.cite("R-ND-03"));
    } else {
      check.require(check.optionalText(FCR_EXCEPTION_GROUND) == null, "未适用例外规定的，不能选择“适用例外的情形”");
    }
    check.verify();
    String documentId = (String) task.getVariable(DOCUMENT_ID);
    documents.recordFairCompetitionReview(
        documentId, conclusion, opinion, ground, justification, endDate, endCondition, Actors.of(task));
  }
}
