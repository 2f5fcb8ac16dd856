package org.normflow.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.normflow.Clerks;

/**
 * Drives the organ's steps of periodic-cleanup and document-abolition in tests (issue 24): the head's
 * decision, the organ's meeting, signing, publication and the report to the filing body. When the real
 * {@code organ-meeting} (part M) is not deployed, a test-only stub keyed {@code organ-meeting} stands in:
 * it waits in a receive task and ends with the out variables of the contract, writing nothing else.
 */
public final class OrganSteps {

  static final String STUB_MEETING = "ReceiveTask_StubMeeting";

  private final ProcessEngine engine;

  public OrganSteps(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Deploys the stub meeting when no organ-meeting is deployed; returns its deployment (to remove), or null. */
  Deployment stubMeetingIfMissing() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("organ-meeting").count() > 0) {
      return null;
    }
    return engine.getRepositoryService().createDeployment().name("test stub organ-meeting")
        .addModelInstance("organ-meeting-stub.bpmn", Bpmn.createExecutableProcess("organ-meeting")
            .camundaHistoryTimeToLive(1).name("局务会议（测试替身）")
            .startEvent("StartEvent_StubMeeting").receiveTask(STUB_MEETING).endEvent("EndEvent_StubMeeting").done())
        .deploy();
  }

  void removeStub(Deployment stub) {
    if (stub != null) {
      engine.getRepositoryService().deleteDeployment(stub.getId(), true);
    }
  }

  Task task(ProcessInstance pi, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  /** The head decides in Task_OrganDecision. */
  void headDecides(ProcessInstance pi, String decision, String reason) {
    Task task = task(pi, "Task_OrganDecision");
    assertThat(task).as("the head's decision task").isNotNull();
    assertThat(task.getAssignee()).as("assigned to the head").isEqualTo("leader");
    Clerks.complete(engine, task, Map.of("organDecision", decision, "organDecisionReason", reason));
  }

  /** The organ's meeting (the stub) ends with the contract's out variables. */
  public void meetingDecides(ProcessInstance pi, String decision, String reason, LocalDate on) {
    ProcessInstance meeting = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("organ-meeting").singleResult();
    assertThat(meeting).as("the organ's meeting is called").isNotNull();
    assertThat(meeting.getBusinessKey()).as("keyed by the calling case").isNotNull().isEqualTo(engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey());
    assertThat(engine.getRuntimeService().getVariable(meeting.getId(), "meetingMatter")).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(meeting.getId(), "meetingOptions")).isNotNull();
    if (engine.getRuntimeService().createExecutionQuery().processInstanceId(meeting.getId()).activityId(STUB_MEETING)
        .count() == 0) {
      realMeetingDecides(meeting, decision, reason, on);
      return;
    }
    Map<String, Object> out = new HashMap<>();
    out.put("meetingDecision", decision);
    out.put("meetingReason", reason);
    out.put("meetingDate", on.toString());
    out.put("meetingId", 9000L);
    engine.getRuntimeService().setVariables(meeting.getId(), out);
    Execution waiting = engine.getRuntimeService().createExecutionQuery().processInstanceId(meeting.getId())
        .activityId(STUB_MEETING).singleResult();
    engine.getRuntimeService().signal(waiting.getId());
  }

  /**
   * The real organ-meeting (R-MD-11): the office records everyone present, each member speaks for the
   * decision, the head decides, the office keeps the minutes.
   */
  private void realMeetingDecides(ProcessInstance meeting, String decision, String reason, LocalDate on) {
    Clerks.complete(engine, meetingTask(meeting, "Task_RecordAttendance"), Map.of("meetingKind", "LEADERSHIP",
        "meetingDate", on.toString(), "meetingPresider", "leader", "presentMembers", java.util.List.of("leader", "deputy1", "deputy2"),
        "absences", ""));
    for (Task opinion : engine.getTaskService().createTaskQuery().processInstanceId(meeting.getId())
        .taskDefinitionKey("Task_MemberOpinion").list()) {
      Clerks.complete(engine, opinion, Map.of("memberVote", decision, "memberOpinion", opinion.getAssignee() + "：同意提交的意见"));
    }
    Map<String, Object> head = new HashMap<>();
    head.put("meetingDecision", decision);
    head.put("meetingReason", reason);
    Clerks.complete(engine, meetingTask(meeting, "Task_OrganDecision"), head);
    Clerks.complete(engine, meetingTask(meeting, "Task_KeepMinutes"), Map.of("meetingMinutes", "会议纪要：决定" + decision));
  }

  private Task meetingTask(ProcessInstance meeting, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(meeting.getId()).taskDefinitionKey(key).singleResult();
    assertThat(task).as(key + " of the organ's meeting").isNotNull();
    return task;
  }

  public void sign(ProcessInstance pi, LocalDate on) {
    Task task = task(pi, "Task_SignDecision");
    assertThat(task).as("the head's signing task").isNotNull();
    assertThat(task.getAssignee()).isEqualTo("leader");
    Clerks.complete(engine, task, Map.of("decisionSignedOn", on.toString()));
  }

  public void publish(ProcessInstance pi, LocalDate on) {
    Task task = task(pi, "Task_PublishDecision");
    assertThat(task).as("the publication task").isNotNull();
    Clerks.complete(engine, task, Map.of("decisionPublishedOn", on.toString(), "decisionChannel", "GAZETTE"));
  }

  void report(ProcessInstance pi, LocalDate on) {
    Task task = task(pi, "Task_ReportToFilingBody");
    assertThat(task).as("the report to the filing body").isNotNull();
    Clerks.complete(engine, task, Map.of("decisionFiledOn", on.toString(),
        "decisionFilingAuthority", "本级人民政府（由司法行政部门承办）"));
  }
}
