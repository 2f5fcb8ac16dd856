package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewDocument (create), R-ND-11: the review task of one document shows that document's header
 * and its current legal basis (read from the registry, set on the task's own execution, never by a clerk).
 */
@Component("prepareCleanupReview")
class PrepareCleanupReview implements TaskListener {

  private final CleanupRepository registry;
  private final PlanValidity names;

  PrepareCleanupReview(CleanupRepository registry, PlanValidity names) {
    this.registry = registry;
    this.names = names;
  }

  @Override
  public void notify(DelegateTask task) {
    String id = (String) task.getVariable(REVIEW_DOCUMENT_ID);
    registry.document(id).ifPresent(doc -> {
      var execution = task.getExecution();
      execution.setVariableLocal(TITLE, doc.title());
      execution.setVariableLocal(DOC_NUMBER, doc.docNumber());
      execution.setVariableLocal(ISSUING_UNIT, doc.issuingUnit());
      execution.setVariableLocal(DOC_TYPE, doc.docType());
      execution.setVariableLocal(DRAFTING_UNIT_NAME, names.unitName(doc.draftingUnit()));
      execution.setVariableLocal(VALID_UNTIL_TEXT, doc.validUntil() == null ? null : doc.validUntil().toString());
      String basis = registry.currentLegalBasis(id);
      Number cleanupId = (Number) task.getVariable(CLEANUP_ID);
      String returned = cleanupId == null ? null : registry.returnReason(cleanupId.longValue(), id);
      execution.setVariableLocal(CLEANUP_RETURN_NOTE, returned == null ? null : "法制机构退回本件清理意见，理由：" + returned);
      execution.setVariableLocal(DOCUMENT_LEGAL_BASIS,
          basis == null ? null : basis.length() > 4000 ? basis.substring(0, 3990) + "……" : basis);
    });
  }
}
