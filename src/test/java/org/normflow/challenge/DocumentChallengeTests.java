package org.normflow.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.junit.jupiter.api.TestInstance;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.decision.DecisionDriver;
import org.normflow.trust.TrustBoundaryException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R-ND-15 (行政复议法 2023 Art 13, 56-59): a 行政复议 body reviews one of the organ's documents incidentally; the
 * legal office registers it, answers in writing within 10 days (reminded before, escalated to the head when
 * late), and records the outcome on the document's record; clauses stopped are carried out and a document found
 * unlawful is handed to abolition (the head decides) or amendment. R-ND-16 and R-C-06 for the dishonest clerk.
 */
@NormFlowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentChallengeTests {

  /** A Monday; ten days later (Thursday 12 March) is a working day. */
  static final LocalDate START = LocalDate.of(2026, 3, 2);

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    DocumentDriver.setClock(START, 9);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @AfterAll
  void removeSeeded() {
    var runtime = engine.getRuntimeService();
    List<String> cases = jdbc.sql("SELECT follow_up_instance_id FROM nf_challenge WHERE document_id LIKE 'CHAL-%' "
        + "AND follow_up_instance_id IS NOT NULL").query(String.class).list();
    cases.forEach(id -> runtime.deleteProcessInstanceIfExists(id, "test data removed", true, true, false, false));
    runtime.createProcessInstanceQuery().processDefinitionKey("document-challenge").list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test data removed", true, true));
    jdbc.sql("UPDATE nf_document SET amends_document_id = NULL WHERE amends_document_id LIKE 'CHAL-%'").update();
    jdbc.sql("DELETE FROM nf_challenge WHERE document_id LIKE 'CHAL-%'").update();
    jdbc.sql("DELETE FROM nf_abolition WHERE document_id LIKE 'CHAL-%'").update();
    jdbc.sql("DELETE FROM nf_document_event WHERE document_id LIKE 'CHAL-%'").update();
    jdbc.sql("DELETE FROM nf_document_version WHERE document_id LIKE 'CHAL-%'").update();
    jdbc.sql("DELETE FROM nf_case_summary WHERE case_id LIKE 'CHAL-%'").update();
    jdbc.sql("DELETE FROM nf_document WHERE id LIKE 'CHAL-%'").update();
    BpmnAwareTests.reset();
  }

  // ---------------------------------------------------------------- helpers

  /** A document of the registry, published a year ago (in force) or, with {@code published} false, not yet. */
  String seed(String title, boolean published) {
    String id = "CHAL-" + UUID.randomUUID().toString().substring(0, 12);
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    LocalDate on = published ? START.minusYears(1) : null;
    jdbc.sql("INSERT INTO nf_document (id, title, doc_type, issuing_unit, concerns_market, major_decision, trial, stage, "
            + "doc_number, published_on, effective_on, valid_until, drafting_unit, created_at, updated_at) "
            + "VALUES (?, ?, '办法', '市应急管理局', FALSE, FALSE, FALSE, ?, ?, ?, ?, ?, 'unit-hazchem', ?, ?)")
        .params(id, title, published ? "IN_FORCE" : "SIGNED", "X应急规〔2025〕" + id.substring(5) + "号", on,
            on == null ? null : on.plusDays(30), on == null ? null : on.plusYears(5), now, now)
        .update();
    jdbc.sql("INSERT INTO nf_document_version (document_id, version_no, draft_text, legal_basis, created_at) "
            + "VALUES (?, 1, '正文', '《安全生产法》', ?)")
        .params(id, now).update();
    return id;
  }

  String number(String id) {
    return jdbc.sql("SELECT doc_number FROM nf_document WHERE id = ?").param(id).query(String.class).single();
  }

  static Map<String, Object> request(String docNumber, LocalDate received) {
    Map<String, Object> values = new HashMap<>();
    values.put("reviewBody", "市人民政府");
    values.put("reviewCaseNumber", "X府复〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号");
    values.put("challengedDocNumber", docNumber);
    values.put("receivedOn", received.toString());
    values.put("questionedClauses", "第五条（增设现场核查前置条件）");
    return values;
  }

  ProcessInstance register(String user, Map<String, Object> values) {
    return Clerks.as(engine, user, () -> engine.getRuntimeService().startProcessInstanceByKey("document-challenge", values));
  }

  Task task(ProcessInstance pi, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  static Map<String, Object> answer(LocalDate sent) {
    return new HashMap<>(Map.of("answerSentOn", sent.toString(), "answerReference", "X应急函〔2026〕8号",
        "answerSummary", "第五条依据《安全生产法》第八十条制定，未增设行政许可"));
  }

  static Map<String, Object> outcome(String outcome, LocalDate on, String stopped, String followUp) {
    Map<String, Object> values = new HashMap<>(Map.of("challengeOutcome", outcome, "outcomeOn", on.toString(),
        "outcomeNumber", "X府复决〔2026〕3号"));
    if (stopped != null) {
      values.put("stoppedClauses", stopped);
    }
    if (followUp != null) {
      values.put("followUp", followUp);
    }
    if ("ABOLISH".equals(followUp)) {
      values.put("followUpChannel", "PORTAL");
    }
    return values;
  }

  Map<String, Object> challengeRow(String documentId) {
    return jdbc.sql("SELECT * FROM nf_challenge WHERE document_id = ?").param(documentId).query().singleRow();
  }

  List<String> eventKinds(String documentId) {
    return jdbc.sql("SELECT kind FROM nf_document_event WHERE document_id = ? ORDER BY id").param(documentId)
        .query(String.class).list();
  }

  /** Moves the engine clock and fires the challenge's timers that are due, as the job executor would. */
  void moveTo(LocalDate day, ProcessInstance pi) {
    DocumentDriver.setClock(day, 9);
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().executable().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  // ---------------------------------------------------------------- paths

  @Test
  @DisplayName("R-ND-15 answered in time: the legal office registers the request, answers within 10 days, records 合法 on the document's record")
  void answeredInTimeFoundLawful() {
    String id = seed("危险作业现场核查办法", true);
    ProcessInstance pi = register("legal", request(number(id), START));
    Task answerTask = task(pi, "Task_WrittenAnswer");
    assertThat(answerTask).isNotNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(answerTask.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("legal-office"));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "answerDueOn")).isEqualTo("2026-03-12");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "caseTitle")).isEqualTo("附带审查答复：危险作业现场核查办法");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count())
        .as("reminder and deadline").isEqualTo(2);

    DocumentDriver.setClock(START.plusDays(3), 10);
    Clerks.complete(engine, answerTask, answer(START.plusDays(3)));
    Clerks.complete(engine, task(pi, "Task_RecordOutcome"), outcome("LAWFUL", START.plusDays(3), null, null));

    assertThat(pi).isEnded().hasPassed("EndEvent_FoundLawful")
        .hasNotPassed("ServiceTask_EscalateAnswer", "Task_AnswerOverdue", "ServiceTask_StopClauses");
    Map<String, Object> row = challengeRow(id);
    assertThat(row).containsEntry("ANSWERED_LATE", false).containsEntry("OUTCOME", "LAWFUL")
        .containsEntry("REGISTERED_BY", "legal").containsEntry("REVIEW_BODY", "市人民政府");
    assertThat(row.get("ESCALATED_AT")).isNull();
    assertThat(eventKinds(id)).containsExactly("CHALLENGE_RECEIVED", "CHALLENGE_ANSWERED");
    assertThat(jdbc.sql("SELECT stage FROM nf_document WHERE id = ?").param(id).query(String.class).single())
        .isEqualTo("IN_FORCE");
  }

  @Test
  @DisplayName("R-ND-15 late: reminded 3 days before the 10th day, escalated to the head the day after it, the head's measures and the late answer recorded (engine clock moved)")
  void lateWithEscalation() {
    String id = seed("危险化学品储存检查办法", true);
    ProcessInstance pi = register("legal", request(number(id), START));
    Task answerTask = task(pi, "Task_WrittenAnswer");

    moveTo(START.plusDays(7), pi);
    assertThat(engine.getTaskService().createTaskQuery().taskId(answerTask.getId()).singleResult().getPriority())
        .isEqualTo(RemindChallengeAnswer.REMINDER_PRIORITY);
    assertThat(challengeRow(id).get("REMINDED_AT")).isNotNull();
    assertThat(task(pi, "Task_AnswerOverdue")).as("not yet late").isNull();

    moveTo(START.plusDays(11), pi);
    Task overdue = task(pi, "Task_AnswerOverdue");
    assertThat(overdue.getAssignee()).as("the head").isEqualTo("leader");
    assertThat(challengeRow(id).get("ESCALATED_AT")).isNotNull();
    assertThat(eventKinds(id)).contains("CHALLENGE_ANSWER_OVERDUE");
    // the lapse of time answers nothing: the answer task is still open
    assertThat(task(pi, "Task_WrittenAnswer")).isNotNull();
    // nobody but the head does the head's step
    assertThatThrownBy(() -> Clerks.as(engine, "legal", () -> engine.getTaskService().complete(overdue.getId(),
        Map.of("overdueMeasures", "自行督办"))))
        .hasMessageContaining("只有认领人可以办理");
    assertThatThrownBy(() -> Clerks.complete(engine, overdue, Map.of("overdueMeasures", " ")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("督办措施");
    Clerks.complete(engine, overdue, Map.of("overdueMeasures", "责成法制机构当日提交书面答复并作出说明"));
    assertThat(challengeRow(id)).containsEntry("OVERDUE_MEASURES", "责成法制机构当日提交书面答复并作出说明")
        .containsEntry("OVERDUE_MEASURES_BY", "leader");

    Clerks.complete(engine, task(pi, "Task_WrittenAnswer"), answer(START.plusDays(11)));
    assertThat(challengeRow(id)).containsEntry("ANSWERED_LATE", true);
    Clerks.complete(engine, task(pi, "Task_RecordOutcome"), outcome("LAWFUL", START.plusDays(11), null, null));
    assertThat(pi).isEnded().hasPassed("Timer_AnswerReminder", "ServiceTask_RemindAnswer", "Timer_AnswerDeadline",
        "ServiceTask_EscalateAnswer", "Task_AnswerOverdue", "EndEvent_OverdueHandled", "EndEvent_FoundLawful");
  }

  @Test
  @DisplayName("R-ND-15 clauses stopped: the order is carried out on the document's record and an amendment is started for the drafting unit")
  void clausesStoppedAndAmended() {
    String id = seed("应急物资储备管理办法", true);
    ProcessInstance pi = register("legal", request(number(id), START));
    Clerks.complete(engine, task(pi, "Task_WrittenAnswer"), answer(START));
    // what was stopped and how the organ corrects it are required when the clauses were not found lawful
    assertThatThrownBy(() -> Clerks.complete(engine, task(pi, "Task_RecordOutcome"),
        outcome("CLAUSES_STOPPED", START, null, null)))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("决定停止执行的条款").hasMessageContaining("纠正方式");
    Clerks.complete(engine, task(pi, "Task_RecordOutcome"), outcome("CLAUSES_STOPPED", START, "第五条", "AMEND"));

    assertThat(pi).isEnded().hasPassed("ServiceTask_StopClauses", "ServiceTask_StartAmendment", "EndEvent_AmendmentStarted");
    assertThat(challengeRow(id)).containsEntry("STOPPED_CLAUSES", "第五条").containsEntry("FOLLOW_UP", "AMEND");
    assertThat(eventKinds(id)).contains("CLAUSES_STOPPED", "AMENDMENT_STARTED");
    String amendment = (String) challengeRow(id).get("FOLLOW_UP_INSTANCE_ID");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(amendment)
        .processDefinitionKey("normative-document").count()).isOne();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_document WHERE amends_document_id = ?").param(id).query(Integer.class)
        .single()).isOne();
    assertThat(new ChallengeRepository(jdbc).stoppedClauses(id)).singleElement()
        .satisfies(c -> assertThat(c.outcomeLabel()).isEqualTo("部分条款停止执行"));
    // the public library shows what no longer applies, next to the document still in force
    String page = rest.getForObject("/public/documents", String.class);
    assertThat(page).contains("经行政复议机关决定停止执行的条款")
        .contains(number(id) + " 应急物资储备管理办法：第五条（市人民政府《X府复决〔2026〕3号》，" + START + "）");
  }

  @Test
  @DisplayName("R-ND-15 R-ND-11 found unlawful: the clauses are stopped and an abolition is proposed, which the head decides")
  void foundUnlawfulAbolitionStarted() {
    String id = seed("烟花爆竹经营备案办法", true);
    ProcessInstance pi = register("legal", request(number(id), START));
    Clerks.complete(engine, task(pi, "Task_WrittenAnswer"), answer(START));
    Clerks.complete(engine, task(pi, "Task_RecordOutcome"), outcome("UNLAWFUL", START, "全文", "ABOLISH"));

    assertThat(pi).isEnded().hasPassed("ServiceTask_StopClauses", "ServiceTask_StartAbolition", "EndEvent_AbolitionProposed");
    assertThat(eventKinds(id)).contains("FOUND_UNLAWFUL");
    Map<String, Object> abolition = jdbc.sql("SELECT * FROM nf_abolition WHERE document_id = ?").param(id).query().singleRow();
    assertThat(abolition).containsEntry("GROUND", "REVIEW_BODY_UNLAWFUL").containsEntry("PROPOSED_BY", "legal")
        .containsEntry("PUBLICATION_CHANNEL", "本机关门户网站");
    String abolitionCaseId = (String) challengeRow(id).get("FOLLOW_UP_INSTANCE_ID");
    Task approve = engine.getTaskService().createTaskQuery().processInstanceId(abolitionCaseId)
        .taskDefinitionKey("Task_ApproveAbolition").singleResult();
    assertThat(approve.getAssignee()).as("the organ decides: the head").isEqualTo("leader");
    assertThat(jdbc.sql("SELECT stage FROM nf_document WHERE id = ?").param(id).query(String.class).single())
        .as("nothing is abolished before the head decides").isEqualTo("IN_FORCE");
    Clerks.complete(engine, approve, Map.of("approvalDecision", "APPROVE", "approvalOpinion", "同意废止"));
    // R-ND-11: abolished when the head's signed decision is published, not before
    ProcessInstance abolitionCase = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(abolitionCaseId).singleResult();
    org.normflow.cleanup.OrganSteps organ = new org.normflow.cleanup.OrganSteps(engine);
    organ.sign(abolitionCase, START);
    assertThat(jdbc.sql("SELECT stage FROM nf_document WHERE id = ?").param(id).query(String.class).single())
        .isEqualTo("IN_FORCE");
    organ.publish(abolitionCase, START);
    assertThat(jdbc.sql("SELECT stage FROM nf_document WHERE id = ?").param(id).query(String.class).single())
        .isEqualTo("ABOLISHED");
  }

  // ---------------------------------------------------------------- who and what may be registered

  @Test
  @DisplayName("R-ND-15 R-C-06 R-C-07 only the legal office registers, only a published document of the registry, received after publication, once per body's case")
  void onlyLegalOfficeAndPublishedDocuments() {
    String id = seed("安全培训管理办法", true);
    assertThatThrownBy(() -> register("drafter", request(number(id), START))).hasMessageContaining("CREATE_INSTANCE");
    assertThatThrownBy(() -> register("admin", request(number(id), START)))
        .hasMessageContaining("系统管理员负责系统运行，不发起案件");
    assertThatThrownBy(() -> register("legal", request("X应急规〔1999〕1号", START))).hasMessageContaining("没有文号");
    String unpublished = seed("尚未公布的办法", false);
    assertThatThrownBy(() -> register("legal", request(number(unpublished), START))).hasMessageContaining("尚未公布");
    assertThatThrownBy(() -> register("legal", request(number(id), START.minusYears(2))))
        .hasMessageContaining("不能早于文件的公布日期（" + START.minusYears(1) + "）");
    Map<String, Object> first = request(number(id), START);
    register("legal", first);
    assertThatThrownBy(() -> register("legal", first)).hasMessageContaining("不能重复登记");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_challenge WHERE document_id IN (?, ?)").params(id, unpublished)
        .query(Integer.class).single()).isOne();
  }

  @Test
  @DisplayName("R-ND-15 R-ND-16 R-C-06 the dishonest clerk: a received date in the future, an answer dated before receipt, an outcome before the answer, forged variables, another clerk's task, a field left empty")
  void dishonestClerk() {
    String id = seed("安全生产约谈办法", true);
    assertThatThrownBy(() -> register("legal", request(number(id), START.plusDays(1))))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能晚于今天（" + START + "）");
    Map<String, Object> forgedStart = request(number(id), START);
    forgedStart.put("answerDueAt", new java.util.Date(0));
    assertThatThrownBy(() -> register("legal", forgedStart)).isInstanceOf(TrustBoundaryException.class);
    Map<String, Object> empty = request(number(id), START);
    empty.put("questionedClauses", " ");
    assertThatThrownBy(() -> register("legal", empty)).satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("被审查的条款");

    ProcessInstance pi = register("legal", request(number(id), START.minusDays(2)));
    Task answerTask = task(pi, "Task_WrittenAnswer");
    assertThatThrownBy(() -> Clerks.complete(engine, answerTask, answer(START.minusDays(3))))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能早于收到日期（" + START.minusDays(2) + "）");
    Map<String, Object> forged = answer(START);
    forged.put("recordedOutcome", "LAWFUL");
    assertThatThrownBy(() -> Clerks.complete(engine, answerTask, forged)).isInstanceOf(TrustBoundaryException.class);
    Clerks.secondLegalClerk(engine);
    Clerks.as(engine, "legal", () -> engine.getTaskService().claim(answerTask.getId(), "legal"));
    assertThatThrownBy(() -> Clerks.as(engine, "legal2", () -> engine.getTaskService().complete(answerTask.getId(), answer(START))))
        .hasMessageContaining("只有认领人可以办理");
    Clerks.as(engine, "legal", () -> engine.getTaskService().complete(answerTask.getId(), answer(START)));

    Task outcomeTask = task(pi, "Task_RecordOutcome");
    assertThatThrownBy(() -> Clerks.complete(engine, outcomeTask, outcome("LAWFUL", START.minusDays(1), null, null)))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能早于书面答复发出日期（" + START + "）");
    assertThatThrownBy(() -> Clerks.complete(engine, outcomeTask, outcome("VOID", START, null, null)))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("复议机关的审查结论");
    Map<String, Object> forgedGate = outcome("UNLAWFUL", START, "全文", "AMEND");
    forgedGate.put("recordedFollowUp", "NONE");
    assertThatThrownBy(() -> Clerks.complete(engine, outcomeTask, forgedGate)).isInstanceOf(TrustBoundaryException.class);
    assertThat(challengeRow(id).get("OUTCOME")).as("nothing a refused step typed is recorded").isNull();
    assertThat(pi).isWaitingAt("Task_RecordOutcome");
  }
}
