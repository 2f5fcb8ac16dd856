package org.normflow.decision;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.normflow.decision.DecisionDriver.vars;
import static org.normflow.process.MajorDecisionVariables.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.Clerks;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.catalogue.CatalogueService;
import org.normflow.process.PartyCommitteeVariables;
import org.normflow.trust.TrustBoundaryException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 24 point 4, R-MD-19 (713 Art 31): before a major decision is issued the organ requests and
 * reports to the same-level Party committee (请示报告); the organ's office records the request and the
 * answer, and the decision is published only after the committee agreed (configurable, default on).
 */
@NormFlowSpringTest
class PartyCommitteeReportTests {

  @Autowired ProcessEngine engine;
  @Autowired CatalogueService catalogue;
  @Autowired DecisionRepository decisions;
  @Autowired DecisionSettings settings;
  @Autowired PartyCommittee partyCommittee;
  @Autowired WorkingDayCalendar workingDays;

  DecisionDriver driver;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    DecisionDriver.setClock(DecisionDriver.TODAY);
    driver = new DecisionDriver(engine, catalogue, workingDays);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void resetAssertions() {
    BpmnAwareTests.reset();
  }

  /** The head approves; the request-report is left for the test. */
  ProcessInstance decided(String title) {
    ProcessInstance pi = driver.toDiscussion(title);
    driver.members(pi, "APPROVE");
    driver.headAtMeeting(pi, "APPROVE", null);
    driver.complete(pi, "Task_HeadDecision", driver.executionTerms());
    return pi;
  }

  @Test
  @DisplayName("R-MD-19: after the head's decision the organ's office records the request-report to the Party committee; a decision the committee does not agree to is not published")
  void partyCommitteeDisagrees() {
    ProcessInstance pi = decided("R-MD-19 党委不同意");
    assertThat(pi).isWaitingAt("Task_PartyCommitteeReport").isNotWaitingAt("Task_Publication");
    assertThat(driver.task(pi, "Task_PartyCommitteeReport")).hasCandidateGroup("organ-office");
    LocalDate today = workingDays.today();
    var task = driver.task(pi, "Task_PartyCommitteeReport");
    assertThatThrownBy(() -> Clerks.as(engine, "drafter", () -> engine.getTaskService().complete(task.getId(),
        DecisionDriver.partyCommitteeAnswer(today, true)))).as("another group's task").isNotNull();
    Map<String, Object> backDated = DecisionDriver.partyCommitteeAnswer(today, true);
    backDated.put(PartyCommitteeVariables.REQUESTED_ON, today.minusDays(5).toString());
    backDated.put("lateRecordGround", "OFFLINE_URGENT");
    backDated.put("lateRecordReason", "先行报请");
    assertThatThrownBy(() -> driver.complete(pi, "Task_PartyCommitteeReport", backDated))
        .as("requested before the head decided").satisfies(DecisionDriver::isRefusal).hasMessageContaining("报请日期");
    Map<String, Object> answeredBeforeAsked = DecisionDriver.partyCommitteeAnswer(today, true);
    answeredBeforeAsked.put(PartyCommitteeVariables.ANSWERED_ON, today.minusDays(1).toString());
    answeredBeforeAsked.put("lateRecordGround", "OFFLINE_URGENT");
    answeredBeforeAsked.put("lateRecordReason", "先行答复");
    assertThatThrownBy(() -> driver.complete(pi, "Task_PartyCommitteeReport", answeredBeforeAsked))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("答复日期");
    Map<String, Object> forged = DecisionDriver.partyCommitteeAnswer(today, false);
    forged.put(PartyCommitteeVariables.AGREED, true);
    assertThatThrownBy(() -> driver.complete(pi, "Task_PartyCommitteeReport", forged))
        .as("the gateway's variable is set by the step, not the form").isInstanceOf(TrustBoundaryException.class);
    Map<String, Object> noAnswer = DecisionDriver.partyCommitteeAnswer(today, true);
    noAnswer.remove(PartyCommitteeVariables.ANSWER);
    assertThatThrownBy(() -> driver.complete(pi, "Task_PartyCommitteeReport", noAnswer))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("党委（党组）意见");
    assertThat(pi).isWaitingAt("Task_PartyCommitteeReport");

    driver.partyCommitteeReport(pi, false);
    assertThat(pi).isEnded().hasPassed("EndEvent_PartyCommitteeDisagreed").hasNotPassed("Task_Publication");
    DecisionRecord record = decisions.get(driver.decisionId(pi));
    org.assertj.core.api.Assertions.assertThat(record.stage()).isEqualTo(DecisionStage.REJECTED);
    org.assertj.core.api.Assertions.assertThat(record.reports()).extracting(DecisionRecord.Report::kind)
        .contains(DecisionRepository.PARTY_COMMITTEE_REPORT);
    org.assertj.core.api.Assertions.assertThat(partyCommittee.agreed(PartyCommittee.Subject.DECISION, record.id())).isFalse();
  }

  @Test
  @DisplayName("R-MD-19: a decision is published only after the Party committee's answer agreed, as NormFlow's record has it")
  void publishedAfterTheAnswer() {
    ProcessInstance pi = decided("R-MD-19 党委同意");
    String today = workingDays.today().toString();
    // moved past the request-report (as an administrator's repair could), publication still refuses
    engine.getRuntimeService().createProcessInstanceModification(pi.getId())
        .cancelAllForActivity("Task_PartyCommitteeReport").startBeforeActivity("Task_Publication").execute();
    assertThatThrownBy(() -> driver.complete(pi, "Task_Publication", vars(PUBLISHED_ON, today,
        ADOPTION_EXPLANATION, "公众意见采纳 2 条", INTERPRETATION_FORM, "PRESS", INTERPRETATION_CONTENT,
        "新闻发布会：决策主要内容", INTERPRETATION_PUBLISHED_ON, today)))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("请示报告").hasMessageContaining("第三十一条");
    engine.getRuntimeService().createProcessInstanceModification(pi.getId())
        .cancelAllForActivity("Task_Publication").startBeforeActivity("Task_PartyCommitteeReport").execute();
    driver.partyCommitteeReport(pi, true);
    assertThat(pi).isWaitingAt("Task_Publication");
    driver.publish(pi);
    assertThat(pi).hasPassed("Task_PartyCommitteeReport", "Task_Publication");
    PartyCommittee.Answer answer = partyCommittee.latest(PartyCommittee.Subject.DECISION, driver.decisionId(pi)).orElseThrow();
    org.assertj.core.api.Assertions.assertThat(answer.agreed()).isTrue();
    org.assertj.core.api.Assertions.assertThat(answer.answerDocNo()).isEqualTo("党委会议纪要〔2026〕5号");
    org.assertj.core.api.Assertions.assertThat(answer.recordedBy()).isEqualTo("office");
  }

  @Test
  @DisplayName("R-MD-19: where local rules do not require it (normflow.decision.party-committee-report: false) the decision goes to publication directly; the Party committee's meeting is a meeting kind")
  void configurable() {
    org.assertj.core.api.Assertions.assertThat(settings.getMeetingKinds()).containsEntry("PARTY_COMMITTEE", "党委（党组）会议");
    settings.setPartyCommitteeReport(false);
    try {
      ProcessInstance pi = decided("R-MD-19 不需请示报告");
      assertThat(pi).isWaitingAt("Task_Publication");
      driver.publish(pi);
      assertThat(pi).hasNotPassed("Task_PartyCommitteeReport").hasPassed("Task_Publication");
    } finally {
      settings.setPartyCommitteeReport(true);
    }
  }
}
