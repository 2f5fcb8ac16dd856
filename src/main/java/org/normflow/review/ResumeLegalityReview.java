package org.normflow.review;

import static org.normflow.process.LegalityReviewVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.calendar.CalendarDeadlines;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.document.DocumentSettings;
import org.normflow.validation.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_ResumeReview, R-MD-09 (713 Art 26), R-C-01: the supplemented materials are back and the
 * review goes on with a new limit by the configured local rule ({@code normflow.legality-review.on-return}):
 * RESTART counts the whole period (its minimum included) again from today; PAUSE goes on with the working
 * days that were left when the materials were returned, and the days they were out do not count towards
 * the minimum. The limit and its reminder are recorded like the first ({@link CalendarDeadlines}), so
 * the timers of Task_LegalityReview, created anew, and a later holiday table follow them.
 */
@Component("resumeLegalityReview")
class ResumeLegalityReview implements JavaDelegate {

  private final LegalityReviewRepository reviews;
  private final WorkingDayCalendar calendar;
  private final CalendarDeadlines deadlines;
  private final DocumentSettings documentSettings;
  private final LegalityReviewSettings settings;

  ResumeLegalityReview(LegalityReviewRepository reviews, WorkingDayCalendar workingDays, CalendarDeadlines deadlines,
      DocumentSettings documentSettings, LegalityReviewSettings settings) {
    this.reviews = reviews;
    this.calendar = workingDays;
    this.deadlines = deadlines;
    this.documentSettings = documentSettings;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String instance = execution.getProcessInstanceId();
    Map<String, Object> review = reviews.find(instance).orElseThrow(() -> new FormValidationException(List.of("未找到本次审查的登记")));
    Map<String, Object> open = reviews.openReturn(instance)
        .orElseThrow(() -> new FormValidationException(List.of("本次审查没有退回补充的登记")));
    LocalDate today = calendar.today();
    LocalDate returnedOn = ((java.sql.Date) open.get("returned_on")).toLocalDate();
    // the rule recorded with the return applies, so a configuration change does not alter a return under way
    boolean restart = LegalityReviewSettings.RESTART.equals(open.get("on_return"));
    int max = ((Number) review.get("max_working_days")).intValue();
    int days = restart ? max : Math.max(((Number) open.get("remaining_working_days")).intValue(), 1);
    deadlines.workingDays(execution, instance, "合法性审查期限", REVIEW_DUE_AT, REVIEW_DUE_ON, today, days);
    LocalDate dueOn = LocalDate.parse((String) execution.getVariable(REVIEW_DUE_ON));
    int reminderDays = Math.min(documentSettings.getLegalityReminderWorkingDays(), Math.max(days - 1, 0));
    deadlines.reminder(execution, instance, "合法性审查期限届满前提醒", REVIEW_REMINDER_AT, REVIEW_DUE_AT, reminderDays);
    reviews.resumed(instance, ((Number) open.get("id")).longValue(), today, dueOn, restart,
        calendar.workingDaysBetween(returnedOn, today));
    execution.setVariable(LEGALITY_RETURNED, false);
    // the return is on the record; the reviewer's next form starts without it
    for (String name : List.of(REVIEW_ACTION, RETURN_REASON, RETURN_REQUEST, SUPPLEMENT_NOTE)) {
      execution.getProcessInstance().removeVariable(name);
    }
  }
}
