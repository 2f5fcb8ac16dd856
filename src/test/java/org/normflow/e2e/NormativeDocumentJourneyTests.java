package org.normflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.process.ProcessKeys;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One normative document from the drafter's start to IN FORCE, every human step done by its demo
 * user in the Chinese Tasklist (headless Chromium). What no clerk clicks is done as in production:
 * the public comment arrives over HTTP as the public page sends it, and the statutory timers
 * (end of the consultation period, effective date) run because the test moves the engine clock and
 * executes the due jobs, as the job executor would.
 */
@NormFlowSpringTest
class NormativeDocumentJourneyTests {

  static final Path SCREENSHOTS = Path.of(System.getProperty("normflow.screenshots", "target/screenshots"));
  static final String GROUP = "本组待办";
  static final LocalDate START = LocalDate.of(2026, 3, 2); // a Monday

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired WorkingDayCalendar calendar;

  Browser.Session browser;
  TasklistPage tasklist;

  @BeforeAll
  static void chromiumInstalled() {
    Browser.assumeInstalled();
  }

  /** As in {@link TasklistJourneyTests}: the journey starts from an empty Tasklist, on a fixed Monday. */
  @BeforeEach
  void emptyTasklistOnAMonday() {
    EmptyTasklist.clear(runtimeService, identityService);
    DocumentDriver.setClock(START, 9);
    browser = Browser.chinese();
    tasklist = new TasklistPage(browser.driver(), "http://localhost:" + port, SCREENSHOTS);
  }

  @AfterEach
  void resetClockAndCloseBrowser(TestInfo test) {
    ClockUtil.reset();
    if (browser != null) {
      new TasklistPage(browser.driver(), "", Path.of("target/e2e"))
          .screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
      browser.close();
    }
  }

