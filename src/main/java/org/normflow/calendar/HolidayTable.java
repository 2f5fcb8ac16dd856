package org.normflow.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.core.io.Resource;

/**
 * Public holidays and make-up working days (调休), by year (R-C-01). A year is <em>covered</em> when its
 * table has been loaded (the State Council's notice for that year); for a year not covered the calendar
 * can only count weekends, and every deadline it computes there is provisional.
 *
 * <p>The shipped defaults are a CSV data file: {@code date,type,name} with type {@code holiday} or
 * {@code workday}; lines starting with {@code #} are comments. The live table is kept in the registry
 * ({@link CalendarStore}) and updated by the administrator without a restart.
 */
public final class HolidayTable {

  public enum DayType {
    HOLIDAY,
    WORKDAY
  }

  /** One listed day. */
  public record Entry(LocalDate date, DayType type, String name) {}

  private final Map<LocalDate, Entry> days;
  private final SortedSet<Integer> coveredYears;

  HolidayTable(Collection<Entry> entries, Collection<Integer> coveredYears) {
    Map<LocalDate, Entry> map = new HashMap<>();
    entries.forEach(e -> map.put(e.date(), e));
    this.days = Collections.unmodifiableMap(map);
    this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
  }

  /** A table whose covered years are the years that have entries. */
  public static HolidayTable of(Collection<Entry> entries) {
    return new HolidayTable(entries, entries.stream().map(e -> e.date().getYear()).toList());
  }

  public static HolidayTable empty() {
    return new HolidayTable(List.of(), List.of());
  }

  public static HolidayTable load(Resource resource) {
    List<Entry> entries = new ArrayList<>();
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
        String[] fields = trimmed.split(",", 3);
        entries.add(new Entry(parseDate(fields, resource, lineNumber), parseType(fields, resource, lineNumber),
            fields.length > 2 ? fields[2].strip() : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday file " + resource.getDescription(), e);
    }
    return of(entries);
  }

  private static LocalDate parseDate(String[] fields, Resource resource, int lineNumber) {
    try {
      return LocalDate.parse(fields[0].strip());
    } catch (DateTimeParseException e) {
      throw invalid(resource, lineNumber, "date must be yyyy-mm-dd, got '" + fields[0] + "'");
    }
  }

  private static DayType parseType(String[] fields, Resource resource, int lineNumber) {
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
    Entry entry = days.get(date);
    return entry == null ? null : entry.type();
  }

  /** The years whose holidays and make-up days are known, ascending. */
  public SortedSet<Integer> coveredYears() {
    return coveredYears;
  }

  public boolean covers(int year) {
    return coveredYears.contains(year);
  }

  /** The listed days of one year, by date. */
  public List<Entry> entriesOf(int year) {
    return days.values().stream().filter(e -> e.date().getYear() == year)
        .sorted(Comparator.comparing(Entry::date)).toList();
  }

  /** This table with one year's entries replaced (and that year covered). */
  public HolidayTable withYear(int year, Collection<Entry> entries) {
    List<Entry> all = new ArrayList<>(days.values().stream().filter(e -> e.date().getYear() != year).toList());
    all.addAll(entries);
    TreeSet<Integer> years = new TreeSet<>(coveredYears);
    years.add(year);
    return new HolidayTable(all, years);
  }

  public int size() {
    return days.size();
  }
}
