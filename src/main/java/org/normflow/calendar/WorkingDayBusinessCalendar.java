package org.normflow.calendar;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's business calendar {@value #NAME}: an ISO period such as {@code P15D} counts the days
 * as working days ({@code P15D} = end of the 15th working day). Time parts ({@code PT2H}) are added
 * as they are.
 */
public class WorkingDayBusinessCalendar implements BusinessCalendar {

  public static final String NAME = "workingDays";

  private final WorkingDayCalendar calendar;

  public WorkingDayBusinessCalendar(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public Date resolveDuedate(String duedateDescription) {
    return resolveDuedate(duedateDescription, ClockUtil.getCurrentTime());
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Task task) {
    return resolveDuedate(duedateDescription);
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Date startDate) {
    String text = duedateDescription.strip();
    try {
      if (text.contains("T")) {
        return new Date(startDate.getTime() + Duration.parse(text).toMillis());
      }
      Period period = Period.parse(text);
      int days = period.getDays();
      if (period.getMonths() != 0 || period.getYears() != 0) {
        throw new ProcessEngineException("working-day calendar counts days only, got " + text);
      }
      return calendar.endOf(calendar.plusWorkingDays(calendar.toLocalDate(startDate), days));
    } catch (DateTimeParseException e) {
      throw new ProcessEngineException("not an ISO-8601 period: " + text, e);
    }
  }
}
