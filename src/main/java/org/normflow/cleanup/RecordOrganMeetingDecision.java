package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordMeetingDecision (periodic-cleanup, document-validity; decided-by MEETING), R-ND-10,
 * R-ND-11, R-MD-11: the organ's leadership meeting (called process organ-meeting) decided; its decision,
 * the head's written reason, the date and the meeting's registry id are put on this case's record. A
 * decision that is not one of the options offered is refused (the case stops with an incident, nothing is
 * ended).
 */
@Component("recordOrganMeetingDecision")
class RecordOrganMeetingDecision implements JavaDelegate {

  private final OrganDecisions organ;
  private final OrganDecisionRepository decisions;
  private final OrganDecisionSteps steps;

  RecordOrganMeetingDecision(OrganDecisions organ, OrganDecisionRepository decisions, OrganDecisionSteps steps) {
    this.organ = organ;
    this.decisions = decisions;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OrganDecisionRepository.Decision current = organ.current(execution);
    Object decision = execution.getVariable(MEETING_DECISION);
    if (!OrganDecisions.MEETING.equals(current.mode())
        || decision == null || !organ.options(current.subject()).containsKey(decision.toString())) {
      throw new IllegalStateException("会议决定“" + decision + "”不是提请会议决定的选项之一，不能登记（"
          + OrganDecisions.rule(current.subject()) + "）");
    }
    Object reason = execution.getVariable(MEETING_REASON);
    Object meetingId = execution.getVariable(MEETING_ID);
    Object date = execution.getVariable(MEETING_DATE);
    LocalDate on = date == null ? null : LocalDate.parse(date.toString());
    String text = reason == null ? null : reason.toString();
    decisions.decide(current.id(), decision.toString(), text, "机关领导班子会议" + (meetingId == null ? "" : "（第 " + meetingId + " 号会议）"),
        null, meetingId == null ? null : Long.valueOf(meetingId.toString()), on);
    steps.decided(execution, current, decision.toString(), text, "会议");
  }
}
