package org.normflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
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
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;

/** The called process legality-review on its own, as either caller starts it. */
@NormFlowSpringTest
class LegalityReviewTests {

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired LegalityReviewRepository reviews;

  DocumentDriver driver;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    driver = new DocumentDriver(engine, workingDays);
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9); // Monday
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void resetAssertions() {
    BpmnAwareTests.reset();
  }

  ProcessInstance start(int min, int max, boolean exploratory) {
    return engine.getRuntimeService().startProcessInstanceByKey(
        "legality-review",
        withVariables(
            "caseId", DocumentDriver.uniqueId("L"), "caseType", "DOCUMENT", "caseTitle", "合法性审查测试",
            "reviewMinWorkingDays", min, "reviewMaxWorkingDays", max, "exploratoryReform", exploratory));
  }

  @Test
  @DisplayName("R-ND-05 R-C-03 reminder before the 15-working-day limit, escalation after it, never approval by default")
  void reminderAndEscalation() {
    ProcessInstance pi = start(5, 15, false);
    Date due = Date.from(LocalDate.of(2026, 3, 23).plusDays(1).atStartOfDay(DocumentDriver.SHANGHAI).toInstant());
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().list())
        .extracting(Job::getDuedate).contains(due);

    DocumentDriver.setClock(LocalDate.of(2026, 3, 19), 9); // 2 working days before the last day
    assertThat(driver.runDueTimers(pi.getId())).isEqualTo(1);
    Task review = driver.task(pi.getId(), "Task_LegalityReview");
    assertThat(review.getPriority()).isEqualTo(80);
    assertThat(reviews.find(pi.getId()).orElseThrow().get("reminded_at")).isNotNull();
    assertThat(driver.task(pi.getId(), "Task_ReviewOverdue")).isNull();

    DocumentDriver.setClock(LocalDate.of(2026, 3, 23), 23);
    assertThat(driver.runDueTimers(pi.getId())).as("not before the limit").isZero();
    DocumentDriver.setClock(LocalDate.of(2026, 3, 24), 9);
    assertThat(driver.runDueTimers(pi.getId())).isEqualTo(1);
    Task overdue = driver.task(pi.getId(), "Task_ReviewOverdue");
    assertThat(overdue).isNotNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(overdue.getId()))
        .extracting(l -> l.getGroupId()).contains("leadership");
    assertThat(pi).isWaitingAt("Task_LegalityReview", "Task_ReviewOverdue", "Task_AdvisorOpinion");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "legalityOutcome")).isNull();
    assertThat(reviews.find(pi.getId()).orElseThrow().get("escalated_at")).isNotNull();

    driver.complete(pi.getId(), "Task_ReviewOverdue", withVariables("overdueMeasures", "已督促法制机构三日内出具意见"));
    driver.decideLegality(pi, "LAWFUL");
    assertThat(pi).isEnded().hasPassed("EndEvent_Reviewed");
  }

  @Test
  @DisplayName("R-ND-05 an opinion before the minimum period needs a reason; the adviser's opinion is required first")
  void minimumPeriodAndAdvisor() {
    ProcessInstance pi = start(5, 15, false);
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_LegalityReview", org.normflow.DocumentDriver.legalityValues("LAWFUL")))
        .hasMessageContaining("法律顾问尚未提交书面意见")
        .hasMessageContaining("提前出具意见的理由");
    driver.complete(pi.getId(), "Task_AdvisorOpinion", withVariables("advisorOpinion", "无明显法律问题"));
    Map<String, Object> early = DocumentDriver.legalityValues("LAWFUL");
    early.put("matLegalBasis", false);
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_LegalityReview", early)).hasMessageContaining("制定依据");
    early.put("matLegalBasis", true);
    early.put("earlyOpinionReason", "事项简单，材料齐全");
    driver.complete(pi.getId(), "Task_LegalityReview", early);
    assertThat(pi).isEnded();
    assertThat(reviews.find(pi.getId()).orElseThrow().get("early_opinion_reason")).isEqualTo("事项简单，材料齐全");
  }

  @Test
  @DisplayName("R-MD-08 an unlawful exploratory item may proceed only with the legal risk written out")
  void exploratoryReform() {
    ProcessInstance plain = start(5, 15, false);
    driver.complete(plain.getId(), "Task_AdvisorOpinion", withVariables("advisorOpinion", "意见"));
    driver.advanceWorkingDays(5);
    Map<String, Object> withRisk = DocumentDriver.legalityValues("UNLAWFUL");
    withRisk.put("legalRiskStatement", "可能与上位法冲突");
    assertThatThrownBy(() -> driver.complete(plain.getId(), "Task_LegalityReview", withRisk))
        .hasMessageContaining("探索性改革");

    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
    ProcessInstance exploratory = start(7, 15, true);
    driver.complete(exploratory.getId(), "Task_AdvisorOpinion", withVariables("advisorOpinion", "意见"));
    driver.advanceWorkingDays(7);
    driver.complete(exploratory.getId(), "Task_LegalityReview", withRisk);
    assertThat(historic(exploratory, "legalityMayProceed")).isEqualTo(true);
    assertThat(historic(exploratory, "legalityOutcome")).isEqualTo("UNLAWFUL");

    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
    ProcessInstance noRisk = start(7, 15, true);
    driver.complete(noRisk.getId(), "Task_AdvisorOpinion", withVariables("advisorOpinion", "意见"));
    driver.advanceWorkingDays(7);
    driver.complete(noRisk.getId(), "Task_LegalityReview", DocumentDriver.legalityValues("UNLAWFUL"));
    assertThat(historic(noRisk, "legalityMayProceed")).isEqualTo(false);
  }

  Object historic(ProcessInstance pi, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(name).singleResult().getValue();
  }
}
