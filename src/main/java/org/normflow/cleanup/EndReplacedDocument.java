package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.DOCUMENT_ID;
import static org.normflow.process.CleanupVariables.REPLACED_BY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_EndReplacedDocument (document-validity), R-ND-10: the amendment entered into force
 * (Message_AmendmentInForce from startValidityManagement); the amended document leaves force today,
 * replaced by the amendment, and stays in the registry with the link.
 */
@Component("endReplacedDocument")
class EndReplacedDocument implements JavaDelegate {

  private final CleanupRepository registry;
  private final WorkingDayCalendar calendar;

  EndReplacedDocument(CleanupRepository registry, WorkingDayCalendar calendar) {
    this.registry = registry;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = (String) execution.getVariable(DOCUMENT_ID);
    String replacedBy = (String) execution.getVariable(REPLACED_BY);
    CleanupRepository.Doc doc = registry.document(id).orElseThrow();
    String newNumber = replacedBy == null ? null : registry.document(replacedBy).map(CleanupRepository.Doc::docNumber)
        .orElse(null);
    String reason = "已被修订后的文件替代" + (newNumber == null ? "" : "（" + newNumber + "）");
    if (registry.end(id, CleanupRepository.EXPIRED, calendar.today(), reason, doc.endedByCleanupId(), null)) {
      registry.event(id, "REPLACED_BY_AMENDMENT", reason, doc.docNumber(), null, doc.validUntil(), null, null, null,
          replacedBy, null);
    }
  }
}
