package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.identity.People;
import org.normflow.meeting.MeetingRepository;
import org.normflow.meeting.MeetingSettings;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_ApplyMeetingDecision, R-MD-11 (713 Art 30): the organ's meeting (CallActivity_OrganMeeting) has
 * decided; its decision is read from the registry ({@code nf_organ_meeting}, the row of this case's business
 * key), never from the variable the called process handed back, and entered in the decision's record: the
 * meeting of this round, each present member's opinion verbatim, the head's decision with its reason and
 * signature, the outcome. Gateway_HeadDecision then routes on {@code headDecision}, set here.
 */
@Component("applyMeetingDecision")
class ApplyMeetingDecision implements JavaDelegate {

  private final DecisionRepository decisions;
  private final MeetingRepository meetings;
  private final MeetingSettings meetingSettings;
  private final People people;

  ApplyMeetingDecision(DecisionRepository decisions, MeetingRepository meetings, MeetingSettings meetingSettings,
      People people) {
    this.decisions = decisions;
    this.meetings = meetings;
    this.meetingSettings = meetingSettings;
    this.people = people;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object meetingId = execution.getVariable(MEETING_ID);
    MeetingRepository.Meeting meeting = meetingId instanceof Number n ? meetings.find(n.longValue()).orElse(null) : null;
    String caseKey = MeetingRepository.caseKey(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    if (meeting == null || !meeting.businessKey().equals(caseKey) || meeting.decision() == null
        || meeting.minutes() == null || !CollectiveDiscussion.VOTES.contains(meeting.decision())) {
      throw new IllegalStateException("no decided meeting of case " + execution.getProcessBusinessKey() + " on record");
    }
    String id = DecisionCase.id(execution);
    int round = ((Number) execution.getVariable(DISCUSSION_ROUND)).intValue();
    StringBuilder attendees = new StringBuilder("出席：");
    StringBuilder absent = new StringBuilder();
    for (MeetingRepository.Attendance a : meetings.attendance(meeting.id())) {
      if (a.present()) {
        attendees.append(people.nameAndTitle(a.memberId())).append(' ');
      } else {
        absent.append(people.nameAndTitle(a.memberId())).append("（").append(a.absenceReason()).append("）");
      }
    }
    String attendance = attendees.toString().strip() + (absent.isEmpty() ? "" : "；缺席：" + absent);
    String kind = meetingSettings.getKinds().getOrDefault(meeting.kind(), meeting.kind());
    decisions.addMeeting(id, round, meeting.date(), meeting.kind(), people.nameAndTitle(meeting.presider()), attendance,
        meeting.recordedBy(), meeting.id());
    for (MeetingRepository.Opinion o : meetings.opinions(meeting.id())) {
      decisions.addOpinion(id, round, o.memberId(), DecisionRepository.ROLE_MEMBER, o.vote(), o.opinion(), o.memberId());
    }
    String text = CollectiveDiscussion.VOTE_LABELS.get(meeting.decision())
        + (meeting.reason() == null ? "" : "\n理由：" + meeting.reason());
    decisions.addOpinion(id, round, meeting.decidedBy(), DecisionRepository.ROLE_HEAD, meeting.decision(), text,
        meeting.decidedSignature(), meeting.authorizationId());
    decisions.setOutcome(id, meeting.decision());
    decisions.addReport(id, DecisionRepository.MEETING, "第 " + round + " 次集体讨论：" + meeting.date() + " " + kind
        + "，主持人：" + people.nameAndTitle(meeting.presider()) + "\n" + attendance + "\n决定：" + text
        + "\n会议纪要：" + meeting.minutes(), meeting.recordedBy());
    execution.setVariable(HEAD_DECISION, meeting.decision());
    execution.setVariable(HEAD_REASON, meeting.reason());
    // 修改后同意: the head's written decision states the amendments (normative-document reads them as decisionAmendments)
    execution.setVariable(AMENDMENTS, "APPROVE_WITH_AMENDMENTS".equals(meeting.decision()) ? meeting.reason() : null);
    execution.setVariable(MAJORITY_VOTE, meeting.majority());
    execution.setVariable(MEETING_DATE, meeting.date().toString());
  }
}
