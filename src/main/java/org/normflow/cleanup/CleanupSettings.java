package org.normflow.cleanup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configurable parts of validity management and cleanup (application.yaml). Bean {@code
 * cleanupSettings}: the timer start event of {@code periodic-cleanup} reads {@link #getCycle()}.
 *
 * <ul>
 *   <li>{@code normflow.cleanup.cycle}: ISO 8601 repeating interval of the periodic cleanup (R-ND-11),
 *       e.g. {@code R/2027-03-01T09:00:00+08:00/P2Y}: every two years from 1 March 2027, 09:00;
 *   <li>{@code normflow.validity.evaluation-months-before}: how long before the end of validity the
 *       drafting unit's evaluation task opens (R-ND-10, 6 months by default);
 *   <li>{@code normflow.validity.reminder-days-before}: the reminder to the unit and the legal office
 *       while the organ has not decided (R-ND-10, 60 days by default).
 * </ul>
 */
@Component("cleanupSettings")
public class CleanupSettings {

  private final String cycle;
  private final int evaluationMonthsBefore;
  private final int reminderDaysBefore;

  CleanupSettings(
      @Value("${normflow.cleanup.cycle:R/2027-03-01T09:00:00+08:00/P2Y}") String cycle,
      @Value("${normflow.validity.evaluation-months-before:6}") int evaluationMonthsBefore,
      @Value("${normflow.validity.reminder-days-before:60}") int reminderDaysBefore) {
    this.cycle = cycle;
    this.evaluationMonthsBefore = evaluationMonthsBefore;
    this.reminderDaysBefore = reminderDaysBefore;
  }

  /** R-ND-10: days before the last day of validity when the unit and the legal office are reminded. */
  public int getReminderDaysBefore() {
    return reminderDaysBefore;
  }

  public String getCycle() {
    return cycle;
  }

  public int getEvaluationMonthsBefore() {
    return evaluationMonthsBefore;
  }
}
