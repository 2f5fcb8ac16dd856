package org.normflow.dates;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * What one date field of one form may hold (R-ND-16). A {@link DateKind#HAPPENED} date is never after
 * today, never before the facts in {@code notBefore}, equal to {@code sameAs} when that is set, and not
 * before the day its task was created unless a late-record ground and reason are given. A
 * {@link DateKind#PLANNED} date is never before today plus {@code daysAhead} nor before {@code notBefore}.
 */
public record DateRule(String form, String field, String label, DateKind kind, List<Earlier> notBefore,
    Earlier sameAs, IntSupplier daysAhead) {

  static DateRule happened(String form, String field, String label, Earlier... notBefore) {
    return new DateRule(form, field, label, DateKind.HAPPENED, List.of(notBefore), null, () -> 0);
  }

  static DateRule happenedOn(String form, String field, String label, Earlier sameAs) {
    return new DateRule(form, field, label, DateKind.HAPPENED, List.of(), sameAs, () -> 0);
  }

  static DateRule planned(String form, String field, String label, IntSupplier daysAhead, Earlier... notBefore) {
    return new DateRule(form, field, label, DateKind.PLANNED, List.of(notBefore), null, daysAhead);
  }
}
