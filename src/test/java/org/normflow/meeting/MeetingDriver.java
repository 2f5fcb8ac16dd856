package org.normflow.meeting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.process.ProcessKeys;

/**
 * Walks the organ's meeting (organ-meeting, R-MD-11) for the tests of its callers: the office (林芳,
 * {@code office}) records attendance, the members present speak, the head (吴刚, {@code leader}) decides,
 * the office keeps the minutes. The demo organ is the head and two deputies (deputy1 郑伟, deputy2 冯军).
 */
public final class MeetingDriver {

  public static final String OFFICE = "office";
  public static final String HEAD = "leader";
  public static final List<String> ALL = List.of("leader", "deputy1", "deputy2");

  private final ProcessEngine engine;

  public MeetingDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The running organ-meeting somewhere below the case {@code root} (or the meeting itself). */
  public ProcessInstance meeting(String rootProcessInstanceId) {
    ProcessInstance self = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(rootProcessInstanceId).processDefinitionKey(ProcessKeys.ORGAN_MEETING).singleResult();
    if (self != null) {
      return self;
    }
    return engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstanceId(rootProcessInstanceId)
        .processDefinitionKey(ProcessKeys.ORGAN_MEETING).active().list().stream().findFirst()
        .orElseThrow(() -> new AssertionError("no organ-meeting below " + rootProcessInstanceId));
  }

  public Task task(ProcessInstance meeting, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(meeting.getId()).taskDefinitionKey(key)
        .list().stream().findFirst().orElse(null);
  }

  public static Map<String, Object> attendanceValues(List<String> present, String absences) {
    return new HashMap<>(withVariables("meetingKind", "LEADERSHIP", "meetingDate",
        DocumentDriver.engineToday().toString(), "meetingPresider", present.contains(HEAD) ? HEAD : present.get(0),
        "presentMembers", present, "absences", absences));
  }

  public void recordAttendance(ProcessInstance meeting, List<String> present, String absences) {
    Task task = task(meeting, "Task_RecordAttendance");
    Clerks.as(engine, OFFICE, () -> engine.getTaskService().complete(task.getId(), attendanceValues(present, absences)));
  }

  /** Every member present (head excepted) gives {@code vote}. */
  public void opinions(ProcessInstance meeting, String vote) {
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(meeting.getId())
        .taskDefinitionKey("Task_MemberOpinion").list()) {
      opinion(task, vote, "我认为" + vote + "，理由如下：……");
    }
  }

  public void opinion(Task task, String vote, String text) {
    Clerks.as(engine, task.getAssignee(), () -> engine.getTaskService().complete(task.getId(),
        withVariables("memberVote", vote, "memberOpinion", text)));
  }

  public void decide(ProcessInstance meeting, String decision, String reason) {
    Task task = task(meeting, "Task_OrganDecision");
    Map<String, Object> values = new HashMap<>();
    values.put("meetingDecision", decision);
    values.put("meetingReason", reason);
    Clerks.as(engine, task.getAssignee(), () -> engine.getTaskService().complete(task.getId(), values));
  }

  public void keepMinutes(ProcessInstance meeting) {
    Task task = task(meeting, "Task_KeepMinutes");
    Clerks.as(engine, OFFICE, () -> engine.getTaskService().complete(task.getId(),
        withVariables("meetingMinutes", "会议纪要：全体组成人员出席，讨论了议题，行政首长作出决定。")));
  }

  /** The whole meeting below the case: everyone present, every member gives {@code decision}, the head decides so. */
  public void hold(String rootProcessInstanceId, String decision) {
    ProcessInstance meeting = meeting(rootProcessInstanceId);
    recordAttendance(meeting, ALL, "");
    opinions(meeting, decision);
    decide(meeting, decision, "同意多数意见。");
    keepMinutes(meeting);
  }

  public static LocalDate today() {
    return DocumentDriver.engineToday();
  }
}
