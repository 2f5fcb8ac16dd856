package org.normflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.SortedSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Counts working days (工作日, R-C-01): Monday to Friday, minus public holidays, plus make-up
 * working days. Deadlines end with the working day they fall on, so a limit of "15 working days"
 * starting today expires at midnight after the 15th working day that follows today.
 *
 * <p>Registered as bean {@code workingDays} so that BPMN timers and due dates can say {@code
 * ${workingDays.dueIn(15)}}; "now" is the engine clock, so tests move time with {@code ClockUtil}.
 *
 * <p>The table is read from its source on every count, so an update by the administrator applies at
 * once, without a restart. A day in a year the table does not cover is counted by weekends alone and a
 * deadline that lands there is <em>provisional</em> ({@link #isProvisional(LocalDate)}).
 */
public class WorkingDayCalendar {

  private final Supplier<HolidayTable> holidays;
  private final ZoneId zone;

  public WorkingDayCalendar(HolidayTable holidays, ZoneId zone) {
    this(() -> holidays, zone);
  }

  public WorkingDayCalendar(Supplier<HolidayTable> holidays, ZoneId zone) {
    this.holidays = holidays;
    this.zone = zone;
  }

  /** The table as it is now. */
  public HolidayTable table() {
    return holidays.get();
  }

  /** The years whose holidays and make-up working days are known. */
  public SortedSet<Integer> coveredYears() {
    return table().coveredYears();
  }

  /**
   * A deadline on this day is provisional when its year's holidays are not in the table: the count
   * reached it by weekends alone (and a later table may move it).
   */
  public boolean isProvisional(LocalDate day) {
    return !table().covers(day.getYear());
  }

  /** The same for a deadline instant: the day it ends (a midnight deadline belongs to the day before). */
  public boolean isProvisional(Date due) {
    return due != null && isProvisional(toLocalDate(new Date(due.getTime() - 1)));
  }

  public boolean isWorkingDay(LocalDate date) {
    HolidayTable.DayType type = table().typeOf(date);
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

  /**
   * A period of {@code n} calendar days from {@code start} whose last day, when it is not a working day
   * (a weekend or public holiday), runs on to the next working day (期间的最后一日是法定休假日的，以休假日
   * 结束的次日为期间的最后一日): the public's period never ends on a day the office is closed.
   */
  public LocalDate plusDaysEndingOnWorkingDay(LocalDate start, int n) {
    LocalDate date = start.plusDays(n);
    while (!isWorkingDay(date)) {
      date = date.plusDays(1);
    }
    return date;
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
