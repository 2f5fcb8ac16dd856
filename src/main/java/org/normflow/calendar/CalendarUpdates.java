package org.normflow.calendar;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.normflow.trust.SystemActions;
import org.normflow.validation.FormValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads one year's holiday table (R-C-01) and, in the same transaction, computes every recorded
 * deadline of the running cases again ({@link CalendarDeadlines}): a deadline that moves is set anew,
 * together with the tasks whose due or follow-up date was that deadline and the timers due at it
 * (the engine re-evaluates each timer's expression); a registry copy of the deadline is kept in step
 * ({@link DeadlineMoved}); and every change is recorded ({@code nf_calendar_update},
 * {@code nf_calendar_recalculation}) for the case file. The engine calls are NormFlow's own system
 * actions ({@link SystemActions}): a clerk cannot change a statutory date, the calendar update does.
 */
@Service
public class CalendarUpdates {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarUpdates.class);

  /** A listed day as submitted (text, so that a bad value gets a clear message). */
  public record Day(String date, String type, String name) {}

  /** What one update did. */
  public record Result(long updateId, int year, int holidays, int workdays, int deadlinesChecked,
      int deadlinesChanged, int tasksChanged, int timersChanged) {}

  private final CalendarStore store;
  private final CalendarDeadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final JdbcClient jdbc;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final List<DeadlineMoved> registryCopies;

  CalendarUpdates(CalendarStore store, CalendarDeadlines deadlines, WorkingDayCalendar workingDays, JdbcClient jdbc,
      RuntimeService runtime, TaskService tasks, ManagementService management, List<DeadlineMoved> registryCopies) {
    this.store = store;
    this.deadlines = deadlines;
    this.calendar = workingDays;
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.registryCopies = registryCopies;
  }

  /** More listed days than any State Council notice has given (2025: 28 and 5, 2026: 33 and 6). */
  static final int MAX_HOLIDAYS = 40;
  static final int MAX_WORKDAYS = 10;
  /** A make-up working day (调休上班) lies next to the holiday period it makes up for. */
  static final int MAKE_UP_REACH_DAYS = 10;

  /** Checks a year's table; the problems in Chinese, empty when it may be loaded. */
  public static List<HolidayTable.Entry> validate(int year, String source, List<Day> days) {
    return validate(year, source, days, null);
  }

  /**
   * Checks a year's table. A table that no real year resembles (too many days off or make-up days, a
   * make-up day far from any holiday) moves every running deadline: it is refused unless the
   * administrator confirms it with a reason, which is kept with the update.
   */
  public static List<HolidayTable.Entry> validate(int year, String source, List<Day> days, String confirmation) {
    List<String> problems = new ArrayList<>();
    if (year < 2000 || year > 2100) {
      problems.add("年份须在 2000 年至 2100 年之间");
    }
    if (source == null || source.isBlank()) {
      problems.add("请填写依据，例如国务院办公厅关于" + year + "年部分节假日安排的通知的文号");
    } else if (source.length() > 200) {
      problems.add("依据不能超过 200 个字");
    }
    List<HolidayTable.Entry> entries = new ArrayList<>();
    if (days == null || days.isEmpty()) {
      problems.add("节假日表为空：请逐行列出放假日期（holiday）和调休上班日期（workday）");
      throw new FormValidationException(problems);
    }
    Set<LocalDate> seen = new HashSet<>();
    int line = 0;
    for (Day day : days) {
      line++;
      String at = "第 " + line + " 行：";
      if (day == null) {
        problems.add(at + "为空");
        continue;
      }
      LocalDate date;
      try {
        date = LocalDate.parse(Objects.requireNonNullElse(day.date(), "").strip());
      } catch (DateTimeParseException e) {
        problems.add(at + "日期须按 年-月-日 填写，例如 " + year + "-01-01");
        continue;
      }
      if (date.getYear() != year) {
        problems.add(at + "日期 " + date + " 不在 " + year + " 年");
        continue;
      }
      if (!seen.add(date)) {
        problems.add(at + "日期 " + date + " 重复");
        continue;
      }
      String type = Objects.requireNonNullElse(day.type(), "").strip().toLowerCase();
      HolidayTable.DayType kind = switch (type) {
        case "holiday", "放假" -> HolidayTable.DayType.HOLIDAY;
        case "workday", "上班", "调休上班" -> HolidayTable.DayType.WORKDAY;
        default -> null;
      };
      if (kind == null) {
        problems.add(at + "类型须为 holiday（放假）或 workday（调休上班）");
        continue;
      }
      boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (kind == HolidayTable.DayType.WORKDAY && !weekend) {
        problems.add(at + date + " 不是周末，本来就是工作日，不能列为调休上班日");
        continue;
      }
      String name = Objects.requireNonNullElse(day.name(), "").strip();
      if (name.isEmpty() || name.length() > 100) {
        problems.add(at + "请写明节日名称（不超过 100 个字），例如 春节 或 春节调休上班");
        continue;
      }
      entries.add(new HolidayTable.Entry(date, kind, name));
    }
    if (problems.isEmpty()) {
      long holidays = entries.stream().filter(e -> e.type() == HolidayTable.DayType.HOLIDAY).count();
      if (entries.stream().noneMatch(e -> e.date().equals(LocalDate.of(year, 1, 1)) && e.type() == HolidayTable.DayType.HOLIDAY)) {
        problems.add("缺少元旦：每年 1 月 1 日都是法定节假日，表格可能不完整");
      }
      int statutory = year >= 2025 ? 13 : 11;
      if (holidays < statutory) {
        problems.add("放假日期只有 " + holidays + " 天，少于全体公民法定节假日的 " + statutory + " 天，表格可能不完整");
      }
      List<String> implausible = implausible(entries);
      if (!implausible.isEmpty() && (confirmation == null || confirmation.isBlank())) {
        implausible.forEach(problems::add);
        problems.add("如确属国务院办公厅通知的安排，请在“确认说明”（confirmation）中写明理由后重新提交");
      } else if (confirmation != null && confirmation.length() > 2000) {
        problems.add("确认说明不能超过 2000 个字");
      }
    }
    if (!problems.isEmpty()) {
      throw new FormValidationException(problems);
    }
    return entries;
  }

  /** What makes a table unlike any real year; empty for a plausible one. */
  static List<String> implausible(List<HolidayTable.Entry> entries) {
    List<String> problems = new ArrayList<>();
    List<LocalDate> off = entries.stream().filter(e -> e.type() == HolidayTable.DayType.HOLIDAY).map(HolidayTable.Entry::date).toList();
    List<LocalDate> work = entries.stream().filter(e -> e.type() == HolidayTable.DayType.WORKDAY).map(HolidayTable.Entry::date).toList();
    if (off.size() > MAX_HOLIDAYS) {
      problems.add("放假日期共 " + off.size() + " 天，多于历年安排（不超过 " + MAX_HOLIDAYS + " 天）");
    }
    if (work.size() > MAX_WORKDAYS) {
      problems.add("调休上班日共 " + work.size() + " 天，多于历年安排（不超过 " + MAX_WORKDAYS + " 天）");
    }
    for (LocalDate day : work) {
      boolean nearHoliday = off.stream().anyMatch(h -> Math.abs(java.time.temporal.ChronoUnit.DAYS.between(h, day)) <= MAKE_UP_REACH_DAYS);
      if (!nearHoliday) {
        problems.add("调休上班日 " + day + " 前后 " + MAKE_UP_REACH_DAYS + " 日内没有放假日期，不符合调休安排的通常规律");
      }
    }
    return problems;
  }

  /** Loads the year (replacing what was there) and recalculates the running cases' deadlines. */
  @Transactional
  public Result load(int year, String source, List<Day> days, String by) {
    return load(year, source, days, by, null);
  }

  /** The same, for a table the administrator confirmed with a reason although it looks unlike a real year. */
  @Transactional
  public Result load(int year, String source, List<Day> days, String by, String confirmation) {
    List<HolidayTable.Entry> entries = validate(year, source, days, confirmation);
    String confirmed = confirmation == null || confirmation.isBlank() || implausible(entries).isEmpty() ? null : confirmation.strip();
    int holidays = (int) entries.stream().filter(e -> e.type() == HolidayTable.DayType.HOLIDAY).count();
    store.replaceYear(year, entries, source.strip(), by);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO nf_calendar_update (calendar_year, source, updated_by, updated_at, holidays, workdays, "
            + "deadlines_checked, deadlines_changed, tasks_changed, timers_changed, confirmation) "
            + "VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)")
        .params(year, source.strip(), by, CalendarStore.now(), holidays, entries.size() - holidays, confirmed)
        .update(key, "id");
    long updateId = key.getKey().longValue();
    int[] counts = SystemActions.run(() -> recalculate(updateId, year));
    jdbc.sql("UPDATE nf_calendar_update SET deadlines_checked = ?, deadlines_changed = ?, tasks_changed = ?, "
            + "timers_changed = ? WHERE id = ?").params(counts[0], counts[1], counts[2], counts[3], updateId).update();
    LOG.info("Working-day calendar: {} loaded by {} ({}); {} deadlines of running cases checked, {} moved, "
        + "{} task dates and {} timers recalculated", year, by, source.strip(), counts[0], counts[1], counts[2], counts[3]);
    return new Result(updateId, year, holidays, entries.size() - holidays, counts[0], counts[1], counts[2], counts[3]);
  }

  private int[] recalculate(long updateId, int year) {
    Set<String> running = new HashSet<>(jdbc.sql("SELECT ID_ FROM ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_")
        .query(String.class).list());
    Map<String, Date> moved = new HashMap<>();
    Map<String, Date> taskDates = new HashMap<>();
    int checked = 0;
    int changed = 0;
    int taskCount = 0;
    int timerCount = 0;
    for (CalendarDeadlines.Deadline d : deadlines.all()) {
      if (!running.contains(d.processInstanceId())) {
        continue;
      }
      boolean taskDate = CalendarDeadlines.isTaskDate(d.variable());
      if (taskDate && tasks.createTaskQuery().processInstanceId(d.processInstanceId())
          .taskDefinitionKey(CalendarDeadlines.taskKeyOf(d.variable())).count() == 0) {
        // a task's own date (workingDays.dueIn in the model) matters while the task is open
        continue;
      }
      checked++;
      Date base = null;
      if (d.rule() == CalendarDeadlines.Rule.REMINDER) {
        String baseKey = key(d.processInstanceId(), d.baseVariable());
        base = moved.containsKey(baseKey) ? moved.get(baseKey)
            : CalendarDeadlines.isTaskDate(d.baseVariable()) ? taskDates.get(baseKey)
            : (Date) runtime.getVariable(d.processInstanceId(), d.baseVariable());
        if (base == null) {
          continue;
        }
      }
      Date newDue = deadlines.compute(d.rule(), d.amount(), d.startOn(), base);
      boolean provisional = calendar.isProvisional(newDue);
      if (taskDate) {
        taskDates.put(key(d.processInstanceId(), d.variable()), newDue);
      }
      if (newDue.equals(d.dueAt())) {
        if (d.provisional() && !provisional) {
          // the same day, now certain
          deadlines.update(d.id(), newDue, false);
          record(updateId, d.processInstanceId(), "CONFIRMED", d.label(), d.dueAt(), newDue, false);
          taskCount += notes(updateId, d, year, newDue);
        }
        continue;
      }
      changed++;
      moved.put(key(d.processInstanceId(), d.variable()), newDue);
      if (!taskDate) {
        runtime.setVariable(d.processInstanceId(), d.variable(), newDue);
      }
      if (d.dayVariable() != null) {
        runtime.setVariable(d.processInstanceId(), d.dayVariable(), deadlines.dayOf(newDue).toString());
      }
      deadlines.update(d.id(), newDue, provisional);
      record(updateId, d.processInstanceId(), "DEADLINE", d.label(), d.dueAt(), newDue, provisional);
      for (Task task : tasks.createTaskQuery().processInstanceId(d.processInstanceId()).list()) {
        if (d.dueAt().equals(task.getDueDate())) {
          tasks.setDueDate(task.getId(), newDue);
          tasks.setDescription(task.getId(),
              ProvisionalNotes.recalculated(calendar, year, d.dueAt(), newDue, task.getDescription()));
          record(updateId, d.processInstanceId(), "TASK_DUE", task.getName(), d.dueAt(), newDue, provisional);
          taskCount++;
        }
        if (d.dueAt().equals(task.getFollowUpDate())) {
          tasks.setFollowUpDate(task.getId(), newDue);
          record(updateId, d.processInstanceId(), "TASK_FOLLOW_UP", task.getName(), d.dueAt(), newDue, provisional);
          taskCount++;
        }
      }
      for (Job job : management.createJobQuery().processInstanceId(d.processInstanceId()).timers().list()) {
        if (d.dueAt().equals(job.getDuedate())) {
          // the engine evaluates the timer's definition again (it reads the deadline just set)
          management.recalculateJobDuedate(job.getId(), true);
          Date now = management.createJobQuery().jobId(job.getId()).singleResult().getDuedate();
          if (!newDue.equals(now)) {
            management.setJobDuedate(job.getId(), newDue);
          }
          record(updateId, d.processInstanceId(), "TIMER", job.getId(), d.dueAt(), newDue, provisional);
          timerCount++;
        }
      }
      for (DeadlineMoved copy : registryCopies) {
        copy.moved(d.processInstanceId(), d.variable(), d.dueAt(), newDue, deadlines.dayOf(newDue));
      }
    }
    return new int[] {checked, changed, taskCount, timerCount};
  }

  /** A deadline confirmed unchanged: the tasks due at it lose their provisional note. */
  private int notes(long updateId, CalendarDeadlines.Deadline d, int year, Date due) {
    int count = 0;
    for (Task task : tasks.createTaskQuery().processInstanceId(d.processInstanceId()).list()) {
      if (due.equals(task.getDueDate()) && task.getDescription() != null
          && task.getDescription().startsWith(ProvisionalNotes.PROVISIONAL_PREFIX)) {
        tasks.setDescription(task.getId(), ProvisionalNotes.RECALCULATED_PREFIX + "已按" + year
            + "年法定节假日和调休安排核对办理期限，期限不变。" + ProvisionalNotes.rest(task.getDescription()));
        record(updateId, d.processInstanceId(), "TASK_CONFIRMED", task.getName(), due, due, false);
        count++;
      }
    }
    return count;
  }

  private void record(long updateId, String processInstanceId, String kind, String element, Date oldDue, Date newDue,
      boolean provisional) {
    jdbc.sql("INSERT INTO nf_calendar_recalculation (update_id, process_instance_id, kind, element, old_due, new_due, "
            + "provisional, recalculated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(updateId, processInstanceId, kind, element, new Timestamp(oldDue.getTime()),
            new Timestamp(newDue.getTime()), provisional, CalendarStore.now())
        .update();
  }

  private static String key(String processInstanceId, String variable) {
    return processInstanceId + "\u0000" + variable;
  }

  /** What the calendar updates changed in these process instances, oldest first. */
  public List<Map<String, Object>> recalculations(List<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT r.update_id, r.process_instance_id, r.kind, r.element, r.old_due, r.new_due, r.provisional, "
            + "r.recalculated_at, u.calendar_year, u.source, u.updated_by FROM nf_calendar_recalculation r "
            + "JOIN nf_calendar_update u ON u.id = r.update_id WHERE r.process_instance_id IN (:ids) ORDER BY r.id")
        .param("ids", processInstanceIds)
        .query((rs, i) -> {
          Map<String, Object> row = new java.util.LinkedHashMap<>();
          row.put("updateId", rs.getLong("update_id"));
          row.put("processInstanceId", rs.getString("process_instance_id"));
          row.put("kind", rs.getString("kind"));
          row.put("element", rs.getString("element"));
          row.put("oldDue", rs.getTimestamp("old_due"));
          row.put("newDue", rs.getTimestamp("new_due"));
          row.put("provisional", rs.getBoolean("provisional"));
          row.put("recalculatedAt", rs.getTimestamp("recalculated_at"));
          row.put("calendarYear", rs.getInt("calendar_year"));
          row.put("source", rs.getString("source"));
          row.put("updatedBy", rs.getString("updated_by"));
          return row;
        })
        .list();
  }
}
