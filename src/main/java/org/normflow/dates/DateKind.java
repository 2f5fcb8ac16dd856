package org.normflow.dates;

/** What a date on a form claims (R-ND-16). */
public enum DateKind {
  /** When something happened: never in the future, never before the step it follows or the task that records it. */
  HAPPENED,
  /** A plan the step announces: never in the past, fixed by the step that announces it. */
  PLANNED
}
