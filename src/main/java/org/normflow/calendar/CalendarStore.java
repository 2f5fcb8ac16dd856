package org.normflow.calendar;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The live holiday table, kept in the registry ({@code nf_calendar_year}, {@code nf_calendar_day}): read
 * by every working-day count, replaced one year at a time by the administrator ({@link CalendarUpdates}).
 * At start-up the years of the shipped file that the registry does not hold yet are copied in, so a new
 * installation starts with 2025 and 2026 and a later release's file adds its years without touching a
 * year the administrator loaded. Each node reads the table again when another node changed it (checked
 * at most every {@code refreshNanos}), so a cluster needs no restart either.
 */
public class CalendarStore {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarStore.class);

  /** A covered year as recorded. */
  public record Year(int year, String source, String loadedBy, LocalDateTime loadedAt, int revision) {}

  private final JdbcClient jdbc;
  private final long refreshNanos;
  private volatile HolidayTable table;
  private volatile String signature;
  private volatile long checkedAt;

  CalendarStore(JdbcClient jdbc, long refreshSeconds) {
    this.jdbc = jdbc;
    this.refreshNanos = TimeUnit.SECONDS.toNanos(refreshSeconds);
  }

  /** Copies the shipped years the registry does not hold (another node may do the same at once). */
  void seed(HolidayTable shipped, String source) {
    for (int year : shipped.coveredYears()) {
      boolean present = jdbc.sql("SELECT COUNT(*) FROM nf_calendar_year WHERE calendar_year = ?").param(year)
          .query(Integer.class).single() > 0;
      if (present) {
        continue;
      }
      try {
        jdbc.sql("INSERT INTO nf_calendar_year (calendar_year, source, loaded_by, loaded_at, revision) VALUES (?, ?, ?, ?, 1)")
            .params(year, source, "system", now()).update();
        insertDays(year, shipped.entriesOf(year));
        LOG.info("Working-day calendar: holidays of {} loaded from {}", year, source);
      } catch (DataIntegrityViolationException e) {
        LOG.info("Working-day calendar: holidays of {} were loaded by another node", year);
      }
    }
  }

  /** The table as the registry holds it now (re-read when it changed, at most every refresh period). */
  public HolidayTable current() {
    HolidayTable known = table;
    if (known != null && System.nanoTime() - checkedAt < refreshNanos) {
      return known;
    }
    String now = jdbc.sql("SELECT COUNT(*) AS n, COALESCE(SUM(revision), 0) AS r FROM nf_calendar_year")
        .query((rs, i) -> rs.getLong("n") + ":" + rs.getLong("r")).single();
    if (known == null || !now.equals(signature)) {
      known = read();
      table = known;
      signature = now;
    }
    checkedAt = System.nanoTime();
    return known;
  }

  /** Forgets the cached table: the next count reads the registry. */
  void invalidate() {
    checkedAt = 0;
    signature = null;
  }

  private HolidayTable read() {
    List<HolidayTable.Entry> entries = jdbc.sql("SELECT holiday_date, day_type, name FROM nf_calendar_day")
        .query((rs, i) -> new HolidayTable.Entry(rs.getDate("holiday_date").toLocalDate(),
            HolidayTable.DayType.valueOf(rs.getString("day_type")), rs.getString("name")))
        .list();
    List<Integer> years = jdbc.sql("SELECT calendar_year FROM nf_calendar_year").query(Integer.class).list();
    return new HolidayTable(entries, years);
  }

  /** Replaces one year's days (in the caller's transaction); returns the year's new revision. */
  int replaceYear(int year, List<HolidayTable.Entry> entries, String source, String by) {
    jdbc.sql("DELETE FROM nf_calendar_day WHERE calendar_year = ?").param(year).update();
    insertDays(year, entries);
    int updated = jdbc.sql("UPDATE nf_calendar_year SET source = ?, loaded_by = ?, loaded_at = ?, revision = revision + 1 "
            + "WHERE calendar_year = ?").params(source, by, now(), year).update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO nf_calendar_year (calendar_year, source, loaded_by, loaded_at, revision) VALUES (?, ?, ?, ?, 1)")
          .params(year, source, by, now()).update();
    }
    invalidate();
    return jdbc.sql("SELECT revision FROM nf_calendar_year WHERE calendar_year = ?").param(year)
        .query(Integer.class).single();
  }

  private void insertDays(int year, List<HolidayTable.Entry> entries) {
    for (HolidayTable.Entry e : entries) {
      jdbc.sql("INSERT INTO nf_calendar_day (holiday_date, calendar_year, day_type, name) VALUES (?, ?, ?, ?)")
          .params(e.date(), year, e.type().name(), e.name()).update();
    }
  }

  public List<Year> years() {
    return jdbc.sql("SELECT calendar_year, source, loaded_by, loaded_at, revision FROM nf_calendar_year ORDER BY calendar_year")
        .query((rs, i) -> new Year(rs.getInt("calendar_year"), rs.getString("source"), rs.getString("loaded_by"),
            rs.getTimestamp("loaded_at").toLocalDateTime(), rs.getInt("revision")))
        .list();
  }

  List<Map<String, Object>> updates() {
    return jdbc.sql("SELECT id, calendar_year, source, updated_by, updated_at, holidays, workdays, "
            + "deadlines_checked, deadlines_changed, tasks_changed, timers_changed, confirmation FROM nf_calendar_update ORDER BY id DESC")
        .query((rs, i) -> {
          Map<String, Object> row = new java.util.LinkedHashMap<>();
          row.put("id", rs.getLong("id"));
          row.put("year", rs.getInt("calendar_year"));
          row.put("source", rs.getString("source"));
          row.put("updatedBy", rs.getString("updated_by"));
          row.put("updatedAt", rs.getTimestamp("updated_at"));
          row.put("holidays", rs.getInt("holidays"));
          row.put("workdays", rs.getInt("workdays"));
          row.put("deadlinesChecked", rs.getInt("deadlines_checked"));
          row.put("deadlinesChanged", rs.getInt("deadlines_changed"));
          row.put("tasksChanged", rs.getInt("tasks_changed"));
          row.put("timersChanged", rs.getInt("timers_changed"));
          row.put("confirmation", rs.getString("confirmation"));
          return row;
        })
        .list();
  }

  static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  static LocalDate today(WorkingDayCalendar calendar) {
    return calendar.today();
  }
}
