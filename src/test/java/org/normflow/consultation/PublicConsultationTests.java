package org.normflow.consultation;

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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The called process public-consultation on its own, as either caller starts it. */
@NormFlowSpringTest
class PublicConsultationTests {

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired ConsultationRepository consultations;
  @Autowired TestRestTemplate rest;

  DocumentDriver driver;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    driver = new DocumentDriver(engine, workingDays);
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void resetAssertions() {
    BpmnAwareTests.reset();
  }

  ProcessInstance start(String caseId, int minDays, String kind) {
    return engine.getRuntimeService().startProcessInstanceByKey(
        "public-consultation",
        withVariables(
            "caseId", caseId, "caseType", "DOCUMENT", "caseTitle", "征求意见测试", "consultationMinDays", minDays,
            "consultationDayKind", kind, "consultationRuleId", "R-ND-02"));
  }

  @Test
  @DisplayName("R-ND-02 R-MD-04 a period below the minimum needs a listed ground and an explanation, both stored and printed in the published notice")
  void shortenedPeriodNeedsGround() {
    String caseId = DocumentDriver.uniqueId("C");
    ProcessInstance pi = start(caseId, 7, "WORKING_DAYS");
    assertThatThrownBy(() -> driver.publishNotice(pi, 5, null, null))
        .hasMessageContaining("缩短期限的情形")
        .hasMessageContaining("随公告公布");
    assertThatThrownBy(() -> driver.publishNotice(pi, 5, null, "上级要求限期出台"))
        .hasMessageContaining("缩短期限的情形");
    assertThatThrownBy(() -> driver.publishNotice(pi, 5, "BECAUSE_WE_WANT", "上级要求限期出台"))
        .hasMessageContaining("“缩短期限的情形”的取值“BECAUSE_WE_WANT”无效");
    assertThatThrownBy(() -> driver.publishNotice(pi, 5, "SUPERIOR_DEADLINE", null))
        .hasMessageContaining("写明理由");
    assertThat(pi).isWaitingAt("Task_PublishNotice");
    assertThat(rest.getForEntity("/api/public/consultations/" + caseId, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    driver.publishNotice(pi, 5, "SUPERIOR_DEADLINE", "省厅要求本月底前出台");
    assertThat(pi).isWaitingAt("Timer_ConsultationClosed");
    Map<String, Object> row = consultations.find(pi.getId());
    assertThat(row.get("shortened_ground")).isEqualTo("SUPERIOR_DEADLINE");
    assertThat(row.get("shortened_reason")).isEqualTo("省厅要求本月底前出台");
    assertThat(row.get("period_days")).isEqualTo(5);
    assertThat(row.get("closes_on").toString()).isEqualTo("2026-03-09");

    ResponseEntity<Map> notice = rest.getForEntity("/api/public/consultations/" + caseId, Map.class);
    assertThat(notice.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(notice.getBody().get("text").toString())
        .startsWith("现公开征求意见")
        .contains("征求意见期限：2026年3月2日至2026年3月9日（5个工作日）")
        .contains("本次征求意见期限少于7个工作日，理由：上级机关对出台时限有明确要求。省厅要求本月底前出台");
  }

  @Test
  @DisplayName("R-ND-02 a period that meets the minimum is published without any shortening statement")
  void fullPeriodNoticeHasNoShorteningStatement() {
    String caseId = DocumentDriver.uniqueId("C");
    ProcessInstance pi = start(caseId, 7, "WORKING_DAYS");
    driver.publishNotice(pi, 7, "URGENT", "填了也不算缩短");
    Map<String, Object> row = consultations.find(pi.getId());
    assertThat(row.get("shortened_ground")).isNull();
    assertThat(row.get("shortened_reason")).isNull();
    assertThat(row.get("published_notice").toString()).doesNotContain("理由");
  }

  @Test
  @DisplayName("R-C-01 a 7-working-day period across National Day closes on the working-day calendar")
  void workingDayTimerAcrossNationalDay() {
    DocumentDriver.setClock(LocalDate.of(2026, 9, 30), 9);
    ProcessInstance pi = start(DocumentDriver.uniqueId("C"), 7, "WORKING_DAYS");
    driver.publishNotice(pi, 7, null);
    // Oct 1-7 holiday; 8, 9, 10 (make-up Saturday), 12, 13, 14, 15
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate())
        .isEqualTo(Date.from(LocalDate.of(2026, 10, 16).atStartOfDay(DocumentDriver.SHANGHAI).toInstant()));
    DocumentDriver.setClock(LocalDate.of(2026, 10, 15), 23);
    assertThat(driver.runDueTimers(pi.getId())).isZero();
    assertThat(pi).isWaitingAt("Timer_ConsultationClosed");
  }

  @Test
  @DisplayName("R-ND-02 30 calendar days for market documents; every comment needs a disposition before the report")
  void commentsAndDispositions() {
    String caseId = DocumentDriver.uniqueId("C");
    ProcessInstance pi = start(caseId, 30, "CALENDAR_DAYS");
    assertThatThrownBy(() -> driver.publishNotice(pi, 20, null)).hasMessageContaining("少于 30日");
    driver.publishNotice(pi, 30, null);
    assertThat(consultations.find(pi.getId()).get("closes_on").toString()).isEqualTo("2026-04-01");

    ResponseEntity<Map> first = rest.postForEntity(
        "/api/public/consultations/" + caseId + "/comments",
        Map.of("name", "张三", "phone", "13800000000", "email", "zs@example.com", "text", "建议延长过渡期"), Map.class);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    ResponseEntity<Map> second = rest.postForEntity(
        "/api/public/consultations/" + caseId + "/comments", Map.of("name", "李四", "text", "第五条表述不清"), Map.class);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys("commenterName", "commentText");
    assertThat(consultations.comments(pi.getId())).hasSize(2)
        .first().satisfies(c -> assertThat(c.commenterPhone()).isEqualTo("13800000000"));

    driver.closeConsultation(pi);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "consultationCommentCount")).isEqualTo(2);
    ResponseEntity<String> late = rest.postForEntity(
        "/api/public/consultations/" + caseId + "/comments", Map.of("text", "迟到的意见"), String.class);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_DisposeComments",
            withVariables("commentRows", DispositionRows.rows().row(1, "ADOPTED", null).json(), "adoptionSummary", "已研究")))
        .hasMessageContaining("缺少第 2 条意见");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_DisposeComments",
            withVariables("commentRows", DispositionRows.rows().row(1, "ADOPTED", null).row(2, "NOT_ADOPTED", null).json(),
                "adoptionSummary", "已研究")))
        .hasMessageContaining("须写明理由");
    assertThat(pi).isWaitingAt("Task_DisposeComments");
    assertThat(consultations.comments(pi.getId())).allSatisfy(c -> assertThat(c.disposition()).isNull());

    driver.complete(pi.getId(), "Task_DisposeComments",
        withVariables("commentRows", DispositionRows.rows().row(1, "ADOPTED", null).row(2, "PARTLY", "已修改第五条第二款").json(),
            "adoptionSummary", "共两条意见，均已研究"));
    assertThat(pi).isEnded();
    assertThat(consultations.comments(pi.getId())).extracting(ConsultationRepository.Comment::disposition)
        .containsExactly("ADOPTED", "PARTLY");
    String report = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("consultationAdoptionReport").singleResult().getValue();
    assertThat(report).contains("部分采纳").contains("已修改第五条第二款");
  }

  @Test
  @DisplayName("R-C-05 commenters' personal data never appears in the adoption report or the comment digest")
  void noPersonalDataInFeedback() {
    String caseId = DocumentDriver.uniqueId("C");
    ProcessInstance pi = start(caseId, 7, "WORKING_DAYS");
    driver.publishNotice(pi, 7, null);
    rest.postForEntity("/api/public/consultations/" + caseId + "/comments",
        Map.of("name", "王五", "phone", "13911112222", "email", "ww@example.com", "text", "建议增加储备品种"), Map.class);
    driver.closeConsultation(pi);
    String digest = (String) engine.getRuntimeService().getVariable(pi.getId(), "commentDigest");
    assertThat(digest).contains("建议增加储备品种").doesNotContain("王五", "13911112222", "ww@example.com");
    driver.disposeAllAdopted(pi);
    String report = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("consultationAdoptionReport").singleResult().getValue();
    assertThat(report).doesNotContain("王五", "13911112222", "ww@example.com");
  }
}
