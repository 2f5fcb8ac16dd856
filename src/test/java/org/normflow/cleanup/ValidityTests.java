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
  @Autowired OrganDecisions organDecisions;

  DocumentDriver driver;
  Registry registry;
  OrganSteps organ;
  org.camunda.bpm.engine.repository.Deployment stub;

  @org.junit.jupiter.api.BeforeAll
  void deployStub() {
    stub = new OrganSteps(engine).stubMeetingIfMissing();
  }

  @BeforeEach
  void setUp() {
    driver = new DocumentDriver(engine, workingDays);
    registry = new Registry(jdbc, engine);
    organ = new OrganSteps(engine);
    DocumentDriver.setClock(START, 9);
  }

  @org.junit.jupiter.api.AfterAll
  void removeSeededDocuments() {
    new OrganSteps(engine).removeStub(stub);
    new Registry(jdbc, engine).removeSeeded();
  }

  @AfterEach
  void resetClock() {
    organDecisions.decideBy(OrganDecisionRepository.VALIDITY, OrganDecisions.MEETING);
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

  /** The legal office reviews the unit's evaluation: SUBMIT (to the organ) or RETURN (to the unit). */
  void review(ProcessInstance pi, String conclusion, String opinion) {
    Task task = organ.task(pi, "Task_ReviewEvaluation");
    assertThat(task).as("the legal office's review").isNotNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("legal-office");
    Clerks.complete(engine, task, Map.of("evaluationReview", conclusion, "evaluationReviewOpinion", opinion));
  }

  /** Unit evaluates, legal office submits, the head (HEAD mode) decides. */
  void toHeadDecision(ProcessInstance pi, String proposal, String decision) {
    evaluate(pi, proposal);
    review(pi, "SUBMIT", "评估理由充分，报请机关决定");
    organ.headDecides(pi, decision, "经研究，决定" + decision);
  }

  Map<String, Object> publication(LocalDate publishedOn, LocalDate effectiveOn, LocalDate statedValidUntil) {
    Map<String, Object> values = new java.util.HashMap<>(Map.of("decisionPublishedOn", publishedOn.toString(),
        "decisionChannel", "GAZETTE", "reissueEffectiveOn", effectiveOn.toString()));
    if (statedValidUntil != null) {
      values.put("statedValidUntil", statedValidUntil.toString());
    }
    return values;
  }

  LocalDate validUntil(String id) {
    return ((java.sql.Date) registry.row(id).get("VALID_UNTIL")).toLocalDate();
  }

  /** Runs due timers one by one, re-reading after each (a timer may cancel another). */
  int runDue(ProcessInstance pi) {
    int ran = 0;
    for (;;) {
      List<org.camunda.bpm.engine.runtime.Job> due = engine.getManagementService().createJobQuery()
          .processInstanceId(pi.getId()).timers().executable().listPage(0, 1);
      if (due.isEmpty()) {
        return ran;
      }
      engine.getManagementService().executeJob(due.get(0).getId());
      ran++;
    }
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
  @DisplayName("R-ND-10 R-ND-14 HEAD mode: the unit proposes, the legal office returns the evaluation with a reason and then submits it, the head decides CONTINUE; nothing is renewed before the head signs (new number at signing) and the legal office publishes; the stated 有效期 is the new period; the re-issue is reported to the filing body")
  void continueByHeadIsReissuedLikeANewDocument() {
    organDecisions.decideBy(OrganDecisionRepository.VALIDITY, OrganDecisions.HEAD);
    LocalDate validUntil = START.plusMonths(8);
    String id = registry.seed("应急预案管理办法（继续）", "unit-hazchem", validUntil, false, "《突发事件应对法》");
    String oldNumber = registry.number(id);
    ProcessInstance pi = atEvaluation(id, validUntil);
    assertThat(engine.getTaskService().getIdentityLinksForTask(evaluation(pi).getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("unit-hazchem");
    evaluate(pi, "CONTINUE");
    assertThat(organ.task(pi, "Task_OrganDecision")).as("the unit's evaluation decides nothing").isNull();

    // the legal office returns the evaluation: back to the unit, the reason shown in its form
    review(pi, "RETURN", "未说明上位法修改情况，请补充");
    assertThat(evaluation(pi)).as("back with the unit").isNotNull();
    assertThat(engine.getTaskService().getVariable(evaluation(pi).getId(), "evaluationReviewOpinion"))
        .isEqualTo("未说明上位法修改情况，请补充");
    assertThat(organ.task(pi, "Task_OrganDecision")).isNull();
    evaluate(pi, "CONTINUE");
    review(pi, "SUBMIT", "评估理由充分，报请机关决定");
    assertThat(registry.number(id)).as("nothing re-issued before the organ's decision").isEqualTo(oldNumber);
    organ.headDecides(pi, "CONTINUE", "同意继续施行");
    assertThat(registry.number(id)).as("nothing re-issued before signing").isEqualTo(oldNumber);
    assertThat(validUntil(id)).isEqualTo(validUntil);

    LocalDate today = workingDays.today();
    organ.sign(pi, today);
    String newNumber = (String) engine.getRuntimeService().getVariable(pi.getId(), "decisionNumber");
    assertThat(newNumber).isNotEqualTo(oldNumber).matches("X应急规〔" + today.getYear() + "〕\\d+号");
    assertThat(registry.number(id)).as("not before publication").isEqualTo(oldNumber);

    LocalDate effective = today.plusDays(30);
    LocalDate stated = effective.plusYears(3).minusDays(1);
    Task publish = organ.task(pi, "Task_PublishDecision");
    assertThat(engine.getTaskService().getIdentityLinksForTask(publish.getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("legal-office");
    assertThatThrownBy(() -> Clerks.complete(engine, publish, publication(today, effective, effective.plusYears(5))))
        .as("a stated 有效期 beyond the maximum").hasMessageContaining("有效期至").hasMessageContaining("最长有效期");
    Clerks.complete(engine, publish, publication(today, effective, stated));

    Map<String, Object> row = registry.row(id);
    assertThat(registry.stage(id)).isEqualTo("IN_FORCE");
    assertThat(registry.number(id)).isEqualTo(newNumber);
    assertThat(((java.sql.Date) row.get("PUBLISHED_ON")).toLocalDate()).isEqualTo(today);
    assertThat(validUntil(id)).as("the stated 有效期").isEqualTo(stated);
    assertThat(((java.sql.Date) row.get("STATED_VALID_UNTIL")).toLocalDate()).isEqualTo(stated);
    assertThat(registry.eventKinds(id)).containsExactly("EVALUATED_CONTINUE", "EVALUATION_RETURNED",
        "EVALUATED_CONTINUE", "EVALUATION_REVIEWED", "SUBMITTED_TO_ORGAN", "ORGAN_DECIDED_CONTINUE", "REISSUE_SIGNED",
        "RENEWED");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "evaluationAt"))
        .as("the next evaluation from the stated 有效期").isEqualTo(workingDays.startOf(stated.minusMonths(6)));

    DocumentDriver.setClock(today.plusDays(5), 10);
    organ.report(pi, today.plusDays(5));
    Map<String, Object> decision = jdbc.sql("SELECT * FROM nf_organ_decision WHERE process_instance_id = ? ORDER BY id DESC")
        .param(pi.getId()).query().listOfRows().get(0);
    assertThat(decision.get("DECIDED_BY_MODE")).isEqualTo("HEAD");
    assertThat(decision.get("DECISION")).isEqualTo("CONTINUE");
    assertThat(((java.sql.Date) decision.get("FILED_ON")).toLocalDate()).isEqualTo(today.plusDays(5));
    assertThat(registry.eventKinds(id)).endsWith("REISSUE_FILED");
    assertThat(ended(pi)).as("waits for the next evaluation").isFalse();
  }

  @Test
  @DisplayName("R-ND-10 MEETING mode (the default): the organ's meeting decides CONTINUE for a trial document; without a stated 有效期 the re-issue gets the shorter configured maximum from its effective date")
  void continueByMeetingTrialDocument() {
    LocalDate validUntil = START.plusMonths(7);
    String id = registry.seed("救援队伍管理试行办法", "unit-hazchem", validUntil, false, "《突发事件应对法》");
    jdbc.sql("UPDATE nf_document SET trial = TRUE WHERE id = ?").param(id).update();
    ProcessInstance pi = atEvaluation(id, validUntil);
    evaluate(pi, "CONTINUE");
    review(pi, "SUBMIT", "报请局务会议决定");
    assertThat(organ.task(pi, "Task_OrganDecision")).as("not the head alone").isNull();
    LocalDate today = workingDays.today();
    organ.meetingDecides(pi, "CONTINUE", "会议决定继续施行", today);
    organ.sign(pi, today);
    LocalDate effective = today.plusDays(30);
    Clerks.complete(engine, organ.task(pi, "Task_PublishDecision"), publication(today, effective, null));
    assertThat(validUntil(id)).isEqualTo(effective.plusYears(2).minusDays(1));
    assertThat(registry.eventKinds(id)).contains("ORGAN_DECIDED_CONTINUE", "RENEWED");
    assertThat(jdbc.sql("SELECT decided_by_mode FROM nf_organ_decision WHERE process_instance_id = ?")
        .param(pi.getId()).query(String.class).single()).isEqualTo("MEETING");
  }

  @Test
  @DisplayName("R-ND-10 the organ decides, not the unit: the unit proposes CONTINUE, the head decides AMEND: a new normative-document case for the same unit, linked; the old document stays in force until the amendment is")
  void amendStartsLinkedCase() {
    organDecisions.decideBy(OrganDecisionRepository.VALIDITY, OrganDecisions.HEAD);
    LocalDate validUntil = START.plusMonths(7);
    String id = registry.seed("应急物资储备办法（修订）", "unit-rescue", validUntil, true, "《突发事件应对法》");
    ProcessInstance pi = atEvaluation(id, validUntil);
    toHeadDecision(pi, "CONTINUE", "AMEND");

    String amendmentInstance = (String) engine.getRuntimeService().getVariable(pi.getId(), "amendmentInstanceId");
    Map<String, Object> amendment = jdbc.sql("SELECT * FROM nf_document WHERE process_instance_id = ?")
        .param(amendmentInstance).query().singleRow();
    assertThat(amendment.get("AMENDS_DOCUMENT_ID")).isEqualTo(id);
    assertThat(amendment.get("DRAFTING_UNIT")).isEqualTo("unit-rescue");
    assertThat((String) amendment.get("TITLE")).contains("应急物资储备办法（修订）");
    assertThat(registry.stage(id)).as("in force until the amendment is").isEqualTo("IN_FORCE");
    assertThat(registry.eventKinds(id)).containsExactly("EVALUATED_CONTINUE", "EVALUATION_REVIEWED",
        "SUBMITTED_TO_ORGAN", "ORGAN_DECIDED_AMEND", "AMENDMENT_STARTED");

    engine.getRuntimeService().createMessageCorrelation("Message_AmendmentInForce").processInstanceBusinessKey(id)
        .setVariable("replacedBy", amendment.get("ID")).correlate();
    assertThat(registry.stage(id)).isEqualTo("EXPIRED");
    assertThat((String) registry.row(id).get("END_REASON")).startsWith("已被修订后的文件替代");
    assertThat(ended(pi)).isTrue();
  }

  @Test
  @DisplayName("R-ND-10 lapse decided by the organ: the document stays in force until its last day and is marked expired by the engine at midnight after it")
  void lapseAtEnd() {
    organDecisions.decideBy(OrganDecisionRepository.VALIDITY, OrganDecisions.HEAD);
    LocalDate validUntil = START.plusMonths(6).plusDays(10);
    String id = registry.seed("临时避难场所管理暂行办法", "unit-hazchem", validUntil, false, "《突发事件应对法》");
    ProcessInstance pi = atEvaluation(id, validUntil);
    toHeadDecision(pi, "LAPSE", "LAPSE");
    DocumentDriver.setClock(validUntil, 23);
    assertThat(runDue(pi)).isZero();
    assertThat(registry.stage(id)).isEqualTo("IN_FORCE");
    DocumentDriver.setClock(validUntil.plusDays(1), 0);
    assertThat(runDue(pi)).isOne();
    assertThat(registry.stage(id)).isEqualTo("EXPIRED");
    assertThat(((java.sql.Date) registry.row(id).get("ENDED_ON")).toLocalDate()).isEqualTo(validUntil.plusDays(1));
    assertThat(registry.eventKinds(id)).containsExactly("EVALUATED_LAPSE", "EVALUATION_REVIEWED", "SUBMITTED_TO_ORGAN",
        "ORGAN_DECIDED_LAPSE", "EXPIRED");
    assertThat(ended(pi)).isTrue();
  }

  @Test
  @DisplayName("R-ND-10 R-C-03 reminders: while the organ has not decided, the unit and the legal office are reminded 60 days (configured) before the end, recorded; the reminder decides nothing")
  void reminderBeforeExpiry() {
    LocalDate validUntil = START.plusMonths(8);
    String id = registry.seed("应急广播管理办法（提醒）", "unit-hazchem", validUntil, false, "《突发事件应对法》");
    ProcessInstance pi = atEvaluation(id, validUntil);
    DocumentDriver.setClock(validUntil.minusDays(61), 10);
    assertThat(runDue(pi)).as("nothing due 61 days before").isZero();
    DocumentDriver.setClock(validUntil.minusDays(60), 10);
    assertThat(runDue(pi)).isOne();
    assertThat(registry.eventKinds(id)).containsExactly("VALIDITY_REMINDED");
    assertThat(evaluation(pi).getPriority()).as("the unit's task is raised").isEqualTo(80);
    evaluate(pi, "CONTINUE");
    assertThat(organ.task(pi, "Task_ReviewEvaluation")).as("the legal office's review is still open").isNotNull();
    assertThat(registry.stage(id)).isEqualTo("IN_FORCE");
  }

  @Test
  @DisplayName("R-ND-10 no re-issue by the end of validity: reviewed but the organ has not decided; the engine marks the document expired, the head's task is withdrawn and the legal office is told")
  void expiryWithoutDecision() {
    organDecisions.decideBy(OrganDecisionRepository.VALIDITY, OrganDecisions.HEAD);
    LocalDate validUntil = START.plusMonths(6).plusDays(3);
    String id = registry.seed("应急演练管理办法（届满未决定）", "unit-hazchem", validUntil, false, "《突发事件应对法》");
    ProcessInstance pi = atEvaluation(id, validUntil);
    evaluate(pi, "CONTINUE");
    review(pi, "SUBMIT", "报请决定");
    assertThat(organ.task(pi, "Task_OrganDecision")).isNotNull();
    DocumentDriver.setClock(validUntil.plusDays(1), 1);
    runDue(pi);
    assertThat(organ.task(pi, "Task_OrganDecision")).as("the decision is over").isNull();
    assertThat(registry.stage(id)).isEqualTo("EXPIRED");
    assertThat((String) registry.row(id).get("END_REASON")).contains("未作出评估决定");
    Task notice = organ.task(pi, "Task_ExpiryNotice");
    assertThat(engine.getTaskService().getIdentityLinksForTask(notice.getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("legal-office");
    Clerks.complete(engine, notice, Map.of("expiryNote", "已通知起草科室，如仍需要另行制定"));
    assertThat(registry.eventKinds(id)).endsWith("EXPIRED", "EXPIRY_NOTED");
    assertThat(ended(pi)).isTrue();
  }

  @Test
  @DisplayName("R-ND-10 R-C-06 the evaluation refuses an outcome not on the form, a missing reason and a forged organ decision; nothing is recorded")
  void dishonestEvaluation() {
    LocalDate validUntil = START.plusMonths(9);
    String id = registry.seed("应急值守办法（伪造）", "unit-hazchem", validUntil, false, "《突发事件应对法》");
    ProcessInstance pi = atEvaluation(id, validUntil);
    Task task = evaluation(pi);
    assertThatThrownBy(() -> Clerks.complete(engine, task, Map.of("evaluationOutcome", "RENEW_FOREVER",
        "evaluationReason", "x"))).hasMessageContaining("表单填写有误").hasMessageContaining("评估结论");
    assertThatThrownBy(() -> Clerks.complete(engine, task, Map.of("evaluationOutcome", "CONTINUE")))
        .hasMessageContaining("表单填写有误").hasMessageContaining("评估理由");
    assertThatThrownBy(() -> Clerks.complete(engine, task, Map.of("evaluationOutcome", "CONTINUE",
        "evaluationReason", "x", "organDecision", "CONTINUE", "validityOutcome", "CONTINUE")))
        .as("forged decision variables").hasMessageContaining("表单中没有").hasMessageContaining("organDecision");
    assertThatThrownBy(() -> Clerks.as(engine, "legal", () -> engine.getTaskService().complete(task.getId(),
        Map.of("evaluationOutcome", "CONTINUE", "evaluationReason", "x")))).as("another group's task")
        .hasMessageContaining("不是交给您办理的");
    assertThat(registry.eventKinds(id)).isEmpty();
    assertThat(evaluation(pi)).isNotNull();
  }

  @Test
  @DisplayName("R-ND-10 R-ND-14 R-ND-16 only the organ decides and the head signs: the legal office and a deputy without authorization are refused, the review cannot be skipped with a forged decision, a signing date before the decision and a publication before signing are refused")
  void onlyTheOrganDecides() {
    organDecisions.decideBy(OrganDecisionRepository.VALIDITY, OrganDecisions.HEAD);
    LocalDate validUntil = START.plusMonths(9);
    String id = registry.seed("应急避难场所管理办法（机关决定）", "unit-hazchem", validUntil, false, "《突发事件应对法》");
    ProcessInstance pi = atEvaluation(id, validUntil);
    evaluate(pi, "CONTINUE");
    Task reviewTask = organ.task(pi, "Task_ReviewEvaluation");
    assertThatThrownBy(() -> Clerks.complete(engine, reviewTask, Map.of("evaluationReview", "SUBMIT",
        "evaluationReviewOpinion", "x", "organDecision", "CONTINUE"))).as("the legal office forging the decision")
        .hasMessageContaining("表单中没有").hasMessageContaining("organDecision");
    assertThatThrownBy(() -> Clerks.complete(engine, reviewTask, Map.of("evaluationReview", "CONTINUE",
        "evaluationReviewOpinion", "x"))).hasMessageContaining("审核结论");
    review(pi, "SUBMIT", "报请决定");
    Task decide = organ.task(pi, "Task_OrganDecision");
    Map<String, Object> values = Map.of("organDecision", "CONTINUE", "organDecisionReason", "同意");
    assertThatThrownBy(() -> Clerks.as(engine, "legal", () -> engine.getTaskService().complete(decide.getId(), values)))
        .as("the legal office").hasMessageContaining("只有认领人可以办理");
    assertThatThrownBy(() -> Clerks.as(engine, "deputy1", () -> engine.getTaskService().complete(decide.getId(), values)))
        .as("a deputy without authorization").hasMessageContaining("只有认领人可以办理");
    assertThatThrownBy(() -> organ.headDecides(pi, "RENEW_FOREVER", "x")).hasMessageContaining("决定");
    assertThat(registry.eventKinds(id)).doesNotContain("ORGAN_DECIDED_CONTINUE");
    organ.headDecides(pi, "CONTINUE", "同意继续施行");
    LocalDate today = workingDays.today();
    assertThatThrownBy(() -> organ.sign(pi, today.minusDays(3))).as("back-dated signing")
        .hasMessageContaining(today.minusDays(3).toString());
    assertThatThrownBy(() -> organ.sign(pi, today.plusDays(1))).as("a signing date in the future").isNotNull();
    organ.sign(pi, today);
    Task publish = organ.task(pi, "Task_PublishDecision");
    assertThatThrownBy(() -> Clerks.complete(engine, publish, publication(today.minusDays(1), today.plusDays(30), null)))
        .as("published before signing").hasMessageContaining(today.minusDays(1).toString());
    assertThatThrownBy(() -> Clerks.complete(engine, publish, publication(today, today.minusDays(1), null)))
        .as("effective before publication").isNotNull();
    String oldNumber = registry.number(id);
    assertThat(oldNumber).as("nothing re-issued by a refused form")
        .isNotEqualTo(engine.getRuntimeService().getVariable(pi.getId(), "decisionNumber"));
  }

  @Test
  @DisplayName("R-ND-10 R-ND-09 the re-issued document's filing: past the deadline (moved clock) it is flagged late and escalated to the legal office, the late report recorded as late")
  void overdueFilingOfReissue() {
    organDecisions.decideBy(OrganDecisionRepository.VALIDITY, OrganDecisions.HEAD);
    LocalDate validUntil = START.plusMonths(8);
    String id = registry.seed("安全生产约谈办法（逾期备案）", "unit-hazchem", validUntil, false, "《突发事件应对法》");
    ProcessInstance pi = atEvaluation(id, validUntil);
    toHeadDecision(pi, "CONTINUE", "CONTINUE");
    LocalDate today = workingDays.today();
    organ.sign(pi, today);
    Clerks.complete(engine, organ.task(pi, "Task_PublishDecision"), publication(today, today.plusDays(30), null));
    assertThat(organ.task(pi, "Task_ReportToFilingBody")).isNotNull();
    DocumentDriver.setClock(today.plusDays(30), 12);
    assertThat(runDue(pi)).as("not yet late on the last day").isZero();
    DocumentDriver.setClock(today.plusDays(32), 9);
    assertThat(runDue(pi)).isOne();
    Task overdue = organ.task(pi, "Task_DecisionFilingOverdue");
    assertThat(overdue).as("escalated to the legal office").isNotNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(overdue.getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("legal-office");
    Clerks.complete(engine, overdue, Map.of("decisionOverdueNote", "已督促，次日报送"));
    organ.report(pi, today.plusDays(32));
    Map<String, Object> decision = jdbc.sql("SELECT * FROM nf_organ_decision WHERE process_instance_id = ? ORDER BY id DESC")
        .param(pi.getId()).query().listOfRows().get(0);
    assertThat(decision.get("FILING_LATE")).isEqualTo(true);
    assertThat(registry.eventKinds(id)).endsWith("REISSUE_FILED");
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
    organDecisions.decideBy(OrganDecisionRepository.VALIDITY, OrganDecisions.HEAD);
    ProcessInstance pi = atEvaluation(old, validUntil);
    toHeadDecision(pi, "AMEND", "AMEND");
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
    assertThat(registry.eventKinds(old)).containsExactly("EVALUATED_AMEND", "EVALUATION_REVIEWED", "SUBMITTED_TO_ORGAN",
        "ORGAN_DECIDED_AMEND", "AMENDMENT_STARTED", "REPLACED_BY_AMENDMENT");
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

  @Test
  @DisplayName("R-ND-10 R-ND-08 the document's own 有效期 is recorded at issue: a 有效期至 beyond the maximum from the effective date is refused in Chinese; a shorter one is the period PlanValidity uses")
  void statedValidityAtIssue() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "危险化学品运输检查办法（载明有效期）", false);
    driver.deliberate(pi, "APPROVED");
    driver.sign(pi);
    LocalDate published = driver.today();
    LocalDate effective = published.plusDays(30);
    Map<String, Object> values = new java.util.HashMap<>(DocumentDriver.publicationValues(published, effective, null, null));
    values.put("statedValidUntil", effective.plusYears(5).toString());
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Publication", values))
        .hasMessageContaining("有效期至").hasMessageContaining("超过了规范性文件的最长有效期");
    LocalDate stated = effective.plusYears(2).minusDays(1);
    values.put("statedValidUntil", stated.toString());
    driver.complete(pi.getId(), "Task_Publication", values);
    driver.file(pi, published);
    DocumentDriver.setClock(effective, 1);
    driver.runDueTimers(pi.getId());
    assertThat(registry.stage(id)).isEqualTo("IN_FORCE");
    assertThat(validUntil(id)).isEqualTo(stated);
    assertThat(((java.sql.Date) registry.row(id).get("STATED_VALID_UNTIL")).toLocalDate()).isEqualTo(stated);
    ProcessInstance validity = validityCase(id);
    assertThat(engine.getRuntimeService().getVariable(validity.getId(), "expiresAt"))
        .isEqualTo(workingDays.endOf(stated));
  }
}