  @Test
  void aNormativeDocumentGoesFromDraftToInForceThroughTheTasklist() throws Exception {
    String title = "市应急管理局应急物资储备管理办法（" + System.nanoTime() % 100000 + "）";
    long started = System.nanoTime();

    // 1 drafter starts the procedure and gives an ACCOUNT: the document concerns operators' economic activity, and how
    String marketAccount = "规定储备企业的准入条件和补贴标准";
    tasklist.login("drafter")
        .startProcess("行政规范性文件制定")
        .fillField("文件标题", title)
        .fillField("制定机关", "市应急管理局")
        .selectOption("文件类型", "办法")
        .checkField("起草单位认为涉及经营者的经济活动")
        .fillField("如何涉及经营者的经济活动", marketAccount)
        .fillField("拟施行日期", org.normflow.DocumentDriver.engineToday().plusMonths(3).toString());
    // R-ND-04: no tick exempts the draft from the legality review; R-ND-13: the legal office finds, the ticks are an account
    assertThat(tasklist.formText())
        .contains("起草单位认为本文件不属于行政规范性文件", "由法制机构根据这些说明认定")
        .doesNotContain("涉及公民、法人和其他组织的权利义务", "认为不属于行政规范性文件的理由");
    tasklist.submitStart();
    JsonNode record = documentByTitle(title);
    String documentId = record.path("id").asText();
    String processInstanceId = record.path("processInstanceId").asText();
    assertThat(record.path("identification").path("claimedMarket").asBoolean()).isTrue();
    assertThat(record.path("identification").path("finding").isNull()).isTrue();
    tasklist.logout();

    // 1a legal: 规范性文件认定和适用程序确认 (R-ND-13, R-ND-03, R-ND-12, R-MD-18) on the drafter's account
    tasklist.claimTask("legal", GROUP, "规范性文件认定和适用程序确认", title);
    assertThat(tasklist.fieldValue("如何涉及经营者的经济活动")).isEqualTo(marketAccount);
    assertThat(tasklist.input("如何涉及经营者的经济活动").isEnabled()).as("display only").isFalse();
    assertThat(tasklist.formText()).contains("制定机关：市应急管理局", "起草单位：危化品监管科").doesNotContain("{{", "APPLIES");
    tasklist.selectRadio("是否属于行政规范性文件", "属于行政规范性文件（按制定程序办理，须经合法性审查）")
        .fillField("认定理由", "对储备企业设定义务，具有普遍约束力，反复适用。")
        .selectRadio("公平竞争审查是否适用", "涉及经营者经济活动，须进行公平竞争审查（征求意见一般不少于 30 日）")
        .fillField("公平竞争审查是否适用的理由", "设定储备企业准入条件，影响经营者的市场准入。")
        .selectRadio("办理程序", "不属于重大行政决策，按一般程序办理")
        .fillField("办理程序的理由", "未列入本年度重大行政决策事项目录。");
    tasklist.scrollToTop().screenshot("09-applicability-finding");
    tasklist.complete().logout();
    JsonNode found = get("/api/documents/" + documentId, "auditor");
    assertThat(found.path("concernsMarket").asBoolean()).isTrue();
    assertThat(found.path("identification").path("fcrApplies").asBoolean()).isTrue();
    assertThat(found.path("identification").path("identifiedBy").asText()).isEqualTo("legal");

    // 2 drafter writes the draft and the four parts of the drafting explanation
    // issue 10: the first drafting task is already the starter's (我的待办); the header shows the 登记号
    tasklist.login("drafter").openMyTask("起草文件草案和起草说明", title).waitForFormText("文件标题：" + title);
    assertThat(tasklist.formText()).contains("登记号：" + record.path("reference").asText());
    assertThat(record.path("reference").asText()).startsWith("应急登〔");
    // the case header: what the drafter typed in display-only fields (R-C-06), NormFlow's own values in
    // an {{#if}} block and a FEEL if-then-else, which render in form-js 1.8.7
    assertThat(tasklist.formText())
        .contains("制定机关：市应急管理局", "文件类型：办法", "办理程序：一般程序", "当前版本：尚未保存")
        .contains("须进行公平竞争审查。理由：设定储备企业准入条件")
        .doesNotContain("{{", "文号：", "公平竞争审查意见");
    tasklist
        .fillField("文件草案正文", "第一条 为了规范应急物资储备管理，保障突发事件应对需要，制定本办法。")
        .fillField("制定目的和必要性", "规范应急物资储备，明确储备单位责任。")
        .fillField("制定依据", "《中华人民共和国突发事件应对法》第三十二条。")
        .fillField("起草过程", "调研三家储备单位，召开座谈会两次。")
        .fillField("主要内容", "储备品种、管理责任、监督检查。")
        .complete();
    tasklist.logout();

    // 3 fcr: fair competition review
    tasklist.claimTask("fcr", GROUP, "公平竞争审查", title);
    assertThat(tasklist.formText()).contains("第一条 为了规范应急物资储备管理", "调研三家储备单位").doesNotContain("{{");
    tasklist.selectRadio("审查结论", "符合审查标准")
        .fillField("审查意见", "未发现排除、限制竞争的内容。");
    tasklist.scrollToTop().screenshot("10-fair-competition-review");
    tasklist.complete().logout();

    // 4 drafter publishes the consultation notice (market entities: at least 30 days)
    tasklist.claimTask("drafter", GROUP, "发布征求意见公告", title);
    assertThat(tasklist.formText())
        .contains("文件（事项）名称：" + title, "当前版本：第 1 版")
        .contains("法定最短期限：30 日（自然日）")
        .doesNotContain("{{", "CALENDAR_DAYS");
    tasklist
        .fillField("征求意见公告", "现将《" + title + "》（征求意见稿）向社会公开征求意见。")
        .fillField("征求意见期限（天数）", "30");
    tasklist.screenshot("11-consultation-notice");
    tasklist.complete().logout();

    // a member of the public comments through the public page's endpoint
    JsonNode receipt = post("/api/public/consultations/" + documentId + "/comments",
        "{\"name\":\"张三\",\"phone\":\"13800000000\",\"email\":\"zhang@example.cn\",\"text\":\"建议明确储备物资的轮换期限。\"}");
    assertThat(receipt.path("status").asText()).isEqualTo("received");

    // the period ends: the job executor would run the closing timer; here the test does
    ProcessInstance consultation = called(processInstanceId, ProcessKeys.PUBLIC_CONSULTATION);
    String closesOn = (String) runtimeService.getVariable(consultation.getId(), "consultationClosesOn");
    DocumentDriver.setClock(LocalDate.parse(closesOn).plusDays(1), 9);
    assertThat(runDueTimers(consultation.getId())).as("consultation closing timer").isEqualTo(1);

    // 5 drafter disposes of the comment
    tasklist.claimTask("drafter", GROUP, "逐条处理意见并形成采纳情况说明", title);
    assertThat(tasklist.formText()).contains("共收到 1 条意见", "建议明确储备物资的轮换期限").doesNotContain("13800000000");
    tasklist
        .chooseInRow("Row_Disposition", 0, "采纳")
        .fillField("意见采纳情况说明", "收到意见 1 条，已采纳，在第六条增加轮换期限。");
    tasklist.screenshot("12-dispose-comments");
    tasklist.complete().logout();

    // 5a the document concerns operators: before the legality review the drafting unit records the
    // operators and trade associations it heard (R-ND-02, 722 Art 62(1), 783 Art 16; issue 24)
    tasklist.claimTask("drafter", GROUP, "听取经营者和行业协会商会意见", title)
        .fillField("听取意见的经营者（企业）", "省应急物资储备有限公司、市安达救援装备有限公司")
        .fillField("听取意见的行业协会商会", "市应急产业协会")
        .selectOption("听取方式", "座谈会")
        .fillField("听取意见日期", calendar.today().toString())
        .fillField("意见摘要及采纳情况", "企业建议放宽储备企业注册资本要求，已部分采纳。")
        .complete().logout();

    // 6 advisor gives the written legal opinion
    tasklist.claimTask("advisor", GROUP, "法律顾问出具书面意见", title)
        .fillField("法律顾问书面意见", "草案内容合法，制定程序完备。")
        .complete().logout();

    // 7 legal reviews after the minimum period (5 working days): the reviewer sees the draft and the
    // procedure account; the consultation was not published on the channel the rules require, so it is
    // found missing (R-ND-04, R-MD-18)
    ProcessInstance firstReview = called(processInstanceId, ProcessKeys.LEGALITY_REVIEW);
    int minimum = ((Number) runtimeService.getVariable(firstReview.getId(), "reviewMinWorkingDays")).intValue();
    DocumentDriver.setClock(calendar.plusWorkingDays(calendar.today(), minimum), 10);
    tasklist.claimTask("legal", GROUP, "合法性审查并出具审查意见", title);
    assertThat(tasklist.formText())
        .contains("草案内容合法，制定程序完备。", "第一条 为了规范应急物资储备管理", "程序履行情况说明（系统根据登记簿生成）")
        .contains("符合公平竞争审查标准", "收到意见 1 条")
        .doesNotContain("{{", "PASSES");
    tasklist
        .checkField("文件（决策）草案").checkField("起草说明").checkField("制定依据");
    tickCheckbox("程序履行情况说明");
    tasklist
        .checkField("征求意见及采纳情况").checkField("公平竞争审查结论（涉及市场主体时）")
        .selectRadio("审查结论", "缺少必经程序，退回补正")
        .checkField("公开征求意见")
        .fillField("合法性审查意见", "征求意见公告未在政府门户网站发布，须重新公开征求意见。");
    tasklist.scrollToTop().screenshot("13-legality-review-missing-procedure");
    tasklist.complete().logout();

    // 7a drafter: revise before the make-up round; the system reruns only the named procedure
    tasklist.claimTask("drafter", GROUP, "补正程序前修改草案和起草说明", title);
    assertThat(tasklist.formText()).contains("须补正的程序：公开征求意见", "征求意见公告未在政府门户网站发布");
    tasklist.fillField("起草过程", "调研三家储备单位，召开座谈会两次；按合法性审查意见在政府门户网站重新公开征求意见。")
        .fillField("修改和补正说明", "草案未修改，补正公开征求意见。");
    tasklist.screenshot("13a-revise-for-make-up");
    tasklist.complete().logout();

    // 7b the consultation runs again (the fair competition review was not named and does not rerun)
    tasklist.claimTask("drafter", GROUP, "发布征求意见公告", title);
    assertThat(tasklist.formText()).contains("当前版本：第 2 版");
    tasklist
        .fillField("征求意见公告", "现将《" + title + "》（征求意见稿）在政府门户网站重新公开征求意见。")
        .fillField("征求意见期限（天数）", "30")
        .complete().logout();
    ProcessInstance secondConsultation = called(processInstanceId, ProcessKeys.PUBLIC_CONSULTATION);
    String secondClose = (String) runtimeService.getVariable(secondConsultation.getId(), "consultationClosesOn");
    DocumentDriver.setClock(LocalDate.parse(secondClose).plusDays(1), 9);
    assertThat(runDueTimers(secondConsultation.getId())).as("second consultation closing timer").isEqualTo(1);
    tasklist.claimTask("drafter", GROUP, "逐条处理意见并形成采纳情况说明", title)
        .fillField("意见采纳情况说明", "重新征求意见期间未收到意见。")
        .complete().logout();

    // 7c a fresh legality review, with the make-up round in the procedure account
    tasklist.claimTask("advisor", GROUP, "法律顾问出具书面意见", title)
        .fillField("法律顾问书面意见", "已补正公开征求意见，程序完备。")
        .complete().logout();
    ProcessInstance review = called(processInstanceId, ProcessKeys.LEGALITY_REVIEW);
    assertThat(review.getId()).isNotEqualTo(firstReview.getId());
    DocumentDriver.setClock(calendar.plusWorkingDays(calendar.today(), minimum), 10);
    tasklist.claimTask("legal", GROUP, "合法性审查并出具审查意见", title);
    assertThat(tasklist.formText()).contains("认定缺少：公开征求意见", "结论：缺少程序").doesNotContain("MISSING_PROCEDURE");
    tasklist
        .checkField("文件（决策）草案").checkField("起草说明").checkField("制定依据");
    tickCheckbox("程序履行情况说明");
    tasklist
        .checkField("征求意见及采纳情况").checkField("公平竞争审查结论（涉及市场主体时）")
        .selectRadio("审查结论", "合法")
        .fillField("合法性审查意见", "经审查，草案符合上位法规定，制定程序合法。");
    tasklist.scrollToTop().screenshot("13b-legality-review");
    tasklist.complete().logout();

    // 8 leader: collective deliberation
    tasklist.claimTask("leader", GROUP, "集体审议", title);
    assertThat(tasklist.formText())
        .contains("文件标题：" + title, "制定机关：市应急管理局")
        .contains("当前版本：第 2 版", "重新征求意见期间未收到意见", "结论：合法", "经审查，草案符合上位法规定")
        .doesNotContain("{{", "LAWFUL", "ORDINARY");
    tasklist
        .selectOptionInView("会议类型", "局务会议")
        .fillField("会议日期", calendar.today().toString())
        .fillField("主持人", "吴刚 局长")
        .fillField("出席人员", "吴局长、郑副局长、冯副局长")
        .selectRadio("审议结论", "通过")
        .fillField("会议纪要", "局务会议审议通过《" + title + "》。");
    tasklist.screenshot("14-deliberation");
    tasklist.complete();

    // 9 the head (leader) signs: 签发 is assigned to the head, so it waits in 我的待办, and the signer
    // recorded is the logged-in user (R-ND-14); 10 numbering is automatic after signing, so a refused
    // signature takes no number (issue 24)
    assertThat(runtimeService.getVariable(processInstanceId, "docNumber")).as("no number before 签发").isNull();
    tasklist.reload().openMyTask("签发", title).waitForFormText("办理程序：一般程序")
        .selectRadio("签发决定", "签发")
        .fillField("签发日期", calendar.today().toString());
    tasklist.screenshot("15-signing-with-number");
    tasklist.complete().logout();
    String number = (String) runtimeService.getVariable(processInstanceId, "docNumber");
    assertThat(number).matches("X应急规〔2026〕\\d+号");

    // 11 drafter publishes; effective 30 days after publication
    LocalDate published = calendar.today();
    LocalDate effective = published.plusDays(30);
    tasklist.claimTask("drafter", GROUP, "统一印发和公布", title).waitForFormText(number)
        .fillField("公布日期", published.toString())
        .fillField("施行日期", effective.toString())
        .fillPublicationExplanation(published.toString(), true)
        .complete().logout();

    // 12 legal files the document with the supervising body
    tasklist.claimTask("legal", GROUP, "报送备案", title).waitForFormText(number);
    assertThat(tasklist.fieldValue("备案监督机关")).as("from configuration").isEqualTo("本级人民政府（由司法行政部门承办）");
    tasklist
        .fillField("报送备案日期", published.toString())
        .checkField("备案报告").checkField("文件正式文本").checkField("起草说明")
        .checkField("制定依据").checkField("合法性审查意见");
    tasklist.screenshot("16-filing");
    tasklist.complete().logout();

    // 13 the effective date arrives: the timer would fire; here the test runs it
    DocumentDriver.setClock(effective, 1);
    assertThat(runDueTimers(processInstanceId)).as("effective-date timer").isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_InForce");

    JsonNode inForce = get("/api/documents/" + documentId, "auditor");
    assertThat(inForce.path("stage").asText()).isEqualTo("IN_FORCE");
    assertThat(inForce.path("signedBy").asText()).isEqualTo("leader");
    assertThat(inForce.path("signingNote").asText()).isEqualTo("吴刚 签发");
    assertThat(inForce.path("docNumber").asText()).isEqualTo(number);
    assertThat(inForce.path("effectiveOn").asText()).isEqualTo(effective.toString());
    assertThat(inForce.path("validUntil").asText()).isNotBlank().isNotEqualTo("null");
    assertThat(inForce.path("filedOn").asText()).isEqualTo(published.toString());

    // the auditor: no task of the case is left open, and the audit trail names every clerk
    tasklist.login("auditor").selectFilter("全部在办任务");
    assertThat(tasklist.listShows(title)).isFalse();
    tasklist.screenshot("17-auditor-no-open-task");
    Map<String, String> completedBy = new HashMap<>();
    for (String pid : List.of(processInstanceId, consultation.getId(), review.getId())) {
      for (JsonNode entry : get("/api/audit/processes/" + pid, "auditor")) {
        if ("ACTIVITY_COMPLETED".equals(entry.path("kind").asText()) && !entry.path("userId").isNull()) {
          completedBy.put(entry.path("activityId").asText(), entry.path("userId").asText());
        }
      }
    }
    assertThat(completedBy).containsEntry("Task_IdentifyDocument", "legal").containsEntry("Task_ReviseForMakeUp", "drafter");
    assertThat(completedBy).containsAllEntriesOf(Map.of(
        "Task_Drafting", "drafter", "Task_FairCompetitionReview", "fcr", "Task_PublishNotice", "drafter",
        "Task_DisposeComments", "drafter", "Task_AdvisorOpinion", "advisor", "Task_LegalityReview", "legal",
        "Task_Deliberation", "leader", "Task_Signing", "leader", "Task_Publication", "drafter", "Task_Filing", "legal"));

    // the registry record as the auditor reads it in the browser
    browser.driver().get("http://auditor:demo@localhost:" + port + "/api/documents/" + documentId);
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
        .until(d -> d.findElement(By.tagName("body")).getText().contains("IN_FORCE"));
    tasklist.screenshot("18-registry-in-force");
    browser.driver().get("http://auditor:demo@localhost:" + port + "/api/audit/processes/" + processInstanceId);
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
        .until(d -> d.findElement(By.tagName("body")).getText().contains("EndEvent_InForce"));
    tasklist.screenshot("19-audit-trail");

    // 14 the head records an authorization (授权代行) with the start form in Tasklist: the deputy is chosen
    // from the leadership, the server checks the starter is the head (R-ND-14); the registry shows it
    browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    tasklist.waitUntilLoaded().switchUser("leader");
    LocalDate today = calendar.today();
    tasklist.startProcess("局领导授权代行")
        .selectOption("代行人", "郑伟（副局长）")
        // R-ND-14 (issue 24): the head names the acts handed over, here only 签发
        .tickOption("授权代行的事项", "签发规范性文件")
        // issue 10: the case is named by the number people use (here its 文号), not an internal id
        .fillField("限于本件（编号，可不填）", number)
        .fillField("授权开始日期", today.toString())
        .fillField("授权截止日期", today.plusDays(2).toString())
        .fillField("授权事由", "外出学习");
    tasklist.screenshot("30-head-authorization");
    tasklist.submitStart();
    assertThat(get("/api/head-authorizations", "auditor").findValuesAsText("summary"))
        .anySatisfy(summary -> assertThat(summary).contains("吴刚 授权 郑伟", "下列事项：签发规范性文件；", "限于 " + number,
            "外出学习", "有效"));

    System.out.printf("normative-document journey: %s %s in force on %s, browser journey took %d s%n",
        documentId, number, effective, (System.nanoTime() - started) / 1_000_000_000L);
  }

