package org.normflow.dates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Reading a recorded date back: a form's {@code yyyy-mm-dd} text or an engine date, in the bureau's zone. */
final class Dates {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private Dates() {}

  static LocalDate read(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZONE).toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null; // not a date: the step's own check says so
    }
  }
}
