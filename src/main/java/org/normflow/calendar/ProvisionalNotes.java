package org.normflow.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a clerk reads in a task's description (Tasklist's 说明 tab) when its due date is provisional, and
 * after the calendar update that recalculated it (R-C-01).
 */
final class ProvisionalNotes {

  static final String PROVISIONAL_PREFIX = "【期限暂定】";
  static final String RECALCULATED_PREFIX = "【期限已重算】";
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private ProvisionalNotes() {}

  static void mark(DelegateTask task, CalendarDeadlines deadlines, WorkingDayCalendar calendar) {
    Date due = task.getDueDate();
    if (due != null && calendar.isProvisional(due) && deadlines.isProvisional(task.getProcessInstanceId(), due)) {
      task.setDescription(provisional(calendar, due, task.getDescription()));
    }
  }

  static String provisional(WorkingDayCalendar calendar, Date due, String description) {
    return provisionalLine(calendar, due) + rest(description);
  }

  private static String provisionalLine(WorkingDayCalendar calendar, Date due) {
    LocalDate day = calendar.toLocalDate(new Date(due.getTime() - 1));
    return PROVISIONAL_PREFIX + "办理期限（" + DAY.format(day) + "）落在" + day.getYear() + "年，该年的法定节假日和调休安排"
        + "尚未载入工作日历，期限暂按周末推算。系统管理员载入该年节假日安排后，期限自动重算并记入案卷。";
  }

  static String recalculated(WorkingDayCalendar calendar, int year, Date oldDue, Date newDue, String description) {
    LocalDate oldDay = calendar.toLocalDate(new Date(oldDue.getTime() - 1));
    LocalDate newDay = calendar.toLocalDate(new Date(newDue.getTime() - 1));
    String line = RECALCULATED_PREFIX + "已按" + year + "年法定节假日和调休安排重算办理期限：原为" + DAY.format(oldDay)
        + "（暂定），现为" + DAY.format(newDay) + "。";
    String original = rest(description);
    return calendar.isProvisional(newDue) ? line + "\n" + provisionalLine(calendar, newDue) + original : line + original;
  }

  /** The description without the notes of ours that lead it (one line each). */
  static String rest(String description) {
    String text = description == null ? "" : description;
    while (text.startsWith(PROVISIONAL_PREFIX) || text.startsWith(RECALCULATED_PREFIX)) {
      int newline = text.indexOf('\n');
      text = newline < 0 ? "" : text.substring(newline + 1);
    }
    return text.isBlank() ? "" : "\n" + text;
  }
}
