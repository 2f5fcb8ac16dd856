package org.normflow.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Column helpers every registry repository shares. */
public final class Rows {

  private Rows() {}

  public static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    java.sql.Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  public static LocalDateTime localDateTime(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toLocalDateTime();
  }

  /** The bureau's today (Beijing time) by the engine clock: the day a step was taken. */
  public static java.time.LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
  }

  /** Registry time follows the engine clock, so tests that move the clock see consistent records. */
  public static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }
}
