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
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.task.Task;
import org.normflow.Clerks;
import org.normflow.process.DecisionCatalogueVariables;
import org.normflow.process.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 5: one major decision (重大行政决策) from the published catalogue through public consultation,
 * hearing, legality and integrity review, collective discussion and publication, every step done by
 * the demo user whose job it is, in the Chinese Tasklist in headless Chromium. Only what no clerk
 * clicks is done in code: the catalogue over REST (as the walkthrough does), a public comment over
 * the public API, and the passing of time (engine clock moved, due timer jobs executed).
 */
@NormFlowSpringTest
class MajorDecisionJourneyTests {

  static final Path SCREENSHOTS = Path.of(System.getProperty("normflow.screenshots", "target/screenshots"));
  static final String LEAD_UNIT = "危险化学品安全监督管理处";
  static final String GROUP = "本组待办";
  /** The drafter's unit (unit-hazchem), named by the head as executing unit (R-MD-14). */
  static final String EXECUTING_UNIT = "危化品监管科";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired WorkingDayCalendar calendar;
  @Autowired org.normflow.catalogue.CatalogueService catalogueService;

  Browser.Session browser;
  TasklistPage tasklist;
  DocumentDriver time;
  final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void chromiumInstalled() {
    Browser.assumeInstalled();
  }

  /** As in {@link TasklistJourneyTests}: the journey starts from an empty Tasklist. */
  @BeforeEach
  void clearCasesOfOtherTests() {
    ClockUtil.reset();
    EmptyTasklist.clear(runtimeService, identityService);
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.chinese();
    tasklist = new TasklistPage(browser.driver(), "http://localhost:" + port, SCREENSHOTS);
    time = new DocumentDriver(engine, calendar);
  }

