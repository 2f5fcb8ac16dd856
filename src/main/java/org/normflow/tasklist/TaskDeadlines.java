package org.normflow.tasklist;

import java.util.Date;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Follow-up dates for user tasks, as bean {@code taskDeadlines} for BPMN expressions:
 *
 * <pre>
 * camunda:dueDate="${workingDays.dueIn(15)}"
 * camunda:followUpDate="${taskDeadlines.followUpBefore(workingDays.dueIn(15), 3)}"
 * </pre>
 *
 * <p>Tasklist lists a task under its follow-up date, so the reminder must not lie in the past when
 * the deadline is short: it is then today, never before the task exists.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

  private final WorkingDayCalendar workingDays;

  public TaskDeadlines(WorkingDayCalendar workingDays) {
    this.workingDays = workingDays;
  }

  /** The start of the working day {@code workingDaysBefore} working days ahead of {@code due}, at the earliest today. */
  public Date followUpBefore(Date due, int workingDaysBefore) {
    if (due == null) {
      return null;
    }
    if (workingDaysBefore < 0) {
      throw new IllegalArgumentException("workingDaysBefore must not be negative: " + workingDaysBefore);
    }
    Date reminder = workingDays.reminderBefore(due, workingDaysBefore);
    Date today = workingDays.startOf(workingDays.today());
    return reminder.before(today) ? today : reminder;
  }
}
