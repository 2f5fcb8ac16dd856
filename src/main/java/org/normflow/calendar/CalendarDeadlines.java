package org.normflow.calendar;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Statutory deadlines a case's step computes on the working-day calendar (R-C-01), recorded with what
 * they were computed from ({@code nf_calendar_deadline}), so that a new holiday table computes them
 * again ({@link CalendarUpdates}) and so that a deadline in a year the table does not cover is known
 * and shown as provisional (暂定). The step gets the due instant back and the variables set, as before.
 */
@Component("calendarDeadlines")
public class CalendarDeadlines {

  /** How a deadline is computed from its start. */
  public enum Rule {
    /** End of the n-th working day after the start day. */
    WORKING_DAYS,
    /** n calendar days after the start day; a last day off runs on to the next working day. */
    DAYS_TO_WORKING_DAY,
    /** Start of the n-th working day before another deadline of the case (its variable). */
    REMINDER
  }

  /** A recorded deadline. */
  public record Deadline(long id, String processInstanceId, String label, String variable, String dayVariable,
      Rule rule, int amount, LocalDate startOn, String baseVariable, Date dueAt, boolean provisional) {}

  private final JdbcClient jdbc;
  private final WorkingDayCalendar calendar;

  CalendarDeadlines(JdbcClient jdbc, WorkingDayCalendar workingDays) {
    this.jdbc = jdbc;
    this.calendar = workingDays;
  }

  /** {@code n} working days from {@code start}: sets {@code variable} (and the day as text in {@code dayVariable}). */
  public Date workingDays(VariableScope scope, String processInstanceId, String label, String variable,
      String dayVariable, LocalDate start, int n) {
    return record(scope, processInstanceId, label, variable, dayVariable, Rule.WORKING_DAYS, n, start, null,
        compute(Rule.WORKING_DAYS, n, start, null));
  }

  /** {@code n} calendar days from {@code start}, ending on a working day. */
  public Date daysToWorkingDay(VariableScope scope, String processInstanceId, String label, String variable,
      String dayVariable, LocalDate start, int n) {
    return record(scope, processInstanceId, label, variable, dayVariable, Rule.DAYS_TO_WORKING_DAY, n, start, null,
        compute(Rule.DAYS_TO_WORKING_DAY, n, start, null));
  }

  /** A reminder {@code n} working days before the deadline held in {@code baseVariable}. */
  public Date reminder(VariableScope scope, String processInstanceId, String label, String variable,
      String baseVariable, int n) {
    Date base = (Date) scope.getVariable(baseVariable);
    return record(scope, processInstanceId, label, variable, null, Rule.REMINDER, n, null, baseVariable,
        compute(Rule.REMINDER, n, null, base));
  }

  /**
   * Marks a recorded date that belongs to a user task rather than to a process variable: a due or
   * follow-up date the model computes with {@code ${workingDays.dueIn(…)}} ({@link TaskDueDates}). A
   * calendar update moves the open task's date, and sets no variable.
   */
  static final String TASK_DATE_PREFIX = "task:";

  /** The recorded name of a task's due date ({@code task:<task definition key>:due}). */
  static String taskDue(String taskDefinitionKey) {
    return TASK_DATE_PREFIX + taskDefinitionKey + ":due";
  }

  /** The recorded name of a task's follow-up date. */
  static String taskFollowUp(String taskDefinitionKey) {
    return TASK_DATE_PREFIX + taskDefinitionKey + ":followUp";
  }

  static boolean isTaskDate(String variable) {
    return variable != null && variable.startsWith(TASK_DATE_PREFIX);
  }

  /** The task definition key of a recorded task date. */
  static String taskKeyOf(String variable) {
    return variable.substring(TASK_DATE_PREFIX.length(), variable.lastIndexOf(':'));
  }

  /** Records a task's due date of {@code n} working days from {@code start}, computed by the model (no variable set). */
  void recordTaskDue(String processInstanceId, String label, String taskDefinitionKey, LocalDate start, int n,
      Date due) {
    record(null, processInstanceId, label, taskDue(taskDefinitionKey), null, Rule.WORKING_DAYS, n, start, null, due);
  }

