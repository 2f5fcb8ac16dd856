package org.normflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A special cleanup (专项清理, R-ND-11) in the real Tasklist: the legal office starts it for the documents
 * based on a repealed law, the drafting unit gives its finding on each document, the legal office confirms
 * the list; the registry then shows the abolished document as 已废止.
 */
@NormFlowSpringTest
class CleanupJourneyTests {

  static final Path SCREENSHOTS = Path.of(System.getProperty("normflow.screenshots", "target/screenshots"));
  static final String GROUP = "本组待办";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired org.normflow.cleanup.OrganDecisions organDecisions;

  Browser.Session browser;
  TasklistPage tasklist;

  @BeforeAll
  static void chromiumInstalled() {
    Browser.assumeInstalled();
  }

  @BeforeEach
  void emptyTasklistOnAMonday() {
    EmptyTasklist.clear(runtimeService, identityService);
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
    browser = Browser.chinese();
    tasklist = new TasklistPage(browser.driver(), "http://localhost:" + port, SCREENSHOTS);
  }

  @AfterEach
  void resetClockAndCloseBrowser(TestInfo test) {
    ClockUtil.reset();
    organDecisions.decideBy("CLEANUP", "MEETING");
    if (browser != null) {
      new TasklistPage(browser.driver(), "", Path.of("target/e2e"))
          .screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
      browser.close();
    }
    // the database is shared: the documents seeded here and their round go again
    jdbc.sql("DELETE FROM nf_document_event WHERE document_id LIKE 'JRN-%'").update();
    jdbc.sql("DELETE FROM nf_cleanup_item WHERE document_id LIKE 'JRN-%'").update();
    jdbc.sql("DELETE FROM nf_cleanup WHERE NOT EXISTS (SELECT 1 FROM nf_cleanup_item i WHERE i.cleanup_id = nf_cleanup.id)")
        .update();
    jdbc.sql("DELETE FROM nf_document_version WHERE document_id LIKE 'JRN-%'").update();
    jdbc.sql("DELETE FROM nf_document WHERE id LIKE 'JRN-%'").update();
    jdbc.sql("DELETE FROM nf_case_summary WHERE case_id LIKE 'JRN-%'").update();
  }

  String seed(String title, String legalBasis) {
    String id = "JRN-" + UUID.randomUUID().toString().substring(0, 8);
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    jdbc.sql("INSERT INTO nf_document (id, title, doc_type, issuing_unit, concerns_market, major_decision, trial, stage, "
            + "doc_number, published_on, effective_on, valid_until, drafting_unit, created_at, updated_at) "
            + "VALUES (?, ?, '办法', '市应急管理局', TRUE, FALSE, FALSE, 'IN_FORCE', ?, DATE '2022-03-01', "
            + "DATE '2022-04-01', DATE '2027-03-31', 'unit-hazchem', ?, ?)")
        .params(id, title, "X应急规〔2022〕" + id.substring(4) + "号", now, now)
        .update();
    jdbc.sql("INSERT INTO nf_document_version (document_id, version_no, draft_text, legal_basis, created_at) "
            + "VALUES (?, 1, '正文', ?, ?)")
        .params(id, legalBasis, now)
        .update();
    return id;
  }

