package org.normflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.normflow.decision.DecisionDriver.vars;
import static org.normflow.process.DecisionImplementationVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.Clerks;
import org.normflow.NormFlowSpringTest;
import org.normflow.audit.AuditEntry;
import org.normflow.audit.AuditTrail;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.catalogue.CatalogueItem.ItemStatus;
import org.normflow.catalogue.CatalogueService;
import org.normflow.identity.DraftingUnits;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.normflow.deployment.ModelDeployer;
import org.normflow.process.HeadAuthorizationVariables;
import org.normflow.process.MajorDecisionVariables;
import org.normflow.process.ProcessKeys;
import org.normflow.validation.Grounds;
import org.normflow.trust.TrustBoundaryException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * After the decision (713 Art 32-37): the organ names the executing unit, the executing unit reports,
 * a missing report is escalated, the legal office supervises and prompts, the head decides whether a
 * post-evaluation is carried out and what follows it, the head suspends in urgent cases. Execution and
 * post-evaluation run in the called process decision-implementation.
 */
@NormFlowSpringTest
class DecisionImplementationTests {

  static final String LEGAL = "legal";
  static final String EXECUTING_CLERK = "drafter2"; // member of unit-rescue, the executing unit the head names
  static final String DRAFTER = "drafter"; // member of unit-hazchem, the drafting unit

