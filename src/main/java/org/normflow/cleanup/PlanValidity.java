package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.identity.DraftingUnits;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_PlanValidity (document-validity), R-ND-10: reads the document's validity from the registry
 * and sets the two timers: the evaluation opens {@code normflow.validity.evaluation-months-before} months
 * before the last day of validity (at once when that is already past); the document expires at midnight
 * after its last day; the reminder to the drafting unit and the legal office fires {@code
 * normflow.validity.reminder-days-before} days before the last day (not before the evaluation opens). The
 * last day is the document's own 有效期 when it stated one at issue. Also the case header the forms show. Runs again after a renewal.
 */
@Component("planValidity")
class PlanValidity implements JavaDelegate {

  private final CleanupRepository registry;
  private final CleanupSettings settings;
  private final WorkingDayCalendar calendar;
  private final DraftingUnits units;

  PlanValidity(CleanupRepository registry, CleanupSettings settings, WorkingDayCalendar calendar, DraftingUnits units) {
    this.registry = registry;
    this.settings = settings;
    this.calendar = calendar;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = (String) execution.getVariable(DOCUMENT_ID);
    CleanupRepository.Doc doc = registry.document(id).orElseThrow(() -> new IllegalStateException("登记簿中没有文件 " + id));
    if (doc.validUntil() == null) {
      throw new IllegalStateException("文件 " + id + " 没有有效期");
    }
    LocalDate evaluation = doc.validUntil().minusMonths(settings.getEvaluationMonthsBefore());
    LocalDate today = calendar.today();
    execution.setVariable(EVALUATION_AT, calendar.startOf(evaluation.isAfter(today) ? evaluation : today));
    execution.setVariable(EXPIRES_AT, calendar.endOf(doc.validUntil()));
    // R-ND-10: the reminder while the organ has not decided, never before the evaluation opens
    LocalDate reminder = doc.validUntil().minusDays(settings.getReminderDaysBefore());
    LocalDate opens = evaluation.isAfter(today) ? evaluation : today;
    execution.setVariable(REMINDER_AT, calendar.startOf(reminder.isAfter(opens) ? reminder : opens));
    execution.setVariable(TITLE, doc.title());
    execution.setVariable(DOC_NUMBER, doc.docNumber());
    execution.setVariable(ISSUING_UNIT, doc.issuingUnit());
    execution.setVariable(DOC_TYPE, doc.docType());
    execution.setVariable(VALID_UNTIL_TEXT, doc.validUntil().toString());
    execution.setVariable(DRAFTING_UNIT_NAME, unitName(doc.draftingUnit()));
  }

  String unitName(String unit) {
    if (unit == null) {
      return "起草科室";
    }
    return units.getDraftingUnits().stream().filter(u -> unit.equals(u.getId())).map(DraftingUnits.Unit::getName)
        .findFirst().orElse(unit);
  }
}
