package org.normflow.meeting;

import static org.normflow.process.OrganMeetingVariables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.identity.People;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_TallyOpinions, R-MD-11: the opinions of the members present, verbatim and by name and post,
 * and the majority among them (an option given by more than half of them, else none), which the head reads
 * before speaking last. Absences are listed with their reasons.
 */
@Component("tallyMeetingOpinions")
class TallyMeetingOpinions implements JavaDelegate {

  private final MeetingRepository meetings;
  private final People people;

  TallyMeetingOpinions(MeetingRepository meetings, People people) {
    this.meetings = meetings;
    this.people = people;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = MeetingSteps.meetingId(execution);
    Map<String, String> options = MeetingOptions.of(execution.getVariable(MEETING_OPTIONS));
    List<MeetingRepository.Opinion> opinions = meetings.opinions(id);
    Map<String, Integer> counts = new LinkedHashMap<>();
    StringBuilder summary = new StringBuilder();
    for (MeetingRepository.Opinion o : opinions) {
      counts.merge(o.vote(), 1, Integer::sum);
      summary.append(people.nameAndTitle(o.memberId())).append("：").append(options.getOrDefault(o.vote(), o.vote()))
          .append("。").append(o.opinion()).append('\n');
    }
    for (MeetingRepository.Attendance a : meetings.attendance(id)) {
      if (!a.present()) {
        summary.append(people.nameAndTitle(a.memberId())).append("：缺席（").append(a.absenceReason()).append("），未发表意见\n");
      }
    }
    String majority = counts.entrySet().stream().filter(e -> e.getValue() * 2 > opinions.size())
        .map(Map.Entry::getKey).findFirst().orElse(NO_MAJORITY);
    meetings.setMajority(id, majority);
    String label = NO_MAJORITY.equals(majority) ? "无多数意见" : options.getOrDefault(majority, majority);
    execution.setVariable(MAJORITY, majority);
    execution.setVariable(MAJORITY_LABEL, label);
    String text = "多数意见：" + label + "\n" + summary;
    execution.setVariable(OPINION_SUMMARY, text.length() > 4000 ? text.substring(0, 3990) + "……（全文见会议记录）" : text);
  }
}
