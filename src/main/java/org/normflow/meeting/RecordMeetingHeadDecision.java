package org.normflow.meeting;

import static org.normflow.process.OrganMeetingVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.normflow.validation.LegalBasis;
import org.springframework.stereotype.Component;

/**
 * Task_OrganDecision (complete), R-MD-11 (713 Art 30), R-ND-14: the head speaks last and decides among the
 * caller's options; a decision that differs from the majority of the members present needs a reason. Only
 * the head, or a deputy under the head's recorded authorization, decides; the record says which. The
 * majority is read from the registry (TallyMeetingOpinions), not from a variable.
 */
@Component("recordMeetingHeadDecision")
class RecordMeetingHeadDecision implements TaskListener {

  static final int MAX_REASON = 4000;
  /** The option whose decision text states the amendments (修改后同意). */
  static final String AMENDMENTS_OPTION = "APPROVE_WITH_AMENDMENTS";

  private final MeetingRepository meetings;
  private final HeadOfOrganisation heads;

  RecordMeetingHeadDecision(MeetingRepository meetings, HeadOfOrganisation heads) {
    this.meetings = meetings;
    this.heads = heads;
  }

  @Override
  public void notify(DelegateTask task) {
    HeadAct act = heads.act(task, "R-MD-11");
    FormCheck check = FormCheck.of(task);
    Map<String, String> options = MeetingOptions.of(task.getVariable(MEETING_OPTIONS));
    String decision = check.oneOf(MEETING_DECISION, "决定", options.keySet());
    String reason = check.optionalText(MEETING_REASON);
    long id = MeetingSteps.meetingId(task);
    MeetingRepository.Meeting meeting = meetings.find(id).orElseThrow();
    check.require(meeting.quorate(), "本次会议未达到法定人数，不能作出决定" + LegalBasis.cite("R-MD-11"));
    String majority = meeting.majority();
    if (decision != null && majority != null && !NO_MAJORITY.equals(majority) && !decision.equals(majority)) {
      check.require(reason != null, "决定（" + options.get(decision) + "）与多数意见（" + options.getOrDefault(majority, majority)
          + "）不一致，须在“决定意见及理由”中说明理由" + LegalBasis.cite("R-MD-11"));
    }
    // 修改后同意 (R-MD-11): the amendments are the decision's own words; the caller's drafting unit carries them out
    check.require(!AMENDMENTS_OPTION.equals(decision) || reason != null,
        "修改后同意的，请在“决定意见及理由”中写明修改意见");
    check.require(reason == null || reason.length() <= MAX_REASON, "“决定意见及理由”不能超过 " + MAX_REASON + " 个字");
    check.verify();
    meetings.decide(id, decision, options.get(decision), reason, act.actor(), act.signature(), act.authorizationId());
    task.setVariable(DECISION_LABEL, options.get(decision));
  }
}
