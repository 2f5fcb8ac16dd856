package org.normflow.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Validity management (R-ND-10): the document-validity case of each document in force. */
@NormFlowSpringTest
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class ValidityTests {

  static final LocalDate START = LocalDate.of(2026, 3, 2);

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired JdbcClient jdbc;

  DocumentDriver driver;
  Registry registry;

  @BeforeEach
  void setUp() {
    driver = new DocumentDriver(engine, workingDays);
    registry = new Registry(jdbc, engine);
    DocumentDriver.setClock(START, 9);
  }

  @org.junit.jupiter.api.AfterAll
  void removeSeededDocuments() {
    new Registry(jdbc, engine).removeSeeded();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  /** Starts the validity case of a seeded document, as ServiceTask_StartValidityManagement does. */
  ProcessInstance manage(String documentId) {
    return engine.getRuntimeService().startProcessInstanceByKey("document-validity", documentId,
        Map.of("documentId", documentId));
  }

  Task evaluation(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_EvaluateValidity").singleResult();
  }

  ProcessInstance atEvaluation(String id, LocalDate validUntil) {
    ProcessInstance pi = manage(id);
    DocumentDriver.setClock(validUntil.minusMonths(6), 10);
    assertThat(driver.runDueTimers(pi.getId())).isOne();
    return pi;
  }

  void evaluate(ProcessInstance pi, String outcome) {
    Clerks.complete(engine, evaluation(pi), Map.of("evaluationOutcome", outcome, "evaluationReason", "实施情况良好"));
  }

  boolean ended(ProcessInstance pi) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0;
  }

  @Test
  @DisplayName("R-ND-10 R-ND-08 a document entering into force starts its validity case (the one hook in normative-document); its evaluation opens 6 months before the end")
  void hookStartsValidityManagement() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "危险化学品储存场所检查办法（有效期）", false);
    driver.deliberate(pi, "APPROVED");
    driver.toInForce(pi);
    assertThat(registry.stage(id)).isEqualTo("IN_FORCE");
    ProcessInstance validity = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("document-validity").processInstanceBusinessKey(id).singleResult();
    assertThat(validity).as("validity case of the document").isNotNull();
    LocalDate validUntil = ((java.sql.Date) registry.row(id).get("VALID_UNTIL")).toLocalDate();

    DocumentDriver.setClock(validUntil.minusMonths(6).minusDays(1), 10);
    assertThat(driver.runDueTimers(validity.getId())).as("nothing due the day before").isZero();
    assertThat(evaluation(validity)).isNull();
    DocumentDriver.setClock(validUntil.minusMonths(6), 10);
    assertThat(driver.runDueTimers(validity.getId())).isOne();
    Task task = evaluation(validity);
    assertThat(task).isNotNull();
    assertThat(task.getDueDate()).isEqualTo(workingDays.endOf(validUntil));
  }

  @Test
  @DisplayName("R-ND-10 R-ND-07 continue: a new unified number, republication today and a new validity period; the next evaluation is planned")
  void continueRenews() {
    LocalDate validUntil = START.plusMonths(8);
    String id = registry.seed("应急预案管理办法（继续）", "unit-hazchem", validUntil, false, "《突发事件应对法》");
    String oldNumber = registry.number(id);
    ProcessInstance pi = atEvaluation(id, validUntil);
    assertThat(engine.getTaskService().getIdentityLinksForTask(evaluation(pi).getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("unit-hazchem");
    evaluate(pi, "CONTINUE");

    LocalDate today = workingDays.today();
    Map<String, Object> row = registry.row(id);
    assertThat(registry.stage(id)).isEqualTo("IN_FORCE");
    assertThat(registry.number(id)).isNotEqualTo(oldNumber).matches("X应急规〔" + today.getYear() + "〕\\d+号");
    assertThat(((java.sql.Date) row.get("PUBLISHED_ON")).toLocalDate()).isEqualTo(today);
    assertThat(((java.sql.Date) row.get("VALID_UNTIL")).toLocalDate()).isEqualTo(today.plusYears(5).minusDays(1));
    assertThat(registry.eventKinds(id)).containsExactly("EVALUATED_CONTINUE", "RENEWED");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "evaluationAt"))
        .isEqualTo(workingDays.startOf(today.plusYears(5).minusDays(1).minusMonths(6)));
    assertThat(ended(pi)).as("waits for the next evaluation").isFalse();
  }

  @Test
  @DisplayName("R-ND-10 amend: a new normative-document case for the same unit, linked; the old document stays in force until the amendment is in force")
  void amendStartsLinkedCase() {
    LocalDate validUntil = START.plusMonths(7);
    String id = registry.seed("应急物资储备办法（修订）", "unit-rescue", validUntil, true, "《突发事件应对法》");
    ProcessInstance pi = atEvaluation(id, validUntil);
    evaluate(pi, "AMEND");

    String amendmentInstance = (String) engine.getRuntimeService().getVariable(pi.getId(), "amendmentInstanceId");
    Map<String, Object> amendment = jdbc.sql("SELECT * FROM nf_document WHERE process_instance_id = ?")
        .param(amendmentInstance).query().singleRow();
    assertThat(amendment.get("AMENDS_DOCUMENT_ID")).isEqualTo(id);
    assertThat(amendment.get("DRAFTING_UNIT")).isEqualTo("unit-rescue");
    assertThat((String) amendment.get("TITLE")).contains("应急物资储备办法（修订）");
    assertThat(registry.stage(id)).as("in force until the amendment is").isEqualTo("IN_FORCE");
    assertThat(registry.eventKinds(id)).containsExactly("EVALUATED_AMEND", "AMENDMENT_STARTED");

    // the amendment enters into force: ServiceTask_StartValidityManagement of the new case tells the old one
    engine.getRuntimeService().createMessageCorrelation("Message_AmendmentInForce").processInstanceBusinessKey(id)
        .setVariable("replacedBy", amendment.get("ID")).correlate();
    assertThat(registry.stage(id)).isEqualTo("EXPIRED");
    assertThat((String) registry.row(id).get("END_REASON")).startsWith("已被修订后的文件替代");
    assertThat(ended(pi)).isTrue();
  }

  @Test
  @DisplayName("R-ND-10 lapse: the document stays in force until its last day and is marked expired by the engine at midnight after it")
  void lapseAtEnd() {
    LocalDate validUntil = START.plusMonths(6).plusDays(10);
    String id = registry.seed("临时避难场所管理暂行办法", "unit-hazchem", validUntil, false, "《突发事件应对法》");
    ProcessInstance pi = atEvaluation(id, validUntil);
    evaluate(pi, "LAPSE");
    DocumentDriver.setClock(validUntil, 23);
    assertThat(driver.runDueTimers(pi.getId())).isZero();
    assertThat(registry.stage(id)).isEqualTo("IN_FORCE");
    DocumentDriver.setClock(validUntil.plusDays(1), 0);
    assertThat(driver.runDueTimers(pi.getId())).isOne();
    assertThat(registry.stage(id)).isEqualTo("EXPIRED");
    assertThat(((java.sql.Date) registry.row(id).get("ENDED_ON")).toLocalDate()).isEqualTo(validUntil.plusDays(1));
    assertThat(registry.eventKinds(id)).containsExactly("EVALUATED_LAPSE", "EXPIRED");
    assertThat(ended(pi)).isTrue();
  }

  @Test
  @DisplayName("R-ND-10 no decision by the end of validity: the engine marks the document expired and the legal office is told")
  void expiryWithoutDecision() {
    LocalDate validUntil = START.plusMonths(6).plusDays(3);
    String id = registry.seed("应急演练管理办法（届满未决定）", "unit-hazchem", validUntil, false, "《突发事件应对法》");
    ProcessInstance pi = atEvaluation(id, validUntil);
    DocumentDriver.setClock(validUntil.plusDays(1), 1);
    assertThat(driver.runDueTimers(pi.getId())).isOne();
    assertThat(evaluation(pi)).as("the evaluation is over").isNull();
    assertThat(registry.stage(id)).isEqualTo("EXPIRED");
    assertThat((String) registry.row(id).get("END_REASON")).contains("未作出评估决定");
    Task notice = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ExpiryNotice").singleResult();
    assertThat(engine.getTaskService().getIdentityLinksForTask(notice.getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("legal-office");
    Clerks.complete(engine, notice, Map.of("expiryNote", "已通知起草科室，如仍需要另行制定"));
    assertThat(registry.eventKinds(id)).containsExactly("EXPIRED", "EXPIRY_NOTED");
    assertThat(ended(pi)).isTrue();
  }

  @Test
  @DisplayName("R-ND-10 R-C-06 the evaluation refuses an outcome not on the form and a missing reason; nothing is recorded")
  void dishonestEvaluation() {
    LocalDate validUntil = START.plusMonths(9);
    String id = registry.seed("应急值守办法（伪造）", "unit-hazchem", validUntil, false, "《突发事件应对法》");
    ProcessInstance pi = atEvaluation(id, validUntil);
    Task task = evaluation(pi);
    assertThatThrownBy(() -> Clerks.complete(engine, task, Map.of("evaluationOutcome", "RENEW_FOREVER",
        "evaluationReason", "x"))).hasMessageContaining("表单填写有误").hasMessageContaining("评估结论");
    assertThatThrownBy(() -> Clerks.complete(engine, task, Map.of("evaluationOutcome", "CONTINUE")))
        .hasMessageContaining("表单填写有误").hasMessageContaining("评估理由");
    assertThat(registry.eventKinds(id)).isEmpty();
    assertThat(evaluation(pi)).isNotNull();
  }

  @Test
  @DisplayName("R-ND-10 a trial (试行/暂行) document continued gets the shorter configured period")
  void trialRenewal() {
    LocalDate validUntil = START.plusMonths(7);
    String id = registry.seed("救援队伍管理试行办法", "unit-hazchem", validUntil, false, "《突发事件应对法》");
    jdbc.sql("UPDATE nf_document SET trial = TRUE WHERE id = ?").param(id).update();
    ProcessInstance pi = atEvaluation(id, validUntil);
    evaluate(pi, "CONTINUE");
    LocalDate today = workingDays.today();
    assertThat(((java.sql.Date) registry.row(id).get("VALID_UNTIL")).toLocalDate())
        .isEqualTo(today.plusYears(2).minusDays(1));
    List<String> kinds = registry.eventKinds(id);
    assertThat(kinds).contains("RENEWED");
  }

  /** Drives a normative-document case waiting at the legal office's finding to entry into force. */
  void toInForce(ProcessInstance pi) {
    driver.confirm(pi, false, false);
    driver.draft(pi);
    driver.consultation(pi, 7, null);
    driver.legalityReview(pi, "LAWFUL");
    driver.deliberate(pi, "APPROVED");
    driver.toInForce(pi);
  }

  ProcessInstance validityCase(String documentId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("document-validity")
        .processInstanceBusinessKey(documentId).singleResult();
  }

  @Test
  @DisplayName("R-ND-10 amend, end to end: the amendment case runs the whole procedure; when it enters into force the old document leaves force, replaced")
  void amendmentInForceReplacesOld() {
    LocalDate validUntil = START.plusMonths(9);
    String old = registry.seed("应急值班值守管理办法（待修订）", "unit-rescue", validUntil, false, "《突发事件应对法》");
    ProcessInstance pi = atEvaluation(old, validUntil);
    evaluate(pi, "AMEND");
    String amendmentInstance = (String) engine.getRuntimeService().getVariable(pi.getId(), "amendmentInstanceId");
    ProcessInstance amendment = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(amendmentInstance).singleResult();
    assertThat(driver.task(amendment.getId(), "Task_IdentifyDocument")).as("an ordinary case from its first step").isNotNull();
    toInForce(amendment);
    String newId = jdbc.sql("SELECT id FROM nf_document WHERE process_instance_id = ?").param(amendmentInstance)
        .query(String.class).single();
    assertThat(registry.stage(newId)).isEqualTo("IN_FORCE");
    assertThat(registry.stage(old)).isEqualTo("EXPIRED");
    assertThat((String) registry.row(old).get("END_REASON")).isEqualTo("已被修订后的文件替代（" + registry.number(newId) + "）");
    assertThat(registry.eventKinds(old)).containsExactly("EVALUATED_AMEND", "AMENDMENT_STARTED", "REPLACED_BY_AMENDMENT");
    assertThat(ended(pi)).isTrue();
    assertThat(validityCase(newId)).as("the amendment's own validity case").isNotNull();
  }

  @Test
  @DisplayName("R-ND-10 R-ND-11 an amendment not awaited by the old validity case (a cleanup started it) still ends the old document and its validity case when it enters into force")
  void amendmentFromCleanupReplacesOld() {
    String old = registry.seed("应急物资采购管理办法（清理修订）", "unit-hazchem", START.plusYears(3), false, "《突发事件应对法》");
    ProcessInstance oldValidity = manage(old);
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "应急物资采购管理办法（修订）", false, false);
    jdbc.sql("UPDATE nf_document SET amends_document_id = ? WHERE id = ?").params(old, id).update();
    driver.draft(pi);
    driver.consultation(pi, 7, null);
    driver.legalityReview(pi, "LAWFUL");
    driver.deliberate(pi, "APPROVED");
    driver.toInForce(pi);
    assertThat(registry.stage(old)).isEqualTo("EXPIRED");
    assertThat(registry.eventKinds(old)).containsExactly("REPLACED_BY_AMENDMENT");
    assertThat(ended(oldValidity)).isTrue();
  }
}
