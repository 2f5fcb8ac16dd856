package org.normflow.document;

import org.normflow.validation.LegalBasis;

import static org.normflow.document.DocumentSteps.blank;
import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.process.ConsultationVariables;
import org.normflow.validation.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_ApplyReviewPlan: unpacks the review plan of the DMN table (fed by the legal office's
 * confirmed market fact {@code marketConfirmed}, R-ND-03, never the drafter's tick) into plain variables
 * and opens the review stage. R-ND-01: the draft goes to review only with a recorded version that carries its
 * drafting explanation.
 */
@Component("applyReviewPlan")
class ApplyReviewPlan implements JavaDelegate {

  private final DocumentRepository documents;

  ApplyReviewPlan(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = documentId(execution);
    List<DocumentVersion> versions = documents.versions(id);
    DocumentVersion current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    if (current == null || blank(current.purpose()) || blank(current.legalBasis())
        || blank(current.draftingProcess()) || blank(current.mainContent())) {
      throw new FormValidationException(List.of("草案没有完整的起草说明，不能送审" + LegalBasis.cite("R-ND-01")));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> plan = (Map<String, Object>) execution.getVariable(REVIEW_PLAN);
    execution.setVariable(FCR_NEEDED, Boolean.TRUE.equals(plan.get(FCR_NEEDED)));
    // the first round of every draft runs the public consultation (a make-up round only when named, planDocumentMakeUp)
    execution.setVariable(CONSULTATION_NEEDED, true);
    execution.setVariable(
        ConsultationVariables.CONSULTATION_MIN_DAYS,
        ((Number) plan.get(ConsultationVariables.CONSULTATION_MIN_DAYS)).intValue());
    execution.setVariable(
        ConsultationVariables.CONSULTATION_DAY_KIND, plan.get(ConsultationVariables.CONSULTATION_DAY_KIND));
    execution.removeVariable(REVIEW_PLAN);
    // cases that started on a model version from before R-ND-04 was enforced still have a gateway
    // that reads this; for them too every document is reviewed, whatever their old plan said
    execution.setVariable(LEGACY_LEGALITY_REVIEW_NEEDED, true);
    documents.updateStage(id, Stage.UNDER_REVIEW);
  }
}