  @Test
  void theLegalOfficeFindsADraftIsNotANormativeDocument() throws Exception {
    String title = "关于调整局内值班安排的通知（" + System.nanoTime() % 100000 + "）";
    String drafterReason = "仅调整本局内部值班安排，不涉及公民、法人和其他组织的权利义务";

    // R-ND-13: the drafter believes the draft is not a normative document and asks, with a reason
    tasklist.login("drafter")
        .startProcess("行政规范性文件制定")
        .fillField("文件标题", title)
        .fillField("制定机关", "市应急管理局")
        .selectOption("文件类型", "通知")
        .checkField("起草单位认为本文件不属于行政规范性文件")
        .fillField("认为不属于行政规范性文件的理由", drafterReason);
    tasklist.submitStart();
    JsonNode record = documentByTitle(title);
    String documentId = record.path("id").asText();
    String processInstanceId = record.path("processInstanceId").asText();
    assertThat(record.path("identification").path("requestedReason").asText()).isEqualTo(drafterReason);
    tasklist.logout();

    // the legal office decides: the case header shows what the drafter wrote, as plain read-only fields
    tasklist.login("legal").selectFilter(GROUP).openTask("规范性文件认定和适用程序确认", title).claim();
    assertThat(tasklist.fieldValue("文件标题")).isEqualTo(title);
    assertThat(tasklist.fieldValue("制定机关")).isEqualTo("市应急管理局");
    assertThat(tasklist.fieldValue("起草单位认为不属于行政规范性文件的理由")).isEqualTo(drafterReason);
    assertThat(tasklist.input("文件标题").isEnabled()).as("display only").isFalse();
    assertThat(tasklist.input("起草单位认为不属于行政规范性文件的理由").isEnabled()).as("display only").isFalse();
    tasklist.selectRadio("是否属于行政规范性文件", "不属于行政规范性文件（退出制定程序）")
        .fillField("认定理由", "属于机关内部工作安排，不对外发生效力，不属于行政规范性文件。");
    tasklist.scrollToTop().screenshot("30-identification-not-normative");
    tasklist.complete().logout();

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_NotNormativeDocument");
    JsonNode found = get("/api/documents/" + documentId, "auditor");
    assertThat(found.path("stage").asText()).isEqualTo("NOT_NORMATIVE");
    assertThat(found.path("stageLabel").asText()).isEqualTo("不属于行政规范性文件");
    assertThat(found.path("identification").path("finding").asText()).isEqualTo("NOT_NORMATIVE");
    assertThat(found.path("identification").path("reason").asText()).startsWith("属于机关内部工作安排");
    assertThat(found.path("identification").path("identifiedBy").asText()).isEqualTo("legal");
    assertThat(found.path("docNumber").isNull()).isTrue();
  }

