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
import org.normflow.validation.Grounds;
import org.springframework.beans.factory.annotation.Autowired;

/** The called process legality-review on its own, as either caller starts it. */
@NormFlowSpringTest
class LegalityReviewTests {

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired LegalityReviewRepository reviews;
  @Autowired Grounds grounds;
  @Autowired LegalityReviewSettings settings;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
    settings.setOnReturn(LegalityReviewSettings.RESTART);
  }

  @AfterAll
  static void resetAssertions() {
    BpmnAwareTests.reset();
  }

  ProcessInstance start(int min, int max, boolean exploratory) {
    return start(min, max, exploratory, "DOCUMENT");
  }

  ProcessInstance start(int min, int max, boolean exploratory, String caseType) {
    return engine.getRuntimeService().startProcessInstanceByKey(
        "legality-review",
        withVariables(
            "caseId", DocumentDriver.uniqueId("L"), "caseType", caseType, "caseTitle", "合法性审查测试",
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
  @DisplayName("R-ND-05 R-MD-09 an opinion before the minimum period needs a listed ground and an explanation; the adviser's opinion is required first")
  void minimumPeriodAndAdvisor() {
    ProcessInstance pi = start(5, 15, false);
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_LegalityReview", DocumentDriver.legalityValues("LAWFUL")))
        .hasMessageContaining("法律顾问尚未提交书面意见")
        .hasMessageContaining("提前出具意见的情形");
    driver.complete(pi.getId(), "Task_AdvisorOpinion", withVariables("advisorOpinion", "无明显法律问题"));
    Map<String, Object> early = DocumentDriver.legalityValues("LAWFUL");
    early.put("matLegalBasis", false);
    early.put("earlyOpinionReason", "事项简单，材料齐全");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_LegalityReview", early))
        .hasMessageContaining("制定依据")
        .hasMessageContaining("提前出具意见的情形");
    early.put("matLegalBasis", true);
    early.put("earlyOpinionGround", "无需理由");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_LegalityReview", early))
        .hasMessageContaining("“提前出具意见的情形”的取值“无需理由”无效");
    early.put("earlyOpinionGround", "SIMPLE_AND_COMPLETE");
    early.remove("earlyOpinionReason");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_LegalityReview", early))
        .hasMessageContaining("写明理由");
    early.put("earlyOpinionReason", "事项简单，材料齐全");
    driver.complete(pi.getId(), "Task_LegalityReview", early);
    assertThat(pi).isEnded();
    Map<String, Object> row = reviews.find(pi.getId()).orElseThrow();
    assertThat(row.get("early_opinion_ground")).isEqualTo("SIMPLE_AND_COMPLETE");
    assertThat(row.get("early_opinion_reason")).isEqualTo("事项简单，材料齐全");
  }

  @Test
  @DisplayName("R-MD-09 the review needs the explanation of the procedure followed (程序履行情况说明) among its materials")
  void procedureAccountIsAMaterial() {
    ProcessInstance pi = start(5, 15, false);
    driver.complete(pi.getId(), "Task_AdvisorOpinion", withVariables("advisorOpinion", "意见"));
    driver.advanceWorkingDays(5);
    Map<String, Object> values = DocumentDriver.legalityValues("LAWFUL");
    values.remove("matProcedureAccount");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_LegalityReview", values))
        .hasMessageContaining("程序履行情况说明");
    values.put("matProcedureAccount", true);
    driver.complete(pi.getId(), "Task_LegalityReview", values);
    assertThat(reviews.find(pi.getId()).orElseThrow().get("materials").toString()).contains("程序履行情况说明");
  }

  @Test
  @DisplayName("R-MD-08 R-ND-04 an unlawful finding never proceeds, not even for an exploratory reform with a legal risk statement")
  void unlawfulNeverProceeds() {
    ProcessInstance exploratory = start(7, 15, true, "DECISION");
    driver.complete(exploratory.getId(), "Task_AdvisorOpinion", withVariables("advisorOpinion", "意见"));
    driver.advanceWorkingDays(7);
    Map<String, Object> unlawfulWithRisk = DocumentDriver.legalityValues("UNLAWFUL");
    unlawfulWithRisk.put("legalRiskStatement", "可能与上位法冲突");
    assertThatThrownBy(() -> driver.complete(exploratory.getId(), "Task_LegalityReview", unlawfulWithRisk))
        .hasMessageContaining("只有结论为“国家尚无明确规定”");
    driver.complete(exploratory.getId(), "Task_LegalityReview", DocumentDriver.legalityValues("UNLAWFUL"));
    assertThat(historic(exploratory, "legalityMayProceed")).isEqualTo(false);
    assertThat(historic(exploratory, "legalityOutcome")).isEqualTo("UNLAWFUL");
  }

  @Test
  @DisplayName("R-MD-08 only an exploratory reform the organ classified may be found 国家尚无明确规定, and only with the legal risk written out")
  void noClearProvisionOnlyForExploratoryReform() {
    ProcessInstance plain = start(7, 15, false, "DECISION");
    driver.complete(plain.getId(), "Task_AdvisorOpinion", withVariables("advisorOpinion", "意见"));
    driver.advanceWorkingDays(7);
    Map<String, Object> noProvision = DocumentDriver.legalityValues("NO_CLEAR_PROVISION");
    noProvision.put("legalRiskStatement", "国家尚无规定，存在被上位法否定的风险");
    assertThatThrownBy(() -> driver.complete(plain.getId(), "Task_LegalityReview", noProvision))
        .hasMessageContaining("未经决策机关确定为探索性改革事项");

    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
    ProcessInstance exploratory = start(7, 15, true, "DECISION");
    driver.complete(exploratory.getId(), "Task_AdvisorOpinion", withVariables("advisorOpinion", "意见"));
    driver.advanceWorkingDays(7);
    Map<String, Object> withoutRisk = DocumentDriver.legalityValues("NO_CLEAR_PROVISION");
    assertThatThrownBy(() -> driver.complete(exploratory.getId(), "Task_LegalityReview", withoutRisk))
        .hasMessageContaining("法律风险说明");
    driver.complete(exploratory.getId(), "Task_LegalityReview", noProvision);
    assertThat(historic(exploratory, "legalityMayProceed")).isEqualTo(true);
    assertThat(reviews.find(exploratory.getId()).orElseThrow().get("legal_risk_statement"))
        .isEqualTo("国家尚无规定，存在被上位法否定的风险");
  }

  @Test
  @DisplayName("R-MD-08 R-C-06 whether the case is an exploratory reform is read from the review's own record, not from a variable changed later")
  void exploratoryClassificationIsTheRecordsOwn() {
    ProcessInstance plain = start(7, 15, false, "DECISION");
    driver.complete(plain.getId(), "Task_AdvisorOpinion", withVariables("advisorOpinion", "意见"));
    driver.advanceWorkingDays(7);
    // NormFlow code (not a clerk, whom the trust boundary refuses) overwrites the variable after opening
    engine.getRuntimeService().setVariable(plain.getId(), "exploratoryReform", true);
    Map<String, Object> noProvision = DocumentDriver.legalityValues("NO_CLEAR_PROVISION");
    noProvision.put("legalRiskStatement", "风险");
    assertThatThrownBy(() -> driver.complete(plain.getId(), "Task_LegalityReview", noProvision))
        .hasMessageContaining("未经决策机关确定为探索性改革事项");
  }

  @Test
  @DisplayName("R-MD-18 R-ND-04 a missing-procedure finding names the procedures to make up; a document has only consultation and fair competition review")
  void missingProcedureNamesTheProcedures() {
    ProcessInstance document = start(5, 15, false);
    driver.complete(document.getId(), "Task_AdvisorOpinion", withVariables("advisorOpinion", "意见"));
    driver.advanceWorkingDays(5);
    Map<String, Object> none = DocumentDriver.legalityValues("MISSING_PROCEDURE");
    none.remove("missingConsultation");
    assertThatThrownBy(() -> driver.complete(document.getId(), "Task_LegalityReview", none))
        .hasMessageContaining("请勾选需要补正的程序");
    Map<String, Object> hearing = DocumentDriver.legalityValues("MISSING_PROCEDURE");
    hearing.put("missingHearing", true);
    assertThatThrownBy(() -> driver.complete(document.getId(), "Task_LegalityReview", hearing))
        .hasMessageContaining("行政规范性文件的制定程序没有“听证”");
    Map<String, Object> lawfulWithTick = DocumentDriver.legalityValues("LAWFUL");
    lawfulWithTick.put("missingFcr", true);
    assertThatThrownBy(() -> driver.complete(document.getId(), "Task_LegalityReview", lawfulWithTick))
        .hasMessageContaining("只有结论为“缺少必经程序”时");
    Map<String, Object> both = DocumentDriver.legalityValues("MISSING_PROCEDURE");
    both.put("missingFcr", true);
    both.put("missingConsultation", true);
    driver.complete(document.getId(), "Task_LegalityReview", both);
    assertThat(historic(document, "missingProcedures")).isEqualTo("CONSULTATION,FAIR_COMPETITION_REVIEW");
    assertThat(historic(document, "legalityMayProceed")).isEqualTo(false);
    assertThat(reviews.find(document.getId()).orElseThrow().get("missing_procedures"))
        .isEqualTo("CONSULTATION,FAIR_COMPETITION_REVIEW");

    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
    ProcessInstance decision = start(7, 15, false, "DECISION");
    driver.complete(decision.getId(), "Task_AdvisorOpinion", withVariables("advisorOpinion", "意见"));
    driver.advanceWorkingDays(7);
    Map<String, Object> risk = DocumentDriver.legalityValues("MISSING_PROCEDURE");
    risk.remove("missingConsultation");
    risk.put("missingRisk", true);
    risk.put("missingHearing", true);
    driver.complete(decision.getId(), "Task_LegalityReview", risk);
    assertThat(historic(decision, "missingProcedures")).isEqualTo("HEARING,RISK_ASSESSMENT");
  }

  @Test
  @DisplayName("R-MD-09 R-MD-04 R-ND-03 the grounds offered by the forms are exactly the configured grounds (the document's fair competition exception too, issue 24)")
  void formGroundsMatchConfiguration() throws Exception {
    assertThat(selectValues("forms/normative-document-fair-competition-review.form", "fcrExceptionGround"))
        .containsExactlyElementsOf(grounds.of(Grounds.DECISION_FCR_EXCEPTION).keySet());
    assertThat(selectLabels("forms/normative-document-fair-competition-review.form", "fcrExceptionGround"))
        .containsExactlyElementsOf(grounds.of(Grounds.DECISION_FCR_EXCEPTION).values());
    assertThat(selectValues("forms/legality-review-decide.form", "earlyOpinionGround"))
        .containsExactlyElementsOf(grounds.of(Grounds.EARLY_LEGALITY_OPINION).keySet());
    assertThat(selectLabels("forms/legality-review-decide.form", "earlyOpinionGround"))
        .containsExactlyElementsOf(grounds.of(Grounds.EARLY_LEGALITY_OPINION).values());
    assertThat(selectValues("forms/public-consultation-notice.form", "shortenedGround"))
        .containsExactlyElementsOf(grounds.of(Grounds.SHORTENED_CONSULTATION).keySet());
    assertThat(selectLabels("forms/public-consultation-notice.form", "shortenedGround"))
        .containsExactlyElementsOf(grounds.of(Grounds.SHORTENED_CONSULTATION).values());
  }

  // ---- R-MD-09 (713 Art 26): return the materials or ask for more, the period restarts or pauses

  static Map<String, Object> returnValues() {
    return withVariables("legalityReviewAction", "RETURN", "returnReason", "起草说明未说明与上位法的衔接",
        "returnRequest", "补充制定依据的条文和程序履行情况说明中的征求意见记录");
  }

  LocalDate dueOn(ProcessInstance pi) {
    return LocalDate.parse((String) engine.getRuntimeService().getVariable(pi.getId(), "reviewDueOn"));
  }

  Date limitTimer(ProcessInstance pi) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId("Timer_ReviewLimit").singleResult().getDuedate();
  }

  @Test
  @DisplayName("R-MD-09: the reviewer returns the materials (a step of its own, recorded); the drafting unit supplements; with RESTART the whole period and its minimum run again from the day the materials return")
  void returnRestartsThePeriod() {
    ProcessInstance pi = start(5, 15, false);
    driver.adviseLegality(pi);
    assertThat(dueOn(pi)).isEqualTo(LocalDate.of(2026, 3, 23));
    DocumentDriver.setClock(LocalDate.of(2026, 3, 5), 9); // 3 working days into the review

    // the dishonest or hasty reviewer: a return without saying what is missing; a return with a finding
    Map<String, Object> noRequest = returnValues();
    noRequest.remove("returnRequest");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_LegalityReview", noRequest))
        .hasMessageContaining("需要补充或者更正的材料");
    Map<String, Object> withFinding = returnValues();
    withFinding.put("legalityOutcome", "LAWFUL");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_LegalityReview", withFinding))
        .hasMessageContaining("不作出审查结论");
    Map<String, Object> unknown = returnValues();
    unknown.put("legalityReviewAction", "WITHDRAW");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_LegalityReview", unknown)).hasMessageContaining("本次办理");
    assertThat(pi).isWaitingAt("Task_LegalityReview");

    driver.complete(pi.getId(), "Task_LegalityReview", returnValues());
    assertThat(pi).isWaitingAt("Task_SupplementMaterials").hasNotPassed("EndEvent_Reviewed");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count())
        .as("the review's limit does not run while the materials are out").isZero();
    Map<String, Object> row = reviews.returnsOfCase((String) engine.getRuntimeService().getVariable(pi.getId(), "caseId")).get(0);
    assertThat(String.valueOf(row.get("returned_on"))).isEqualTo("2026-03-05");
    assertThat(row).containsEntry("remaining_working_days", 12).containsEntry("on_return", "RESTART")
        .containsEntry("requested", "补充制定依据的条文和程序履行情况说明中的征求意见记录");

    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_SupplementMaterials", Map.of()))
        .hasMessageContaining("补充材料情况说明");
    DocumentDriver.setClock(LocalDate.of(2026, 3, 9), 9); // Monday
    driver.complete(pi.getId(), "Task_SupplementMaterials", withVariables("supplementNote", "已补充制定依据条文和征求意见记录"));
    assertThat(pi).isWaitingAt("Task_LegalityReview");
    LocalDate restartedDue = workingDays.plusWorkingDays(LocalDate.of(2026, 3, 9), 15);
    assertThat(dueOn(pi)).isEqualTo(restartedDue).isAfter(LocalDate.of(2026, 3, 23));
    assertThat(String.valueOf(reviews.find(pi.getId()).orElseThrow().get("due_on"))).isEqualTo(restartedDue.toString());
    assertThat(String.valueOf(reviews.find(pi.getId()).orElseThrow().get("started_on"))).isEqualTo("2026-03-09");
    assertThat(limitTimer(pi)).isEqualTo(workingDays.endOf(restartedDue));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "legalityReviewAction"))
        .as("the next form starts without the return").isNull();

    // the minimum runs again from the return of the materials: 2 working days later is early
    DocumentDriver.setClock(LocalDate.of(2026, 3, 11), 9);
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_LegalityReview", DocumentDriver.legalityValues("LAWFUL")))
        .hasMessageContaining("审查不足 5 个工作日");
    // the old limit passes without escalation
    DocumentDriver.setClock(LocalDate.of(2026, 3, 24), 9);
    driver.runDueTimers(pi.getId());
    assertThat(pi).hasNotPassed("ServiceTask_EscalateReview");
    driver.complete(pi.getId(), "Task_LegalityReview", DocumentDriver.legalityValues("LAWFUL"));
    assertThat(pi).isEnded().hasPassedInOrder("Task_LegalityReview", "Task_SupplementMaterials", "ServiceTask_ResumeReview",
        "Task_LegalityReview", "EndEvent_Reviewed");
    Map<String, Object> done = reviews.returnsOfCase((String) historic(pi, "caseId")).get(0);
    assertThat(done).containsEntry("supplement_note", "已补充制定依据条文和征求意见记录");
    assertThat(String.valueOf(done.get("resumed_on"))).isEqualTo("2026-03-09");
  }

  @Test
  @DisplayName("R-MD-09: with PAUSE the period stops while the materials are out and goes on with the working days that were left; the days out do not count towards the minimum")
  void returnPausesThePeriod() {
    settings.setOnReturn(LegalityReviewSettings.PAUSE);
    ProcessInstance pi = start(5, 15, false);
    driver.adviseLegality(pi);
    DocumentDriver.setClock(LocalDate.of(2026, 3, 4), 9); // 2 working days into the review
    driver.complete(pi.getId(), "Task_LegalityReview", returnValues());
    DocumentDriver.setClock(LocalDate.of(2026, 3, 11), 9); // 5 working days out
    driver.complete(pi.getId(), "Task_SupplementMaterials", withVariables("supplementNote", "已补充"));
    // 13 working days were left on 4 March; they run on from 11 March
    LocalDate pausedDue = workingDays.plusWorkingDays(LocalDate.of(2026, 3, 11), 13);
    assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 23))).isEqualTo(13);
    assertThat(dueOn(pi)).isEqualTo(pausedDue);
    assertThat(limitTimer(pi)).isEqualTo(workingDays.endOf(pausedDue));
    assertThat(reviews.find(pi.getId()).orElseThrow().get("paused_working_days")).isEqualTo(5);

    // 2 before + 2 after = 4 working days of review: early, although 9 have passed since the start
    DocumentDriver.setClock(LocalDate.of(2026, 3, 13), 9);
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_LegalityReview", DocumentDriver.legalityValues("LAWFUL")))
        .hasMessageContaining("审查不足 5 个工作日");
    // the limit moved by the pause: the day after the old limit nothing escalates, the day after the new one it does
    DocumentDriver.setClock(LocalDate.of(2026, 3, 24), 9);
    assertThat(driver.runDueTimers(pi.getId())).isZero();
    assertThat(pi).hasNotPassed("ServiceTask_EscalateReview");
    DocumentDriver.setClock(pausedDue.plusDays(1), 9);
    driver.runDueTimers(pi.getId());
    assertThat(pi).hasPassed("ServiceTask_EscalateReview").isWaitingAt("Task_LegalityReview", "Task_ReviewOverdue");
    driver.complete(pi.getId(), "Task_LegalityReview", DocumentDriver.legalityValues("LAWFUL"));
    assertThat(pi).hasPassed("Gateway_JoinReview");
  }

  @Test
  @DisplayName("R-MD-09: another user cannot return the materials on the legal office's task, nor supplement them for the drafting unit")
  void returnOnlyByTheReviewerAndSupplementOnlyByTheUnit() {
    ProcessInstance pi = start(5, 15, false);
    Task review = driver.task(pi.getId(), "Task_LegalityReview");
    assertThatThrownBy(() -> org.normflow.Clerks.as(engine, "drafter",
        () -> engine.getTaskService().complete(review.getId(), returnValues()))).isInstanceOf(RuntimeException.class);
    driver.complete(pi.getId(), "Task_LegalityReview", returnValues());
    Task supplement = driver.task(pi.getId(), "Task_SupplementMaterials");
    assertThatThrownBy(() -> org.normflow.Clerks.as(engine, "legal",
        () -> engine.getTaskService().complete(supplement.getId(), withVariables("supplementNote", "法制机构代为补充"))))
        .isInstanceOf(RuntimeException.class);
    assertThat(pi).isWaitingAt("Task_SupplementMaterials");
  }

  static java.util.List<String> selectValues(String form, String key) throws Exception {
    return options(form, key, "value");
  }

  static java.util.List<String> selectLabels(String form, String key) throws Exception {
    return options(form, key, "label");
  }

  static java.util.List<String> options(String form, String key, String attribute) throws Exception {
    com.fasterxml.jackson.databind.JsonNode root =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Path.of(form).toFile());
    java.util.List<String> result = new java.util.ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode c : root.get("components")) {
      if (key.equals(c.path("key").asText())) {
        c.get("values").forEach(v -> result.add(v.get(attribute).asText()));
      }
    }
    return result;
  }

  Object historic(ProcessInstance pi, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(name).singleResult().getValue();
  }
}
