package org.normflow.process;

/** Variables every form that records a past event shares (R-ND-16). */
public final class RecordVariables {

  private RecordVariables() {}

  /** Why a date is earlier than the task that records it: a code of {@code normflow.grounds.late-record}. */
  public static final String LATE_RECORD_GROUND = "lateRecordGround";
  /** The clerk's explanation of a late record, shown in the case file with the ground. */
  public static final String LATE_RECORD_REASON = "lateRecordReason";
}
