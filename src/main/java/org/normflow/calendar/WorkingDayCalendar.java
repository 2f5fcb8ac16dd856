package org.normflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Counts working days (工作日, R-C-01): Monday to Friday, minus public holidays, plus make-up
 * working days. Deadlines end with the working day they fall on, so a limit of "15 working days"
 * starting today expires at midnight after the 15th working day that follows today.
 *
 * <p>Registered as bean {@code workingDays} so that BPMN timers and due dates can say {@code
 * ${workingDays.dueIn(15)}}; "now" is the engine clock, so tests move time with {@code ClockUtil}.
 */
public class WorkingDayCalendar {

  private final HolidayTable holidays;
  private final ZoneId zone;

  public WorkingDayCalendar(HolidayTable holidays, ZoneId zone) {
    this.holidays = holidays;
    this.zone = zone;
  }

  public boolean isWorkingDay(LocalDate date) {
    HolidayTable.DayType type = holidays.typeOf(date);
    if (type != null) {
      return type == HolidayTable.DayType.WORKDAY;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /** The n-th working day after {@code start} (start itself not counted); n = 0 gives start. */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    if (n < 0) {
      return minusWorkingDays(start, -n);
    }
    LocalDate date = start;
    int counted = 0;
    while (counted < n) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /** The n-th working day before {@code start}. */
  public LocalDate minusWorkingDays(LocalDate start, int n) {
    LocalDate date = start;
    int counted = 0;
    while (counted < n) {
      date = date.minusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /** Working days in the half-open span (from, to]: the days a period running from {@code from} has used by {@code to}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /** Deadline {@code n} working days from the engine's now: the end of the n-th working day. */
  public Date dueIn(int workingDays) {
    return endOf(plusWorkingDays(today(), workingDays));
  }

  /** Deadline {@code n} calendar days from the engine's now: the end of that day. */
  public Date dueInDays(int days) {
    return endOf(today().plusDays(days));
  }

  /** A reminder {@code n} working days before a deadline (start of that working day). */
  public Date reminderBefore(Date due, int workingDays) {
    LocalDate dueDay = toLocalDate(new Date(due.getTime() - 1));
    return startOf(minusWorkingDays(dueDay, workingDays));
  }

  public LocalDate today() {
    return toLocalDate(ClockUtil.getCurrentTime());
  }

  public LocalDate toLocalDate(Date date) {
    return date.toInstant().atZone(zone).toLocalDate();
  }

  /** Midnight that ends the given day, in the calendar's time zone. */
  public Date endOf(LocalDate day) {
    return startOf(day.plusDays(1));
  }

  public Date startOf(LocalDate day) {
    return Date.from(ZonedDateTime.of(day.atStartOfDay(), zone).toInstant());
  }

  public ZoneId zone() {
    return zone;
  }
}
