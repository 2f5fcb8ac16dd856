package org.normflow.review;

import static org.normflow.process.LegalityReviewVariables.SUPPLEMENT_NOTE;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * Task_SupplementMaterials (complete), R-MD-09 (713 Art 26): the drafting unit supplements what the
 * legality reviewer returned the materials for and says what it supplemented; the note is written on the
 * open return of this review.
 */
@Component("recordReviewSupplement")
class RecordReviewSupplement implements TaskListener {

  private final LegalityReviewRepository reviews;

  RecordReviewSupplement(LegalityReviewRepository reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String note = check.text(SUPPLEMENT_NOTE, "补充材料情况说明", 2000);
    check.verify();
    Map<String, Object> open = reviews.openReturn(task.getProcessInstanceId())
        .orElseThrow(() -> new FormValidationException(List.of("本次审查没有退回补充的登记")));
    reviews.supplemented(((Number) open.get("id")).longValue(), note, Actors.of(task));
  }
}
