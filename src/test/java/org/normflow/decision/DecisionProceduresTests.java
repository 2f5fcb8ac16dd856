package org.normflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.normflow.decision.DecisionDriver.vars;
import static org.normflow.process.MajorDecisionVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.catalogue.CatalogueService;
import org.normflow.process.ProcessKeys;
import org.normflow.validation.Grounds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who finds which procedures apply to a major decision and what a finding does (issue 9): the legal
 * office's applicability finding, the fair competition review of a standalone decision, the make-up of
 * a missing procedure, what the reviewers see, the meeting record. Each test names its rule ids.
 */
@NormFlowSpringTest
class DecisionProceduresTests {

  @Autowired ProcessEngine engine;
  @Autowired CatalogueService catalogue;
  @Autowired DecisionRepository decisions;
  @Autowired DecisionSettings settings;
  @Autowired Grounds grounds;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;

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

  /** Proposal, start, the draft with the drafter's account, the consultation and the drafter's summary. */
  ProcessInstance toFinding(String title, Map<String, Object> account, boolean considerableDivergence) {
    ProcessInstance pi = driver.start(title);
    driver.proposal(pi);
    driver.decideStart(pi);
    driver.draftPlan(pi, account);
    driver.called.finishConsultation(pi);
    driver.summarise(pi, considerableDivergence);
    return pi;
  }

  Object variable(ProcessInstance pi, String name) {
    return engine.getRuntimeService().getVariable(pi.getId(), name);
  }

