package org.normflow.hearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.normflow.decision.DecisionDriver.vars;
import static org.normflow.process.HearingVariables.*;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.normflow.decision.DecisionDriver;
import org.normflow.process.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;

/** The hearing process (听证, R-MD-05), started on its own as major-decision calls it. */
@NormFlowSpringTest
class DecisionHearingTests {

  static final ZonedDateTime HEARING_DAY = ZonedDateTime.parse("2031-03-20T00:00:00+08:00[Asia/Shanghai]");

  @Autowired ProcessEngine engine;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    DecisionDriver.setClock(DecisionDriver.TODAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void resetAssertions() {
    BpmnAwareTests.reset();
  }

  ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.HEARING,
        vars(CASE_ID, "MD-HEARING-" + System.nanoTime(), CASE_TITLE, "危险化学品集中仓储区布局"));
  }

  void complete(ProcessInstance pi, String key, Map<String, Object> values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    org.normflow.Clerks.complete(engine, task, values);
  }

  ProcessInstance announced() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Task_HearingNotice");
    assertThat(BpmnAwareTests.task(pi)).hasCandidateGroup("drafters");
    complete(pi, "Task_HearingNotice", vars(HEARING_NOTICE, "听证公告", SELECTION_METHOD, "自愿报名、随机抽取",
        HEARING_DATE, "2031-03-20", HEARING_PLACE, "三楼会议室"));
    complete(pi, "Task_PublishParticipants", vars(PARTICIPANT_LIST, "张三、李四", PARTICIPANTS_PUBLISHED_ON, "2031-03-03"));
    return pi;
  }

  @Test
  @DisplayName("R-MD-05 notice must state the participant selection method")
  void noticeNeedsSelectionMethod() {
    ProcessInstance pi = start();
    assertThatThrownBy(() -> complete(pi, "Task_HearingNotice", vars(HEARING_NOTICE, "公告", HEARING_DATE, "2031-03-20",
        HEARING_PLACE, "会议室"))).satisfies(DecisionDriver::isRefusal).hasMessageContaining("遴选办法");
    assertThat(pi).isWaitingAt("Task_HearingNotice");
  }

  @Test
  @DisplayName("R-MD-05 R-ND-16 the participant list is published when it was, not after today nor before the notice")
  void participantsPublishedInAdvance() {
    ProcessInstance pi = start();
    complete(pi, "Task_HearingNotice", vars(HEARING_NOTICE, "公告", SELECTION_METHOD, "随机抽取", HEARING_DATE, "2031-03-20",
        HEARING_PLACE, "会议室"));
    assertThatThrownBy(() -> complete(pi, "Task_PublishParticipants", vars(PARTICIPANT_LIST, "张三",
        PARTICIPANTS_PUBLISHED_ON, "2031-03-21"))).satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("2031-03-21").hasMessageContaining("晚于今天（2031-03-03）");
    // the example: participants "published" weeks before the hearing was announced
    assertThatThrownBy(() -> complete(pi, "Task_PublishParticipants", vars(PARTICIPANT_LIST, "张三",
        PARTICIPANTS_PUBLISHED_ON, "2031-02-01", "lateRecordGround", "SYSTEM_OUTAGE", "lateRecordReason", "补录")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("2031-02-01").hasMessageContaining("听证公告发布之日（2031-03-03）");
    assertThat(pi).isWaitingAt("Task_PublishParticipants");
  }

  @Test
  @DisplayName("R-MD-05 R-ND-16 the notice fixes a hearing date that leaves the 7 days for the materials")
  void noticeLeavesTheMaterialsPeriod() {
    ProcessInstance pi = start();
    assertThatThrownBy(() -> complete(pi, "Task_HearingNotice", vars(HEARING_NOTICE, "公告", SELECTION_METHOD, "随机抽取",
        HEARING_DATE, "2031-03-09", HEARING_PLACE, "会议室"))).satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("2031-03-09").hasMessageContaining("2031-03-10");
    assertThat(pi).isWaitingAt("Task_HearingNotice");
  }

  @Test
  @DisplayName("R-MD-05 materials delivered less than 7 days before the announced hearing are refused")
  void materialsSevenDaysBefore() {
    ProcessInstance pi = announced();
    DecisionDriver.setClock(ZonedDateTime.parse("2031-03-15T09:00:00+08:00[Asia/Shanghai]"));
    assertThatThrownBy(() -> complete(pi, "Task_DeliverMaterials", vars(MATERIALS_DELIVERED_ON, "2031-03-15")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("7 日前送达").hasMessageContaining("2031-03-22");
    assertThat(pi).isWaitingAt("Task_DeliverMaterials");
  }

  @Test
  @DisplayName("R-MD-05 R-ND-16 R-C-06 the materials task cannot move the announced hearing date")
  void materialsCannotMoveTheHearing() {
    ProcessInstance pi = announced();
    assertThatThrownBy(() -> complete(pi, "Task_DeliverMaterials", vars(MATERIALS_DELIVERED_ON, "2031-03-03",
        HEARING_DATE, "2031-03-11"))).isInstanceOf(org.normflow.trust.TrustBoundaryException.class)
        .hasMessageContaining(HEARING_DATE);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), HEARING_DATE)).isEqualTo("2031-03-20");
  }

  @Test
  @DisplayName("R-MD-05 R-ND-16 the hearing cannot open before its timer and is held on the announced day")
  void timerHoldsTheHearing() {
    ProcessInstance pi = announced();
    complete(pi, "Task_DeliverMaterials", vars(MATERIALS_DELIVERED_ON, "2031-03-03"));
    assertThat(pi).isWaitingAt("Timer_MaterialsDelivered");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(HEARING_DAY.toInstant()));
    // the job executor would not pick it up before then
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    DecisionDriver.setClock(HEARING_DAY.plusHours(9));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().count()).isOne();
    engine.getManagementService().executeJob(timer.getId());
    assertThat(pi).isWaitingAt("Task_HoldHearing");
    assertThatThrownBy(() -> complete(pi, "Task_HoldHearing", vars(HEARING_HELD_ON, "2031-03-19", HEARING_RECORD, "笔录")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("2031-03-19").hasMessageContaining("2031-03-20");
  }

  @Test
  @DisplayName("R-MD-05 R-ND-16 a hearing that cannot be held on the announced day is announced again, with its own 7 days")
  void postponedHearingIsAnnouncedAgain() {
    ProcessInstance pi = announced();
    complete(pi, "Task_DeliverMaterials", vars(MATERIALS_DELIVERED_ON, "2031-03-03"));
    DecisionDriver.setClock(HEARING_DAY.plusHours(9));
    engine.getManagementService().executeJob(
        engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getId());
    assertThatThrownBy(() -> complete(pi, "Task_HoldHearing", vars(HEARING_POSTPONED, true)))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("改期原因");
    complete(pi, "Task_HoldHearing", vars(HEARING_POSTPONED, true, POSTPONEMENT_REASON, "主持人因公出差，听证会无法如期举行"));
    assertThat(pi).isWaitingAt("Task_HearingNotice");
    assertThatThrownBy(() -> complete(pi, "Task_HearingNotice", vars(HEARING_NOTICE, "改期公告", SELECTION_METHOD, "随机抽取",
        HEARING_DATE, "2031-03-25", HEARING_PLACE, "三楼会议室"))).satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("2031-03-25").hasMessageContaining("2031-03-27");
    complete(pi, "Task_HearingNotice", vars(HEARING_NOTICE, "改期公告", SELECTION_METHOD, "随机抽取",
        HEARING_DATE, "2031-04-03", HEARING_PLACE, "三楼会议室"));
    complete(pi, "Task_PublishParticipants", vars(PARTICIPANT_LIST, "张三、李四", PARTICIPANTS_PUBLISHED_ON, "2031-03-20"));
    complete(pi, "Task_DeliverMaterials", vars(MATERIALS_DELIVERED_ON, "2031-03-20"));
    DecisionDriver.setClock(ZonedDateTime.parse("2031-04-03T09:00:00+08:00[Asia/Shanghai]"));
    engine.getManagementService().executeJob(
        engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getId());
    complete(pi, "Task_HoldHearing", vars(HEARING_HELD_ON, "2031-04-03", HEARING_RECORD, "听证笔录"));
    assertThat(pi).isWaitingAt("Task_ConfirmRecord");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), HEARING_HELD_ON)).isEqualTo("2031-04-03");
  }

  @Test
  @DisplayName("R-MD-05 participants confirm and sign the record; the report and date go back to the caller")
  void recordConfirmedAndReport() {
    ProcessInstance pi = announced();
    complete(pi, "Task_DeliverMaterials", vars(MATERIALS_DELIVERED_ON, "2031-03-03"));
    DecisionDriver.setClock(HEARING_DAY.plusHours(9));
    engine.getManagementService().executeJob(
        engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getId());
    complete(pi, "Task_HoldHearing", vars(HEARING_HELD_ON, "2031-03-20", HEARING_RECORD, "听证笔录全文"));
    assertThatThrownBy(() -> complete(pi, "Task_ConfirmRecord", vars(RECORD_CONFIRMED, false, SIGNED_BY, "张三")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("确认");
    complete(pi, "Task_ConfirmRecord", vars(RECORD_CONFIRMED, true, SIGNED_BY, "张三、李四"));
    complete(pi, "Task_HearingReport", vars(HEARING_REPORT, "听证报告"));
    assertThat(pi).isEnded().hasPassedInOrder("Task_HearingNotice", "Task_PublishParticipants", "Task_DeliverMaterials",
        "Timer_MaterialsDelivered", "Task_HoldHearing", "Task_ConfirmRecord", "Task_HearingReport");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(HEARING_HELD_ON).singleResult().getValue()).isEqualTo("2031-03-20");
  }

  @Test
  @DisplayName("R-MD-05 R-MD-18 the hearing table reads the legal office's confirmed facts, never the drafter's ticks")
  void hearingTableReadsTheFinding() {
    var dmn = engine.getDecisionService();
    Map<String, Object> none = vars("vitalInterestsFound", false, "majorDivergenceFound", false,
        "localRuleHearingFound", false, "hearingPlanned", false);
    Map<String, Object> drafterTicksOnly = new java.util.HashMap<>(none);
    drafterTicksOnly.putAll(vars("affectsVitalInterests", true, "localRuleRequiresHearing", true, "majorDisagreement", true,
        "divergenceDegree", "CONSIDERABLE"));
    assertThat((Object) dmn.evaluateDecisionTableByKey("hearing-required", drafterTicksOnly).getSingleResult()
        .getSingleEntry()).isEqualTo(false);
    for (String found : java.util.List.of("vitalInterestsFound", "majorDivergenceFound", "localRuleHearingFound",
        "hearingPlanned")) {
      Map<String, Object> one = new java.util.HashMap<>(none);
      one.put(found, true);
      assertThat((Object) dmn.evaluateDecisionTableByKey("hearing-required", one).getSingleResult().getSingleEntry())
          .as(found).isEqualTo(true);
    }
    assertThat((Object) dmn.evaluateDecisionTableByKey("expert-argumentation-required", vars("technical", true,
        "technicalFound", false)).getSingleResult().getSingleEntry()).isEqualTo(false);
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("risk-controllable")
        .count()).as("R-MD-07: no rule table judges controllability; the organ does").isZero();
  }
}