  @Autowired ProcessEngine engine;
  @Autowired CatalogueService catalogue;
  @Autowired DecisionRepository decisions;
  @Autowired DecisionSettings settings;
  @Autowired DraftingUnits units;
  @Autowired TestRestTemplate rest;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired AuditTrail auditTrail;
  @Autowired Grounds grounds;

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
    engine.getIdentityService().clearAuthentication();
  }

  @AfterAll
  static void resetAssertions() {
    BpmnAwareTests.reset();
  }

  private DecisionRecord record(ProcessInstance pi) {
    return decisions.get(driver.decisionId(pi));
  }

  private List<String> measures(ProcessInstance pi) {
    return record(pi).measures().stream().map(DecisionRecord.Measure::measure).toList();
  }

  private List<String> candidateGroups(Task task) {
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  private void completeAs(String user, Task task, Map<String, Object> values) {
    Clerks.as(engine, user, () -> engine.getTaskService().complete(task.getId(), values));
  }

  private void legalPrompts(ProcessInstance pi, String ground, String reason) {
    driver.completeImplementation(pi, "Task_SuperviseExecution", vars(EVALUATION_GROUND, ground,
        EVALUATION_GROUND_REASON, reason));
  }

  private void headOrdersEvaluation(ProcessInstance pi, String kind, String unit) {
    driver.completeImplementation(pi, "Task_DecideEvaluation", vars(EVALUATION_DECISION, "EVALUATE",
        EVALUATION_DECISION_REASON, "公众意见较多，须评估实施效果", EVALUATOR_KIND, kind, EVALUATOR_UNIT, unit));
  }

  private void evaluate(ProcessInstance pi, String advice) {
    driver.completeImplementation(pi, "Task_PostEvaluation", evaluation(advice));
  }

  /** An evaluation that heard the public (issue 24 point 7, 713 Art 36(3)). */
  private Map<String, Object> evaluation(String advice) {
    String today = workingDays.today().toString();
    return vars(EVALUATION_REPORT, "评估报告：实施效果一般", EVALUATION_ADVICE, advice,
        PUBLIC_PARTICIPATION_METHOD, "网上征求意见、座谈会", PUBLIC_PARTICIPATION_FROM, today, PUBLIC_PARTICIPATION_TO, today,
        PUBLIC_OPINION_COUNT, 12, DEPUTIES_INVOLVED, true, CPPCC_INVOLVED, false, EXPERTS_INVOLVED, true,
        PARTICIPANTS_NOTE, "市人大代表张某；安全生产专家李某");
  }

  /**
   * The head decides the outcome. An adjustment goes the way issue 24 point 7 (713 Art 37) requires: the head
   * decides to adjust, the legal office reviews the class (here agreeing with {@code outcome}), the head then
   * decides the class; a suspension or stop is then published by the organ's office.
   */
  private void headDecidesOutcome(ProcessInstance pi, String outcome, String reason, String changes) {
    boolean adjustment = outcome.endsWith("_ADJUSTMENT");
    driver.completeImplementation(pi, "Task_DecideOutcome", vars(OUTCOME_DECISION, adjustment ? "ADJUST" : outcome,
        OUTCOME_DECISION_REASON, reason, ADJUSTMENT_CONTENT, changes));
    if (adjustment) {
      reviewAdjustmentClass(pi, outcome);
      driver.completeImplementation(pi, "Task_DecideOutcome", vars(OUTCOME_DECISION, outcome,
          OUTCOME_DECISION_REASON, reason, ADJUSTMENT_CONTENT, changes));
    } else if (outcome.equals("SUSPEND") || outcome.equals("STOP")) {
      publishMeasure(pi);
    }
  }

  /** Issue 24 point 7: the legal office's view whether the adjustment is 一般 or 重大. */
  private void reviewAdjustmentClass(ProcessInstance pi, String view) {
    completeAs(LEGAL, driver.implementationTask(pi, "Task_ReviewAdjustmentClass"), vars(ADJUSTMENT_CLASS_VIEW, view,
        ADJUSTMENT_CLASS_REASONS, "调整" + (view.startsWith("MAJOR") ? "改变决策主要内容" : "不改变决策主要内容")));
  }

  /** Issue 24 point 7: the organ's office publishes the suspension or stop. */
  private void publishMeasure(ProcessInstance pi) {
    completeAs("office", driver.implementationTask(pi, "Task_PublishMeasure"), vars(MEASURE_PUBLISHED_ON,
        workingDays.today().toString(), MEASURE_PUBLICATION_CHANNEL, "本局门户网站", MEASURE_ANNOUNCEMENT, "关于中止（停止）执行的公告"));
  }

  @Test
  @DisplayName("R-MD-14 the decision organ names the executing unit from the configured units; the drafter cannot; its tasks go to that unit")
  void organNamesExecutingUnit() {
    ProcessInstance pi = driver.toDiscussion("R-MD-14 执行单位");
    driver.members(pi, "APPROVE");
    driver.headAtMeeting(pi, "APPROVE", null);
    Task head = driver.task(pi, "Task_HeadDecision");
    Map<String, Object> terms = driver.executionTerms();
    assertThatThrownBy(() -> completeAs(DRAFTER, head, terms)).as("the drafter decides nothing")
        .isInstanceOf(TrustBoundaryException.class);
    Map<String, Object> noUnit = new java.util.HashMap<>(terms);
    noUnit.remove(MajorDecisionVariables.EXECUTING_UNIT);
    assertThatThrownBy(() -> driver.complete(pi, "Task_HeadDecision", noUnit))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("决策执行单位");
    Map<String, Object> elsewhere = new java.util.HashMap<>(terms);
    elsewhere.put(MajorDecisionVariables.EXECUTING_UNIT, "unit-nowhere");
    assertThatThrownBy(() -> driver.complete(pi, "Task_HeadDecision", elsewhere)).satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("决策执行单位");
    driver.complete(pi, "Task_HeadDecision", terms);
    driver.partyCommitteeReport(pi, true);
    DecisionRecord record = record(pi);
    assertThat(record.executingGroup()).isEqualTo(DecisionDriver.EXECUTING_UNIT_ID);
    assertThat(record.executingUnit()).isEqualTo(DecisionDriver.EXECUTING_UNIT_LABEL);

    // R-MD-12: publication explains adoption; the drafter can no longer name (or rename) the executing unit
    assertThat(pi).isWaitingAt("Task_Publication");
    assertThatThrownBy(() -> driver.complete(pi, "Task_Publication", vars(MajorDecisionVariables.PUBLISHED_ON, workingDays.today().toString())))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("采纳情况说明");
    assertThatThrownBy(() -> driver.complete(pi, "Task_Publication", vars(MajorDecisionVariables.PUBLISHED_ON, workingDays.today().toString(),
        MajorDecisionVariables.ADOPTION_EXPLANATION, "采纳说明", MajorDecisionVariables.EXECUTING_UNIT, "unit-hazchem")))
        .isInstanceOf(TrustBoundaryException.class).hasMessageContaining("表单");
    driver.publish(pi);
    assertThat(pi).isWaitingAt("CallActivity_DecisionImplementation");
    assertThat(record(pi).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.PUBLICATION)
        && r.content().contains(DecisionDriver.EXECUTING_UNIT_LABEL));
    assertThat(record(pi).executingGroup()).isEqualTo(DecisionDriver.EXECUTING_UNIT_ID);

    ProcessInstance implementation = driver.implementation(pi);
    assertThat(implementation).isWaitingAt("Task_ImplementDecision", "Task_SuperviseExecution", "Task_SuspendExecution");
    assertThat(engine.getRuntimeService().getVariable(implementation.getId(), EXECUTING_UNIT_NAME))
        .isEqualTo(DecisionDriver.EXECUTING_UNIT_LABEL);
    assertThat(candidateGroups(driver.implementationTask(pi, "Task_ImplementDecision")))
        .containsExactly(DecisionDriver.EXECUTING_UNIT_ID);
    assertThat(candidateGroups(driver.implementationTask(pi, "Task_SuperviseExecution"))).containsExactly("legal-office");
    assertThat(driver.implementationTask(pi, "Task_SuspendExecution").getAssignee()).isEqualTo("leader");
    // the drafting unit is not the executing unit: it cannot report for it
    Task implement = driver.implementationTask(pi, "Task_ImplementDecision");
    assertThatThrownBy(() -> completeAs(DRAFTER, implement, vars(EXECUTION_REPORT, "COMPLETED")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(record(pi).stage()).isEqualTo(DecisionStage.IMPLEMENTING);
    // the executing unit's members read the decision's record
    assertThat(rest.withBasicAuth(EXECUTING_CLERK, "demo").getForEntity("/api/decisions/" + driver.decisionId(pi), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("R-MD-14 decision-implementation is deployed with the models; worker groups read its definition, cases only by per-case grants")
  void calledProcessDeployedAndReadable() {
    var definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.DECISION_IMPLEMENTATION).latestVersion().singleResult();
    assertThat(definition).isNotNull();
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(definition.getDeploymentId())
        .singleResult().getName()).isEqualTo(ModelDeployer.DEPLOYMENT_NAME);
    var authorizations = engine.getAuthorizationService();
    for (String group : List.of("drafters", "legal-office", "leadership")) {
      assertThat(authorizations.isUserAuthorized("someone", List.of(group), Permissions.READ, Resources.PROCESS_DEFINITION,
          ProcessKeys.DECISION_IMPLEMENTATION)).as(group).isTrue();
      assertThat(authorizations.isUserAuthorized("someone", List.of(group), Permissions.READ_INSTANCE,
          Resources.PROCESS_DEFINITION, ProcessKeys.DECISION_IMPLEMENTATION)).as(group + " reads no case as a whole").isFalse();
    }
    ProcessInstance pi = driver.toImplementation("R-MD-14 案件权限");
    String implementation = driver.implementation(pi).getId();
    // the executing unit reads the called instance and the decision above it, through its tasks' grants
    for (String instance : List.of(implementation, pi.getId())) {
      assertThat(Clerks.as(engine, EXECUTING_CLERK, () -> engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(instance).count())).isOne();
    }
    assertThat(Clerks.as(engine, "expert", () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(implementation).count())).as("a stranger to the case").isZero();
  }

  @Test
  @DisplayName("R-MD-15 the legal office's proposal offers exactly the configured grounds of a post-evaluation")
  void evaluationGroundsAreConfigured() throws Exception {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/decision-implementation-supervise-execution.form").toFile());
    List<String> offered = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      if (EVALUATION_GROUND.equals(component.path("key").asText())) {
        component.path("values").forEach(v -> offered.add(v.path("value").asText() + "=" + v.path("label").asText()));
      }
    }
    assertThat(offered).containsExactlyElementsOf(grounds.of(DecisionMeasures.GROUNDS_KIND).entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).toList());
  }

  @Test
  @DisplayName("R-MD-14 the head's choice of executing unit offers exactly the configured drafting units")
  void executingUnitOptionsAreTheConfiguredUnits() throws Exception {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/major-decision-head-decision.form").toFile());
    List<String> offered = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      if ("executingUnit".equals(component.path("key").asText())) {
        component.path("values").forEach(v -> offered.add(v.path("value").asText() + "=" + v.path("label").asText()));
      }
    }
    assertThat(offered).containsExactlyElementsOf(
        units.getDraftingUnits().stream().map(u -> u.getId() + "=" + u.getName()).toList());
  }

  @Test
  @DisplayName("R-MD-14 R-C-03 progress reports on a timer; a missing report is escalated to the legal office, never passed over; completion archives")
  void missingProgressReportEscalated() {
    ProcessInstance pi = driver.toImplementation("R-MD-14 逾期未报告");
    ProcessInstance implementation = driver.implementation(pi);
    Job cycle = engine.getManagementService().createJobQuery().processInstanceId(implementation.getId())
        .activityId("BoundaryEvent_ProgressReportDue").singleResult();
    assertThat(cycle).isNotNull();
    DecisionDriver.setClock(ZonedDateTime.ofInstant(cycle.getDuedate().toInstant(), DecisionDriver.TODAY.getZone()).plusMinutes(1));
    engine.getManagementService().executeJob(cycle.getId());
    assertThat(implementation).isWaitingAt("Task_ProgressReport", "Task_ImplementDecision");
    assertThat(candidateGroups(driver.implementationTask(pi, "Task_ProgressReport")))
        .containsExactly(DecisionDriver.EXECUTING_UNIT_ID);

    // nobody reports: the engine clock moves past the report's due time and the timer fires
    Job overdue = engine.getManagementService().createJobQuery().processInstanceId(implementation.getId())
        .activityId("BoundaryEvent_ProgressReportOverdue").singleResult();
    assertThat(overdue).isNotNull();
    Date due = overdue.getDuedate();
    assertThat(due).isAfter(ClockUtil.getCurrentTime());
    ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
    engine.getManagementService().executeJob(overdue.getId());
    assertThat(implementation).isWaitingAt("Task_UrgeProgressReport", "Task_ProgressReport", "Task_ImplementDecision");
    assertThat(candidateGroups(driver.implementationTask(pi, "Task_UrgeProgressReport"))).containsExactly("legal-office");
    assertThat(record(pi).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.REPORT_OVERDUE));
    assertThatThrownBy(() -> driver.completeImplementation(pi, "Task_UrgeProgressReport", vars()))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("督促情况");
    driver.completeImplementation(pi, "Task_UrgeProgressReport", vars(URGING_NOTE, "已电话督促执行单位五日内报告"));
    assertThat(record(pi).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.SUPERVISION)
        && r.content().contains("五日内报告") && LEGAL.equals(r.createdBy()));
    // the report is still owed: the urging did not replace it
    assertThat(implementation).isWaitingAt("Task_ProgressReport", "Task_ImplementDecision");
    driver.completeImplementation(pi, "Task_ProgressReport", vars(PROGRESS_REPORT, "已完成选址", PROGRESS_PROBLEMS,
        "征地进度滞后，周边居民意见较大"));
    assertThat(record(pi).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.PROGRESS)
        && r.content().contains("征地进度滞后") && EXECUTING_CLERK.equals(r.createdBy()));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(implementation.getId())
        .activityId("BoundaryEvent_ProgressReportDue").count()).as("the cycle goes on").isOne();

    assertThat(record(pi).reports()).noneMatch(r -> r.kind().equals(DecisionRepository.REPORT_NOT_MADE));

    // a report owed when execution is interrupted does not vanish silently
    Job next = engine.getManagementService().createJobQuery().processInstanceId(implementation.getId())
        .activityId("BoundaryEvent_ProgressReportDue").singleResult();
    ClockUtil.setCurrentTime(new Date(next.getDuedate().getTime() + 60_000));
    engine.getManagementService().executeJob(next.getId());
    legalPrompts(pi, "PUBLIC_OBJECTIONS", "群众来信较多");
    assertThat(record(pi).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.REPORT_NOT_MADE));
    driver.completeImplementation(pi, "Task_DecideEvaluation", vars(EVALUATION_DECISION, "NO_EVALUATION",
        EVALUATION_DECISION_REASON, "来信已答复"));

    driver.completeImplementation(pi, "Task_ImplementDecision", vars(EXECUTION_REPORT, "COMPLETED"));
    assertThat(pi).isEnded().hasPassed("CallActivity_DecisionImplementation", "ServiceTask_Archive", "EndEvent_Archived");
    DecisionRecord record = record(pi);
    assertThat(record.stage()).isEqualTo(DecisionStage.ARCHIVED);
    assertThat(catalogue.item(record.catalogueItemId()).status()).isEqualTo(ItemStatus.COMPLETED);
    assertThat(record.measures()).extracting(DecisionRecord.Measure::measure).containsExactly("EVALUATION_DECLINED");
  }

  @Test
  @DisplayName("R-MD-15 the legal office prompts, the head decides to evaluate (not by the pre-decision assessor), the evaluation hears the public (713 Art 36(3): refused without) and advises, the head decides to continue")
  void legalOfficePromptHeadEvaluatesAndContinues() {
    ProcessInstance pi = driver.toImplementation("R-MD-15 继续执行");
    Task supervise = driver.implementationTask(pi, "Task_SuperviseExecution");
    // a forged variable cannot start an evaluation nor end the decision
    for (String forged : List.of(EVALUATION_ORDERED, EXECUTION_END, IMPLEMENTATION_RESULT, ORGAN_OUTCOME)) {
      assertThatThrownBy(() -> completeAs(LEGAL, supervise, vars(EVALUATION_GROUND, "PUBLIC_OBJECTIONS",
          EVALUATION_GROUND_REASON, "理由", forged, forged.equals(EVALUATION_ORDERED) ? (Object) true : "STOPPED")))
          .as(forged).isInstanceOf(TrustBoundaryException.class);
    }
    assertThatThrownBy(() -> legalPrompts(pi, "PUBLIC_OBJECTIONS", " ")).satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("具体理由");
    legalPrompts(pi, "PUBLIC_OBJECTIONS", "收到群众来信 40 余件，反映仓储区选址问题");
    ProcessInstance implementation = driver.implementation(pi);
    assertThat(implementation).isWaitingAt("Task_DecideEvaluation");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(implementation.getId())
        .taskDefinitionKey("Task_ImplementDecision").count()).isZero();
    Task decide = driver.implementationTask(pi, "Task_DecideEvaluation");
    assertThat(decide.getAssignee()).isEqualTo("leader");
    assertThat((String) engine.getRuntimeService().getVariable(implementation.getId(), EVALUATION_PROMPT))
        .contains("公众对决策实施提出较多意见").contains("群众来信");
    // only the head decides whether to evaluate
    assertThatThrownBy(() -> completeAs(LEGAL, decide, vars(EVALUATION_DECISION, "EVALUATE",
        EVALUATION_DECISION_REASON, "x", EVALUATOR_KIND, "LEGAL_OFFICE"))).isInstanceOf(TrustBoundaryException.class);
    assertThatThrownBy(() -> engine.getTaskService().complete(decide.getId(), vars(EVALUATION_DECISION, "EVALUATE",
        EVALUATION_DECISION_REASON, "x", EVALUATOR_KIND, "LEGAL_OFFICE"))).as("nobody logged in")
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("第三十六条");
    assertThatThrownBy(() -> driver.completeImplementation(pi, "Task_DecideEvaluation", vars(EVALUATION_DECISION, "EVALUATE")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("理由").hasMessageContaining("评估承担单位");
    // no risk assessment ran: the lead unit did the main assessment before the decision
    assertThatThrownBy(() -> headOrdersEvaluation(pi, "COMMISSIONED", "危险化学品安全监督管理处"))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("承担主要论证评估工作的单位");
    headOrdersEvaluation(pi, "COMMISSIONED", "第三方评估机构");
    assertThat(implementation).isWaitingAt("Task_PostEvaluation");
    assertThat(candidateGroups(driver.implementationTask(pi, "Task_PostEvaluation"))).containsExactly("legal-office");
    assertThat(record(pi).stage()).isEqualTo(DecisionStage.POST_EVALUATION);

    // the evaluation advises; it cannot decide
    Task evaluation = driver.implementationTask(pi, "Task_PostEvaluation");
    assertThatThrownBy(() -> completeAs(LEGAL, evaluation, vars(EVALUATION_REPORT, "建议停止", EVALUATION_ADVICE, "STOP",
        OUTCOME_DECISION, "STOP"))).isInstanceOf(TrustBoundaryException.class);
    // issue 24 point 7, R-MD-15 (713 Art 36(3)): an evaluation that did not hear the public is refused
    assertThatThrownBy(() -> completeAs(LEGAL, evaluation, vars(EVALUATION_REPORT, "建议停止", EVALUATION_ADVICE, "STOP")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("听取公众意见的方式").hasMessageContaining("听取意见开始日期")
        .hasMessageContaining("收到的公众意见（条）");
    Map<String, Object> unnamed = evaluation("STOP");
    unnamed.remove(PARTICIPANTS_NOTE);
    assertThatThrownBy(() -> completeAs(LEGAL, evaluation, unnamed)).as("deputies ticked, nobody named")
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("参与评估的人大代表");
    Map<String, Object> backDated = evaluation("STOP");
    backDated.put(PUBLIC_PARTICIPATION_FROM, workingDays.today().minusDays(30).toString());
    backDated.put("lateRecordGround", "OFFLINE_URGENT");
    backDated.put("lateRecordReason", "先行征求");
    assertThatThrownBy(() -> completeAs(LEGAL, evaluation, backDated)).as("heard before the evaluation was ordered")
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("听取意见开始日期");
    evaluate(pi, "STOP");
    assertThat(implementation).isWaitingAt("Task_DecideOutcome");
    assertThat(engine.getRuntimeService().getVariable(implementation.getId(), EVALUATION_ADVICE_TEXT)).isEqualTo("建议停止执行");
    Task outcome = driver.implementationTask(pi, "Task_DecideOutcome");
    assertThat(outcome.getAssignee()).isEqualTo("leader");
    for (String clerk : List.of(LEGAL, EXECUTING_CLERK)) {
      assertThatThrownBy(() -> completeAs(clerk, outcome, vars(OUTCOME_DECISION, "STOP", OUTCOME_DECISION_REASON, "x")))
          .as(clerk).isInstanceOf(TrustBoundaryException.class);
    }
    assertThatThrownBy(() -> headDecidesOutcome(pi, "CONTINUE", null, null)).satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("理由");
    // the organ decides, whatever the evaluation advised
    headDecidesOutcome(pi, "CONTINUE", "问题可通过加强宣传解释解决，继续执行", null);
    assertThat(pi).isWaitingAt("CallActivity_DecisionImplementation");
    assertThat(implementation).isWaitingAt("Task_ImplementDecision", "Task_SuperviseExecution", "Task_SuspendExecution");
    assertThat(record(pi).stage()).isEqualTo(DecisionStage.IMPLEMENTING);
    List<DecisionRecord.Measure> measures = record(pi).measures();
    assertThat(measures).extracting(DecisionRecord.Measure::measure).containsExactly("EVALUATION_ORDERED", "CONTINUE");
    assertThat(measures).allSatisfy(m -> {
      assertThat(m.decidedBy()).isEqualTo("leader");
      assertThat(m.decidedAt()).isNotNull();
      assertThat(m.ground()).isEqualTo("PUBLIC_OBJECTIONS");
      assertThat(m.groundLabel()).isEqualTo("公众对决策实施提出较多意见");
    });
    assertThat(measures.get(0).reason()).contains("第三方评估机构");
    assertThat(record(pi).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.EVALUATION)
        && r.content().contains("建议停止执行") && LEGAL.equals(r.createdBy()));
    // the record says who decided what, in the registry API
    var body = rest.withBasicAuth("auditor", "demo").getForEntity("/api/decisions/" + driver.decisionId(pi), Map.class).getBody();
    assertThat((List<?>) body.get("measures")).hasSize(2);
    assertThat(body.get("executingUnit")).isEqualTo(DecisionDriver.EXECUTING_UNIT_LABEL);
  }

  @Test
  @DisplayName("R-MD-15 the executing unit reports, the head declines an evaluation; a general adjustment is recorded with what changed; suspend then stop")
  void generalAdjustmentSuspendAndStop() {
    ProcessInstance pi = driver.toImplementation("R-MD-15 一般调整");
    assertThatThrownBy(() -> driver.completeImplementation(pi, "Task_ImplementDecision", vars(EXECUTION_REPORT, "PROBLEM")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("问题和情况变化");
    driver.completeImplementation(pi, "Task_ImplementDecision", vars(EXECUTION_REPORT, "PROBLEM",
        PROBLEM_REPORT, "上级新规提高了仓储安全距离"));
    ProcessInstance implementation = driver.implementation(pi);
    assertThat(implementation).isWaitingAt("Task_DecideEvaluation");
    driver.completeImplementation(pi, "Task_DecideEvaluation", vars(EVALUATION_DECISION, "NO_EVALUATION",
        EVALUATION_DECISION_REASON, "执行单位可按新规自行调整实施细则，无需评估"));
    assertThat(implementation).isWaitingAt("Task_ImplementDecision", "Task_SuperviseExecution", "Task_SuspendExecution");
    assertThat(record(pi).measures()).singleElement().satisfies(m -> {
      assertThat(m.measure()).isEqualTo("EVALUATION_DECLINED");
      assertThat(m.ground()).isEqualTo("EXECUTING_UNIT_REPORT");
    });

    legalPrompts(pi, "AIM_NOT_MET", "仓储区入驻率不足三成");
    headOrdersEvaluation(pi, "LEGAL_OFFICE", null);
    evaluate(pi, "GENERAL_ADJUSTMENT");
    assertThatThrownBy(() -> headDecidesOutcome(pi, "GENERAL_ADJUSTMENT", "入驻条件过严", null))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("调整内容");
    headDecidesOutcome(pi, "GENERAL_ADJUSTMENT", "入驻条件过严", "入驻企业注册资本要求由 5000 万元降为 2000 万元");
    assertThat(implementation).isWaitingAt("Task_ImplementDecision", "Task_SuperviseExecution", "Task_SuspendExecution");
    assertThat(record(pi).measures()).filteredOn(m -> m.measure().equals("GENERAL_ADJUSTMENT")).singleElement()
        .satisfies(m -> {
          assertThat(m.changes()).contains("2000 万元");
          assertThat(m.reason()).contains("入驻条件过严");
          assertThat(m.decidedBy()).isEqualTo("leader");
          assertThat(m.measureLabel()).isEqualTo("决定一般调整后继续执行");
        });

    legalPrompts(pi, "LEGAL_OFFICE_ADVICE", "发现选址存在地质隐患");
    headOrdersEvaluation(pi, "LEGAL_OFFICE", null);
    evaluate(pi, "SUSPEND");
    headDecidesOutcome(pi, "SUSPEND", "待地质勘查结论", null);
    // a suspension is not an end: the organ's further decision stays open
    assertThat(implementation).isWaitingAt("Task_DecideOutcome");
    assertThat(record(pi).stage()).isEqualTo(DecisionStage.SUSPENDED);
    assertThatThrownBy(() -> headDecidesOutcome(pi, "SUSPEND", "再次中止", null)).satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("已中止执行");
    headDecidesOutcome(pi, "STOP", "勘查确认存在重大地质隐患，停止执行", null);
    assertThat(pi).isEnded().hasPassed("Gateway_ImplementationResult", "EndEvent_Stopped").hasNotPassed("ServiceTask_Archive");
    DecisionRecord record = record(pi);
    assertThat(record.stage()).isEqualTo(DecisionStage.STOPPED);
    // issue 24 point 7, R-MD-15: the suspension and the stop of the published decision were both published
    assertThat(record.reports()).filteredOn(r -> r.kind().equals(DecisionRepository.MEASURE_PUBLICATION))
        .extracting(DecisionRecord.Report::content).satisfiesExactly(
            c -> assertThat(c).contains("决策机关决定中止执行"), c -> assertThat(c).contains("决策机关决定停止执行"));
    assertThat(catalogue.item(record.catalogueItemId()).status()).isEqualTo(ItemStatus.STOPPED);
    assertThat(record.measures()).extracting(DecisionRecord.Measure::measure).containsExactly("EVALUATION_DECLINED",
        "EVALUATION_ORDERED", "GENERAL_ADJUSTMENT", "EVALUATION_ORDERED", "SUSPENSION", "STOP");
    assertThat(record.measures()).allMatch(m -> "leader".equals(m.decidedBy()) && m.decidedAt() != null);
    // the decision's audit trail includes the steps of the called implementation (R-C-02)
    List<AuditEntry> trail = auditTrail.of(pi.getId());
    assertThat(trail).anyMatch(e -> e.kind().equals("USER_COMPLETE") && "Task_DecideOutcome".equals(e.activityId())
        && "leader".equals(e.userId()));
    assertThat(trail).filteredOn(e -> e.kind().equals("VALUE") && "Task_DecideOutcome".equals(e.activityId()))
        .extracting(AuditEntry::detail).contains("outcomeDecision = STOP", "adjustmentContent = 入驻企业注册资本要求由 5000 万元降为 2000 万元");
  }

  @Test
  @DisplayName("R-MD-15 a major adjustment decided by the head runs the whole procedure again as a new linked decision")
  void majorAdjustmentRunsTheProcedureAgain() {
    ProcessInstance pi = driver.throughParticipation("R-MD-15 重大调整", vars(MajorDecisionVariables.STABILITY_RISK, true), false);
    driver.riskAssessment(pi, "LOW", "LOW", true);
    driver.called.finishLegalityReview(pi, "LAWFUL", "合法", null);
    driver.integrity(pi, true);
    driver.members(pi, "APPROVE");
    driver.head(pi, "APPROVE", null);
    driver.publish(pi);
    legalPrompts(pi, "AIM_NOT_MET", "明显未达到预期效果");
    assertThatThrownBy(() -> headOrdersEvaluation(pi, "COMMISSIONED", "市社会稳定风险评估中心"))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("市社会稳定风险评估中心");
    headOrdersEvaluation(pi, "COMMISSIONED", "第三方评估机构");
    evaluate(pi, "MAJOR_ADJUSTMENT");
    headDecidesOutcome(pi, "MAJOR_ADJUSTMENT", "选址须重新论证", "仓储区选址");
    assertThat(pi).isEnded().hasPassed("ServiceTask_StartAdjustment", "EndEvent_Superseded");
    assertThat(record(pi).reports()).as("R-MD-15: the legal office reviewed the class first")
        .anyMatch(r -> r.kind().equals(DecisionRepository.ADJUSTMENT_CLASS_REVIEW) && r.content().contains("重大调整"));
    String successorId = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(MajorDecisionVariables.SUCCESSOR_PROCESS_INSTANCE_ID).singleResult()
        .getValue();
    ProcessInstance successor = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(successorId)
        .singleResult();
    assertThat(successor).isWaitingAt("Task_Proposal");
    DecisionRecord next = decisions.get(driver.decisionId(successor));
    assertThat(next.previousDecisionId()).isEqualTo(driver.decisionId(pi));
    assertThat(catalogue.item(next.catalogueItemId()).adjustment()).isTrue();
    assertThat(catalogue.item(next.catalogueItemId()).adjustmentReason()).contains("选址须重新论证");
    DecisionRecord record = record(pi);
    assertThat(record.stage()).isEqualTo(DecisionStage.SUPERSEDED);
    assertThat(record.measures()).extracting(DecisionRecord.Measure::measure)
        .containsExactly("EVALUATION_ORDERED", "MAJOR_ADJUSTMENT");
  }

  @Test
  @DisplayName("R-MD-15 issue 24: whether an adjustment is 一般 or 重大 is reviewed by the legal office before the head decides it; the head cannot label it alone, and a decision against the legal office's view is recorded as such")
  void adjustmentClassReviewedByTheLegalOffice() {
    ProcessInstance pi = driver.toImplementation("R-MD-15 调整类别审查");
    ProcessInstance implementation = driver.implementation(pi);
    legalPrompts(pi, "PUBLIC_OBJECTIONS", "群众来信反映入驻条件过严");
    headOrdersEvaluation(pi, "LEGAL_OFFICE", null);
    evaluate(pi, "GENERAL_ADJUSTMENT");
    assertThatThrownBy(() -> driver.completeImplementation(pi, "Task_DecideOutcome", vars(OUTCOME_DECISION, "GENERAL_ADJUSTMENT",
        OUTCOME_DECISION_REASON, "入驻条件过严", ADJUSTMENT_CONTENT, "降低注册资本要求")))
        .as("one person's label").satisfies(DecisionDriver::isRefusal).hasMessageContaining("须先由法制机构审查");
    driver.completeImplementation(pi, "Task_DecideOutcome", vars(OUTCOME_DECISION, "ADJUST",
        OUTCOME_DECISION_REASON, "入驻条件过严", ADJUSTMENT_CONTENT, "入驻企业注册资本要求由 5000 万元降为 2000 万元"));
    assertThat(implementation).isWaitingAt("Task_ReviewAdjustmentClass");
    Task review = driver.implementationTask(pi, "Task_ReviewAdjustmentClass");
    assertThat(candidateGroups(review)).containsExactly("legal-office");
    assertThatThrownBy(() -> completeAs("leader", review, vars(ADJUSTMENT_CLASS_VIEW, "GENERAL_ADJUSTMENT",
        ADJUSTMENT_CLASS_REASONS, "x"))).as("the head does not review his own label").isNotNull();
    assertThatThrownBy(() -> completeAs(LEGAL, review, vars(ADJUSTMENT_CLASS_VIEW, "MAJOR_ADJUSTMENT")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("理由");
    assertThatThrownBy(() -> completeAs(LEGAL, review, vars(ADJUSTMENT_CLASS_VIEW, "MAJOR_ADJUSTMENT",
        ADJUSTMENT_CLASS_REASONS, "改变适用范围", ORGAN_OUTCOME, "GENERAL_ADJUSTMENT")))
        .as("a forged outcome").isInstanceOf(TrustBoundaryException.class);
    completeAs(LEGAL, review, vars(ADJUSTMENT_CLASS_VIEW, "MAJOR_ADJUSTMENT", ADJUSTMENT_CLASS_REASONS, "改变了入驻条件这一主要内容"));
    assertThat(implementation).isWaitingAt("Task_DecideOutcome");
    assertThat((String) engine.getRuntimeService().getVariable(implementation.getId(), ADJUSTMENT_CLASS_VIEW_TEXT))
        .contains("法制机构认为属于重大调整").contains("改变了入驻条件");
    headDecidesOutcomeDirectly(pi, "GENERAL_ADJUSTMENT", "注册资本要求不属于决策主要内容，按一般调整",
        "入驻企业注册资本要求由 5000 万元降为 2000 万元");
    assertThat(implementation).isWaitingAt("Task_ImplementDecision", "Task_SuperviseExecution", "Task_SuspendExecution");
    DecisionRecord record = record(pi);
    assertThat(record.reports()).anyMatch(r -> r.kind().equals(DecisionRepository.ADJUSTMENT_CLASS_REVIEW)
        && "legal".equals(r.createdBy()) && r.content().contains("重大调整"));
    assertThat(record.measures()).filteredOn(m -> m.measure().equals("GENERAL_ADJUSTMENT")).singleElement()
        .satisfies(m -> assertThat(m.reason()).contains("与法制机构的意见不同").contains("法制机构认为属于重大调整"));
    // the view covered that adjustment only: the next one is reviewed again
    legalPrompts(pi, "PUBLIC_OBJECTIONS", "仍有意见");
    headOrdersEvaluation(pi, "LEGAL_OFFICE", null);
    evaluate(pi, "GENERAL_ADJUSTMENT");
    assertThatThrownBy(() -> headDecidesOutcomeDirectly(pi, "GENERAL_ADJUSTMENT", "再次调整", "再降低"))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("须先由法制机构审查");
  }

  private void headDecidesOutcomeDirectly(ProcessInstance pi, String outcome, String reason, String changes) {
    driver.completeImplementation(pi, "Task_DecideOutcome", vars(OUTCOME_DECISION, outcome,
        OUTCOME_DECISION_REASON, reason, ADJUSTMENT_CONTENT, changes));
  }

  @Test
  @DisplayName("R-MD-16 the head suspends execution in urgent cases, recorded with who decided; the head then decides and may resume")
  void urgentSuspensionRecordedAndResumed() {
    ProcessInstance pi = driver.toImplementation("R-MD-16 中止");
    Task suspend = driver.implementationTask(pi, "Task_SuspendExecution");
    assertThat(suspend.getAssignee()).isEqualTo("leader");
    assertThatThrownBy(() -> completeAs(EXECUTING_CLERK, suspend, vars(SUSPENSION_REASON, "x")))
        .isInstanceOf(TrustBoundaryException.class);
    assertThatThrownBy(() -> driver.completeImplementation(pi, "Task_SuspendExecution", vars()))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("中止执行的理由");
    driver.completeImplementation(pi, "Task_SuspendExecution", vars(SUSPENSION_REASON, "发生安全事故，须先行中止"));
    ProcessInstance implementation = driver.implementation(pi);
    // issue 24 point 7, R-MD-15: the suspension of the published decision is published by the organ's office
    assertThat(implementation).isWaitingAt("Task_PublishMeasure");
    Task publication = driver.implementationTask(pi, "Task_PublishMeasure");
    assertThat(candidateGroups(publication)).containsExactly("organ-office");
    assertThat((String) engine.getRuntimeService().getVariable(implementation.getId(), MEASURE_TO_PUBLISH_TEXT))
        .contains("紧急情况下决定中止执行").contains("发生安全事故");
    assertThatThrownBy(() -> completeAs(LEGAL, publication, vars(MEASURE_PUBLISHED_ON, workingDays.today().toString(),
        MEASURE_PUBLICATION_CHANNEL, "网站", MEASURE_ANNOUNCEMENT, "公告"))).as("another group's task").isNotNull();
    assertThatThrownBy(() -> completeAs("office", publication, vars(MEASURE_PUBLISHED_ON, workingDays.today().minusDays(10).toString(),
        MEASURE_PUBLICATION_CHANNEL, "网站", MEASURE_ANNOUNCEMENT, "公告", "lateRecordGround", "OFFLINE_URGENT",
        "lateRecordReason", "先行公布"))).as("published before it was decided").satisfies(DecisionDriver::isRefusal)
        .hasMessageContaining("公布日期");
    assertThatThrownBy(() -> completeAs("office", publication, vars(MEASURE_PUBLISHED_ON, workingDays.today().toString(),
        MEASURE_PUBLICATION_CHANNEL, "网站", MEASURE_ANNOUNCEMENT, "公告", MEASURE_TO_PUBLISH, "STOP")))
        .as("what is published is not the form's").isInstanceOf(TrustBoundaryException.class);
    assertThatThrownBy(() -> completeAs("office", publication, vars(MEASURE_PUBLISHED_ON, workingDays.today().toString(),
        MEASURE_PUBLICATION_CHANNEL, "网站"))).satisfies(DecisionDriver::isRefusal).hasMessageContaining("公告内容");
    publishMeasure(pi);
    assertThat(record(pi).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.MEASURE_PUBLICATION)
        && "office".equals(r.createdBy()) && r.content().contains("本局门户网站"));
    assertThat(implementation).isWaitingAt("Task_DecideEvaluation");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(implementation.getId()).count())
        .as("no progress reports while suspended").isZero();
    assertThat(record(pi).stage()).isEqualTo(DecisionStage.SUSPENDED);
    assertThat(record(pi).measures()).singleElement().satisfies(m -> {
      assertThat(m.measure()).isEqualTo("URGENT_SUSPENSION");
      assertThat(m.reason()).contains("发生安全事故");
      assertThat(m.decidedBy()).isEqualTo("leader");
    });
    assertThat(record(pi).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.SUSPENSION)
        && "leader".equals(r.createdBy()));
    driver.completeImplementation(pi, "Task_DecideEvaluation", vars(EVALUATION_DECISION, "NO_EVALUATION",
        EVALUATION_DECISION_REASON, "事故原因已查明，与决策内容无关"));
    // still suspended: the head decides what follows
    assertThat(implementation).isWaitingAt("Task_DecideOutcome");
    headDecidesOutcome(pi, "CONTINUE", "隐患已排除，恢复执行", null);
    assertThat(implementation).isWaitingAt("Task_ImplementDecision", "Task_SuperviseExecution", "Task_SuspendExecution");
    assertThat(record(pi).stage()).isEqualTo(DecisionStage.IMPLEMENTING);
    assertThat(measures(pi)).containsExactly("URGENT_SUSPENSION", "EVALUATION_DECLINED", "RESUME");
  }

  @Test
  @DisplayName("R-MD-15 R-MD-16 a deputy decides after the decision only under the head's authorization for that decision, and the record says so")
  void deputyDecidesUnderAuthorization() {
    ProcessInstance pi = driver.toImplementation("R-MD-15 授权代为决定");
    String decisionId = driver.decisionId(pi);
    legalPrompts(pi, "PUBLIC_OBJECTIONS", "群众来信较多");
    assertThat(driver.implementationTask(pi, "Task_DecideEvaluation").getAssignee()).isEqualTo("leader");
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.HEAD_AUTHORIZATION).latestVersion().singleResult().getId();
    String today = workingDays.today().toString();
    Clerks.as(engine, "leader", () -> engine.getFormService().submitStartForm(definition, vars(
        HeadAuthorizationVariables.DEPUTY, "deputy1", HeadAuthorizationVariables.CASE_ID, decisionId,
        HeadAuthorizationVariables.VALID_FROM, today, HeadAuthorizationVariables.VALID_UNTIL, today,
        HeadAuthorizationVariables.AUTHORIZATION_REASON, "回避",
        // R-ND-14: the head names the acts handed over, here the decisions after the decision
        HeadAuthorizationVariables.HEAD_ACTS, List.of("DECIDE_EVALUATION", "DECIDE_OUTCOME", "SUSPEND_EXECUTION"))));
    // the open head task of the called process is handed over to the deputy authorized for the decision
    assertThat(driver.implementationTask(pi, "Task_DecideEvaluation").getAssignee()).isEqualTo("deputy1");
    driver.completeImplementation(pi, "Task_DecideEvaluation", vars(EVALUATION_DECISION, "NO_EVALUATION",
        EVALUATION_DECISION_REASON, "意见已由执行单位答复"));
    assertThat(record(pi).measures()).singleElement().satisfies(m -> {
      assertThat(m.decidedBy()).isEqualTo("deputy1");
      assertThat(m.authorizationId()).isNotNull();
      assertThat(m.reason()).contains("依据 吴刚 的授权");
    });
    assertThat(driver.implementationTask(pi, "Task_SuspendExecution").getAssignee()).isEqualTo("deputy1");
  }

  @Test
  @DisplayName("R-MD-16 issue 22 one way to each act: execution is suspended only at the head's Tasklist task; the old REST endpoint is gone for everyone and changes nothing")
  void urgentSuspensionOnlyInTasklist() {
    ProcessInstance pi = driver.toImplementation("R-MD-16 只在任务中中止");
    String path = "/api/decisions/" + driver.decisionId(pi) + "/suspend";
    for (String user : List.of("leader", "deputy1", "admin", EXECUTING_CLERK)) {
      assertThat(rest.withBasicAuth(user, "demo").postForEntity(path, Map.of("reason", "上级督查发现重大隐患"), String.class)
          .getStatusCode().value()).as(user).isIn(404, 405);
    }
    assertThat(driver.implementation(pi)).isWaitingAt("Task_ImplementDecision", "Task_SuperviseExecution",
        "Task_SuspendExecution");
    assertThat(record(pi).measures()).isEmpty();
    assertThat(record(pi).stage()).isEqualTo(DecisionStage.IMPLEMENTING);
    driver.completeImplementation(pi, "Task_SuspendExecution", vars(SUSPENSION_REASON, "上级督查发现重大隐患"));
    publishMeasure(pi);
    assertThat(driver.implementation(pi)).isWaitingAt("Task_DecideEvaluation");
    assertThat(record(pi).measures()).singleElement().satisfies(m -> {
      assertThat(m.measure()).isEqualTo("URGENT_SUSPENSION");
      assertThat(m.decidedBy()).isEqualTo("leader");
    });
  }

  @Test
  @DisplayName("R-MD-15 R-C-06 the executing unit cannot start or stop an evaluation, nor end the decision, by a forged variable")
  void executingUnitCannotForgeTheOrgansDecision() {
    ProcessInstance pi = driver.toImplementation("R-MD-15 伪造");
    Task implement = driver.implementationTask(pi, "Task_ImplementDecision");
    for (var forged : List.of(Map.<String, Object>of(EVALUATION_ORDERED, true), Map.<String, Object>of(EXECUTION_END, "PROMPTED"),
        Map.<String, Object>of(IMPLEMENTATION_RESULT, "STOPPED"), Map.<String, Object>of(ORGAN_OUTCOME, "STOP"),
        Map.<String, Object>of(EXECUTION_SUSPENDED, true), Map.<String, Object>of(OUTCOME_DECISION, "STOP"))) {
      Map<String, Object> values = new java.util.HashMap<>(forged);
      values.put(EXECUTION_REPORT, "COMPLETED");
      assertThatThrownBy(() -> completeAs(EXECUTING_CLERK, implement, values)).as(forged.toString())
          .isInstanceOf(TrustBoundaryException.class);
      assertThatThrownBy(() -> Clerks.as(engine, EXECUTING_CLERK,
          () -> engine.getTaskService().setVariable(implement.getId(), forged.keySet().iterator().next(), "STOP")))
          .isInstanceOf(TrustBoundaryException.class);
    }
    assertThat(driver.implementation(pi)).isWaitingAt("Task_ImplementDecision", "Task_SuperviseExecution",
        "Task_SuspendExecution");
    assertThat(record(pi).measures()).isEmpty();
    assertThat(record(pi).stage()).isEqualTo(DecisionStage.IMPLEMENTING);
  }
}
