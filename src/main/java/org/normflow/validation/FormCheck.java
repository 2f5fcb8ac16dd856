package org.normflow.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Server-side checks of submitted form values, collecting every problem before refusing. Dates
 * arrive from Camunda Forms as strings ({@code yyyy-mm-dd}); the date picker's {@code mm/dd/yyyy}
 * is accepted too.
 */
public final class FormCheck {

  private final VariableScope scope;
  private final List<String> problems = new ArrayList<>();

  private FormCheck(VariableScope scope) {
    this.scope = scope;
  }

  public static FormCheck of(VariableScope scope) {
    return new FormCheck(scope);
  }

  /** A non-blank text, at most {@code maxLength} characters. */
  public String text(String name, String label, int maxLength) {
    Object value = scope.getVariable(name);
    String text = value == null ? "" : value.toString().strip();
    if (text.isEmpty()) {
      problems.add("请填写“" + label + "”");
      return null;
    }
    if (text.length() > maxLength) {
      problems.add("“" + label + "”不能超过 " + maxLength + " 个字（现为 " + text.length() + " 个字）");
    }
    return text;
  }

  /** An optional text (null when blank). */
  public String optionalText(String name) {
    Object value = scope.getVariable(name);
    String text = value == null ? "" : value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** A value that must be one of the allowed codes. */
  public String oneOf(String name, String label, Collection<String> allowed) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      problems.add("请选择“" + label + "”");
      return null;
    }
    if (!allowed.contains(value.toString())) {
      problems.add("“" + label + "”的取值“" + value + "”无效");
      return null;
    }
    return value.toString();
  }

  /** A yes/no value; a missing checkbox counts as no. */
  public boolean flag(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /**
   * A checkbox, strictly: {@code true} or {@code false}, a missing checkbox counts as not ticked. Any
   * other value (such as the text "yes") is refused instead of being silently read as not ticked.
   */
  public boolean checked(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    problems.add("“" + label + "”只能勾选或不勾选，提交的值无效");
    return false;
  }

  /** A required date. */
  public LocalDate date(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      problems.add("请填写“" + label + "”");
      return null;
    }
    return parseDate(value, label);
  }

  /** An optional date (null when blank). */
  public LocalDate optionalDate(String name, String label) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return parseDate(value, label);
  }

  /** Dates further than this from today are typing errors (a year 0226 or 20266), not plans. */
  static final int PLAUSIBLE_YEARS = 50;

  /** The problem with a date outside the plausible range around today, or null (also for /api bodies). */
  public static String implausible(LocalDate date, String label) {
    int thisYear = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
        .atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    if (Math.abs(date.getYear() - thisYear) > PLAUSIBLE_YEARS) {
      return "“" + label + "”的年份不在合理范围内（应在 " + (thisYear - PLAUSIBLE_YEARS) + " 年到 "
          + (thisYear + PLAUSIBLE_YEARS) + " 年之间）";
    }
    return null;
  }

  private LocalDate parseDate(Object value, String label) {
    LocalDate date = readDate(value, label);
    if (date == null) {
      return null;
    }
    int thisYear = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
        .atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    if (Math.abs(date.getYear() - thisYear) > PLAUSIBLE_YEARS) {
      problems.add("“" + label + "”的年份不在合理范围内（应在 " + (thisYear - PLAUSIBLE_YEARS) + " 年到 "
          + (thisYear + PLAUSIBLE_YEARS) + " 年之间）");
      return null;
    }
    return date;
  }

  private LocalDate readDate(Object value, String label) {
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
    }
    String text = value.toString().strip();
    try {
      if (text.matches("\\d{2}/\\d{2}/\\d{4}")) {
        return LocalDate.of(
            Integer.parseInt(text.substring(6)), Integer.parseInt(text.substring(0, 2)),
            Integer.parseInt(text.substring(3, 5)));
      }
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException | NumberFormatException e) {
      problems.add("“" + label + "”不是有效日期，请按 年-月-日 填写，例如 2026-03-01");
      return null;
    }
  }

  /** An integer within a range. */
  public Integer integer(String name, String label, int min, int max) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      problems.add("请填写“" + label + "”");
      return null;
    }
    try {
      int number = value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString().strip());
      if (number < min || number > max) {
        problems.add("“" + label + "”应在 " + min + " 到 " + max + " 之间");
        return null;
      }
      return number;
    } catch (NumberFormatException e) {
      problems.add("“" + label + "”应为整数");
      return null;
    }
  }

  /** Adds a problem when the condition does not hold. */
  public FormCheck require(boolean condition, String problem) {
    if (!condition) {
      problems.add(problem);
    }
    return this;
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Refuses the submission when any problem was found. */
  public void verify() {
    if (!problems.isEmpty()) {
      throw new FormValidationException(problems);
    }
  }
}
