package org.normflow.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * One time zone for everything a reader sees (Asia/Shanghai, shown as +08:00). The registry writes
 * TIMESTAMP columns in the server's own zone (java.sql.Timestamp), the engine writes Dates: both are
 * instants here, shown in Beijing time.
 */
final class AuditTime {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+08:00'");
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private AuditTime() {}

  static String time(Date date) {
    return date == null ? "" : TIME.format(date.toInstant().atZone(ZONE));
  }

  static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(ZONE));
  }

  /** A registry LocalDateTime (server zone) shown in Beijing time. */
  static String time(LocalDateTime serverLocal) {
    return serverLocal == null ? "" : TIME.format(serverLocal.atZone(ZoneId.systemDefault()).withZoneSameInstant(ZONE));
  }

  static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }

  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /** The Beijing day of an engine time. */
  static LocalDate date(Date date) {
    return date == null ? null : date.toInstant().atZone(ZONE).toLocalDate();
  }

  static LocalDate today() {
    return ZonedDateTime.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), ZONE).toLocalDate();
  }

  static int year(Instant instant) {
    return instant.atZone(ZONE).getYear();
  }
}