  @AfterEach
  void closeBrowserAndResetClock(TestInfo test) {
    try {
      if (browser != null) {
        new TasklistPage(browser.driver(), "", Path.of("target/e2e"))
            .screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
        browser.close();
      }
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void oneMajorDecisionThroughHearingCollectiveDiscussionAndPublication() throws Exception {
    long started = System.nanoTime();
    int year = freeCatalogueYear();
    String title = "危险化学品集中仓储区布局（" + System.nanoTime() % 100000 + "）";
    long itemId = publishedCatalogueItem(year, title);

    // 1 issue 10: the published catalogue item opens its decision case by itself; nobody types an item
    // number. The case is known by its decision number (catalogue year and item), not an internal id.
    ProcessInstance decision = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.MAJOR_DECISION)
        .variableValueEquals("title", title).singleResult();
    assertThat(decision).as("decision opened from item %s", itemId).isNotNull();
    String decisionId = (String) runtimeService.getVariable(decision.getId(), "decisionId");
    String reference = (String) runtimeService.getVariable(decision.getId(), "caseReference");
    assertThat(reference).matches(year + "年(调整)?第\\d+项");
    tasklist.loginChecked("drafter");

    // 2 proposal (R-MD-02)
    tasklist.claimGroupTask("提出决策建议", title);
    assertThat(tasklist.formText()).contains(reference, "重大行政决策").doesNotContain(decisionId);
    tasklist.screenshot("20-start-from-catalogue");
    tasklist.fillField("拟解决的主要问题", "危险化学品仓储布局分散，监管力量难以覆盖")
        .fillField("决策理由", "近年多起仓储事故暴露监管薄弱环节")
        .fillField("法律依据", "《中华人民共和国安全生产法》第四条；《危险化学品安全管理条例》第十一条")
        .fillField("初步方案", "划定集中仓储区，分批迁入")
        .fillField("必要性", "降低重大事故风险")
        .fillField("可行性", "已有用地储备，企业意愿较强")
        .completeOrFail();

    // 3 the head decides to start the procedure, with the lead unit: the task is assigned to the head
    // (R-MD-02), so it waits in 我的待办
    tasklist.switchUser("leader");
    tasklist.openMyTask("决定是否启动决策程序", title);
    assertThat(tasklist.formText()).contains("危险化学品仓储布局分散");
    tasklist.chooseRadio("是否启动决策程序", "启动决策程序").fillField("承办单位", LEAD_UNIT);
    tasklist.screenshot("21-leader-decides-to-start");
    tasklist.completeOrFail();

    // 4 draft plan with the drafter's account (R-MD-18): the facts and their explanation, not a decision
    tasklist.switchUser("drafter");
    tasklist.claimGroupTask("拟订决策草案", title);
    tasklist.waitForFormText(LEAD_UNIT);
    assertThat(tasklist.fieldValue("方案一名称")).isEqualTo("方案一");
    tasklist.fillField("方案一内容", "在东区划定危险化学品集中仓储区，三年内分批迁入")
        .checkField("直接涉及社会公众切身利益")
        .fillField("直接涉及社会公众切身利益：具体情况", "仓储区周边有居民小区约 3000 户，搬迁和隔离影响居民生活");
    tasklist.screenshot("22-draft-plan-affects-the-public");
    tasklist.completeOrFail();

    // 5 public consultation: 30 calendar days (R-MD-04), one comment from the public
    tasklist.claimGroupTask("发布征求意见公告", title);
    tasklist.fillField("征求意见公告", "现就《" + title + "》公开征求意见，欢迎提出意见建议。")
        .fillField("征求意见期限（天数）", "30")
        .completeOrFail();
    ProcessInstance consultation = called(decision, ProcessKeys.PUBLIC_CONSULTATION);
    HttpResponse<String> comment = send("POST", "/api/public/consultations/" + decisionId + "/comments", null,
        "{\"text\":\"建议集中仓储区远离居民区\"}");
    assertThat(comment.statusCode()).as(comment.body()).isBetween(200, 299);
    String closesOn = (String) runtimeService.getVariable(consultation.getId(), "consultationClosesOn");
    DocumentDriver.setClock(LocalDate.parse(closesOn).plusDays(1), 9);
    assertThat(time.runDueTimers(consultation.getId())).as("consultation closing timer").isEqualTo(1);

    tasklist.claimGroupTask("逐条处理意见并形成采纳情况说明", title);
    tasklist.waitForFormText("建议集中仓储区远离居民区");
    tasklist.chooseInRow("Row_Disposition", 0, "采纳")
        .fillInRow("Row_Reason", 0, "选址已调整到远离居民区的东区北部")
        .fillField("意见采纳情况说明", "收到意见 1 条，已采纳。")
        .completeOrFail();

    // 6 the participation summary, with the drafter's account of the divergence
    tasklist.claimGroupTask("汇总公众意见", title);
    // radios first: a click while the form re-renders after typing can be lost
    tasklist.chooseRadio("意见分歧程度", "无明显分歧")
        .fillField("公众意见概况", "意见集中在选址，要求远离居民区")
        .fillField("分歧情况说明", "唯一一条意见已采纳，无对立意见")
        .completeOrFail();

    // 6a the legal office finds which procedures apply (R-MD-18): it confirms the vital interests (the
    // local rule table then requires a hearing) and finds no divergence, no technical matter, no risk, no market
    tasklist.switchUser("legal");
    tasklist.claimGroupTask("确定适用程序", title);
    tasklist.waitForFormText("仓储区周边有居民小区约 3000 户");
    tasklist.chooseRadio("直接涉及社会公众切身利益", "成立")
        .chooseRadio("公众对决策草案存在较大分歧", "不成立")
        .chooseRadio("地方性法规、规章规定应当听证", "不成立")
        .chooseRadio("专业性、技术性较强", "不成立")
        .chooseRadio("可能对社会稳定、公共安全等方面造成不利影响", "不成立")
        .chooseRadio("涉及市场主体经济活动", "不成立")
        .fillField("直接涉及社会公众切身利益：认定理由", "集中仓储区选址涉及周边居民搬迁和出行，直接涉及切身利益")
        .fillField("公众对决策草案存在较大分歧：认定理由", "仅收到 1 条意见且已采纳")
        .fillField("地方性法规、规章规定应当听证：认定理由", "本地无此规定")
        .fillField("专业性、技术性较强：认定理由", "布局方案不涉及需专家论证的技术问题")
        .fillField("可能对社会稳定、公共安全等方面造成不利影响：认定理由", "经初步分析不存在稳定风险")
        .fillField("涉及市场主体经济活动：认定理由", "不涉及市场准入和经营行为");
    tasklist.scrollToTop();
    tasklist.screenshot("22a-legal-office-finds-applicable-procedures");
    tasklist.completeOrFail();
    tasklist.switchUser("drafter");

    // 7 hearing (R-MD-05): notice, participants, materials at least 7 days ahead, timer, hearing, record, report
    LocalDate today = calendar.today();
    LocalDate hearingDay = today.plusDays(17);
    tasklist.claimGroupTask("发布听证公告", title);
    tasklist.waitForFormText("承办单位：" + LEAD_UNIT);
    tasklist.fillField("听证公告", "定于 " + hearingDay + " 就" + title + "举行听证会")
        .fillField("听证参加人遴选办法", "自愿报名、随机抽取")
        .fillField("听证会日期", hearingDay.toString())
        .fillField("听证地点", "市应急管理局三楼会议室");
    tasklist.scrollToTop();
    tasklist.screenshot("23-hearing-notice");
    tasklist.completeOrFail();

    tasklist.claimGroupTask("遴选并公布听证参加人", title);
    tasklist.fillField("听证参加人名单", "居民代表张三、企业代表李四、专家代表王五")
        .fillField("名单公布日期", today.toString())
        .completeOrFail();

    tasklist.claimGroupTask("送达听证材料", title);
    assertThat(tasklist.fieldValue("听证会日期")).isEqualTo(hearingDay.toString());
    tasklist.fillField("材料送达日期", today.toString()).completeOrFail();

    ProcessInstance hearing = called(decision, ProcessKeys.HEARING);
    DocumentDriver.setClock(hearingDay, 9);
    assertThat(time.runDueTimers(hearing.getId())).as("materials-delivered timer").isEqualTo(1);

    tasklist.claimGroupTask("召开听证会", title);
    tasklist.waitForFormText("承办单位：" + LEAD_UNIT).waitForFormText("地点：市应急管理局三楼会议室");
    tasklist.fillField("听证会召开日期", hearingDay.toString())
        .fillField("听证笔录", "听证会于上午九时召开，参加人 3 名，均发表意见，多数支持集中仓储。");
    tasklist.scrollToTop();
    tasklist.screenshot("24-hearing-held");
    tasklist.completeOrFail();

    tasklist.claimGroupTask("听证笔录确认签字", title);
    tasklist.checkField("听证笔录已经听证参加人确认").fillField("签字确认的听证参加人", "张三、李四、王五").completeOrFail();

    tasklist.claimGroupTask("撰写听证报告", title);
    tasklist.fillField("听证报告", "听证参加人多数支持集中仓储方案，建议加强周边隔离。").completeOrFail();

    // 8 legality review (R-MD-09): the adviser, then the legal office after the minimum working days
    tasklist.switchUser("advisor");
    tasklist.claimGroupTask("法律顾问出具书面意见", title);
    tasklist.fillField("法律顾问书面意见", "决策草案符合上位法规定，程序完备。").completeOrFail();

    ProcessInstance review = called(decision, ProcessKeys.LEGALITY_REVIEW);
    Number minimum = (Number) runtimeService.getVariable(review.getId(), "reviewMinWorkingDays");
    time.advanceWorkingDays(minimum.intValue());

    // the reviewer sees the draft, its explanation and the procedure account written from the record
    assertThat((String) runtimeService.getVariable(review.getId(), "caseDraftText")).contains("在东区划定危险化学品集中仓储区");
    assertThat((String) runtimeService.getVariable(review.getId(), "caseProcedureAccount")).contains("法制机构认定适用程序");

    // 8a the legal office finds the risk assessment missing (R-MD-18): the case goes back to RUN it
    tasklist.switchUser("legal");
    tasklist.claimGroupTask("合法性审查并出具审查意见", title);
    tasklist.checkField("文件（决策）草案").checkField("起草说明").checkField("制定依据").checkField("程序履行情况说明").checkField("征求意见及采纳情况")
        .chooseRadio("审查结论", "缺少必经程序，退回补正")
        .checkField("风险评估")
        .fillField("合法性审查意见", "集中仓储涉及周边居民安全，缺少社会稳定风险评估，退回补正。");
    tasklist.screenshot("24a-legality-review-missing-risk-assessment");
    tasklist.completeOrFail();

    tasklist.switchUser("drafter");
    tasklist.claimGroupTask("风险评估", title);
    tasklist.selectOption("风险发生的可能性", "中").selectOption("风险的影响程度", "中")
        .checkField("防范措施能够有效控制风险")
        .fillField("评估单位", "市社会稳定风险评估中心")
        .fillField("风险点", "周边居民担心安全距离不足")
        .fillField("风险防范措施", "设置 500 米隔离带，公开安全评价报告")
        .fillField("处置预案", "群体性事件应急处置预案")
        .completeOrFail();

    // the decision organ judges the risk (R-MD-07), then a fresh legality review
    tasklist.switchUser("leader");
    tasklist.openMyTask("决策机关判断风险是否可控", title);
    tasklist.waitForFormText("周边居民担心安全距离不足");
    tasklist.chooseRadio("风险是否可控", "风险可控").fillField("判断理由", "隔离带和公开措施具体可行");
    tasklist.screenshot("24b-head-judges-risk");
    tasklist.completeOrFail();

    tasklist.switchUser("advisor");
    tasklist.claimGroupTask("法律顾问出具书面意见", title);
    tasklist.fillField("法律顾问书面意见", "风险评估已补正，程序完备。").completeOrFail();
    ProcessInstance secondReview = called(decision, ProcessKeys.LEGALITY_REVIEW);
    assertThat(secondReview.getId()).isNotEqualTo(review.getId());
    time.advanceWorkingDays(minimum.intValue());
    assertThat((String) runtimeService.getVariable(secondReview.getId(), "caseProcedureAccount")).contains("风险评估")
        .contains("补正程序");

    tasklist.switchUser("legal");
    tasklist.claimGroupTask("合法性审查并出具审查意见", title);
    tasklist.checkField("文件（决策）草案").checkField("起草说明").checkField("制定依据").checkField("程序履行情况说明").checkField("征求意见及采纳情况")
        .chooseRadio("审查结论", "合法")
        .fillField("合法性审查意见", "决策草案合法，可以提请集体讨论。")
        .completeOrFail();

    // 9 integrity review
    tasklist.switchUser("integrity");
    tasklist.claimGroupTask("廉洁性审查", title);
    tasklist.chooseRadio("审查结论", "通过").fillField("廉洁性审查意见", "未发现廉洁风险。").completeOrFail();

    // 10 the organ's meeting (organ-meeting, R-MD-11): the office records attendance first, each member present
    // gives an opinion, the head speaks last and decides, the office keeps the minutes
    tasklist.switchUser("office");
    tasklist.claimGroupTask("召开会议，记录出席情况", title);
    tasklist.selectOption("会议类型", "局务会议（局领导班子会议）")
        .fillField("会议日期", calendar.today().toString())
        .selectOption("主持人", "吴刚（局长），行政首长")
        .tickOption("出席的组成人员", "吴刚（局长），行政首长")
        .tickOption("出席的组成人员", "郑伟（副局长）")
        .tickOption("出席的组成人员", "冯军（副局长）");
    tasklist.screenshot("24-office-records-attendance");
    tasklist.completeOrFail();
    for (String member : List.of("deputy1", "deputy2")) {
      tasklist.switchUser(member);
      tasklist.openMyTask("出席人员发表意见", title);
      tasklist.chooseRadio("意见倾向", "同意").fillField("发表意见", "同意集中仓储方案，注意隔离带建设。");
      if ("deputy1".equals(member)) {
        tasklist.scrollToTop();
        tasklist.screenshot("25-member-opinion");
      }
      tasklist.completeOrFail();
    }

    tasklist.switchUser("leader");
    tasklist.openMyTask("行政首长最后发言并作出决定", title);
    // issue 10: members by name and post, never by user id
    tasklist.waitForFormText("郑伟（副局长）：同意。同意集中仓储方案").waitForFormText("冯军（副局长）：同意。同意集中仓储方案");
    assertThat(tasklist.formText()).doesNotContain("deputy1", "deputy2");
    tasklist.scrollToTop();
    tasklist.screenshot("26-head-decision-with-members-opinions");
    tasklist.chooseRadio("决定", "同意");
    tasklist.completeOrFail();

    tasklist.switchUser("office");
    tasklist.claimGroupTask("整理会议纪要", title);
    tasklist.fillField("会议纪要", "局务会议讨论了决策草案，组成人员均发表意见，局长决定同意。");
    tasklist.completeOrFail();

    // R-MD-14: the decision organ names the executing unit (here the drafter's own unit), the deadline and the reporting duty
    tasklist.switchUser("leader");
    tasklist.openMyTask("明确执行单位、执行时限和反馈要求", title);
    tasklist.selectOption("决策执行单位", EXECUTING_UNIT)
        .fillField("执行时限", calendar.today().plusYears(1).toString())
        .fillField("反馈要求", "每季度末报告执行进度，执行完毕后 15 日内报告结果。");
    tasklist.screenshot("27-head-decision-approve");
    tasklist.completeOrFail();

    // issue 24 point 4, R-MD-19 (713 Art 31): the organ's office records the request-report to the Party committee
    tasklist.switchUser("office");
    tasklist.claimGroupTask("向同级党委（党组）请示报告", title);
    tasklist.fillField("党委（党组）名称", "中共某市应急管理局党委")
        .fillField("报请日期（yyyy-mm-dd）", calendar.today().toString())
        .fillField("请示（报告）文号", "某应急党请〔2026〕3号")
        .chooseRadio("党委（党组）意见", "同意")
        .fillField("答复日期（yyyy-mm-dd）", calendar.today().toString())
        .fillField("答复文号（会议纪要号、批复文号）", "党委会议纪要〔2026〕5号")
        .fillField("答复意见内容", "同意出台");
    tasklist.screenshot("27a-party-committee-report");
    tasklist.completeOrFail();

    // 11 publication (R-MD-12), then the decision is in implementation
    tasklist.switchUser("drafter");
    tasklist.claimGroupTask("公布决策", title);
    tasklist.fillField("公布日期", calendar.today().toString())
        .fillField("公众意见、专家论证意见的采纳情况说明", "公众意见 1 条已采纳；听证意见已吸收。")
        .fillPublicationExplanation(calendar.today().toString(), false);
    tasklist.screenshot("28-publication");
    tasklist.completeOrFail();

    tasklist.openTaskInFilter(GROUP, "执行决策", title);
    tasklist.waitForFormText("决策执行单位：" + EXECUTING_UNIT).waitForFormText("公布日期：" + calendar.today());
    tasklist.screenshot("29-published-in-implementation");

    JsonNode record = get("auditor", "/api/decisions/" + java.net.URLEncoder.encode(reference, StandardCharsets.UTF_8));
    assertThat(record.path("id").asText()).isEqualTo(decisionId);
    assertThat(record.path("stage").asText()).isEqualTo("IMPLEMENTING");
    assertThat(record.path("executingUnit").asText()).isEqualTo(EXECUTING_UNIT);
    assertThat(record.path("leadUnit").asText()).isEqualTo(LEAD_UNIT);
    assertThat(record.path("opinions").findValuesAsText("memberId")).contains("deputy1", "deputy2", "leader");
    assertThat(record.path("reports").findValuesAsText("kind")).isNotEmpty();

    JsonNode item = null;
    for (JsonNode i : get("auditor", "/api/catalogue/" + year).path("items")) {
      if (i.path("id").asLong() == itemId) {
        item = i;
      }
    }
    assertThat(item).as("catalogue item %s", itemId).isNotNull();
    assertThat(item.path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(item.path("decisionId").asText()).isEqualTo(decisionId);
    System.out.printf("major-decision journey %s (%s) took %d s%n", decisionId, title,
        (System.nanoTime() - started) / 1_000_000_000L);
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance called(ProcessInstance parent, String key) {
    ProcessInstance called = runtimeService.createProcessInstanceQuery().superProcessInstanceId(parent.getId())
        .processDefinitionKey(key).singleResult();
    assertThat(called).as("%s running below the decision", key).isNotNull();
    return called;
  }

  /** A year no catalogue (and no catalogue case) has yet. */
  private int freeCatalogueYear() throws Exception {
    int year = calendar.today().getYear();
    while (send("GET", "/api/catalogue/" + year, "auditor", null).statusCode() == 200) {
      year++;
    }
    return year;
  }

  /**
   * Issue 22: the item comes from the year's catalogue procedure, as in Tasklist (CatalogueJourneyTests
   * does it in the browser; here the clerks act through the engine's Java API, signed in as Tasklist
   * signs them in): the hazardous-chemicals unit proposes it, the legal office compiles, the head
   * approves after collective discussion, the legal office publishes, which opens the item's decision.
   */
  private long publishedCatalogueItem(int year, String title) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.DECISION_CATALOGUE).latestVersion().singleResult().getId();
    ProcessInstance pi = Clerks.as(engine, "legal", () -> engine.getFormService().submitStartForm(definition,
        Map.of(DecisionCatalogueVariables.CATALOGUE_YEAR, year)));
    for (Task t : engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ProposeItems").list()) {
      boolean hazchem = engine.getTaskService().getIdentityLinksForTask(t.getId()).stream()
          .anyMatch(l -> "unit-hazchem".equals(l.getGroupId()));
      Clerks.complete(engine, t, hazchem
          ? Map.of(DecisionCatalogueVariables.PROPOSAL_1_TITLE, title, DecisionCatalogueVariables.PROPOSAL_1_COMPLETION,
              year + "-12-31")
          : Map.of(DecisionCatalogueVariables.NO_PROPOSAL, true));
    }
    String proposal = catalogueService.proposals(year).stream().filter(p -> p.title().equals(title))
        .map(p -> Long.toString(p.id())).findFirst().orElseThrow();
    Clerks.complete(engine, catalogueTask(pi, "Task_CompileCatalogue"),
        Map.of(DecisionCatalogueVariables.INCLUDED_PROPOSALS, List.of(proposal)));
    Clerks.complete(engine, catalogueTask(pi, "Task_ApproveCatalogue"), Map.of(
        DecisionCatalogueVariables.CATALOGUE_DECISION, "APPROVE", DecisionCatalogueVariables.DISCUSSED_ON,
        calendar.today().toString()));
    Clerks.complete(engine, catalogueTask(pi, "Task_PartyCommitteeConsent"),
        org.normflow.decision.DecisionDriver.partyCommitteeAnswer(calendar.today(), true));
    Clerks.complete(engine, catalogueTask(pi, "Task_PublishCatalogue"), Map.of(
        DecisionCatalogueVariables.PUBLISHED_ON, calendar.today().toString(),
        DecisionCatalogueVariables.PUBLICATION_CHANNEL, "本局门户网站"));
    return catalogueService.items(year).stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow().id();
  }

  private Task catalogueTask(ProcessInstance pi, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response = send("GET", path, user, null);
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  /** An HTTP call as {@code user} (HTTP Basic, password demo), or anonymous when user is null. */
  private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + TasklistPage.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
