package org.normflow.calendar;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;

/**
 * A user task whose due date the model computes with the working-day calendar
 * ({@code camunda:dueDate="${workingDays.dueIn(…)}"}, e.g. Task_Drafting) and that lands in a year the
 * holiday table does not cover is recorded with {@link CalendarDeadlines} when the task is created
 * (R-C-01): so its description says it is provisional ({@link ProvisionalNotes}), the case's calendar
 * page lists it, and loading that year recalculates the open task's due date ({@link CalendarUpdates}).
 * A follow-up date computed from the same {@code workingDays.dueIn} (a reminder some working days
 * before it) is recorded with it and moves with it.
 *
 * <p>The number of working days is read back from the computed date (the working days from today to
 * the due day) and checked against the rule, so nothing of the expression is parsed beyond knowing
 * that it uses {@code workingDays.dueIn}; a date that does not fit the rule is left alone.
 */
final class TaskDueDates {

  static final String DUE_IN = "workingDays.dueIn(";

  private TaskDueDates() {}

  static void record(DelegateTask task, CalendarDeadlines deadlines, WorkingDayCalendar calendar) {
    if (!(task instanceof TaskEntity entity) || entity.getTaskDefinition() == null
        || task.getProcessInstanceId() == null) {
      return;
    }
    TaskDefinition definition = entity.getTaskDefinition();
    if (!usesDueIn(definition.getDueDateExpression())) {
      return;
    }
    String key = task.getTaskDefinitionKey();
    // a task created again (e.g. drafting after a revision) replaces what its predecessor recorded
    deadlines.forgetTask(task.getProcessInstanceId(), key);
    Date due = task.getDueDate();
    if (due == null || !calendar.isProvisional(due)) {
      return;
    }
    LocalDate today = calendar.today();
    LocalDate dueDay = deadlines.dayOf(due);
    int n = calendar.workingDaysBetween(today, dueDay);
    if (!calendar.endOf(calendar.plusWorkingDays(today, n)).equals(due)) {
      return;
    }
    String name = task.getName() == null ? key : task.getName();
    deadlines.recordTaskDue(task.getProcessInstanceId(), name + "（办理期限）", key, today, n, due);
    Date followUp = task.getFollowUpDate();
    if (followUp != null && usesDueIn(definition.getFollowUpDateExpression())) {
      int before = calendar.workingDaysBetween(calendar.toLocalDate(followUp), dueDay);
      if (before > 0 && calendar.reminderBefore(due, before).equals(followUp)) {
        deadlines.recordTaskFollowUp(task.getProcessInstanceId(), name + "（跟进日期）", key, before, followUp);
      }
    }
  }

  private static boolean usesDueIn(Expression expression) {
    return expression != null && expression.getExpressionText() != null
        && expression.getExpressionText().contains(DUE_IN);
  }
}