  /** Records a task's follow-up date {@code n} working days before its recorded due date (no variable set). */
  void recordTaskFollowUp(String processInstanceId, String label, String taskDefinitionKey, int n, Date followUp) {
    record(null, processInstanceId, label, taskFollowUp(taskDefinitionKey), null, Rule.REMINDER, n, null,
        taskDue(taskDefinitionKey), followUp);
  }

  /** Forgets the dates recorded for a task of the instance (it is created anew). */
  void forgetTask(String processInstanceId, String taskDefinitionKey) {
    jdbc.sql("DELETE FROM nf_calendar_deadline WHERE process_instance_id = ? AND variable_name IN (?, ?)")
        .params(processInstanceId, taskDue(taskDefinitionKey), taskFollowUp(taskDefinitionKey)).update();
  }

  /** The rule applied with the calendar as it is now. */
  Date compute(Rule rule, int n, LocalDate start, Date base) {
    return switch (rule) {
      case WORKING_DAYS -> calendar.endOf(calendar.plusWorkingDays(start, n));
      case DAYS_TO_WORKING_DAY -> calendar.endOf(calendar.plusDaysEndingOnWorkingDay(start, n));
      case REMINDER -> calendar.reminderBefore(base, n);
    };
  }

  private Date record(VariableScope scope, String processInstanceId, String label, String variable,
      String dayVariable, Rule rule, int n, LocalDate start, String baseVariable, Date due) {
    if (scope != null) {
      scope.setVariable(variable, due);
    }
    if (scope != null && dayVariable != null) {
      scope.setVariable(dayVariable, dayOf(due).toString());
    }
    jdbc.sql("DELETE FROM nf_calendar_deadline WHERE process_instance_id = ? AND variable_name = ?")
        .params(processInstanceId, variable).update();
    jdbc.sql("INSERT INTO nf_calendar_deadline (process_instance_id, label, variable_name, day_variable, rule, amount, "
            + "start_on, base_variable, due_at, provisional, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(processInstanceId, label, variable, dayVariable, rule.name(), n, start, baseVariable,
            new Timestamp(due.getTime()), calendar.isProvisional(due), CalendarStore.now())
        .update();
    return due;
  }

  /** The day a deadline instant ends (a midnight deadline belongs to the day before). */
  LocalDate dayOf(Date due) {
    return calendar.toLocalDate(new Date(due.getTime() - 1));
  }

  /** The deadlines recorded for these process instances, in the order they were computed. */
  public List<Deadline> of(List<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM nf_calendar_deadline WHERE process_instance_id IN (:ids) ORDER BY id")
        .param("ids", processInstanceIds).query((rs, i) -> map(rs)).list();
  }

  /** Every recorded deadline, oldest first. */
  List<Deadline> all() {
    return jdbc.sql("SELECT * FROM nf_calendar_deadline ORDER BY id").query((rs, i) -> map(rs)).list();
  }

  /** Whether this instant is a provisional deadline recorded for the instance. */
  public boolean isProvisional(String processInstanceId, Date due) {
    return due != null && jdbc.sql("SELECT COUNT(*) FROM nf_calendar_deadline WHERE process_instance_id = ? "
            + "AND due_at = ? AND provisional = TRUE")
        .params(processInstanceId, new Timestamp(due.getTime())).query(Integer.class).single() > 0;
  }

  void update(long id, Date due, boolean provisional) {
    jdbc.sql("UPDATE nf_calendar_deadline SET due_at = ?, provisional = ?, recalculated_at = ? WHERE id = ?")
        .params(new Timestamp(due.getTime()), provisional, CalendarStore.now(), id).update();
  }

  private static Deadline map(java.sql.ResultSet rs) throws java.sql.SQLException {
    java.sql.Date start = rs.getDate("start_on");
    return new Deadline(rs.getLong("id"), rs.getString("process_instance_id"), rs.getString("label"),
        rs.getString("variable_name"), rs.getString("day_variable"), Rule.valueOf(rs.getString("rule")),
        rs.getInt("amount"), start == null ? null : start.toLocalDate(), rs.getString("base_variable"),
        new Date(rs.getTimestamp("due_at").getTime()), rs.getBoolean("provisional"));
  }
}