  @Test
  @DisplayName("R-MD-18 R-MD-05 R-MD-06 R-MD-07 the drafter's ticks decide nothing: the legal office finds no hearing, experts or risk")
  void legalOfficeOverrulesTheTicks() {
    ProcessInstance pi = toFinding("R-MD-18 起草单位全部勾选", vars(AFFECTS_VITAL_INTERESTS, true, LOCAL_RULE_REQUIRES_HEARING, true,
        TECHNICAL, true, STABILITY_RISK, true, CONCERNS_MARKET, true), true);
    assertThat(pi).isWaitingAt("Task_FindApplicableProcedures").hasNotPassed("BusinessRule_HearingRequired");
    assertThat(driver.task(pi, "Task_FindApplicableProcedures")).hasCandidateGroup("legal-office");
    // every fact needs the legal office's answer and reason
    assertThatThrownBy(() -> driver.complete(pi, "Task_FindApplicableProcedures", vars(FINDING_TECHNICAL, FINDING_APPLIES)))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("认定理由").hasMessageContaining("较大分歧");
    driver.findProcedures(pi, List.of(), vars());
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview")
        .hasNotPassed("CallActivity_Hearing", "Task_SelectExperts", "Task_RiskAssessment", "Task_FairCompetitionReview");
    assertThat(variable(pi, HEARING_REQUIRED)).isEqualTo(false);
    List<DecisionRepository.Finding> findings = decisions.findings(driver.decisionId(pi));
    assertThat(findings).extracting(DecisionRepository.Finding::fact).containsExactly("VITAL_INTERESTS", "MAJOR_DIVERGENCE",
        "LOCAL_RULE_HEARING", "TECHNICAL", "STABILITY_RISK", "MARKET");
    assertThat(findings).allMatch(f -> Boolean.TRUE.equals(f.claimed()) && !f.found() && f.reason().startsWith("法制机构认定理由"));
    assertThat(jdbc.sql("SELECT DISTINCT found_by FROM nf_decision_applicability WHERE decision_id = ?")
        .param(driver.decisionId(pi)).query(String.class).list()).containsExactly("legal");
    assertThat(decisions.get(driver.decisionId(pi)).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.APPLICABILITY)
        && r.content().contains("【不适用】专业性、技术性较强") && "legal".equals(r.createdBy()));
    // the case file shows the finding
    @SuppressWarnings("rawtypes")
    var file = rest.withBasicAuth("auditor", "demo").getForEntity("/api/decisions/" + driver.decisionId(pi) + "/procedures",
        Map.class);
    assertThat(file.getStatusCode().is2xxSuccessful()).as(String.valueOf(file.getBody())).isTrue();
    assertThat(String.valueOf(file.getBody())).contains("TECHNICAL").contains("法制机构认定理由");
  }

  @Test
  @DisplayName("R-MD-18 R-MD-06 R-MD-07 nothing ticked, but the legal office finds a technical matter and a stability risk: experts and risk assessment run")
  void legalOfficeFindsWhatTheDrafterLeftOut() {
    ProcessInstance pi = toFinding("R-MD-18 起草单位未勾选", vars(), false);
    driver.findProcedures(pi, List.of(FINDING_TECHNICAL, FINDING_STABILITY_RISK), vars());
    assertThat(pi).isWaitingAt("Task_SelectExperts");
    driver.complete(pi, "Task_SelectExperts", vars(EXPERTS, List.of("expert"), CONFLICT_CHECK, "已核查，无利害关系", DIFFERENT_VIEWS, "YES", DISSENTING_EXPERT, "expert"));
    driver.complete(pi, "Task_ExpertOpinion", vars(EXPERT_OPINION, "可行", EXPERT_SIGNATURE, "孙专家", EXPERT_NO_INTEREST, true));
    driver.complete(pi, "Task_ExpertAdoptionReport", vars(EXPERT_ADOPTION_REPORT, "采纳"));
    assertThat(pi).isWaitingAt("Task_RiskAssessment");
  }

  @Test
  @DisplayName("R-MD-05 R-MD-18 较大分歧 is the legal office's finding: reported by the drafter but not found, no hearing; found, a hearing")
  void divergenceIsFound() {
    ProcessInstance reported = toFinding("R-MD-05 起草单位称较大分歧", vars(), true);
    driver.findProcedures(reported, List.of(), vars());
    assertThat(reported).hasNotPassed("CallActivity_Hearing").isWaitingAt("CallActivity_LegalityReview");
    ProcessInstance found = toFinding("R-MD-05 法制机构认定较大分歧", vars(), false);
    driver.findProcedures(found, List.of(FINDING_DIVERGENCE), vars());
    assertThat(found).isWaitingAt("CallActivity_Hearing");
    assertThat(decisions.findings(driver.decisionId(found))).anyMatch(f -> f.fact().equals("MAJOR_DIVERGENCE")
        && Boolean.FALSE.equals(f.claimed()) && f.found());
  }

  @Test
  @DisplayName("R-MD-07 R-MD-18 an assessment already made for the same matter, with its reference, makes a new one unnecessary")
  void riskAlreadyAssessed() {
    ProcessInstance pi = toFinding("R-MD-07 已有风险评估", vars(STABILITY_RISK, true), false);
    assertThatThrownBy(() -> driver.findProcedures(pi, List.of(FINDING_STABILITY_RISK), vars(FINDING_RISK_ALREADY_ASSESSED, true)))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("评估报告");
    driver.findProcedures(pi, List.of(FINDING_STABILITY_RISK), vars(FINDING_RISK_ALREADY_ASSESSED, true,
        FINDING_RISK_REFERENCE, "市应急局〔2030〕12号社会稳定风险评估报告"));
    assertThat(pi).hasNotPassed("Task_RiskAssessment").isWaitingAt("CallActivity_LegalityReview");
    assertThat(decisions.findings(driver.decisionId(pi))).anyMatch(f -> f.fact().equals("STABILITY_RISK") && f.found()
        && f.reference().contains("〔2030〕12号"));
    ProcessInstance review = driver.called.called(pi, ProcessKeys.LEGALITY_REVIEW);
    assertThat((String) engine.getRuntimeService().getVariable(review.getId(), "caseProcedureAccount")).contains("〔2030〕12号");
  }

  @Test
  @DisplayName("R-C-06 R-MD-18 the dishonest clerk: a drafter cannot send the confirmed facts or run-flags; only the legal office's task sets them")
  void dishonestDrafter() {
    ProcessInstance pi = driver.start("R-C-06 起草单位伪造认定");
    driver.proposal(pi);
    driver.decideStart(pi);
    for (String forged : List.of(VITAL_INTERESTS_FOUND, TECHNICAL_FOUND, HEARING_REQUIRED, RUN_HEARING, FCR_REQUIRED,
        RISK_ASSESSMENT_REQUIRED, FINDING_TECHNICAL)) {
      assertThatThrownBy(() -> driver.draftPlan(pi, vars(forged, true))).as(forged).isNotNull();
    }
    // a tick without its explanation is no account
    assertThatThrownBy(() -> driver.complete(pi, "Task_DraftPlan", vars(PLAN_A_LABEL, "方案一", PLAN_A_TEXT, "甲",
        TECHNICAL, true))).satisfies(DecisionDriver::isRefusal).hasMessageContaining("专业性、技术性较强");
    driver.draftPlan(pi, vars(TECHNICAL, true));
    driver.called.finishConsultation(pi);
    assertThatThrownBy(() -> driver.complete(pi, "Task_AssessParticipation", vars(PARTICIPATION_SUMMARY, "x",
        DIVERGENCE_DEGREE, "CONSIDERABLE", DIVERGENCE_EXPLANATION, "x", MAJOR_DIVERGENCE_FOUND, true))).isNotNull();
    driver.summarise(pi, false);
    // the legal office's own form cannot carry the gate variables either
    assertThatThrownBy(() -> driver.findProcedures(pi, List.of(), vars(RUN_EXPERTS, true))).isNotNull();
    driver.findProcedures(pi, List.of(), vars());
    assertThat(pi).hasNotPassed("Task_SelectExperts").isWaitingAt("CallActivity_LegalityReview");
  }

  @Test
  @DisplayName("783 Art 18 R-MD-10 a standalone decision found to concern the market gets a real fair competition review; a failing one blocks until revised")
  void standaloneFairCompetitionReview() {
    ProcessInstance pi = toFinding("783 公平竞争审查", vars(CONCERNS_MARKET, true), false);
    driver.findProcedures(pi, List.of(FINDING_MARKET), vars());
    assertThat(pi).isWaitingAt("Task_FairCompetitionReview").hasNotPassed("CallActivity_LegalityReview");
    assertThat(driver.task(pi, "Task_FairCompetitionReview")).hasCandidateGroup("fair-competition");
    assertThatThrownBy(() -> driver.complete(pi, "Task_FairCompetitionReview", vars(FCR_CONCLUSION, "PASSES")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("审查意见");
    assertThatThrownBy(() -> driver.complete(pi, "Task_FairCompetitionReview", vars(FCR_CONCLUSION, "OK", FCR_OPINION, "x")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("无效");
    assertThat((String) variable(pi, REVIEW_DRAFT_TEXT)).as("the reviewer sees the draft").contains("集中仓储区设在东区");
    driver.fairCompetitionReview(pi, "FAILS");
    assertThat(pi).isWaitingAt("Task_ReviseAfterFcr").hasNotPassed("CallActivity_LegalityReview");
    driver.revise(pi, "Task_ReviseAfterFcr");
    assertThat(pi).isWaitingAt("Task_FairCompetitionReview");
    assertThat((String) variable(pi, REVIEW_DRAFT_TEXT)).contains("第 2 版").contains("北区");
    // an exception names a ground of 783 Art 12, why there is no less-restrictive alternative, and an end
    assertThatThrownBy(() -> driver.complete(pi, "Task_FairCompetitionReview", vars(FCR_CONCLUSION, "EXCEPTION",
        FCR_OPINION, "适用例外", FCR_EXCEPTION_GROUND, "LOCAL_INDUSTRY", FCR_EXCEPTION_JUSTIFICATION, "无替代")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("适用例外的情形").hasMessageContaining("终止条件");
    driver.complete(pi, "Task_FairCompetitionReview", vars(FCR_CONCLUSION, "EXCEPTION", FCR_OPINION, "涉及危险化学品安全",
        FCR_EXCEPTION_GROUND, "PUBLIC_INTEREST", FCR_EXCEPTION_JUSTIFICATION, "集中仓储是控制重大危险源的唯一可行办法",
        FCR_EXCEPTION_END_DATE, "2035-12-31"));
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    String id = driver.decisionId(pi);
    assertThat(decisions.fairCompetitionConclusions(id)).containsExactly("FAILS", "EXCEPTION");
    assertThat(decisions.get(id).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.FAIR_COMPETITION)
        && r.content().contains("为实现节约能源、保护环境、救灾救助等社会公共利益") && r.content().contains("2035-12-31"));
    ProcessInstance review = driver.called.called(pi, ProcessKeys.LEGALITY_REVIEW);
    assertThat((String) engine.getRuntimeService().getVariable(review.getId(), "caseProcedureAccount")).contains("公平竞争审查");
    assertThat(engine.getRuntimeService().getVariable(review.getId(), "caseVersion")).isEqualTo(2);

    ProcessInstance notMarket = toFinding("783 法制机构认定不涉及市场", vars(CONCERNS_MARKET, true), false);
    driver.findProcedures(notMarket, List.of(), vars());
    assertThat(notMarket).hasNotPassed("Task_FairCompetitionReview").isWaitingAt("CallActivity_LegalityReview");
  }

  @Test
  @DisplayName("R-MD-18 R-MD-05 R-MD-07 missing hearing and risk assessment: the case runs exactly those procedures, then a fresh legality review")
  void missingProcedureRoundTrip() {
    ProcessInstance pi = toFinding("R-MD-18 补正听证和风险评估", vars(), false);
    driver.findProcedures(pi, List.of(), vars());
    String firstReview = driver.called.called(pi, ProcessKeys.LEGALITY_REVIEW).getId();
    driver.called.finishLegalityReviewMissing(pi, "缺少听证和风险评估程序", "missingHearing", "missingRisk");
    assertThat(variable(pi, MISSING_PROCEDURES)).isEqualTo("HEARING,RISK_ASSESSMENT");
    assertThat(pi).as("no text revision cures a missing procedure").hasNotPassed("Task_ReviseAfterReview")
        .hasPassed("ServiceTask_PlanMakeUp").isWaitingAt("CallActivity_Hearing");
    driver.runHearing(pi);
    assertThat(pi).isWaitingAt("Task_RiskAssessment").hasNotPassed("Task_SelectExperts");
    driver.riskAssessment(pi, "LOW", "LOW", true);
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    ProcessInstance second = driver.called.called(pi, ProcessKeys.LEGALITY_REVIEW);
    assertThat(second.getId()).as("a fresh review").isNotEqualTo(firstReview);
    assertThat((String) engine.getRuntimeService().getVariable(second.getId(), "caseProcedureAccount"))
        .contains("补正程序").contains("听证").contains("风险评估");
    driver.called.finishLegalityReview(pi, "LAWFUL", "程序已补正，合法", null);
    driver.integrity(pi, true);
    assertThat(pi).as("the reports of the made-up procedures are required materials").isWaitingAt("CallActivity_OrganMeeting");
    List<String> kinds = decisions.get(driver.decisionId(pi)).reports().stream().map(DecisionRecord.Report::kind).toList();
    assertThat(kinds).contains(DecisionRepository.MAKE_UP, DecisionRepository.HEARING, DecisionRepository.RISK,
        DecisionRepository.RISK_JUDGEMENT);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("Task_FindApplicableProcedures").count()).as("the finding is not redone").isOne();
  }

  @Test
  @DisplayName("R-MD-18 R-MD-04 R-MD-06 783 Art 18 missing consultation, experts and fair competition review: all three run again, then a fresh review")
  void missingConsultationExpertsAndFcr() {
    ProcessInstance pi = toFinding("R-MD-18 补正征求意见、专家论证和公平竞争审查", vars(), false);
    driver.findProcedures(pi, List.of(), vars());
    driver.called.finishLegalityReviewMissing(pi, "缺少程序", "missingConsultation", "missingExperts", "missingFcr");
    assertThat(pi).isWaitingAt("CallActivity_PublicConsultation");
    ProcessInstance consultation = driver.called.called(pi, ProcessKeys.PUBLIC_CONSULTATION);
    assertThat(engine.getRuntimeService().getVariable(consultation.getId(), "caseExplanation")).isNotNull();
    driver.called.finishConsultation(pi);
    driver.summarise(pi, false);
    assertThat(pi).as("the make-up round runs what was named, the finding stands").isWaitingAt("Task_SelectExperts");
    driver.complete(pi, "Task_SelectExperts", vars(EXPERTS, List.of("expert"), CONFLICT_CHECK, "已核查", DIFFERENT_VIEWS, "YES", DISSENTING_EXPERT, "expert"));
    driver.complete(pi, "Task_ExpertOpinion", vars(EXPERT_OPINION, "可行", EXPERT_SIGNATURE, "孙专家", EXPERT_NO_INTEREST, true));
    driver.complete(pi, "Task_ExpertAdoptionReport", vars(EXPERT_ADOPTION_REPORT, "采纳"));
    assertThat(pi).hasNotPassed("Task_RiskAssessment", "CallActivity_Hearing").isWaitingAt("Task_FairCompetitionReview");
    driver.fairCompetitionReview(pi, "PASSES");
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(ProcessKeys.PUBLIC_CONSULTATION).count()).isEqualTo(2);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(ProcessKeys.LEGALITY_REVIEW).count()).isEqualTo(2);
  }

  @Test
  @DisplayName("R-ND-16 R-MD-12 R-MD-13 a decision cannot be published before the head decided it, nor its meeting held before the legality review concluded")
  void publicationAndMeetingFollowTheRecord() {
    ProcessInstance pi = driver.toMeeting("R-ND-16 倒签的决策");
    java.time.LocalDate today = workingDays.today();
    assertThatThrownBy(() -> org.normflow.Clerks.complete(engine, driver.meetingTask(pi, "Task_RecordAttendance"),
        attendance(today.minusDays(20).toString(), "PLENARY", "lateRecordGround", "OFFLINE_URGENT", "lateRecordReason", "先行召开")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能早于合法性审查作出结论之日（" + today + "）");
    driver.meeting(pi);
    driver.members(pi, "APPROVE");
    driver.head(pi, "APPROVE", null);
    assertThat(pi).isWaitingAt("Task_Publication");
    // the example: a decision "published" on 1 January, before anything of it happened
    String newYear = today.withDayOfYear(1).toString();
    assertThatThrownBy(() -> driver.complete(pi, "Task_Publication", vars(PUBLISHED_ON, newYear, ADOPTION_EXPLANATION, "说明")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("“公布日期”（" + newYear + "）")
        .hasMessageContaining("（" + today + "）");
    assertThatThrownBy(() -> driver.complete(pi, "Task_Publication", vars(PUBLISHED_ON, newYear, ADOPTION_EXPLANATION, "说明",
        "lateRecordGround", "SYSTEM_OUTAGE", "lateRecordReason", "补录")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能早于行政首长作出决定之日（" + today + "）");
    assertThat(pi).isWaitingAt("Task_Publication");
  }

  static Map<String, Object> attendance(String date, String kind, Object... more) {
    Map<String, Object> values = vars(MEETING_DATE, date, MEETING_KIND, kind, MEETING_PRESIDER, "leader", "presentMembers",
        List.of("leader", "deputy1", "deputy2"), "absences", "");
    values.putAll(vars(more));
    return values;
  }

  @Test
  @DisplayName("R-MD-11 713 Art 30 the discussion meeting is the organ's, recorded by the office: date, kind from the list, presider, attendance; the decision's record keeps it")
  void meetingRecorded() {
    ProcessInstance pi = driver.toMeeting("R-MD-11 会议记录");
    assertThat(pi).isWaitingAt("CallActivity_OrganMeeting");
    org.camunda.bpm.engine.task.Task attendance = driver.meetingTask(pi, "Task_RecordAttendance");
    assertThat(engine.getTaskService().getIdentityLinksForTask(attendance.getId()))
        .anyMatch(link -> "organ-office".equals(link.getGroupId()));
    assertThatThrownBy(() -> org.normflow.Clerks.complete(engine, attendance,
        attendance(workingDays.today().plusDays(1).toString(), "PLENARY")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能晚于今天");
    assertThatThrownBy(() -> org.normflow.Clerks.complete(engine, attendance,
        attendance(workingDays.today().toString(), "CHAT")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("会议类型");
    driver.meeting(pi);
    assertThat(driver.meetingTask(pi, "Task_MemberOpinion")).isNotNull();
    driver.members(pi, "APPROVE");
    driver.head(pi, "APPROVE", null);
    List<Object[]> meetings = decisions.meetings(driver.decisionId(pi));
    assertThat(meetings).singleElement().satisfies(m -> {
      assertThat(m[0]).isEqualTo(1);
      assertThat(m[2]).isEqualTo("LEADERSHIP");
      assertThat((String) m[4]).contains("郑伟").contains("冯军");
    });
    assertThat(decisions.get(driver.decisionId(pi)).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.MEETING)
        && r.content().contains("局务会议") && r.content().contains("会议纪要"));
  }

  @Test
  @DisplayName("R-ND-12 R-MD-18 R-MD-08 a document's decision: the drafter's account, the legal office's finding, the reviewer sees draft, explanation and account; never exploratory")
  void documentTrack() {
    DocumentDriver documents = new DocumentDriver(engine, workingDays);
    String documentId = DocumentDriver.uniqueId("ND");
    ProcessInstance document = documents.start(documentId, "危险化学品储存场所管理办法", false, true);
    documents.draft(document);
    ProcessInstance md = documents.calledInstance(document, ProcessKeys.MAJOR_DECISION);
    assertThat(md).isWaitingAt("Task_ClassifyDocumentDecision");
    // no exploratory reform and no market finding on this track: the fields are not on the form
    assertThatThrownBy(() -> driver.classifyDocument(md, vars(EXPLORATORY_REFORM, true))).isNotNull();
    assertThatThrownBy(() -> driver.classifyDocument(md, vars(CONCERNS_MARKET, true))).isNotNull();
    driver.classifyDocument(md, vars(TECHNICAL, true));
    driver.called.finishConsultation(md);
    driver.summarise(md, false);
    // the market fact is the document's: the legal office does not find it here
    assertThatThrownBy(() -> driver.findProcedures(md, List.of(), vars(FINDING_MARKET, FINDING_APPLIES, FINDING_MARKET + "Reason", "x")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("公平竞争审查程序");
    driver.findProcedures(md, List.of(), vars());
    assertThat(md).as("technical claimed, not found").hasNotPassed("Task_SelectExperts", "Task_FairCompetitionReview")
        .isWaitingAt("CallActivity_LegalityReview");
    ProcessInstance review = driver.called.called(md, ProcessKeys.LEGALITY_REVIEW);
    var runtime = engine.getRuntimeService();
    assertThat(runtime.getVariable(review.getId(), EXPLORATORY_REFORM)).isEqualTo(false);
    assertThat(runtime.getVariable(review.getId(), "caseVersion")).isEqualTo(1);
    assertThat((String) runtime.getVariable(review.getId(), "caseExplanation"))
        .isEqualTo(runtime.getVariable(md.getId(), DOCUMENT_EXPLANATION));
    assertThat((String) runtime.getVariable(review.getId(), "caseDraftText"))
        .contains((String) runtime.getVariable(md.getId(), DOCUMENT_DRAFT_TEXT));
    assertThat((String) runtime.getVariable(review.getId(), "caseProcedureAccount")).contains("法制机构认定适用程序")
        .contains("【不适用】专业性、技术性较强");
    assertThatThrownBy(() -> driver.called.finishLegalityReview(md, "NO_CLEAR_PROVISION", "国家尚无明确规定", "风险"))
        .satisfies(DecisionDriver::isRefusal);
  }

  @Test
  @DisplayName("R-MD-17 783 Art 12 713 Art 30 the forms offer exactly the configured grounds and meeting kinds")
  void formsMatchConfiguration() throws Exception {
    assertThat(options("major-decision-decide-start", "outsideProcedureGround"))
        .containsExactlyElementsOf(grounds.codes(Grounds.OUTSIDE_PROCEDURE));
    assertThat(grounds.of(Grounds.OUTSIDE_PROCEDURE).values()).containsExactly("突发事件应急处置决策", "政府立法决策",
        "财政政策、货币政策等宏观调控决策");
    assertThat(options("major-decision-fair-competition-review", "fcrExceptionGround"))
        .containsExactlyElementsOf(grounds.codes(Grounds.DECISION_FCR_EXCEPTION));
    // R-MD-11: the organ's meeting offers exactly the configured kinds of meeting
    assertThat(options("organ-meeting-record-attendance", "meetingKind"))
        .containsExactlyInAnyOrderElementsOf(meetingSettings.getKinds().keySet());
  }

  @Autowired org.normflow.meeting.MeetingSettings meetingSettings;

  static List<String> options(String form, String key) throws Exception {
    JsonNode root = new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile());
    List<String> values = new ArrayList<>();
    for (JsonNode component : root.path("components")) {
      if (key.equals(component.path("key").asText())) {
        component.path("values").forEach(v -> values.add(v.path("value").asText()));
      }
    }
    return values;
  }
}
