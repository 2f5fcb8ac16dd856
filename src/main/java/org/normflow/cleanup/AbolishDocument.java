package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.ABOLITION_ID;
import static org.normflow.process.CleanupVariables.DOCUMENT_ID;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_AbolishDocument (document-abolition), R-ND-11: the head approved; the document is
 * abolished (已废止) today and the abolition is published on the chosen channel; it stays in the
 * registry with the abolition that ended it, and its validity case ends.
 */
@Component("abolishDocument")
class AbolishDocument implements JavaDelegate {

  private final CleanupRepository registry;
  private final DocumentCases cases;
  private final WorkingDayCalendar calendar;

  AbolishDocument(CleanupRepository registry, DocumentCases cases, WorkingDayCalendar calendar) {
    this.registry = registry;
    this.cases = cases;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = (String) execution.getVariable(DOCUMENT_ID);
    long abolitionId = ((Number) execution.getVariable(ABOLITION_ID)).longValue();
    Map<String, Object> abolition = registry.abolition(abolitionId);
    CleanupRepository.Doc doc = registry.document(id).orElseThrow();
    String reason = String.valueOf(abolition.get("REASON") != null ? abolition.get("REASON") : abolition.get("reason"));
    if (!registry.end(id, CleanupRepository.ABOLISHED, calendar.today(), reason, null, abolitionId)) {
      throw new IllegalStateException("文件 " + doc.docNumber() + " 已不是有效文件，不能废止");
    }
    Object replacement = abolition.get("REPLACEMENT_DOC_NUMBER") != null ? abolition.get("REPLACEMENT_DOC_NUMBER")
        : abolition.get("replacement_doc_number");
    String replacedBy = replacement == null ? null
        : registry.documentByNumber(replacement.toString()).map(CleanupRepository.Doc::id).orElse(null);
    registry.event(id, "ABOLISHED", reason, doc.docNumber(), null, doc.validUntil(), null, null, abolitionId, replacedBy,
        null);
    cases.endValidityCase(id, replacedBy);
  }
}
