package org.normflow.meeting;

import static org.normflow.process.OrganMeetingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.identity.Groups;
import org.normflow.identity.People;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.LegalBasis;
import org.springframework.stereotype.Component;

/**
 * Task_KeepMinutes (complete), R-MD-11: the organ's office, not the drafting unit, keeps the minutes (会议纪要)
 * of the sitting that decided. The meeting's results handed back to the caller ({@code meetingDecision},
 * {@code meetingReason}, {@code meetingDate}, {@code meetingId}) are set here from the registry.
 */
@Component("recordMinutes")
class RecordMinutes implements TaskListener {

  static final int MAX_MINUTES = 4000;

  private final MeetingRepository meetings;
  private final People people;

  RecordMinutes(MeetingRepository meetings, People people) {
    this.meetings = meetings;
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String actor = Actors.of(task);
    check.require(people.isMember(actor, Groups.ID_ORGAN_OFFICE), "会议纪要由办公室整理存档" + LegalBasis.cite("R-MD-11"));
    String minutes = check.text(MINUTES, "会议纪要", MAX_MINUTES);
    check.verify();
    long id = MeetingSteps.meetingId(task);
    meetings.keepMinutes(id, minutes, actor);
    MeetingRepository.Meeting meeting = meetings.find(id).orElseThrow();
    task.setVariable(MEETING_DECISION, meeting.decision());
    task.setVariable(MEETING_REASON, meeting.reason());
    task.setVariable(MEETING_DATE, meeting.date().toString());
    task.setVariable(MEETING_ID, meeting.id());
  }
}
