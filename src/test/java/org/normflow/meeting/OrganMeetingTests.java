package org.normflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.Clerks;
import org.normflow.NormFlowSpringTest;
import org.normflow.decision.DecisionDriver;
import org.normflow.process.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organ's meeting (organ-meeting, R-MD-11, R-ND-06), started on its own as its callers call it: attendance
 * first by the office, opinions only of the members present, quorum, the head last with a reason when
 * differing from the majority, minutes by the office; and the dishonest clerk.
 */
@NormFlowSpringTest
class OrganMeetingTests {

  static final List<Map<String, String>> OPTIONS = List.of(
      Map.of("value", "APPROVE", "label", "同意"), Map.of("value", "APPROVE_WITH_AMENDMENTS", "label", "修改后同意"),
      Map.of("value", "DEFER", "label", "暂缓"), Map.of("value", "REJECT", "label", "不同意"));

  @Autowired ProcessEngine engine;
  @Autowired MeetingRepository meetings;
  MeetingDriver driver;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    DecisionDriver.setClock(DecisionDriver.TODAY);
    driver = new MeetingDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @AfterAll
  static void resetAssertions() {
    BpmnAwareTests.reset();
  }

  ProcessInstance start() {
    String key = "MEETING-" + System.nanoTime();
    return engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.ORGAN_MEETING, key,
        withVariables("meetingMatter", "审议《危险化学品集中仓储区布局规定》草案", "meetingOptions", OPTIONS,
            "caseReference", key));
  }

  static void refused(Throwable thrown) {
    DecisionDriver.isRefusal(thrown);
  }

  @Test
  @DisplayName("R-MD-11: the office records attendance first, the members present speak, the head decides last, the office keeps the minutes; the decision is on the record")
  void honestMeeting() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Task_RecordAttendance");
    assertThat(BpmnAwareTests.task(pi)).hasCandidateGroup("organ-office");
    driver.recordAttendance(pi, MeetingDriver.ALL, "");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_MemberOpinion").list()).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("deputy1", "deputy2");
    driver.opinions(pi, "APPROVE");
    assertThat(pi).isWaitingAt("Task_OrganDecision");
    assertThat(BpmnAwareTests.task(pi)).isAssignedTo("leader");
    driver.decide(pi, "APPROVE", null);
    assertThat(pi).isWaitingAt("Task_KeepMinutes");
    driver.keepMinutes(pi);
    assertThat(pi).isEnded();
    var meeting = meetings.ofCase(businessKey(pi)).get(0);
    assertThat(meeting.quorate()).isTrue();
    assertThat(meeting.decision()).isEqualTo("APPROVE");
    assertThat(meeting.majority()).isEqualTo("APPROVE");
    assertThat(meeting.decidedBy()).isEqualTo("leader");
    assertThat(meeting.minutesBy()).isEqualTo("office");
    assertThat(meeting.recordedBy()).isEqualTo("office");
    assertThat(meetings.opinions(meeting.id())).extracting(MeetingRepository.Opinion::memberId)
        .containsExactlyInAnyOrder("deputy1", "deputy2");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("meetingDecision").singleResult().getValue()).isEqualTo("APPROVE");
  }

  String businessKey(ProcessInstance pi) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey();
  }

  @Test
  @DisplayName("R-MD-11: an absent member gives no opinion; the absence is recorded with its reason, and kept verbatim dissent reaches the head")
  void absentMemberGivesNoOpinion() {
    ProcessInstance pi = start();
    driver.recordAttendance(pi, List.of("leader", "deputy1"), "冯军：出差");
    List<Task> opinions = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_MemberOpinion").list();
    assertThat(opinions).extracting(Task::getAssignee).containsExactly("deputy1");
    driver.opinion(opinions.get(0), "REJECT", "我不同意：仓储区距离居民区不足一千米。");
    var meeting = meetings.ofCase(businessKey(pi)).get(0);
    assertThat(meetings.attendance(meeting.id())).filteredOn(a -> !a.present())
        .extracting(MeetingRepository.Attendance::memberId, MeetingRepository.Attendance::absenceReason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("deputy2", "出差"));
    assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "meetingOpinionSummary"))
        .contains("我不同意：仓储区距离居民区不足一千米。").contains("缺席（出差）");
  }

  @Test
  @DisplayName("R-MD-11: an absent member without a reason is refused, and nothing is recorded")
  void absenceNeedsReason() {
    ProcessInstance pi = start();
    assertThatThrownBy(() -> driver.recordAttendance(pi, List.of("leader", "deputy1"), ""))
        .satisfies(OrganMeetingTests::refused).hasMessageContaining("冯军未出席会议");
    assertThat(pi).isWaitingAt("Task_RecordAttendance");
    assertThat(meetings.ofCase(businessKey(pi))).isEmpty();
  }

  @Test
  @DisplayName("R-MD-11: without the quorum (two thirds by default) the sitting is recorded, decides nothing and the office records the next sitting")
  void quorumNotMet() {
    ProcessInstance pi = start();
    driver.recordAttendance(pi, List.of("leader"), "郑伟：病假\n冯军：出差");
    assertThat(pi).isWaitingAt("Task_RecordAttendance");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_MemberOpinion").count()).isZero();
    var first = meetings.ofCase(businessKey(pi));
    assertThat(first).hasSize(1);
    assertThat(first.get(0).quorate()).isFalse();
    assertThat(first.get(0).decision()).isNull();
    driver.recordAttendance(pi, MeetingDriver.ALL, "");
    assertThat(meetings.ofCase(businessKey(pi))).extracting(MeetingRepository.Meeting::sitting).containsExactly(1, 2);
    assertThat(pi).isWaitingAt("Task_MemberOpinion");
  }

  @Test
  @DisplayName("R-MD-11: the head's decision differing from the majority without a reason is refused; with a reason it is recorded")
  void headDifferingNeedsReason() {
    ProcessInstance pi = start();
    driver.recordAttendance(pi, MeetingDriver.ALL, "");
    driver.opinions(pi, "APPROVE");
    assertThatThrownBy(() -> driver.decide(pi, "DEFER", null)).satisfies(OrganMeetingTests::refused)
        .hasMessageContaining("与多数意见（同意）不一致");
    assertThat(pi).isWaitingAt("Task_OrganDecision");
    driver.decide(pi, "DEFER", "风险评估尚不充分，暂缓决策，补充论证后再议。");
    var meeting = meetings.ofCase(businessKey(pi)).get(0);
    assertThat(meeting.decision()).isEqualTo("DEFER");
    assertThat(meeting.reason()).contains("风险评估尚不充分");
  }

  @Test
  @DisplayName("R-MD-11: attendance and minutes are the office's: a drafter and a member of the leadership are refused")
  void minutesByOfficeOnly() {
    ProcessInstance pi = start();
    Task attendance = driver.task(pi, "Task_RecordAttendance");
    assertThatThrownBy(() -> Clerks.as(engine, "drafter", () -> engine.getTaskService().complete(attendance.getId(),
        MeetingDriver.attendanceValues(MeetingDriver.ALL, "")))).isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
    assertThat(pi).isWaitingAt("Task_RecordAttendance");
    driver.recordAttendance(pi, MeetingDriver.ALL, "");
    driver.opinions(pi, "APPROVE");
    driver.decide(pi, "APPROVE", null);
    Task minutes = driver.task(pi, "Task_KeepMinutes");
    for (String intruder : List.of("drafter", "deputy1")) {
      assertThatThrownBy(() -> Clerks.as(engine, intruder, () -> engine.getTaskService().complete(minutes.getId(),
          withVariables("meetingMinutes", "纪要")))).isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
    }
    assertThat(pi).isWaitingAt("Task_KeepMinutes");
    assertThat(meetings.ofCase(businessKey(pi)).get(0).minutes()).isNull();
  }

  @Test
  @DisplayName("R-MD-11 dishonest clerk: a forged quorum or speaker list with the attendance, another member's opinion task, the head's task by a member, a choice the caller did not offer")
  void dishonestClerk() {
    ProcessInstance pi = start();
    Task attendance = driver.task(pi, "Task_RecordAttendance");
    Map<String, Object> forged = MeetingDriver.attendanceValues(List.of("leader"), "郑伟：病假\n冯军：出差");
    forged.put("meetingQuorate", true);
    forged.put("meetingSpeakers", List.of("deputy1", "deputy2"));
    assertThatThrownBy(() -> Clerks.as(engine, "office", () -> engine.getTaskService().complete(attendance.getId(), forged)))
        .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
    assertThat(pi).isWaitingAt("Task_RecordAttendance");
    // a member ticked present who is no member of the organ
    assertThatThrownBy(() -> driver.recordAttendance(pi, List.of("leader", "deputy1", "drafter"), "冯军：出差"))
        .satisfies(OrganMeetingTests::refused).hasMessageContaining("出席的组成人员");
    driver.recordAttendance(pi, List.of("leader", "deputy1"), "冯军：出差");
    Task deputy1 = driver.task(pi, "Task_MemberOpinion");
    // the absent member has no task, and may not complete the present member's
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskAssignee("deputy2").count()).isZero();
    assertThatThrownBy(() -> Clerks.as(engine, "deputy2", () -> engine.getTaskService().complete(deputy1.getId(),
        withVariables("memberVote", "REJECT", "memberOpinion", "冒名发表的意见")))).isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
    assertThatThrownBy(() -> driver.opinion(deputy1, "MAYBE", "无效的选项")).satisfies(OrganMeetingTests::refused);
    driver.opinion(deputy1, "APPROVE", "同意。");
    Task head = driver.task(pi, "Task_OrganDecision");
    Map<String, Object> decision = new HashMap<>(withVariables("meetingDecision", "APPROVE"));
    assertThatThrownBy(() -> Clerks.as(engine, "deputy1", () -> engine.getTaskService().complete(head.getId(), decision)))
        .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
    assertThat(pi).isWaitingAt("Task_OrganDecision");
    assertThat(meetings.ofCase(businessKey(pi)).get(0).decision()).isNull();
  }
}
