package org.normflow.calendar;

import java.time.LocalDate;
import java.util.Date;

/**
 * A feature whose registry copies a case's deadline (the consultation's closing day, the legality
 * review's due day) keeps it in step when a calendar update moves the deadline; called inside the
 * update's transaction.
 */
public interface DeadlineMoved {

  void moved(String processInstanceId, String variable, Date oldDue, Date newDue, LocalDate newDay);
}
