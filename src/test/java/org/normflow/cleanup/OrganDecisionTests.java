package org.normflow.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 24, R-ND-11 (and R-ND-14, R-ND-16): the organ decides a cleanup, not a section or the legal office.
 * The units propose, the legal office reviews (and may send a proposal back), the head or the organ's
 * meeting decides (normflow.cleanup.decided-by), the head signs, the decision is published, and only then
 * do documents leave force; the result is reported to the filing body on a deadline that escalates.
 */
@NormFlowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganDecisionTests {

  static final LocalDate START = LocalDate.of(2026, 3, 2);

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired OrganDecisions organDecisions;

  Registry registry;
  OrganSteps organ;
  Deployment stub;

  @BeforeAll
  void deployStub() {
    stub = new OrganSteps(engine).stubMeetingIfMissing();
  }

  @AfterAll
  void removeStubAndSeeds() {
    new OrganSteps(engine).removeStub(stub);
    new Registry(jdbc, engine).removeSeeded();
  }

  @BeforeEach
  void setUp() {
    registry = new Registry(jdbc, engine);
    organ = new OrganSteps(engine);
    DocumentDriver.setClock(START, 9);
  }

  @AfterEach
  void reset() {
    organDecisions.decideBy(OrganDecisionRepository.CLEANUP, OrganDecisions.MEETING);
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  /** A special cleanup of one document in force (the "30 seconds" case of the issue), reviewed ABOLISH. */
  ProcessInstance oneDocumentCleanup(String doc, String law) {
    Map<String, Object> values = Map.of("cleanupScope", "LEGAL_BASIS", "scopeLegalBasis", law, "cleanupReason", "专项清理");
    ProcessInstance pi = Clerks.as(engine, "legal",
        () -> engine.getRuntimeService().startProcessInstanceByKey("periodic-cleanup", values));
    registry.runJobs(pi.getId());
    review(pi, "ABOLISH");
    return pi;
  }

  void review(ProcessInstance pi, String outcome) {
    Task task = organ.task(pi, "Task_ReviewDocument");
    assertThat(task).as("the unit's review").isNotNull();
    Clerks.complete(engine, task, Map.of("reviewOutcome", outcome, "reviewReason", "上位法已废止",
        "reviewLegalBasis", "《规章制定程序条例》第三十七条"));
    registry.runJobs(pi.getId());
  }

  void legalConfirms(ProcessInstance pi) {
    Clerks.complete(engine, organ.task(pi, "Task_ConfirmCleanup"),
        Map.of("legalReviewConclusion", "CONFIRM", "listConfirmed", true));
  }

  static String law() {
    return "测试上位法" + UUID.randomUUID().toString().substring(0, 8);
  }

  String seed(String law) {
    return registry.seed("安全生产行政执法办法" + UUID.randomUUID().toString().substring(0, 4), "unit-hazchem",
        START.plusYears(3), false, "《" + law + "》");
  }

  Map<String, Object> decisionRow(ProcessInstance pi) {
    return jdbc.sql("SELECT * FROM nf_organ_decision WHERE process_instance_id = ? ORDER BY id DESC")
        .param(pi.getId()).query().listOfRows().get(0);
  }

  @Test
  @DisplayName("R-ND-11 HEAD mode: the legal office sends a proposal back to the unit, the head returns the list with a reason, then approves; the head signs (文号 at signing), the legal office publishes; nothing is abolished before publication; the result is reported to the filing body")
  void headDecidesSignsPublishesReports() {
    organDecisions.decideBy(OrganDecisionRepository.CLEANUP, OrganDecisions.HEAD);
    String law = law();
    String doc = seed(law);
    ProcessInstance pi = oneDocumentCleanup(doc, law);

    // the legal office reviews: it sends the proposal back to the unit with a reason
    Task confirm = organ.task(pi, "Task_ConfirmCleanup");
    assertThatThrownBy(() -> Clerks.complete(engine, confirm, Map.of("legalReviewConclusion", "RETURN",
        "returnedDocNumbers", "X应急规〔1999〕1号", "returnReason", "依据不足")))
        .as("only the round's own documents can be sent back").hasMessageContaining("不是本轮清理的文件");
    Clerks.complete(engine, confirm, Map.of("legalReviewConclusion", "RETURN", "returnedDocNumbers", registry.number(doc),
        "returnReason", "废止依据写得不具体"));
    registry.runJobs(pi.getId());
    Task again = organ.task(pi, "Task_ReviewDocument");
    assertThat(again).as("the unit proposes again").isNotNull();
    assertThat(engine.getTaskService().getVariable(again.getId(), "cleanupReturnNote")).asString()
        .contains("废止依据写得不具体");
    review(pi, "ABOLISH");
    legalConfirms(pi);
    assertThat(organ.task(pi, "Task_SignDecision")).as("the legal office's review decides nothing").isNull();
    assertThat(registry.stage(doc)).isEqualTo("IN_FORCE");

    // the head returns the list to the legal office with a reason
    organ.headDecides(pi, "RETURN", "请法制机构再核对一次废止依据");
    Task back = organ.task(pi, "Task_ConfirmCleanup");
    assertThat(back).as("returned to the legal office").isNotNull();
    assertThat(engine.getTaskService().getVariable(back.getId(), "organReturnReason")).isEqualTo("请法制机构再核对一次废止依据");
    legalConfirms(pi);
    organ.headDecides(pi, "APPROVE", "同意清理结果");
    assertThat(registry.stage(doc)).as("decided, not yet signed").isEqualTo("IN_FORCE");

    // R-ND-16: a signing date before the decision is refused
    assertThatThrownBy(() -> organ.sign(pi, START.minusDays(3))).hasMessageContaining(START.minusDays(3).toString());
    organ.sign(pi, START);
    Map<String, Object> row = decisionRow(pi);
    assertThat(row).containsEntry("DECIDED_BY_MODE", "HEAD").containsEntry("DECISION", "APPROVE")
        .containsEntry("SIGNED_BY", "leader");
    assertThat((String) row.get("DECISION_NUMBER")).startsWith("X应急发〔2026〕");
    assertThat(registry.stage(doc)).as("signed, not yet published").isEqualTo("IN_FORCE");
    organ.publish(pi, START);
    registry.runJobs(pi.getId());
    assertThat(registry.stage(doc)).isEqualTo("ABOLISHED");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_organ_decision WHERE process_instance_id = ?").param(pi.getId())
        .query(Integer.class).single()).as("the returned decision and the approved one are both on record").isEqualTo(2);

    Task report = organ.task(pi, "Task_ReportToFilingBody");
    assertThat(report.getDueDate()).as("due 30 days after publication").isEqualTo(
        java.util.Date.from(START.plusDays(31).atStartOfDay(DocumentDriver.SHANGHAI).toInstant()));
    organ.report(pi, START);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(decisionRow(pi)).containsEntry("FILING_LATE", false);
  }

  @Test
  @DisplayName("R-ND-11 R-ND-14 only the head decides and signs: the legal office and a deputy without the head's authorization are refused, and nothing changes")
  void onlyTheHeadDecides() {
    organDecisions.decideBy(OrganDecisionRepository.CLEANUP, OrganDecisions.HEAD);
    String law = law();
    String doc = seed(law);
    ProcessInstance pi = oneDocumentCleanup(doc, law);
    legalConfirms(pi);
    Task decide = organ.task(pi, "Task_OrganDecision");
    Map<String, Object> values = Map.of("organDecision", "APPROVE", "organDecisionReason", "同意");
    assertThatThrownBy(() -> Clerks.as(engine, "legal", () -> engine.getTaskService().complete(decide.getId(), values)))
        .as("the legal office").hasMessageContaining("只有认领人可以办理");
    assertThatThrownBy(() -> Clerks.as(engine, "deputy1", () -> engine.getTaskService().complete(decide.getId(), values)))
        .as("a deputy without authorization").hasMessageContaining("只有认领人可以办理");
    assertThatThrownBy(() -> organ.headDecides(pi, "ABOLISH_ALL", "全部废止")).hasMessageContaining("决定");
    assertThatThrownBy(() -> organ.headDecides(pi, "APPROVE", "")).hasMessageContaining("决定意见");
    assertThat(organ.task(pi, "Task_OrganDecision")).isNotNull();
    assertThat(decisionRow(pi).get("DECISION")).isNull();
    assertThat(registry.stage(doc)).isEqualTo("IN_FORCE");
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test");
    jdbc.sql("UPDATE nf_cleanup SET status = 'PUBLISHED' WHERE process_instance_id = ?").param(pi.getId()).update();
  }

  @Test
  @DisplayName("R-ND-11 MEETING mode (the default): the organ's meeting decides through organ-meeting; a forged meetingDecision from the legal office's form is refused; a meeting decision that was not an option ends nothing")
  void meetingDecides() {
    String law = law();
    String doc = seed(law);
    ProcessInstance pi = oneDocumentCleanup(doc, law);
    Task confirm = organ.task(pi, "Task_ConfirmCleanup");
    Map<String, Object> forged = new HashMap<>(Map.of("legalReviewConclusion", "CONFIRM", "listConfirmed", true));
    forged.put("meetingDecision", "APPROVE");
    assertThatThrownBy(() -> Clerks.complete(engine, confirm, forged)).as("a forged meeting decision")
        .hasMessageContaining("meetingDecision");
    legalConfirms(pi);
    assertThat(organ.task(pi, "Task_OrganDecision")).as("no head task in MEETING mode").isNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).count())
        .as("the organ's meeting is called").isOne();

    organ.meetingDecides(pi, "APPROVE", "局务会议同意", START);
    assertThat(decisionRow(pi)).containsEntry("DECIDED_BY_MODE", "MEETING").containsEntry("DECISION", "APPROVE");
    assertThat(decisionRow(pi).get("MEETING_ID")).as("the meeting on NormFlow's record").isNotNull();
    assertThat(registry.stage(doc)).isEqualTo("IN_FORCE");
    organ.sign(pi, START);
    organ.publish(pi, START);
    registry.runJobs(pi.getId());
    assertThat(registry.stage(doc)).isEqualTo("ABOLISHED");
    organ.report(pi, START);

    // a second round: the meeting returns something that was never an option
    String other = seed(law);
    ProcessInstance second = oneDocumentCleanup(other, law);
    legalConfirms(second);
    assertThatThrownBy(() -> organ.meetingDecides(second, "ABOLISH_ALL", "全部废止", START))
        .as("the meeting offers only the cleanup's options").hasMessageContaining("意见倾向");
    assertThat(registry.stage(other)).isEqualTo("IN_FORCE");
    assertThat(organ.task(second, "Task_SignDecision")).isNull();
    engine.getRuntimeService().deleteProcessInstance(second.getId(), "test");
    jdbc.sql("UPDATE nf_cleanup SET status = 'PUBLISHED' WHERE process_instance_id = ?").param(second.getId()).update();
  }

  @Test
  @DisplayName("R-ND-11 R-ND-16 the report to the filing body: a publication date before signing is refused; past the deadline (moved clock) it is flagged late and escalated to the legal office, and the late report is recorded as late")
  void overdueReportEscalates() {
    organDecisions.decideBy(OrganDecisionRepository.CLEANUP, OrganDecisions.HEAD);
    String law = law();
    String doc = seed(law);
    ProcessInstance pi = oneDocumentCleanup(doc, law);
    legalConfirms(pi);
    organ.headDecides(pi, "APPROVE", "同意");
    organ.sign(pi, START);
    assertThatThrownBy(() -> organ.publish(pi, START.minusDays(1))).hasMessageContaining(START.minusDays(1).toString());
    assertThat(registry.stage(doc)).isEqualTo("IN_FORCE");
    organ.publish(pi, START);
    registry.runJobs(pi.getId());

    DocumentDriver.setClock(START.plusDays(32), 9);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer).as("the report's deadline").isNotNull();
    engine.getManagementService().executeJob(timer.getId());
    Task overdue = organ.task(pi, "Task_DecisionFilingOverdue");
    assertThat(overdue).as("escalated to the legal office").isNotNull();
    assertThat(decisionRow(pi)).containsEntry("FILING_LATE", true);
    assertThat(organ.task(pi, "Task_ReportToFilingBody")).as("the report itself stays open").isNotNull();
    Clerks.complete(engine, overdue, Map.of("decisionOverdueNote", "经办人出差，已督促本周内报送"));
    organ.report(pi, START.plusDays(32));
    Map<String, Object> row = decisionRow(pi);
    assertThat(row).containsEntry("FILING_LATE", true).containsEntry("FILING_OVERDUE_NOTE", "经办人出差，已督促本周内报送");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    List<String> kinds = registry.eventKinds(doc);
    assertThat(kinds).containsExactly("CLEANUP_ABOLISHED");
  }
}