  /** The job executor is off in tests: run the cleanup's asynchronous steps (the parallel reviews). */
  void runJobs() {
    for (int round = 0; round < 5; round++) {
      for (Job job : engine.getManagementService().createJobQuery().processDefinitionKey("periodic-cleanup")
          .executable().list()) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  String stage(String id) {
    return jdbc.sql("SELECT stage FROM nf_document WHERE id = ?").param(id).query(String.class).single();
  }

  @Test
  @DisplayName("R-ND-11 a special cleanup in Tasklist: started by the legal office by scope, a proposal per document by the drafting unit, reviewed by the legal office, decided and signed by the head, published, reported to the filing body")
  void specialCleanupJourney() {
    // the head decides here (normflow.cleanup.decided-by: HEAD); the organ's meeting has its own journey
    organDecisions.decideBy("CLEANUP", "HEAD");
    String law = "危险化学品安全管理条例（2002年）";
    String abolish = seed("危险化学品经营单位储存管理办法", "《" + law + "》第二十条");
    String keep = seed("危险化学品运输车辆停车场管理办法", "《" + law + "》");

    tasklist.login("legal")
        .startProcess("规范性文件定期清理和专项清理")
        .selectOption("清理范围", "依据已废止或修改的上位法制定的文件")
        .fillField("已废止或修改的上位法名称", law)
        .fillField("开展专项清理的原因", "上位法已修订，部署对依据其制定的规范性文件开展专项清理");
    tasklist.screenshot("70-special-cleanup-start");
    tasklist.submitStart();
    tasklist.logout();
    runJobs();

    tasklist.login("drafter");
    tasklist.openTaskInFilter(GROUP, "逐件清理：提出清理意见", "危险化学品经营单位储存管理办法");
    tasklist.claimForCase("危险化学品经营单位储存管理办法");
    tasklist.chooseRadio("清理意见", "废止")
        .fillField("理由", "所依据的条款已被删除，文件规定的储存审批已无上位法依据")
        .fillField("依据", "《危险化学品安全管理条例》（2011年修订）");
    tasklist.screenshot("71-cleanup-review-document");
    tasklist.complete();
    tasklist.openTaskInFilter(GROUP, "逐件清理：提出清理意见", "危险化学品运输车辆停车场管理办法");
    tasklist.claimForCase("危险化学品运输车辆停车场管理办法");
    tasklist.chooseRadio("清理意见", "继续有效")
        .fillField("理由", "内容与修订后的条例一致，仍适应管理需要")
        .fillField("依据", "《危险化学品安全管理条例》（2011年修订）第四十八条")
        .complete();
    tasklist.logout();
    runJobs();

    tasklist.login("legal");
    tasklist.openTaskInFilter(GROUP, "法制机构审核清理意见", "专项清理");
    tasklist.claimForCase("专项清理");
    tasklist.chooseRadio("审核结论", "审核无误，报请机关决定")
        .checkField("已逐件核对清理意见，同意报请机关决定")
        .fillField("审核意见", "各科室清理意见理由充分、依据准确，报请机关决定");
    tasklist.screenshot("72-cleanup-confirm");
    tasklist.complete();
    tasklist.logout();
    assertThat(stage(abolish)).as("the legal office decides nothing").isEqualTo("IN_FORCE");

    tasklist.login("leader");
    tasklist.openMyTask("主要负责人审定清理结果", "专项清理");
    tasklist.chooseRadio("决定", "同意")
        .fillField("决定意见（理由）", "同意本轮清理结果，废止《危险化学品经营单位储存管理办法》");
    tasklist.screenshot("73-cleanup-organ-decision");
    tasklist.complete();
    tasklist.logout(); // Tasklist's notice of the next task assigned to the head covers the form's buttons
    tasklist.login("leader");
    tasklist.openMyTask("签发清理决定", "专项清理");
    tasklist.fillField("签发日期", "2026-03-02");
    tasklist.screenshot("74-cleanup-sign-decision");
    tasklist.complete();
    tasklist.logout();
    assertThat(stage(abolish)).as("signed, not yet published").isEqualTo("IN_FORCE");

    tasklist.login("legal");
    tasklist.openTaskInFilter(GROUP, "公布清理结果", "专项清理");
    tasklist.claimForCase("专项清理");
    tasklist.fillField("公布日期", "2026-03-02").selectOption("公布载体", "政府公报");
    tasklist.screenshot("75-cleanup-publish-decision");
    tasklist.complete();
    runJobs();
    assertThat(stage(abolish)).isEqualTo("ABOLISHED");
    assertThat(stage(keep)).isEqualTo("IN_FORCE");
    tasklist.logout();

    tasklist.login("legal");
    tasklist.openTaskInFilter(GROUP, "清理结果报送备案", "专项清理");
    tasklist.claimForCase("专项清理");
    tasklist.fillField("报送备案日期", "2026-03-02");
    tasklist.screenshot("76-cleanup-report-to-filing-body");
    tasklist.complete();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_organ_decision d JOIN nf_cleanup c ON CAST(c.id AS VARCHAR(64)) = d.subject_ref "
            + "JOIN nf_cleanup_item i ON i.cleanup_id = c.id WHERE d.subject = 'CLEANUP' AND i.document_id = ? "
            + "AND d.filed_on IS NOT NULL AND d.signed_by = 'leader'").param(abolish).query(Integer.class).single())
        .as("decided, signed, published and reported on record").isOne();
  }
}
