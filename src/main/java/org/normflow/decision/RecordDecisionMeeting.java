package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_RecordMeeting (complete), R-MD-11 (713 Art 30): the meeting that discusses the decision is
 * recorded: its date (not in the future), its kind (政府常务会议, 政府全体会议, 部门领导班子会议: {@code
 * normflow.decision.meeting-kinds}), who presided and who attended; stored in {@code nf_decision_meeting}
 * per discussion round, with who recorded it and when.
 */
@Component("recordDecisionMeeting")
class RecordDecisionMeeting implements TaskListener {

  private final DecisionRepository decisions;
  private final DecisionSettings settings;

  RecordDecisionMeeting(DecisionRepository decisions, DecisionSettings settings) {
    this.decisions = decisions;
    this.settings = settings;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate date = check.date(MEETING_DATE, "会议日期");
    String kind = check.oneOf(MEETING_KIND, "会议类型", settings.getMeetingKinds().keySet());
    String presider = check.text(MEETING_PRESIDER, "主持人", 200);
    String attendees = check.text(MEETING_ATTENDEES, "出席人员", 2000);
    check.verify();
    String id = DecisionCase.id(task);
    int round = ((Number) task.getVariable(DISCUSSION_ROUND)).intValue();
    String actor = Actors.of(task);
    decisions.addMeeting(id, round, date, kind, presider, attendees, actor);
    decisions.addReport(id, DecisionRepository.MEETING, "第 " + round + " 次集体讨论：" + date + " "
        + settings.getMeetingKinds().get(kind) + "，主持人：" + presider + "\n出席人员：" + attendees, actor);
  }
}
