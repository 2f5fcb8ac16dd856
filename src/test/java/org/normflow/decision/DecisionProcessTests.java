package org.normflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.normflow.decision.DecisionDriver.vars;
import static org.normflow.process.MajorDecisionVariables.*;

import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.catalogue.CatalogueItem.ItemStatus;
import org.normflow.catalogue.CatalogueService;
import org.normflow.process.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The major-decision process, one test per path; each statutory rule named where it is proven. */
@NormFlowSpringTest
class DecisionProcessTests {

  @Autowired ProcessEngine engine;
  @Autowired CatalogueService catalogue;
  @Autowired DecisionRepository decisions;
  @Autowired DecisionSettings settings;
  @Autowired TestRestTemplate rest;
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

  private List<String> reportKinds(ProcessInstance pi) {
    return decisions.get(driver.decisionId(pi)).reports().stream().map(DecisionRecord.Report::kind).toList();
  }

  @Test
  @DisplayName("R-MD-02 proposal needs problem, reasons, legal basis, plan, necessity, feasibility; the organ names the lead unit")
  void proposalAndStart() {
    ProcessInstance pi = driver.start("R-MD-02 建议");
    assertThat(pi).isWaitingAt("Task_Proposal");
    assertThat(driver.task(pi, "Task_Proposal")).hasCandidateGroup("drafters");
    assertThatThrownBy(() -> driver.complete(pi, "Task_Proposal", vars(PROBLEM, "问题")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("法律依据").hasMessageContaining("可行性");
    assertThat(pi).isWaitingAt("Task_Proposal");
    driver.proposal(pi);
    assertThat(driver.task(pi, "Task_DecideStart")).as("the head decides whether to start").isAssignedTo("leader");
    assertThatThrownBy(() -> driver.complete(pi, "Task_DecideStart", vars(START_DECISION, START, LEAD_UNIT, "")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("承办单位");
    driver.decideStart(pi);
    assertThat(pi).isWaitingAt("Task_DraftPlan");
    DecisionRecord record = decisions.get(driver.decisionId(pi));
    assertThat(record.leadUnit()).isEqualTo("危险化学品安全监督管理处");
    assertThat(record.stage()).isEqualTo(DecisionStage.DRAFTING);
    assertThat(reportKinds(pi)).contains(DecisionRepository.PROPOSAL, DecisionRepository.START_DECISION);
  }

  @Test
  @DisplayName("R-MD-17 outside the procedure only on a ground of 713 Art 3 chosen from the list plus an explanation; stored and ended")
  void emergencyOutsideProcedure() {
    ProcessInstance pi = driver.start("R-MD-17 应急");
    driver.proposal(pi);
    assertThatThrownBy(() -> driver.complete(pi, "Task_DecideStart", vars(START_DECISION, OUTSIDE_PROCEDURE,
        START_DECISION_REASON, "属于突发事件应急处置")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("第三条");
    // the dishonest clerk: any other "ground" is refused
    assertThatThrownBy(() -> driver.complete(pi, "Task_DecideStart", vars(START_DECISION, OUTSIDE_PROCEDURE,
        OUTSIDE_PROCEDURE_GROUND, "URGENT_POLITICAL_TASK", START_DECISION_REASON, "领导交办")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("无效");
    assertThatThrownBy(() -> driver.complete(pi, "Task_DecideStart", vars(START_DECISION, OUTSIDE_PROCEDURE,
        OUTSIDE_PROCEDURE_GROUND, "EMERGENCY_RESPONSE")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("理由");
    driver.complete(pi, "Task_DecideStart", vars(START_DECISION, OUTSIDE_PROCEDURE, OUTSIDE_PROCEDURE_GROUND,
        "EMERGENCY_RESPONSE", START_DECISION_REASON, "危险化学品泄漏事故的应急处置"));
    assertThat(pi).isEnded().hasPassed("EndEvent_OutsideProcedure").hasNotPassed("Task_DraftPlan");
    DecisionRecord record = decisions.get(driver.decisionId(pi));
    assertThat(record.stage()).isEqualTo(DecisionStage.OUTSIDE_PROCEDURE);
    assertThat(record.reports()).anyMatch(r -> r.kind().equals(DecisionRepository.OUTSIDE_PROCEDURE)
        && r.content().contains("突发事件应急处置决策") && r.content().contains("危险化学品泄漏事故的应急处置")
        && "leader".equals(r.createdBy()));
    assertThat(catalogue.item(record.catalogueItemId()).status()).isEqualTo(ItemStatus.OUTSIDE_PROCEDURE);
  }

  @Test
  @DisplayName("decision organ does not start: the item is recorded as not started")
  void notStarted() {
    ProcessInstance pi = driver.start("不予启动");
    driver.proposal(pi);
    driver.complete(pi, "Task_DecideStart", vars(START_DECISION, NOT_START, START_DECISION_REASON, "条件不成熟"));
    assertThat(pi).isEnded().hasPassed("EndEvent_NotStarted");
    assertThat(catalogue.item(decisions.get(driver.decisionId(pi)).catalogueItemId()).status())
        .isEqualTo(ItemStatus.NOT_STARTED);
  }

  @Test
  @DisplayName("R-MD-03 two alternative plans are kept as one version with two labelled plans")
  void alternativePlans() {
    ProcessInstance pi = driver.start("R-MD-03 方案");
    driver.proposal(pi);
    driver.decideStart(pi);
    assertThatThrownBy(() -> driver.complete(pi, "Task_DraftPlan", vars(PLAN_A_LABEL, "方案一", PLAN_A_TEXT, "甲",
        PLAN_B_LABEL, "方案二"))).satisfies(DecisionDriver::isRefusal).hasMessageContaining("方案二");
    driver.draftPlan(pi, vars());
    List<DecisionRecord.Version> versions = decisions.get(driver.decisionId(pi)).versions();
    assertThat(versions).extracting(DecisionRecord.Version::planLabel).containsExactly("方案一", "方案二");
    assertThat(versions).extracting(DecisionRecord.Version::versionNo).containsOnly(1);
  }

  @Test
  @DisplayName("R-MD-04 public participation is called with at least 30 calendar days, rule id R-MD-04, the version and explanation")
  void consultationMinimum() {
    ProcessInstance pi = driver.start("R-MD-04 征求意见");
    driver.proposal(pi);
    driver.decideStart(pi);
    driver.draftPlan(pi, vars());
    assertThat(pi).isWaitingAt("CallActivity_PublicConsultation");
    ProcessInstance consultation = driver.called.called(pi, ProcessKeys.PUBLIC_CONSULTATION);
    var runtime = engine.getRuntimeService();
    assertThat(runtime.getVariable(consultation.getId(), CONSULTATION_MIN_DAYS)).isEqualTo(30);
    assertThat(runtime.getVariable(consultation.getId(), CONSULTATION_DAY_KIND)).isEqualTo("CALENDAR_DAYS");
    assertThat(runtime.getVariable(consultation.getId(), CONSULTATION_RULE_ID)).isEqualTo("R-MD-04");
    assertThat(runtime.getVariable(consultation.getId(), CASE_TYPE)).isEqualTo("DECISION");
    assertThat(runtime.getVariable(consultation.getId(), CASE_ID)).isEqualTo(driver.decisionId(pi));
    assertThat(runtime.getVariable(consultation.getId(), CASE_TITLE)).isEqualTo(runtime.getVariable(pi.getId(), TITLE));
    // the public sees the version and the explanation of the draft (the proposal of a standalone decision)
    assertThat(runtime.getVariable(consultation.getId(), "caseVersion")).isEqualTo(1);
    assertThat((String) runtime.getVariable(consultation.getId(), "caseExplanation")).contains("危险化学品仓储布局分散");
    // the real notice task enforces the minimum: 29 days only with a reason, naming R-MD-04
    assertThatThrownBy(() -> driver.complete(consultation, "Task_PublishNotice", vars("noticeText", "公告",
        "noticeChannel", "门户网站", "periodDays", 29)))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("少于 30日").hasMessageContaining("缩短期限的情形");
    driver.called.finishConsultation(pi);
    assertThat(pi).isWaitingAt("Task_AssessParticipation");
    // what the real consultation gives back through the out-mappings
    assertThat(runtime.getVariable(pi.getId(), CONSULTATION_COMMENT_COUNT)).isEqualTo(1);
    assertThat(runtime.getVariable(pi.getId(), CONSULTATION_CLOSED_ON)).isEqualTo("2031-04-03");
    assertThat((String) runtime.getVariable(pi.getId(), CONSULTATION_ADOPTION_REPORT))
        .contains("共收到意见 1 条").contains(CalledProcesses.PUBLIC_COMMENT).contains("采纳");
  }

  @Test
  @DisplayName("no hearing, no experts, no risk: straight from participation to legality review")
  void plainPath() {
    ProcessInstance pi = driver.throughParticipation("普通事项", vars(), false);
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview")
        .hasNotPassed("CallActivity_Hearing", "Task_SelectExperts", "Task_RiskAssessment");
  }

  @Test
  @DisplayName("R-MD-05 major disagreement in the comments requires a hearing; its report enters the record")
  void hearingPath() {
    ProcessInstance pi = driver.throughParticipation("R-MD-05 听证", vars(), true);
    assertThat(pi).isWaitingAt("CallActivity_Hearing");
    java.time.LocalDate heldOn = driver.runHearing(pi);
    assertThat(pi).hasPassed("CallActivity_Hearing").isWaitingAt("CallActivity_LegalityReview");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), HEARING_HELD_ON)).isEqualTo(heldOn.toString());
    assertThat(reportKinds(pi)).contains(DecisionRepository.HEARING);
  }

  @Test
  @DisplayName("R-MD-05 the hearing rule table: vital interests, a local rule or the catalogue's planned hearing require one")
  void hearingRuleTable() {
    ProcessInstance vital = driver.throughParticipation("R-MD-05 切身利益", vars(AFFECTS_VITAL_INTERESTS, true), false);
    assertThat(vital).isWaitingAt("CallActivity_Hearing");
    ProcessInstance local = driver.throughParticipation("R-MD-05 地方规定", vars(LOCAL_RULE_REQUIRES_HEARING, true), false);
    assertThat(local).isWaitingAt("CallActivity_Hearing");
    ProcessInstance planned = driver.start("R-MD-05 目录列明听证", true);
    driver.proposal(planned);
    driver.decideStart(planned);
    driver.draftPlan(planned, vars());
    driver.called.finishConsultation(planned);
    driver.participation(planned, false);
    assertThat(planned).isWaitingAt("CallActivity_Hearing");
  }

  @Test
  @DisplayName("R-MD-06 technical matter: experts with a direct interest are excluded, a dissenting expert is invited, opinions signed")
  void expertArgumentation() {
    ProcessInstance pi = driver.throughParticipation("R-MD-06 专家论证", vars(TECHNICAL, true), false);
    assertThat(pi).isWaitingAt("Task_SelectExperts");
    // issue 10: the form offers the pool by name; the clerk ticks, never types a user id
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "expertPool").toString()).contains("孙立").contains("\"value\":\"expert\"");
    assertThatThrownBy(() -> driver.complete(pi, "Task_SelectExperts", vars(EXPERTS, "expert", CONFLICT_CHECK, "已核查",
        DIFFERENT_VIEWS, "YES", DISSENTING_EXPERT, "expert"))).as("typed user ids are not a list").isNotNull();
    assertThatThrownBy(() -> driver.complete(pi, "Task_SelectExperts", vars(EXPERTS, List.of("expert", "expert2"),
        CONFLICT_CHECK, "已核查", DIFFERENT_VIEWS, "YES", DISSENTING_EXPERT, "expert3")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("持不同意见的专家须在参加论证的专家之中");
    assertThatThrownBy(() -> driver.complete(pi, "Task_SelectExperts", vars(EXPERTS, List.of("expert", "forged-id"),
        CONFLICT_CHECK, "已核查", DIFFERENT_VIEWS, "YES", DISSENTING_EXPERT, "expert")))
        .as("a forged expert id not in the pool").satisfies(DecisionDriver::isRefusal).hasMessageContaining("不在专家库中");
    assertThatThrownBy(() -> driver.complete(pi, "Task_SelectExperts", vars(EXPERTS, List.of("expert"), EXCLUDED_EXPERTS, List.of("expert"),
        CONFLICT_CHECK, "已核查", DIFFERENT_VIEWS, "YES", DISSENTING_EXPERT, "expert")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("回避");
    assertThatThrownBy(() -> driver.complete(pi, "Task_SelectExperts", vars(EXPERTS, List.of("expert"), CONFLICT_CHECK, "已核查",
        DIFFERENT_VIEWS, "YES", DISSENTING_EXPERT, "nobody")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("持不同意见");
    assertThatThrownBy(() -> driver.complete(pi, "Task_SelectExperts", vars(EXPERTS, List.of("expert", "drafter"), CONFLICT_CHECK, "已核查",
        DIFFERENT_VIEWS, "YES", DISSENTING_EXPERT, "expert")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不在专家库中");
    driver.complete(pi, "Task_SelectExperts", vars(EXPERTS, List.of("expert"), CONFLICT_CHECK, "已核查，无利害关系", DIFFERENT_VIEWS, "YES", DISSENTING_EXPERT, "expert"));
    assertThat(driver.task(pi, "Task_ExpertOpinion")).isAssignedTo("expert");
    assertThatThrownBy(() -> driver.complete(pi, "Task_ExpertOpinion", vars(EXPERT_OPINION, "可行", EXPERT_SIGNATURE, "孙专家",
        EXPERT_NO_INTEREST, false))).satisfies(DecisionDriver::isRefusal).hasMessageContaining("利害关系");
    driver.complete(pi, "Task_ExpertOpinion", vars(EXPERT_OPINION, "选址存在技术风险，持保留意见", EXPERT_SIGNATURE, "孙专家",
        EXPERT_NO_INTEREST, true));
    driver.complete(pi, "Task_ExpertAdoptionReport", vars(EXPERT_ADOPTION_REPORT, "采纳选址意见"));
    assertThat(pi).hasPassed("Task_ExpertAdoptionReport").isWaitingAt("CallActivity_LegalityReview");
    DecisionRecord record = decisions.get(driver.decisionId(pi));
    assertThat(record.opinions()).anyMatch(o -> o.role().equals("EXPERT") && o.memberId().equals("expert")
        && o.signature().equals("孙专家") && o.opinion().equals("选址存在技术风险，持保留意见"));
    assertThat(record.reports()).as("issue 10: the panel by name").anySatisfy(r -> assertThat(r.content())
        .contains("参加论证的专家：孙立").contains("持不同意见的专家：孙立").doesNotContain("expert"));
  }

  @Test
  @DisplayName("R-MD-07 the decision organ judges the risk controllable on the report, whatever the assessor's level; the level is advice")
  void riskControllable() {
    ProcessInstance pi = driver.throughParticipation("R-MD-07 风险可控", vars(STABILITY_RISK, true), false);
    assertThat(pi).isWaitingAt("Task_RiskAssessment");
    assertThatThrownBy(() -> driver.complete(pi, "Task_RiskAssessment", vars(RISK_POINTS, "x")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("处置预案");
    // the assessor rates it high and its measures weak: under the old rule table that alone made it uncontrollable
    driver.riskReport(pi, "HIGH", "HIGH", false);
    assertThat(pi).isWaitingAt("Task_JudgeRisk").hasNotPassed("Task_ReviseAfterRisk");
    assertThat(driver.task(pi, "Task_JudgeRisk")).as("the head judges").isAssignedTo("leader");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), RISK_LEVEL)).as("advice").isEqualTo("HIGH");
    assertThatThrownBy(() -> driver.complete(pi, "Task_JudgeRisk", vars(RISK_JUDGEMENT, CONTROLLABLE)))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("判断理由");
    // the drafter cannot judge it: the task is the head's, and riskControllable is no form field
    assertThatThrownBy(() -> org.normflow.Clerks.as(engine, "drafter", () -> engine.getTaskService()
        .complete(driver.task(pi, "Task_JudgeRisk").getId(), vars(RISK_JUDGEMENT, CONTROLLABLE, RISK_JUDGEMENT_REASON, "x"))))
        .isNotNull();
    assertThatThrownBy(() -> driver.complete(pi, "Task_JudgeRisk", vars(RISK_JUDGEMENT, CONTROLLABLE,
        RISK_JUDGEMENT_REASON, "x", RISK_CONTROLLABLE, true))).isNotNull();
    assertThat(pi).isWaitingAt("Task_JudgeRisk");
    driver.judgeRisk(pi, true);
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview").hasNotPassed("Task_ReviseAfterRisk");
    assertThat(decisions.get(driver.decisionId(pi)).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.RISK_JUDGEMENT)
        && r.content().contains("风险可控") && r.content().contains("评估等级参考：高") && "leader".equals(r.createdBy()));
  }

  @Test
  @DisplayName("R-MD-07 judged uncontrollable by the organ: the draft is revised and re-assessed before it can go on")
  void riskLoop() {
    ProcessInstance pi = driver.throughParticipation("R-MD-07 风险不可控", vars(STABILITY_RISK, true), false);
    driver.riskReport(pi, "LOW", "LOW", true);
    driver.judgeRisk(pi, false);
    assertThat(pi).isWaitingAt("Task_ReviseAfterRisk").hasNotPassed("CallActivity_LegalityReview");
    assertThatThrownBy(() -> driver.complete(pi, "Task_ReviseAfterRisk", vars()))
        .satisfies(DecisionDriver::isRefusal);
    driver.revise(pi, "Task_ReviseAfterRisk");
    assertThat(pi).isWaitingAt("Task_RiskAssessment");
    driver.riskReport(pi, "LOW", "MEDIUM", true);
    driver.judgeRisk(pi, false);
    assertThat(pi).isWaitingAt("Task_ReviseAfterRisk");
    driver.revise(pi, "Task_ReviseAfterRisk");
    driver.riskAssessment(pi, "LOW", "LOW", true);
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    assertThat(decisions.get(driver.decisionId(pi)).versions()).extracting(DecisionRecord.Version::versionNo).contains(1, 2, 3);
  }

  @Test
  @DisplayName("R-MD-08 unlawful draft cannot reach collective discussion; revised and reviewed again")
  void unlawful() {
    ProcessInstance pi = driver.throughParticipation("R-MD-08 违法", vars(), false);
    driver.called.finishLegalityReview(pi, "UNLAWFUL", "超越法定权限", null);
    assertThat(pi).isWaitingAt("Task_ReviseAfterReview").hasNotPassed("ServiceTask_CheckMaterials", "CallActivity_OrganMeeting");
    // no review is running any more: the only way on is the revision and a new review
    assertThatThrownBy(() -> driver.called.finishLegalityReview(pi, "LAWFUL", "x", null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("R-MD-09 R-MD-08 R-ND-14 issue 24: out of the 不合法 loop: the unit revises or proposes to stop; only the head decides to stop, and the decision ends 不予出台")
  void unlawfulEndsOnTheOrgansDecision() {
    ProcessInstance pi = driver.throughParticipation("R-MD-09 终止决策程序", vars(), false);
    driver.called.finishLegalityReview(pi, "UNLAWFUL", "与上位法抵触", null);
    assertThat(pi).isWaitingAt("Task_ReviseAfterReview");
    // the dishonest or careless drafter: no choice, no reason, the gate's variable itself
    assertThatThrownBy(() -> driver.complete(pi, "Task_ReviseAfterReview", vars(REVISED_PLAN_TEXT, "x", REVISION_NOTE, "y")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("请选择“办理方式”");
    assertThatThrownBy(() -> driver.complete(pi, "Task_ReviseAfterReview", vars(REVISION_CHOICE, PROPOSE_STOP)))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("提请终止的理由");
    assertThatThrownBy(() -> driver.complete(pi, "Task_ReviseAfterReview", vars(REVISION_CHOICE, REVISE,
        REVISED_PLAN_TEXT, "x", REVISION_NOTE, "y", STOP_PROPOSED, true, PROCEEDING_STOPPED, true)))
        .as("the gates' variables are not the form's").isNotNull();
    assertThat(pi).isWaitingAt("Task_ReviseAfterReview");

    driver.proposeStop(pi);
    var decide = driver.task(pi, "Task_DecideNotToProceed");
    assertThat(decide.getAssignee()).as("the head decides, not the unit").isEqualTo("leader");
    assertThat(engine.getTaskService().getIdentityLinksForTask(decide.getId()))
        .noneMatch(l -> "candidate".equals(l.getType()));
    // a deputy without the head's authorization cannot decide it
    assertThatThrownBy(() -> org.normflow.Clerks.as(engine, "deputy1", () -> engine.getTaskService().complete(decide.getId(),
        vars(STOP_DECISION, STOP, STOP_DECISION_REASON, "代为决定")))).isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
    assertThatThrownBy(() -> driver.decideStop(pi, "MAYBE")).satisfies(DecisionDriver::isRefusal);
    // the head does not agree: the unit revises, and the draft is reviewed again
    driver.decideStop(pi, CONTINUE);
    assertThat(pi).isWaitingAt("Task_ReviseAfterReview");
    driver.revise(pi, "Task_ReviseAfterReview");
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    driver.called.finishLegalityReview(pi, "UNLAWFUL", "仍与上位法抵触", null);
    driver.proposeStop(pi);
    driver.decideStop(pi, STOP);

    assertThat(pi).isEnded().hasPassed("EndEvent_NotProceeded")
        .hasNotPassed("Task_MemberOpinion", "Task_HeadDecision", "Task_Publication", "EndEvent_Rejected");
    DecisionRecord record = decisions.get(driver.decisionId(pi));
    assertThat(record.stage()).isEqualTo(DecisionStage.NOT_PROCEEDED);
    assertThat(record.reports()).filteredOn(r -> r.kind().equals(DecisionRepository.STOP_PROPOSAL)).hasSize(2)
        .allSatisfy(r -> assertThat(r.content()).contains("上位法明确禁止"));
    assertThat(record.reports()).filteredOn(r -> r.kind().equals(DecisionRepository.STOP_DECISION))
        .extracting(DecisionRecord.Report::createdBy).containsExactly("leader", "leader");
    assertThat(record.reports()).filteredOn(r -> r.kind().equals(DecisionRepository.STOP_DECISION))
        .extracting(DecisionRecord.Report::content)
        .satisfiesExactly(c -> assertThat(c).contains("不同意终止"), c -> assertThat(c).contains("决定终止决策程序，不予出台"));
  }

  @Test
  @DisplayName("R-MD-06 713 Art 20 注重选择: no dissenting expert is required; whether experts with different views took part is recorded")
  void expertsWithoutDissent() {
    ProcessInstance pi = driver.throughParticipation("R-MD-06 未选到持不同意见的专家", vars(TECHNICAL, true), false);
    assertThat(pi).isWaitingAt("Task_SelectExperts");
    assertThatThrownBy(() -> driver.complete(pi, "Task_SelectExperts", vars(EXPERTS, List.of("expert"), CONFLICT_CHECK, "已核查")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("是否有持不同意见的专家参加");
    assertThatThrownBy(() -> driver.complete(pi, "Task_SelectExperts", vars(EXPERTS, List.of("expert"), CONFLICT_CHECK, "已核查",
        DIFFERENT_VIEWS, "MAYBE"))).satisfies(DecisionDriver::isRefusal).hasMessageContaining("是否有持不同意见的专家参加");
    assertThatThrownBy(() -> driver.complete(pi, "Task_SelectExperts", vars(EXPERTS, List.of("expert"), CONFLICT_CHECK, "已核查",
        DIFFERENT_VIEWS, DIFFERENT_VIEWS_NO, DISSENTING_EXPERT, "expert")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("应选“有”");
    driver.complete(pi, "Task_SelectExperts", vars(EXPERTS, List.of("expert"), CONFLICT_CHECK, "已核查，无利害关系",
        DIFFERENT_VIEWS, DIFFERENT_VIEWS_NO));
    assertThat(driver.task(pi, "Task_ExpertOpinion")).isAssignedTo("expert");
    assertThat(decisions.get(driver.decisionId(pi)).reports())
        .filteredOn(r -> r.kind().equals(DecisionRepository.EXPERT_SELECTION)).singleElement()
        .satisfies(r -> assertThat(r.content()).contains("是否有持不同意见的专家参加：没有").doesNotContain("持不同意见的专家："));
  }

  @Test
  @DisplayName("R-MD-08 unlawful draft goes back to the drafter and to a new review before discussion")
  void unlawfulThenLawful() {
    ProcessInstance pi = driver.throughParticipation("R-MD-08 违法后修改", vars(), false);
    driver.called.finishLegalityReview(pi, "UNLAWFUL", "超越法定权限", null);
    assertThat(pi).isWaitingAt("Task_ReviseAfterReview");
    driver.revise(pi, "Task_ReviseAfterReview");
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    driver.called.finishLegalityReview(pi, "LAWFUL_AFTER_AMENDMENT", "修改后合法", null);
    assertThat(pi).isWaitingAt("Task_IntegrityReview");
  }

  @Test
  @DisplayName("R-MD-08 exploratory reform only as the organ's recorded classification: 国家尚无明确规定 goes on with the legal risk stated; unlawful never")
  void exploratoryReform() {
    ProcessInstance stated = driver.start("R-MD-08 改革有风险说明");
    driver.proposal(stated);
    assertThatThrownBy(() -> driver.complete(stated, "Task_DecideStart", vars(START_DECISION, START, LEAD_UNIT, "处",
        CLASSIFIED_EXPLORATORY, true))).satisfies(DecisionDriver::isRefusal).hasMessageContaining("理由");
    driver.complete(stated, "Task_DecideStart", vars(START_DECISION, START, LEAD_UNIT, "危险化学品安全监督管理处",
        CLASSIFIED_EXPLORATORY, true, EXPLORATORY_REFORM_REASON, "仓储区集中布局国家尚无规定，先行探索"));
    driver.draftPlan(stated, vars());
    driver.called.finishConsultation(stated);
    driver.participation(stated, false);
    ProcessInstance review = driver.called.called(stated, ProcessKeys.LEGALITY_REVIEW);
    assertThat(engine.getRuntimeService().getVariable(review.getId(), EXPLORATORY_REFORM)).isEqualTo(true);
    // an unlawful finding is never overridden, not even with a risk statement
    assertThatThrownBy(() -> driver.called.finishLegalityReview(stated, "UNLAWFUL", "与上位法抵触", "可能被上级机关纠正"))
        .satisfies(DecisionDriver::isRefusal);
    driver.called.decideLegality(stated, "NO_CLEAR_PROVISION", "国家尚无明确规定", "可能被上级机关纠正，已报备");
    assertThat(stated).isWaitingAt("Task_IntegrityReview");
    assertThat(decisions.get(driver.decisionId(stated)).reports()).anyMatch(r ->
        r.kind().equals(DecisionRepository.EXPLORATORY_REFORM) && r.content().contains("国家尚无明确规定的探索性改革事项")
            && "leader".equals(r.createdBy()));

    ProcessInstance unlawful = driver.start("R-MD-08 改革但违法");
    driver.proposal(unlawful);
    driver.complete(unlawful, "Task_DecideStart", vars(START_DECISION, START, LEAD_UNIT, "处",
        CLASSIFIED_EXPLORATORY, true, EXPLORATORY_REFORM_REASON, "先行探索"));
    driver.draftPlan(unlawful, vars());
    driver.called.finishConsultation(unlawful);
    driver.participation(unlawful, false);
    driver.called.finishLegalityReview(unlawful, "UNLAWFUL", "与上位法抵触", null);
    assertThat(unlawful).isWaitingAt("Task_ReviseAfterReview").hasNotPassed("Task_IntegrityReview", "CallActivity_OrganMeeting");
  }

  @Test
  @DisplayName("R-MD-08 the drafter cannot make an item an exploratory reform: no such field on the draft; the review is opened without it")
  void exploratoryReformMissingProcedure() {
    ProcessInstance pi = driver.start("R-MD-08 起草单位自称改革");
    driver.proposal(pi);
    driver.decideStart(pi);
    // the dishonest drafter sends the old tick or the gate variable itself: refused at the trust boundary
    assertThatThrownBy(() -> driver.draftPlan(pi, vars(EXPLORATORY_REFORM, true))).isNotNull();
    assertThatThrownBy(() -> driver.draftPlan(pi, vars(REVIEW_EXPLORATORY_REFORM, true))).isNotNull();
    assertThat(pi).isWaitingAt("Task_DraftPlan");
    driver.draftPlan(pi, vars());
    driver.called.finishConsultation(pi);
    driver.participation(pi, false);
    ProcessInstance review = driver.called.called(pi, ProcessKeys.LEGALITY_REVIEW);
    assertThat(engine.getRuntimeService().getVariable(review.getId(), EXPLORATORY_REFORM)).isEqualTo(false);
    assertThatThrownBy(() -> driver.called.finishLegalityReview(pi, "NO_CLEAR_PROVISION", "国家尚无明确规定", "风险"))
        .satisfies(DecisionDriver::isRefusal);
  }

  @Test
  @DisplayName("R-MD-09 legality review is called with at least 7 working days, the draft, its explanation and the procedure account")
  void reviewMinimum() {
    ProcessInstance pi = driver.throughParticipation("R-MD-09 审查期限", vars(), false);
    ProcessInstance review = driver.called.called(pi, ProcessKeys.LEGALITY_REVIEW);
    var runtime = engine.getRuntimeService();
    assertThat(runtime.getVariable(review.getId(), REVIEW_MIN_WORKING_DAYS)).isEqualTo(7);
    assertThat(runtime.getVariable(review.getId(), EXPLORATORY_REFORM)).isEqualTo(false);
    assertThat(runtime.getVariable(review.getId(), CASE_TYPE)).isEqualTo("DECISION");
    assertThat(runtime.getVariable(review.getId(), "caseVersion")).isEqualTo(1);
    assertThat((String) runtime.getVariable(review.getId(), "caseExplanation")).contains("危险化学品仓储布局分散")
        .contains("《安全生产法》第四条");
    assertThat((String) runtime.getVariable(review.getId(), "caseDraftText")).contains("集中仓储区设在东区")
        .contains("分区设立两处仓储区");
    assertThat((String) runtime.getVariable(review.getId(), "caseProcedureAccount")).contains("程序履行情况说明")
        .contains("公众参与").contains("法制机构认定适用程序").contains("【不适用】");
  }

  @Test
  @DisplayName("R-C-04 integrity review, when switched on, is a gate; a failed review sends the draft back")
  void integrityGate() {
    ProcessInstance pi = driver.throughParticipation("R-C-04 廉洁性审查", vars(), false);
    driver.called.finishLegalityReview(pi, "LAWFUL", "合法", null);
    assertThat(driver.task(pi, "Task_IntegrityReview")).hasCandidateGroup("integrity");
    driver.integrity(pi, false);
    assertThat(pi).isWaitingAt("Task_ReviseAfterReview").hasNotPassed("CallActivity_OrganMeeting");
  }

  @Test
  @DisplayName("R-C-04 integrity review switched off for the agency is skipped")
  void integrityOff() {
    settings.setIntegrityReviewEnabled(false);
    try {
      ProcessInstance pi = driver.throughParticipation("R-C-04 未开展", vars(), false);
      driver.called.finishLegalityReview(pi, "LAWFUL", "合法", null);
      assertThat(pi).hasNotPassed("Task_IntegrityReview").isWaitingAt("CallActivity_OrganMeeting");
    } finally {
      settings.setIntegrityReviewEnabled(true);
    }
  }

  @Test
  @DisplayName("R-MD-10 missing adoption report: materials check refuses, drafter supplies it, then discussion; the FCR result cannot be typed in")
  void materialsCheck() {
    ProcessInstance pi = driver.start("R-MD-10 材料");
    driver.proposal(pi);
    driver.decideStart(pi);
    driver.draftPlan(pi, vars(CONCERNS_MARKET, true));
    driver.called.finishConsultation(pi);
    // The real consultation cannot end without an adoption report, so on this path R-MD-10's check for
    // it is a safeguard. To exercise that check, the test removes the out-mapped report from the
    // decision before Task_AssessParticipation would record it; nothing else about the case changes.
    engine.getRuntimeService().removeVariable(pi.getId(), CONSULTATION_ADOPTION_REPORT);
    driver.participation(pi, false);
    driver.fairCompetitionReview(pi, "PASSES");
    driver.called.finishLegalityReview(pi, "LAWFUL", "合法", null);
    driver.integrity(pi, true);
    assertThat(pi).isWaitingAt("Task_CompleteMaterials").hasNotPassed("CallActivity_OrganMeeting");
    String problem = (String) engine.getRuntimeService().getVariable(pi.getId(), MATERIALS_PROBLEM);
    assertThat(problem).contains("公众意见采纳情况说明").doesNotContain("公平竞争审查结论").contains("材料不全");
    // a fair competition result is the reviewers' (783 Art 18): the drafter cannot supply one here
    assertThatThrownBy(() -> driver.complete(pi, "Task_CompleteMaterials", vars(FAIR_COMPETITION_RESULT, "不排除、限制竞争")))
        .isNotNull();
    driver.complete(pi, "Task_CompleteMaterials", vars(CONSULTATION_ADOPTION_REPORT, "补充的采纳情况说明"));
    assertThat(pi).isWaitingAt("CallActivity_OrganMeeting");
  }

  @Test
  @DisplayName("R-MD-11 every member's opinion kept verbatim, head decides last and may approve with the majority")
  void collectiveDiscussionApprove() {
    ProcessInstance pi = driver.toDiscussion("R-MD-11 同意");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(driver.organMeeting(pi).getId())
        .taskDefinitionKey("Task_MemberOpinion").list()).extracting(t -> t.getAssignee())
        .containsExactlyInAnyOrder("deputy1", "deputy2");
    assertThat(driver.meetingTask(pi, "Task_OrganDecision")).as("the head speaks last").isNull();
    driver.members(pi, "APPROVE");
    assertThat(engine.getRuntimeService().getVariable(driver.organMeeting(pi).getId(), MEMBER_OPINION))
        .as("no member sees another's draft").isNull();
    assertThat(driver.meetingTask(pi, "Task_OrganDecision")).isAssignedTo("leader");
    driver.headAtMeeting(pi, "APPROVE", null);
    assertThat(driver.task(pi, "Task_HeadDecision")).isAssignedTo("leader");
    driver.complete(pi, "Task_HeadDecision", driver.executionTerms());
    driver.partyCommitteeReport(pi, true);
    assertThat(pi).isWaitingAt("Task_Publication");
    DecisionRecord record = decisions.get(driver.decisionId(pi));
    assertThat(record.outcome()).isEqualTo("APPROVE");
    assertThat(record.opinions()).filteredOn(o -> o.role().equals("MEMBER")).extracting(DecisionRecord.Opinion::opinion)
        .containsExactlyInAnyOrder("deputy1：原话照录，APPROVE", "deputy2：原话照录，APPROVE");
    assertThat(record.opinions()).anyMatch(o -> o.role().equals("HEAD") && o.memberId().equals("leader"));
  }

  @Test
  @DisplayName("R-MD-11 head overriding the majority without a reason is refused; with a reason the rejection stands")
  void headOverridesMajority() {
    ProcessInstance pi = driver.toDiscussion("R-MD-11 首长否决");
    driver.members(pi, "APPROVE");
    assertThatThrownBy(() -> driver.head(pi, "REJECT", null))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("须在“决定意见及理由”中说明理由")
        .hasMessageContaining("《重大行政决策程序暂行条例》第三十条");
    assertThat(driver.meetingTask(pi, "Task_OrganDecision")).isNotNull();
    driver.head(pi, "REJECT", "财政承受能力不足");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_Publication");
    DecisionRecord record = decisions.get(driver.decisionId(pi));
    assertThat(record.stage()).isEqualTo(DecisionStage.REJECTED);
    assertThat(record.opinions()).anyMatch(o -> o.role().equals("HEAD") && o.opinion().contains("财政承受能力不足"));
    assertThat(catalogue.item(record.catalogueItemId()).status()).isEqualTo(ItemStatus.REJECTED);
  }

  @Test
  @DisplayName("R-MD-11 R-MD-08 defer: revised draft (new version) and a fresh legality review before a second discussion round")
  void defer() {
    ProcessInstance pi = driver.toDiscussion("R-MD-11 暂缓");
    driver.members(pi, "DEFER");
    driver.head(pi, "DEFER", null);
    assertThat(pi).isWaitingAt("Task_ResubmitDeferred");
    assertThat(decisions.get(driver.decisionId(pi)).stage()).isEqualTo(DecisionStage.DEFERRED);
    assertThatThrownBy(() -> driver.complete(pi, "Task_ResubmitDeferred", vars(DEFERRAL_RESPONSE, "补充了成本测算")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("修改后的决策草案");
    driver.complete(pi, "Task_ResubmitDeferred", vars(DEFERRAL_RESPONSE, "补充了成本测算", REVISED_PLAN_TEXT,
        "集中仓储区分两期建设", REVISION_NOTE, "按暂缓意见分期实施"));
    assertThat(pi).as("修改后重新提请: a fresh legality review first").isWaitingAt("CallActivity_LegalityReview")
        .hasNotPassed("Task_CompleteMaterials");
    ProcessInstance review = driver.called.called(pi, ProcessKeys.LEGALITY_REVIEW);
    assertThat(engine.getRuntimeService().getVariable(review.getId(), "caseVersion")).isEqualTo(2);
    assertThat((String) engine.getRuntimeService().getVariable(review.getId(), "caseDraftText")).contains("集中仓储区分两期建设");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_MemberOpinion")
        .count()).isZero();
    driver.called.finishLegalityReview(pi, "LAWFUL", "修改后的草案合法", null);
    driver.integrity(pi, true);
    driver.meeting(pi);
    assertThat(pi).isWaitingAt("CallActivity_OrganMeeting");
    assertThat(driver.meetingTask(pi, "Task_MemberOpinion")).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), DISCUSSION_ROUND)).isEqualTo(2);
    driver.members(pi, "REJECT");
    driver.head(pi, "REJECT", null);
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected");
    assertThat(decisions.get(driver.decisionId(pi)).reports()).filteredOn(r -> r.kind().equals(DecisionRepository.LEGALITY))
        .hasSize(2);
  }

  @Test
  @DisplayName("R-MD-11 approve with amendments needs the amendments; the drafting unit then produces the amended text, checked against the decision, and that version is published")
  void approveWithAmendments() {
    ProcessInstance pi = driver.toDiscussion("R-MD-11 修改后同意");
    driver.members(pi, "APPROVE_WITH_AMENDMENTS");
    assertThatThrownBy(() -> driver.headAtMeeting(pi, "APPROVE_WITH_AMENDMENTS", null))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("修改意见");
    driver.headAtMeeting(pi, "APPROVE_WITH_AMENDMENTS", "第三条删去");
    assertThat(pi).isWaitingAt("Task_AmendDecision").hasNotPassed("Task_HeadDecision");
    assertThat(engine.getTaskService().getIdentityLinksForTask(driver.task(pi, "Task_AmendDecision").getId()))
        .as("the drafting unit amends, not the office").anyMatch(l -> "drafters".equals(l.getGroupId()) || l.getGroupId() != null && l.getGroupId().startsWith("unit-"))
        .noneMatch(l -> "organ-office".equals(l.getGroupId()));
    int before = decisions.get(driver.decisionId(pi)).versions().size();
    String discussed = decisions.get(driver.decisionId(pi)).versions().get(before - 1).planText();
    // the same text as discussed, or without confirming each amendment, is refused
    assertThatThrownBy(() -> driver.complete(pi, "Task_AmendDecision", vars(REVISED_PLAN_TEXT, discussed, REVISION_NOTE,
        "未修改", AMENDMENTS_CARRIED_OUT, true)))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("与提交会议讨论的草案相同");
    assertThatThrownBy(() -> driver.complete(pi, "Task_AmendDecision", vars(REVISED_PLAN_TEXT, "改后文本", REVISION_NOTE,
        "删去第三条")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("已按决定逐项修改");
    driver.amendDecision(pi);
    assertThat(decisions.get(driver.decisionId(pi)).versions()).hasSize(before + 1).last()
        .satisfies(v -> assertThat(v.planText()).contains("第三条已删去"));
    driver.complete(pi, "Task_HeadDecision", driver.executionTerms());
    // issue 24 point 4, R-MD-19: the request-report to the Party committee comes before publication
    assertThat(pi).isWaitingAt("Task_PartyCommitteeReport");
    driver.partyCommitteeReport(pi, true);
    assertThat(pi).isWaitingAt("Task_Publication");
    assertThat(decisions.get(driver.decisionId(pi)).outcome()).isEqualTo("APPROVE_WITH_AMENDMENTS");
    assertThat(decisions.get(driver.decisionId(pi)).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.AMENDED));
  }

  @Test
  @DisplayName("R-MD-14 the head names the executing unit, the 执行时限 and the 反馈 duty; a past deadline, no unit or no duty is refused")
  void executionTerms() {
    ProcessInstance pi = driver.toDiscussion("R-MD-14 执行时限");
    driver.members(pi, "APPROVE");
    driver.headAtMeeting(pi, "APPROVE", null);
    assertThat(pi).isWaitingAt("Task_HeadDecision");
    String yesterday = org.normflow.DocumentDriver.engineToday().minusDays(1).toString();
    assertThatThrownBy(() -> driver.complete(pi, "Task_HeadDecision", vars(EXECUTING_UNIT, DecisionDriver.EXECUTING_UNIT_ID,
        EXECUTION_DEADLINE, yesterday, REPORTING_DUTY, "每季度报告")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("执行时限");
    assertThatThrownBy(() -> driver.complete(pi, "Task_HeadDecision", vars(EXECUTION_DEADLINE,
        org.normflow.DocumentDriver.engineToday().plusMonths(6).toString())))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("决策执行单位").hasMessageContaining("反馈要求");
    driver.complete(pi, "Task_HeadDecision", driver.executionTerms());
    driver.partyCommitteeReport(pi, true);
    assertThat(pi).isWaitingAt("Task_Publication");
    assertThat(decisions.get(driver.decisionId(pi)).reports()).filteredOn(r -> r.kind().equals(DecisionRepository.EXECUTION_TERMS))
        .singleElement().satisfies(r -> assertThat(r.content()).contains("应急救援科").contains("执行时限").contains("每季度末报告"));
  }

  // after the decision (publication, implementation, post-evaluation): DecisionImplementationTests
}
