package org.normflow.review;

import static org.normflow.process.ConsultationVariables.CASE_ID;
import static org.normflow.process.ConsultationVariables.CASE_TYPE;
import static org.normflow.process.LegalityReviewVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.calendar.CalendarDeadlines;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.document.DocumentSettings;
import org.normflow.process.ConsultationVariables;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_OpenReview, R-ND-05/R-MD-09: opens the review of {@code legality-review} (合法性审查):
 * checks the in-variables and sets the working-day limit and reminder dates.
 */
@Component("openLegalityReview")
class OpenLegalityReview implements JavaDelegate {

  private final LegalityReviewRepository reviews;
  private final WorkingDayCalendar calendar;
  private final DocumentSettings settings;
  private final CalendarDeadlines deadlines;

  OpenLegalityReview(LegalityReviewRepository reviews, WorkingDayCalendar workingDays, DocumentSettings settings,
      CalendarDeadlines deadlines) {
    this.reviews = reviews;
    this.calendar = workingDays;
    this.settings = settings;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormCheck check = FormCheck.of(execution);
    String caseId = check.text(CASE_ID, "事项编号", 64);
    String caseType = check.oneOf(CASE_TYPE, "事项类型", List.of("DOCUMENT", "DECISION"));
    Integer min = check.integer(REVIEW_MIN_WORKING_DAYS, "审查期限下限（工作日）", 0, 60);
    Integer max = check.integer(REVIEW_MAX_WORKING_DAYS, "审查期限上限（工作日）", 1, 60);
    if (min != null && max != null) {
      check.require(min <= max, "审查期限下限不能大于上限");
    }
    check.verify();
    boolean exploratory = check.flag(EXPLORATORY_REFORM);
    // recorded with what they count from, so that a new holiday table computes them again (R-C-01)
    String instance = execution.getProcessInstanceId();
    deadlines.workingDays(execution, instance, "合法性审查期限", REVIEW_DUE_AT, REVIEW_DUE_ON, calendar.today(), max);
    LocalDate dueOn = LocalDate.parse((String) execution.getVariable(REVIEW_DUE_ON));
    int reminderDays = Math.min(settings.getLegalityReminderWorkingDays(), Math.max(max - 1, 0));
    deadlines.reminder(execution, instance, "合法性审查期限届满前提醒", REVIEW_REMINDER_AT, REVIEW_DUE_AT, reminderDays);
    execution.setVariable(EXPLORATORY_REFORM, exploratory);
    Object version = execution.getVariable(ConsultationVariables.CASE_VERSION);
    reviews.open(execution.getProcessInstanceId(), caseId, caseType, min, max, exploratory, calendar.today(), dueOn,
        version instanceof Number n ? n.intValue() : null);
  }
}
