package org.normflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.catalogue.CatalogueService;
import org.normflow.decision.DecisionDriver;
import org.normflow.decision.DecisionSettings;
import org.normflow.document.DocumentSettings;
import org.normflow.head.HeadSettings;
import org.normflow.process.HearingVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 22, "the checks that read the record are right": every example of the issue, had it happened, is
 * not 符合, with a Chinese finding naming both dates; a clean case is 符合; and the checks read their
 * numbers from the same typed settings the procedures use.
 *
 * <p>The examples can no longer be produced through the front door (the date checks of the forms and the
 * administrator's limits refuse them), yet records made before those checks exist. So these tests make such
 * records as an earlier release would have: the engine's Java API without a signed-in user (which the trust
 * boundary lets through: it judges the signed-in users' commands) and registry rows written as that
 * release's steps wrote them from the typed dates. That is legitimate here because the check is what is
 * under test, not the way in.
 */
@NormFlowSpringTest
class RecordComplianceTests {

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar calendar;
  @Autowired JdbcClient jdbc;
  @Autowired ComplianceChecks checks;
  @Autowired CaseRegister register;
  @Autowired RecordHistory history;
  @Autowired CatalogueService catalogue;
  @Autowired HeadSettings heads;
  @Autowired DecisionSettings decisionSettings;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  CaseRegister.CaseRow row(String caseId) {
    return register.all().stream().filter(r -> r.caseId().equals(caseId)).findFirst().orElseThrow();
  }

  /** The checks of one rule id, by verdict label: 符合 / 不符合 / 不适用. */
  static List<ComplianceChecks.Check> of(ComplianceChecks.CaseVerdict verdict, String rule) {
    return verdict.checks().stream().filter(c -> c.rule().equals(rule)).toList();
  }

  static String violated(ComplianceChecks.CaseVerdict verdict, String rule) {
    return of(verdict, rule).stream().filter(c -> c.verdict().equals(ComplianceChecks.VIOLATED))
        .map(ComplianceChecks.Check::evidence).collect(Collectors.joining("\n"));
  }

  static List<String> violatedRules(ComplianceChecks.CaseVerdict verdict) {
    return verdict.checks().stream().filter(c -> c.verdict().equals(ComplianceChecks.VIOLATED))
        .map(c -> c.rule() + " " + c.evidence()).toList();
  }

  /** A document through its whole procedure, every step done by the clerk it is offered to, on today's dates. */
  ProcessInstance cleanDocument(DocumentDriver driver, String id, String title) {
    ProcessInstance pi = driver.toDeliberation(id, title, false);
    deliberateToday(driver, pi);
    driver.toInForce(pi);
    return pi;
  }

  static void deliberateToday(DocumentDriver driver, ProcessInstance pi) {
    Map<String, Object> values = DocumentDriver.deliberationValues("APPROVED");
    values.put("meetingDate", driver.today().toString());
    driver.complete(pi.getId(), "Task_Deliberation", values);
  }

  @Test
  @DisplayName("R-ND-08 R-ND-09 R-ND-14 R-C-07 R-C-06 issue 22: a clean document is 符合 on every check that reads dates and people")
  void cleanDocument() {
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 10);
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    String id = DocumentDriver.uniqueId("ND-R22-CLEAN");
    cleanDocument(driver, id, "记录真实：干净的文件");
    ComplianceChecks.CaseVerdict verdict = checks.verdict(row(id));
    assertThat(violatedRules(verdict)).isEmpty();
    assertThat(verdict.verdictLabel()).isEqualTo("未发现问题");
    for (String rule : List.of("R-ND-08", "R-ND-09", "R-ND-14", "R-C-07", "R-C-06", "R-ND-04", "R-C-02")) {
      assertThat(of(verdict, rule)).as(rule).isNotEmpty()
          .allSatisfy(c -> assertThat(c.verdictLabel()).as(rule + " " + c.evidence()).isEqualTo("符合"));
    }
    assertThat(of(verdict, "R-C-07").get(0).evidence()).contains("均不是由系统管理员办结");
  }

  @Test
  @DisplayName("R-ND-08 R-ND-09 R-ND-14 R-ND-04 R-C-07 R-C-06 issue 22: a back-dated publication, filing and signing, and a legality review the administrator concluded, are each not 符合, naming both dates")
  void forgedDocument() {
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 10);
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    String id = DocumentDriver.uniqueId("ND-R22-FORGED");
    ProcessInstance pi = driver.start(id, "记录真实：倒签的文件", false, false);
    driver.draft(pi);
    driver.consultation(pi, 7, null);
    ProcessInstance review = driver.calledInstance(pi, "legality-review");
    driver.adviseLegality(review);
    Number minimum = (Number) engine.getRuntimeService().getVariable(review.getId(), "reviewMinWorkingDays");
    driver.advanceWorkingDays(minimum.intValue());
    // an earlier release let the administrator assign the legal office's review to himself and complete it
    // (issue 22); made here as that release recorded it: no signed-in user, the task assigned to admin, and
    // the registry row naming admin as the reviewer
    Task decide = driver.task(review.getId(), "Task_LegalityReview");
    engine.getTaskService().setAssignee(decide.getId(), "admin");
    engine.getTaskService().complete(decide.getId(), DocumentDriver.legalityValues("LAWFUL"));
    jdbc.sql("UPDATE nf_legality_review SET reviewed_by = 'admin' WHERE case_id = ?").param(id).update();

    driver.advanceDays(1);
    deliberateToday(driver, pi);
    LocalDate meeting = driver.today();
    driver.advanceDays(1);
    driver.sign(pi);
    LocalDate published = driver.today();
    driver.publish(pi, published, published.plusDays(30), null);
    driver.file(pi, published);
    // the dates the clerks typed in the earlier release (the registry stores what the form said): signed
    // before the deliberation, published before the consultation closed, effective 5 days later without a
    // ground, filed before the publication
    LocalDate consultationEnd = jdbc.sql("SELECT MAX(COALESCE(closed_on, closes_on)) FROM nf_consultation WHERE case_id = ?")
        .param(id).query(Date.class).single().toLocalDate();
    LocalDate signedOn = meeting.minusDays(2);
    LocalDate publishedOn = consultationEnd.minusDays(1);
    LocalDate filedOn = publishedOn.minusDays(3);
    jdbc.sql("UPDATE nf_document SET signed_on = ?, published_on = ?, effective_on = ?, filed_on = ?, early_effect_reason = NULL "
            + "WHERE id = ?")
        .params(Date.valueOf(signedOn), Date.valueOf(publishedOn), Date.valueOf(publishedOn.plusDays(5)), Date.valueOf(filedOn), id)
        .update();

    ComplianceChecks.CaseVerdict verdict = checks.verdict(row(id));
    assertThat(verdict.verdictLabel()).isNotEqualTo("未发现问题");
    String today = published.toString();
    assertThat(violated(verdict, "R-ND-08"))
        .contains("公布日期（" + publishedOn + "）早于签发日期（" + signedOn + "）")
        .contains("公布日期（" + publishedOn + "）早于公开征求意见结束日期（" + consultationEnd + "）")
        .contains("公布日期（" + publishedOn + "）早于公布任务产生的日期（" + today + "）")
        .contains("公布于 " + publishedOn + "，施行于 " + publishedOn.plusDays(5) + "（间隔 5 日，少于 30 日），没有记录提前施行的理由");
    assertThat(violated(verdict, "R-ND-09"))
        .contains("备案日期（" + filedOn + "）早于公布日期（" + publishedOn + "）")
        .contains("备案日期（" + filedOn + "）早于备案任务产生的日期（" + today + "）");
    assertThat(violated(verdict, "R-ND-14")).contains("签发日期（" + signedOn + "）早于集体审议日期（" + meeting + "）");
    assertThat(violated(verdict, "R-ND-04")).contains("由 admin 作出", "其为系统管理员，不是法制机构的审查人员");
    assertThat(violated(verdict, "R-C-07")).contains("任务「合法性审查并出具审查意见」", "由系统管理员 admin 办结");
  }

  @Test
  @DisplayName("R-ND-02 issue 24: the consultation is measured against the document's final minimum: a document later confirmed to concern operators, consulted for 7 working days only, is not 符合")
  void consultationAgainstTheFinalMinimum() {
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 10);
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    String id = DocumentDriver.uniqueId("ND-R24-MIN");
    cleanDocument(driver, id, "记录真实：事后确认涉企的文件");
    assertThat(of(checks.verdict(row(id)), "R-ND-02")).isNotEmpty()
        .allSatisfy(c -> assertThat(c.verdictLabel()).as(c.evidence()).isIn("符合", "不适用"));
    // what the earlier model left behind: the market fact confirmed at legality review, the consultation not rerun
    jdbc.sql("UPDATE nf_document SET concerns_market = TRUE WHERE id = ?").param(id).update();
    assertThat(violated(checks.verdict(row(id)), "R-ND-02"))
        .contains("最终适用的征求意见最少期限为 30日", "期限 7个工作日");
  }

  @Test
  @DisplayName("R-C-06 R-C-07 issue 22: a fair competition review completed by the drafter, to whom the administrator had given it, is not 符合")
  void stepDoneBySomeoneItWasNotOfferedTo() {
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 10);
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    String id = DocumentDriver.uniqueId("ND-R22-OFFERED");
    ProcessInstance pi = driver.start(id, "记录真实：自己审查自己的文件", true, false);
    driver.draft(pi);
    // an earlier release let the administrator claim the review for the drafter, who passed his own document
    // (issue 22); made as that release recorded it: no signed-in user, the drafter as the task's assignee
    Task review = driver.task(pi.getId(), "Task_FairCompetitionReview");
    engine.getTaskService().setAssignee(review.getId(), "drafter");
    engine.getTaskService().complete(review.getId(), DocumentDriver.fcrPasses());
    assertThat(violated(checks.verdict(row(id)), "R-C-06"))
        .contains("任务「公平竞争审查」于 " + driver.today() + " 由 drafter 办结，其不在该任务的办理人范围（fair-competition）内");
  }

  @Test
  @DisplayName("R-C-02 R-MD-13 R-C-07 issue 22: a case erased with its history, a case deleted while the registry says it is in procedure, a suspended case and a timer left without retries are each not 符合")
  void erasedAndFrozenCases() {
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 10);
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    var runtime = engine.getRuntimeService();
    // what DELETE /engine-rest/process-instance/{id}, DELETE /engine-rest/history/process-instance/{id},
    // suspending a case and setting a job's retries to 0 did for the administrator in an earlier release,
    // done here with the engine's Java API without a signed-in user
    String erased = DocumentDriver.uniqueId("ND-R22-ERASED");
    ProcessInstance a = driver.start(erased, "记录真实：被删除的案件", false, false);
    runtime.deleteProcessInstance(a.getId(), "管理员删除");
    engine.getHistoryService().deleteHistoricProcessInstance(a.getId());
    assertThat(violated(checks.verdict(row(erased)), "R-C-02")).contains("系统中已没有它的办理记录：案件及其历史已被删除");

    String deleted = DocumentDriver.uniqueId("ND-R22-DELETED");
    ProcessInstance b = driver.start(deleted, "记录真实：被终止的案件", false, false);
    runtime.deleteProcessInstance(b.getId(), "管理员删除");
    assertThat(violated(checks.verdict(row(deleted)), "R-C-02")).contains("被删除终止，登记簿仍为“起草中”");

    String suspended = DocumentDriver.uniqueId("ND-R22-SUSPENDED");
    ProcessInstance c = driver.start(suspended, "记录真实：被挂起的案件", false, false);
    runtime.suspendProcessInstanceById(c.getId());
    assertThat(violated(checks.verdict(row(suspended)), "R-C-02")).contains("「行政规范性文件制定」被挂起");

    String frozen = DocumentDriver.uniqueId("ND-R22-FROZEN");
    ProcessInstance d = driver.start(frozen, "记录真实：期限停止的案件", false, false);
    driver.draft(d);
    ProcessInstance consultation = driver.calledInstance(d, "public-consultation");
    driver.publishNotice(consultation, 7, null);
    var timer = engine.getManagementService().createJobQuery().processInstanceId(consultation.getId()).timers().list();
    assertThat(timer).as("the consultation's closing timer").isNotEmpty();
    engine.getManagementService().setJobRetries(timer.get(0).getId(), 0);
    assertThat(violated(checks.verdict(row(frozen)), "R-C-02")).contains("的定时任务重试次数为 0，不再执行");
    // other test classes share this engine: leave no suspended case and no job without retries behind
    runtime.deleteProcessInstance(c.getId(), "测试结束");
    runtime.deleteProcessInstance(d.getId(), "测试结束");
  }

  @Test
  @DisplayName("R-ND-04 issue 22: a deliberation dated before the legality conclusion is not 符合, naming both dates")
  void deliberationBeforeConclusion() {
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 10);
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    String id = DocumentDriver.uniqueId("ND-R22-DELIB");
    ProcessInstance pi = driver.toDeliberation(id, "记录真实：审议早于审查结论", false);
    deliberateToday(driver, pi);
    LocalDate reviewed = jdbc.sql("SELECT reviewed_on FROM nf_legality_review WHERE case_id = ?").param(id)
        .query(Date.class).single().toLocalDate();
    LocalDate meeting = reviewed.minusDays(4);
    // the meeting date a deliberation form accepted before the date checks (the registry keeps what was typed)
    jdbc.sql("UPDATE nf_deliberation SET meeting_date = ? WHERE document_id = ?").params(Date.valueOf(meeting), id).update();
    ComplianceChecks.CaseVerdict verdict = checks.verdict(row(id));
    assertThat(violated(verdict, "R-ND-04"))
        .contains("集体审议（" + meeting + "）早于合法性审查结论的日期（" + reviewed + "）");
  }

  @Test
  @DisplayName("R-MD-05 R-C-06 issue 22: a hearing held on another day than announced, its date moved after the notice, participants published before the notice and materials delivered late are not 符合, naming both dates; a clean hearing is 符合")
  void hearingDates() {
    DecisionDriver.setClock(DecisionDriver.TODAY);
    DecisionDriver driver = new DecisionDriver(engine, catalogue, calendar);
    ProcessInstance clean = driver.throughParticipation("记录真实：听证如期举行", DecisionDriver.vars(), true);
    LocalDate held = driver.runHearing(clean);
    ComplianceChecks.CaseVerdict cleanVerdict = checks.verdict(row(driver.decisionId(clean)));
    assertThat(of(cleanVerdict, "R-MD-05")).singleElement()
        .satisfies(c -> assertThat(c.verdictLabel()).as(c.evidence()).isEqualTo("符合"))
        .satisfies(c -> assertThat(c.evidence()).contains("听证会于 " + held + " 举行"));

    DecisionDriver.setClock(DecisionDriver.TODAY);
    ProcessInstance pi = driver.throughParticipation("记录真实：听证日期被改", DecisionDriver.vars(), true);
    LocalDate noticeDay = calendar.today();
    LocalDate announced = driver.runHearing(pi);
    // the values the earlier release's forms accepted after the notice (issue 22): the hearing date offered
    // again by the materials task and moved, participants published 30 days before the notice, materials
    // delivered 2 days before the hearing, the hearing recorded one day after the announced date; written as
    // those forms wrote them, without a signed-in user
    LocalDate moved = announced.minusDays(10);
    LocalDate heldOn = announced.plusDays(1);
    LocalDate participants = noticeDay.minusDays(30);
    LocalDate delivered = heldOn.minusDays(2);
    DecisionDriver.setClock(announced.atTime(18, 0).atZone(calendar.zone()));
    var runtime = engine.getRuntimeService();
    runtime.setVariable(pi.getId(), HearingVariables.HEARING_DATE, moved.toString());
    runtime.setVariable(pi.getId(), HearingVariables.PARTICIPANTS_PUBLISHED_ON, participants.toString());
    runtime.setVariable(pi.getId(), HearingVariables.MATERIALS_DELIVERED_ON, delivered.toString());
    runtime.setVariable(pi.getId(), HearingVariables.HEARING_HELD_ON, heldOn.toString());

    String finding = violated(checks.verdict(row(driver.decisionId(pi))), "R-MD-05");
    assertThat(finding)
        .contains("听证日期在公告后被改为 " + moved + "（公告确定的日期为 " + announced + "）")
        .contains("参加人名单公布日期（" + participants + "）早于听证公告发布日期（" + noticeDay + "）")
        .contains("听证会举行日期（" + heldOn + "）不是公告确定的日期（" + announced + "）")
        .contains("材料送达日期（" + delivered + "）距听证会（" + heldOn + "）仅 2 日，少于 "
            + decisionSettings.getHearingMaterialsDays() + " 日");
  }

  @Test
  @DisplayName("R-MD-12 R-ND-16 issue 22: a major decision \"published\" on 2026-01-01, before the head decided and before its publication task existed, is not 符合, naming both dates")
  void backDatedDecisionPublication() {
    DecisionDriver.setClock(DecisionDriver.TODAY);
    DecisionDriver driver = new DecisionDriver(engine, catalogue, calendar);
    ProcessInstance pi = driver.toImplementation("记录真实：倒签公布的决策");
    String id = driver.decisionId(pi);
    LocalDate decided = calendar.today();
    // the publication date an earlier release's form accepted, as its step wrote it into the report
    jdbc.sql("UPDATE nf_decision_report SET content = ? WHERE decision_id = ? AND kind = 'PUBLICATION'")
        .params("公布日期：2026-01-01\n执行单位：危化品监管科\n意见采纳情况说明：均已采纳", id).update();
    assertThat(violated(checks.verdict(row(id)), "R-MD-12"))
        .contains("公布日期（2026-01-01）早于行政首长作出决定的日期（" + decided + "）")
        .contains("公布日期（2026-01-01）早于公布任务产生的日期（" + decided + "）");
  }

  @Test
  @DisplayName("R-ND-14 R-C-07 issue 22: a document signed by a deputy under an authorization the administrator recorded in the head's name is not 符合")
  void authorizationNotRecordedByTheHead() {
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 10);
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    String id = DocumentDriver.uniqueId("ND-R22-AUTH");
    cleanDocument(driver, id, "记录真实：代签的文件");
    // an earlier release accepted the head-authorization start form from the administrator (issue 22): the
    // registry row it wrote names the head, the deputy and admin as who recorded it
    jdbc.sql("INSERT INTO nf_head_authorization (head, deputy, case_id, valid_from, valid_until, reason, acts, recorded_by, "
            + "recorded_at) VALUES (?, 'deputy1', ?, ?, ?, '出差', 'SIGN_DOCUMENT', 'admin', ?)")
        .params(heads.getHead(), id, Date.valueOf(LocalDate.of(2026, 3, 1)), Date.valueOf(LocalDate.of(2026, 12, 31)),
            Timestamp.valueOf("2026-03-01 09:00:00"))
        .update();
    long authorization = jdbc.sql("SELECT MAX(id) FROM nf_head_authorization WHERE case_id = ?").param(id).query(Long.class).single();
    jdbc.sql("UPDATE nf_document SET signed_by = 'deputy1', signing_authorization_id = ? WHERE id = ?")
        .params(authorization, id).update();
    assertThat(violated(checks.verdict(row(id)), "R-ND-14"))
        .contains("第 " + authorization + " 号授权由 admin 记录，不是主要负责人 " + heads.getHead() + " 本人");
  }

  @Test
  @DisplayName("R-ND-08 issue 22: the check reads normflow.publication.effective-min-days from DocumentSettings: 20 days is not 符合 at the default 30, 符合 when a bureau sets 10")
  void effectiveMinDaysFromSettings() {
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 10);
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    String id = DocumentDriver.uniqueId("ND-R22-SETTING");
    cleanDocument(driver, id, "记录真实：施行间隔");
    LocalDate published = jdbc.sql("SELECT published_on FROM nf_document WHERE id = ?").param(id).query(Date.class).single().toLocalDate();
    // an effective date 20 days after publication, recorded without an early-effect ground
    jdbc.sql("UPDATE nf_document SET effective_on = ?, early_effect_reason = NULL WHERE id = ?")
        .params(Date.valueOf(published.plusDays(20)), id).update();
    CaseRegister.CaseRow row = row(id);

    assertThat(violated(checks.verdict(row), "R-ND-08")).as("the application's setting (30 days)")
        .contains("间隔 20 日，少于 30 日");

    DocumentSettings bureau = mock(DocumentSettings.class);
    when(bureau.getEffectiveMinDays()).thenReturn(10);
    ComplianceChecks withTen = new ComplianceChecks(jdbc, heads, bureau, decisionSettings, history);
    ComplianceChecks.CaseVerdict verdict = withTen.verdict(row);
    assertThat(violated(verdict, "R-ND-08")).as("a bureau's 10 days").isEmpty();
    assertThat(of(verdict, "R-ND-08")).anySatisfy(c -> assertThat(c.requirement()).contains("不早于公布后 10 日"));
  }
}
