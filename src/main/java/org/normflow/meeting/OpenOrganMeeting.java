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
 * ServiceTask_OpenMeeting, R-MD-11: the meeting is convened on what its caller passed (the matter and
 * the head's choices; a caller that passes none is a defect of the model, not of a clerk) and offers the
 * office the organ's members by name and post, head first, with the quorum in force.
 */
@Component("openOrganMeeting")
class OpenOrganMeeting implements JavaDelegate {

  private final OrganMembers members;
  private final People people;
  private final MeetingSettings settings;

  OpenOrganMeeting(OrganMembers members, People people, MeetingSettings settings) {
    this.members = members;
    this.people = people;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object matter = execution.getVariable(MEETING_MATTER);
    Map<String, String> options = MeetingOptions.of(execution.getVariable(MEETING_OPTIONS));
    if (matter == null || matter.toString().isBlank() || options.size() < 2) {
      throw new IllegalStateException("organ-meeting needs meetingMatter and at least two meetingOptions");
    }
    // the options as Spin JSON, so that the forms offer them (valuesKey), whatever form the caller passed
    execution.setVariable(MEETING_OPTIONS, MeetingOptions.json(options));
    execution.setVariable(CASE_TITLE, matter.toString());
    Map<String, String> choices = new LinkedHashMap<>();
    List<String> all = members.all();
    for (String id : all) {
      choices.put(id, people.nameAndTitle(id) + (id.equals(members.head()) ? "，行政首长" : ""));
    }
    execution.setVariable(MEMBER_CHOICES, MeetingOptions.json(choices));
    execution.setVariable(MEMBER_NAMES, String.join("、", choices.values()));
    int minimum = settings.getQuorum().minimum(all.size());
    execution.setVariable(QUORUM_TEXT, "应到 " + all.size() + " 人；须" + settings.getQuorum().label() + "出席（至少 "
        + minimum + " 人）方能讨论决定");
  }
}
