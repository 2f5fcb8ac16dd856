package org.normflow.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which years the holiday table covers and when the administrator must be told that it runs out
 * (R-C-01): from {@code normflow.calendar.warn-from} (default 1 October) of the last covered year, and
 * whenever today's year is not covered. The webapps show it (Admin and Cockpit banner, Admin's 工作日历
 * page); the log says it once at start-up.
 */
@Component
public class CalendarCoverage {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarCoverage.class);

  private final WorkingDayCalendar calendar;
  private final JdbcClient jdbc;
  private final MonthDay warnFrom;

  CalendarCoverage(WorkingDayCalendar workingDays, JdbcClient jdbc,
      @Value("${normflow.calendar.warn-from:10-01}") String warnFrom) {
    this.calendar = workingDays;
    this.jdbc = jdbc;
    this.warnFrom = MonthDay.parse("--" + warnFrom);
  }

  /** The coverage as of the engine's today. */
  public Map<String, Object> status() {
    LocalDate today = calendar.today();
    SortedSet<Integer> years = calendar.coveredYears();
    Integer last = years.isEmpty() ? null : years.last();
    int needed = last == null ? today.getYear() : last + 1;
    boolean uncoveredNow = !years.contains(today.getYear());
    LocalDate warnOn = last == null ? today : warnFrom.atYear(last);
    boolean warning = uncoveredNow || !today.isBefore(warnOn);
    String message;
    if (uncoveredNow) {
      message = "工作日历尚未载入" + today.getYear() + "年的法定节假日和调休安排：本年的期限暂按周末推算，均标为“暂定”。"
          + "请尽快在“系统管理 → 工作日历”载入国务院办公厅公布的" + today.getYear() + "年节假日安排，已算出的期限将自动重算。";
    } else if (warning) {
      message = "工作日历的法定节假日安排只到" + last + "年。国务院办公厅公布" + needed + "年节假日安排后，请在“系统管理 → 工作日历”"
          + "载入；在此之前，落在" + needed + "年的期限暂按周末推算，标为“暂定”，载入后自动重算。";
    } else {
      message = "工作日历的法定节假日安排已载入至" + last + "年。";
    }
    int provisional = jdbc.sql("SELECT COUNT(*) FROM nf_calendar_deadline d WHERE d.provisional = TRUE AND EXISTS "
            + "(SELECT 1 FROM ACT_RU_EXECUTION e WHERE e.ID_ = d.process_instance_id) AND (d.variable_name NOT LIKE 'task:%' "
            // a task's own date (TaskDueDates) counts while the task is open
            + "OR EXISTS (SELECT 1 FROM ACT_RU_TASK t WHERE t.PROC_INST_ID_ = d.process_instance_id "
            + "AND d.variable_name LIKE 'task:' || t.TASK_DEF_KEY_ || ':%'))")
        .query(Integer.class).single();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("today", today.toString());
    out.put("coveredYears", years);
    out.put("lastCoveredYear", last);
    out.put("neededYear", needed);
    out.put("warnFrom", warnOn.toString());
    out.put("warning", warning);
    out.put("message", message);
    out.put("provisionalDeadlines", provisional);
    return out;
  }

  @EventListener(ApplicationReadyEvent.class)
  void tellAtStartUp() {
    Map<String, Object> status = status();
    if (Boolean.TRUE.equals(status.get("warning"))) {
      LOG.warn("Working-day calendar covers {}; load the holidays of {} (Admin → 工作日历 or PUT /api/calendar/years/{}): {} "
          + "deadlines of running cases are provisional", status.get("coveredYears"), status.get("neededYear"),
          status.get("neededYear"), status.get("provisionalDeadlines"));
    }
  }
}
