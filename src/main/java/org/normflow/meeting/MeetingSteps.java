package org.normflow.meeting;

import static org.normflow.process.OrganMeetingVariables.MEETING_ID;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Small helpers shared by the steps of organ-meeting. */
final class MeetingSteps {

  private MeetingSteps() {}

  /** The sitting this step belongs to, as RecordAttendance recorded it. */
  static long meetingId(VariableScope scope) {
    Object id = scope.getVariable(MEETING_ID);
    if (!(id instanceof Number n)) {
      throw new IllegalStateException("no sitting recorded before this step");
    }
    return n.longValue();
  }
}
