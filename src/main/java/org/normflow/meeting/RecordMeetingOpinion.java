package org.normflow.meeting;

import static org.normflow.process.OrganMeetingVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.LegalBasis;
import org.springframework.stereotype.Component;

/**
 * Task_MemberOpinion (complete), R-MD-11: one member present gives an opinion, kept verbatim. Only the
 * member whose task it is, only a member the office recorded present at this sitting (read from the
 * registry, not from a variable), never the head (who speaks last), and once.
 */
@Component("recordMeetingOpinion")
class RecordMeetingOpinion implements TaskListener {

  static final int MAX_OPINION = 4000;

  private final MeetingRepository meetings;

  RecordMeetingOpinion(MeetingRepository meetings) {
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    Map<String, String> options = MeetingOptions.of(task.getVariable(MEETING_OPTIONS));
    String vote = check.oneOf(MEMBER_VOTE, "意见倾向", options.keySet());
    String opinion = check.text(MEMBER_OPINION, "发表意见", MAX_OPINION);
    check.verify();
    String member = (String) task.getVariable(MEMBER);
    String actor = Actors.of(task);
    check.require(actor != null && actor.equals(member), "只有组成人员本人可以发表自己的意见");
    long meetingId = MeetingSteps.meetingId(task);
    boolean present = meetings.attendance(meetingId).stream()
        .anyMatch(a -> a.memberId().equals(actor) && a.present() && !a.head());
    check.require(present, "只有出席本次会议的组成人员（行政首长除外，其最后发言）可以发表意见" + LegalBasis.cite("R-MD-11"));
    check.require(meetings.opinions(meetingId).stream().noneMatch(o -> o.memberId().equals(actor)),
        "您已在本次会议上发表过意见");
    check.verify();
    meetings.addOpinion(meetingId, actor, vote, opinion);
    // kept verbatim in the registry and in history; removed so the next member's form starts empty
    task.removeVariable(MEMBER_VOTE);
    task.removeVariable(MEMBER_OPINION);
  }
}
