package org.normflow.document;

import org.normflow.validation.LegalBasis;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.review.LegalityReviewRepository;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_Filing (complete), R-ND-09: the filing package must be complete, and always holds the legality
 * review opinion: every normative document was reviewed (R-ND-04), in its own procedure or in the major
 * decision's (R-ND-12), and the registry must show that opinion. A filing after the deadline is flagged
 * late.
 */
@Component("recordFiling")
class RecordFiling implements TaskListener {

  private final DocumentRepository documents;
  private final LegalityReviewRepository legalityReviews;

  RecordFiling(DocumentRepository documents, LegalityReviewRepository legalityReviews) {
    this.documents = documents;
    this.legalityReviews = legalityReviews;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate filedOn = check.date(FILED_ON, "报送备案日期");
    check.text(FILING_AUTHORITY, "备案监督机关", 200);
    List<String> pkg = new ArrayList<>();
    requireItem(check, PKG_FILING_REPORT, "备案报告", pkg);
    requireItem(check, PKG_OFFICIAL_TEXT, "文件正式文本", pkg);
    requireItem(check, PKG_DRAFTING_EXPLANATION, "起草说明", pkg);
    requireItem(check, PKG_LEGAL_BASIS, "制定依据", pkg);
    requireItem(check, PKG_LEGALITY_OPINION, "合法性审查意见", pkg);
    if (check.hasProblems()) {
      check.verify(); // what was typed is wrong: say so before reading the registry
    }
    String id = documentId(task);
    DocumentRecord doc = documents.get(id);
    check.require(
        legalityReviews.opinionGiven(id) || (doc.decisionId() != null && legalityReviews.opinionGiven(doc.decisionId())),
        "登记簿中没有本文件的合法性审查意见，不能报送备案" + LegalBasis.cite("R-ND-04"));
    if (filedOn != null && doc.publishedOn() != null) {
      check.require(!filedOn.isBefore(doc.publishedOn()), "报送备案日期不得早于公布日期");
    }
    check.verify();
    boolean late = doc.filingDue() != null && filedOn.isAfter(doc.filingDue());
    documents.recordFiling(id, filedOn, String.join("、", pkg), late);
  }

  private static void requireItem(FormCheck check, String name, String label, List<String> pkg) {
    boolean present = check.flag(name);
    check.require(present, "备案材料缺少“" + label + "”" + LegalBasis.cite("R-ND-09"));
    if (present) {
      pkg.add(label);
    }
  }
}