  /**
   * Ticks the checkbox with this label where a display field carries the same label (legality-review-decide
   * shows the 程序履行情况说明 itself and asks whether it was received).
   */
  private void tickCheckbox(String label) {
    org.openqa.selenium.WebElement box = new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30)).until(d ->
        d.findElements(By.xpath("//div[contains(@class,'fjs-form-field-checkbox')][.//label[normalize-space(.)='" + label
            + "' or normalize-space(.)='" + label + "*']]//input[@type='checkbox']")).stream().findFirst().orElse(null));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'});", box);
    if (!box.isSelected()) {
      box.click();
    }
    new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(d -> box.isSelected());
  }

  // ---- engine side: what the job executor and the public do in production

  private ProcessInstance called(String parentId, String key) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(parentId)
        .processDefinitionKey(key).singleResult();
  }

  private int runDueTimers(String processInstanceId) {
    List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).timers().executable().list();
    due.forEach(job -> managementService.executeJob(job.getId()));
    return due.size();
  }

  // ---- HTTP

  private JsonNode documentByTitle(String title) throws Exception {
    for (JsonNode record : get("/api/documents", "drafter")) {
      if (title.equals(record.path("title").asText())) {
        return record;
      }
    }
    throw new AssertionError("no registry record titled " + title);
  }

  private JsonNode get(String path, String user) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", basic(user))
        .header("Accept", "application/json")
        .build();
    return send(request, 200);
  }

  /** As the public page sends it: no login. */
  private JsonNode post(String path, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
    return send(request, 202);
  }

  private static JsonNode send(HttpRequest request, int expected) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as("%s %s: %s", request.method(), request.uri(), response.body()).isEqualTo(expected);
    return new ObjectMapper().readTree(response.body());
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TasklistPage.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
