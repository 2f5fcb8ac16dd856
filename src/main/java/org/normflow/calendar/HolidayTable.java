package org.normflow.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;

/**
 * Public holidays and make-up working days (调休), read from a CSV data file: {@code date,type,name}
 * with type {@code holiday} or {@code workday}. Lines starting with {@code #} are comments.
 */
public final class HolidayTable {

  public enum DayType {
    HOLIDAY,
    WORKDAY
  }

  private final Map<LocalDate, DayType> days;

  HolidayTable(Map<LocalDate, DayType> days) {
    this.days = Collections.unmodifiableMap(new HashMap<>(days));
  }

  public static HolidayTable empty() {
    return new HolidayTable(Map.of());
  }

  public static HolidayTable load(Resource resource) {
    Map<LocalDate, DayType> days = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        days.put(parseDate(trimmed, resource, lineNumber), parseType(trimmed, resource, lineNumber));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday file " + resource.getDescription(), e);
    }
    return new HolidayTable(days);
  }

  private static LocalDate parseDate(String line, Resource resource, int lineNumber) {
    String[] fields = line.split(",", 3);
    try {
      return LocalDate.parse(fields[0].strip());
    } catch (DateTimeParseException e) {
      throw invalid(resource, lineNumber, "date must be yyyy-mm-dd, got '" + fields[0] + "'");
    }
  }

  private static DayType parseType(String line, Resource resource, int lineNumber) {
    String[] fields = line.split(",", 3);
    if (fields.length < 2) {
      throw invalid(resource, lineNumber, "expected date,type[,name]");
    }
    return switch (fields[1].strip().toLowerCase()) {
      case "holiday" -> DayType.HOLIDAY;
      case "workday" -> DayType.WORKDAY;
      default -> throw invalid(resource, lineNumber, "type must be holiday or workday, got '" + fields[1] + "'");
    };
  }

  private static IllegalArgumentException invalid(Resource resource, int lineNumber, String what) {
    return new IllegalArgumentException(
        "holiday file " + resource.getDescription() + " line " + lineNumber + ": " + what);
  }

  /** The explicit entry for a date, or {@code null} when the date follows the normal week. */
  public DayType typeOf(LocalDate date) {
    return days.get(date);
  }

  public int size() {
    return days.size();
  }
}
