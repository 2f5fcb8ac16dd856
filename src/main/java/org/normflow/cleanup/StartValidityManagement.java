package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.DOCUMENT_ID;
import static org.normflow.process.CleanupVariables.MESSAGE_AMENDMENT_IN_FORCE;
import static org.normflow.process.CleanupVariables.REPLACED_BY;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_StartValidityManagement (normative-document, right after ServiceTask_EnterIntoForce),
 * R-ND-10: the document in force gets its own {@code document-validity} case (business key = the
 * document id), which opens the evaluation before the end of validity. When the document is the
 * amendment of an earlier one, the earlier one leaves force now (its validity case receives
 * Message_AmendmentInForce; an earlier document without a validity case is ended here).
 */
@Component("startValidityManagement")
class StartValidityManagement implements JavaDelegate {

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CleanupRepository registry;
  private final WorkingDayCalendar calendar;
  private final DocumentCases cases;

  StartValidityManagement(RuntimeService runtime, IdentityService identity, CleanupRepository registry,
      WorkingDayCalendar calendar, DocumentCases cases) {
    this.cases = cases;
    this.runtime = runtime;
    this.identity = identity;
    this.registry = registry;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String documentId = (String) execution.getVariable(DOCUMENT_ID);
    CleanupRepository.Doc doc = registry.document(documentId)
        .orElseThrow(() -> new IllegalStateException("登记簿中没有文件 " + documentId));
    SystemEngine.run(identity, true, () ->
        runtime.startProcessInstanceByKey(ProcessKeys.DOCUMENT_VALIDITY, documentId, Map.of(DOCUMENT_ID, documentId)));
    if (doc.amendsDocumentId() != null) {
      boolean correlated = SystemEngine.run(identity, false, () ->
          !runtime.createMessageCorrelation(MESSAGE_AMENDMENT_IN_FORCE)
              .processInstanceBusinessKey(doc.amendsDocumentId())
              .setVariable(REPLACED_BY, documentId)
              .correlateAllWithResult().isEmpty());
      if (!correlated) {
        CleanupRepository.Doc old = registry.document(doc.amendsDocumentId()).orElseThrow();
        // the old document's validity case waits elsewhere (its amendment came from a cleanup): end it here
        if (registry.end(old.id(), CleanupRepository.EXPIRED, calendar.today(),
            "已被修订后的文件替代（" + doc.docNumber() + "）", old.endedByCleanupId(), null)) {
          registry.event(old.id(), "REPLACED_BY_AMENDMENT", null, old.docNumber(), null, old.validUntil(), null, null,
              null, documentId, null);
        }
        cases.endValidityCase(old.id(), documentId);
      }
    }
  }
}
