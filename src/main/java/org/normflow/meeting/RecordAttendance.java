package org.normflow.meeting;

import static org.normflow.process.OrganMeetingVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.identity.Groups;
import org.normflow.identity.People;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.LegalBasis;
import org.normflow.validation.TickedList;
import org.springframework.stereotype.Component;

/**
 * Task_RecordAttendance (complete), R-MD-11, R-ND-06: before anyone speaks the organ's office records the
 * sitting: its kind, date (R-ND-16, {@code dates.DateRules}), presider, which of the organ's members are
 * present and, for every member absent, the reason (one line each: 姓名：原因). Whether the quorum ({@code
 * normflow.meeting.quorum}) is met is computed here, not ticked. A sitting without quorum is recorded
 * and decides nothing (Gateway_Quorum sends the office to the next sitting); with quorum the members
 * present, the head excepted, give their opinions ({@code meetingSpeakers}, from this validated record).
 */
@Component("recordAttendance")
class RecordAttendance implements TaskListener {

  static final int MAX_ABSENCES = 2000;

  private final MeetingRepository meetings;
  private final MeetingSettings settings;
  private final OrganMembers members;
  private final People people;

  RecordAttendance(MeetingRepository meetings, MeetingSettings settings, OrganMembers members, People people) {
    this.meetings = meetings;
    this.settings = settings;
    this.members = members;
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String actor = Actors.of(task);
    check.require(people.isMember(actor, Groups.ID_ORGAN_OFFICE), "会议出席情况由办公室记录" + LegalBasis.cite("R-MD-11"));
    String kind = check.oneOf(MEETING_KIND, "会议类型", settings.getKinds().keySet());
    LocalDate date = check.date(MEETING_DATE, "会议日期");
    List<String> all = members.all();
    String presider = check.oneOf(MEETING_PRESIDER, "主持人", all);
    Set<String> present = TickedList.ids(task.getVariable(PRESENT_MEMBERS));
    check.require(present != null && all.containsAll(present), "“出席的组成人员”只能从本机关会议组成人员中勾选");
    if (present == null) {
      present = Set.of();
    }
    check.require(presider == null || present.contains(presider), "“主持人”须为出席会议的组成人员");
    Map<String, String> reasons = absenceReasons(check, task.getVariable(ABSENCES), all, present);
    check.verify();

    List<MeetingRepository.Attendance> attendance = new ArrayList<>();
    for (String id : all) {
      boolean here = present.contains(id);
      attendance.add(new MeetingRepository.Attendance(id, id.equals(members.head()), here, here ? null : reasons.get(id)));
    }
    boolean quorate = settings.getQuorum().met(present.size(), all.size());
    int sitting = meetings.sittings(task.getProcessInstanceId()) + 1;
    var instance = task.getExecution().getProcessInstance();
    String caller = instance.getSuperExecution() != null ? instance.getSuperExecution().getProcessInstanceId()
        : task.getProcessInstanceId();
    long id = meetings.open(MeetingRepository.caseKey(task.getExecution().getProcessBusinessKey(), caller),
        task.getProcessInstanceId(),
        sitting, String.valueOf(task.getVariable(MEETING_MATTER)), kind, date, presider, attendance, quorate,
        settings.getQuorum().name(), actor);
    List<String> speakers = new ArrayList<>();
    for (String member : all) {
      if (present.contains(member) && !member.equals(members.head())) {
        speakers.add(member);
      }
    }
    task.setVariable(MEETING_ID, id);
    task.setVariable(SITTING, sitting);
    task.setVariable(QUORATE, quorate);
    task.setVariable(SPEAKERS, speakers);
  }

  /**
   * Every member not ticked present has one line 姓名：原因 in “缺席人员及原因”; a line for someone present or
   * for no member, or a member absent without a reason, is refused.
   */
  private Map<String, String> absenceReasons(FormCheck check, Object value, List<String> all, Set<String> present) {
    Map<String, String> reasons = new LinkedHashMap<>();
    String text = value == null ? "" : value.toString().strip();
    check.require(text.length() <= MAX_ABSENCES, "“缺席人员及原因”不能超过 " + MAX_ABSENCES + " 个字");
    Map<String, String> byName = new LinkedHashMap<>();
    all.forEach(id -> byName.put(people.name(id), id));
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("[：:]", 2);
      String member = byName.get(parts[0].strip());
      if (member == null) {
        check.require(false, "“缺席人员及原因”中“" + parts[0].strip() + "”不是本机关会议组成人员：请每行写一人，格式为 姓名：缺席原因");
        continue;
      }
      if (present.contains(member)) {
        check.require(false, people.name(member) + "已勾选为出席，不能同时记为缺席");
        continue;
      }
      String reason = parts.length < 2 ? "" : parts[1].strip();
      if (!reason.isEmpty()) {
        reasons.put(member, reason);
      }
    }
    for (String id : all) {
      if (!present.contains(id) && !reasons.containsKey(id)) {
        check.require(false, people.name(id) + "未出席会议：请在“缺席人员及原因”中写明其缺席原因（格式：" + people.name(id)
            + "：原因）" + LegalBasis.cite("R-MD-11"));
      }
    }
    return reasons;
  }
}
