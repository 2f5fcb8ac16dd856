package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.CLEANUP_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_PublishCleanupResult (periodic-cleanup), R-ND-11: publishes the three lists (继续有效 /
 * 废止 / 失效) and updates the registry in one step: abolished and declared-invalid documents leave force
 * (they stay in the registry, with the round that ended them), their validity cases end. A document not
 * on the valid list is no longer a basis of administration.
 */
@Component("publishCleanupResult")
class PublishCleanupResult implements JavaDelegate {

  private final CleanupRepository registry;
  private final DocumentCases cases;
  private final WorkingDayCalendar calendar;

  PublishCleanupResult(CleanupRepository registry, DocumentCases cases, WorkingDayCalendar calendar) {
    this.registry = registry;
    this.cases = cases;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(CLEANUP_ID)).longValue();
    registry.publish(id, calendar.today());
    for (String outcome : new String[] {"ABOLISH", "DECLARE_INVALID"}) {
      for (String documentId : registry.documentsWithOutcome(id, outcome)) {
        cases.endValidityCase(documentId, null);
      }
    }
  }
}
