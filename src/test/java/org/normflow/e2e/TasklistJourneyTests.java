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
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.process.ProcessKeys;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A drafter's and a reviewer's day in the Chinese Tasklist, in headless Chromium. */
@NormFlowSpringTest
class TasklistJourneyTests {

  static final String PROCESS = "行政规范性文件制定";
  static final String DRAFTING = "起草文件草案和起草说明";
  static final Path SCREENSHOTS = Path.of(System.getProperty("normflow.screenshots", "target/screenshots"));

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  Browser.Session browser;
  TasklistPage tasklist;

  /** Before the Spring context starts, so a machine without Chromium does not pay for it. */
  @BeforeAll
  static void chromiumInstalled() {
    Browser.assumeInstalled();
  }

  @BeforeEach
  void clearCasesOfOtherTests() {
    EmptyTasklist.clear(runtimeService, identityService);
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.chinese();
    tasklist = new TasklistPage(browser.driver(), "http://localhost:" + port, SCREENSHOTS);
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    if (browser != null) {
      // the last screen of every test is kept for diagnosis (not committed)
      new TasklistPage(browser.driver(), "", Path.of("target/e2e"))
          .screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
      browser.close();
    }
  }

  @Test
  void drafterStartsANormativeDocumentAndWritesTheDraftInChinese() throws Exception {
    String title = "市应急管理局关于规范安全生产行政执法裁量权的办法（" + System.nanoTime() % 100000 + "）";

    tasklist.login("drafter");
    assertThat(tasklist.pageText()).contains("发起流程", "创建时间").doesNotContain("Start process", "Camunda 8");
    assertThat(tasklist.filterNames()).containsExactly("我的待办", "本组待办", "即将到期", "已逾期");
    assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
        .allSatisfy(banner -> assertThat(banner.isDisplayed()).as("Camunda 8 banner").isFalse());
    assertThat(browser.driver().getTitle()).startsWith("NormFlow");

    tasklist.startProcess(PROCESS)
        .fillField("文件标题", title)
        .fillField("制定机关", "市应急管理局")
        .selectOption("文件类型", "办法")
        .checkField("起草单位认为涉及经营者的经济活动")
        .fillField("如何涉及经营者的经济活动", "规定行政执法中对生产经营单位的裁量基准")
        .fillField("拟施行日期", org.normflow.DocumentDriver.engineToday().plusMonths(3).toString());
    assertThat(tasklist.fieldValue("制定机关")).isEqualTo("市应急管理局");
    tasklist.screenshot("01-start-form");
    tasklist.submitStart();
    // every document first gets the legal office's finding (R-ND-13, R-MD-18; in the browser in
    // NormativeDocumentJourneyTests), here over the engine API
    DocumentDriver.legalOfficeConfirms(engine, title, true, false);

    // issue 10: the first drafting task lands in the starter's 我的待办, listed with the case's 登记号
    tasklist.selectFilter("我的待办");
    assertThat(tasklist.taskNames()).contains(DRAFTING);
    WebElement entry = listEntry(title);
    assertThat(entry.getText()).contains("标题", title, "编号", "应急登〔", "截止").doesNotContain("50");
    tasklist.screenshot("02-group-tasks-with-due-dates");

    tasklist.openMyTask(DRAFTING, title);
    assertThat(tasklist.formText()).contains("登记号：应急登〔");
    assertThat(tasklist.pageText()).contains("危化品监管科", "王明", "1 个月后");
    tasklist.screenshot("03-drafting-task-claimed");
    tasklist
        .fillField("文件草案正文", "第一条 为规范安全生产行政执法裁量权，制定本办法。")
        .fillField("制定目的和必要性", "统一执法尺度，防止同案不同罚。")
        .fillField("制定依据", "《中华人民共和国安全生产法》第一百一十二条；《江苏省行政程序条例》。")
        .fillField("起草过程", "调研三个区县执法队，召开座谈会两次。")
        .fillField("主要内容", "裁量基准、适用规则、监督措施。");
    tasklist.screenshot("04-drafting-task-filled");
    tasklist.complete();

    tasklist.selectFilter("我的待办");
    assertThat(tasklist.taskNames()).doesNotContain(DRAFTING);
    tasklist.screenshot("05-after-completion");

    JsonNode record = documentByTitle(title);
    assertThat(record.path("docType").asText()).isEqualTo("办法");
    assertThat(record.path("concernsMarket").asBoolean()).isTrue();
    assertThat(record.path("createdBy").asText()).isEqualTo("drafter");
    JsonNode full = get("/api/documents/" + record.path("id").asText());
    assertThat(full.path("versions")).hasSize(1);
    assertThat(full.path("versions").get(0).path("draftText").asText()).startsWith("第一条");

    tasklist.logout();
    assertThat(tasklist.pageText()).contains("已安全退出", "登录");
  }

  @Test
  void theLegalOfficeDoesNotSeeTheDraftersTask() {
    String title = "另一份办法（" + System.nanoTime() % 100000 + "）";
    identityService.setAuthentication("drafter", java.util.List.of("drafters"));
    try {
      runtimeService.startProcessInstanceByKey(
          ProcessKeys.NORMATIVE_DOCUMENT,
          Map.of("title", title, "docType", "通知", "issuingUnit", "市应急管理局"));
    } finally {
      identityService.clearAuthentication();
    }
    // the legal office's own task in the case (its finding, R-ND-13) is done; the drafting task is not its
    DocumentDriver.legalOfficeConfirms(engine, title, false, false);
    assertThat(taskService.createTaskQuery().taskName(DRAFTING).processVariableValueEquals("title", title).count())
        .isEqualTo(1);

    tasklist.login("legal");
    assertThat(tasklist.filterNames()).containsExactly("我的待办", "本组待办", "即将到期", "已逾期");
    for (String filter : tasklist.filterNames()) {
      tasklist.selectFilter(filter);
      assertThat(tasklist.taskNames()).as("filter %s", filter).doesNotContain(DRAFTING);
      assertThat(tasklist.pageText()).doesNotContain(title);
    }
    tasklist.selectFilter("本组待办");
    tasklist.screenshot("06-legal-office-sees-no-drafting-task");
  }

  @Test
  void anAuditorSeesTheWelcomePageAndCockpitInChinese() {
    tasklist.login("auditor");
    assertThat(tasklist.filterNames()).containsExactly("全部在办任务");

    String base = "http://localhost:" + port + "/camunda/app/";
    browser.driver().get(base + "welcome/default/");
    waitForText("应用");
    assertThat(tasklist.pageText()).contains("待办任务", "流程监控").doesNotContain("Camunda 8", "Applications");
    tasklist.screenshot("07-welcome-page");

    browser.driver().get(base + "cockpit/default/#/dashboard");
    waitForText("流程定义");
    assertThat(tasklist.pageText()).contains("流程").doesNotContain("Camunda 8");
    tasklist.screenshot("08-cockpit-for-auditors");
  }

  private void waitForText(String text) {
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
        .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  private WebElement listEntry(String text) {
    return browser.driver().findElement(By.xpath(
        "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][contains(normalize-space(.),"
            + TasklistPage.xpathLiteral(text) + ")]"));
  }

  private JsonNode documentByTitle(String title) throws Exception {
    for (JsonNode record : get("/api/documents")) {
      if (title.equals(record.path("title").asText())) {
        return record;
      }
    }
    throw new AssertionError("no registry record titled " + title);
  }

  private JsonNode get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString(("drafter:" + TasklistPage.PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json")
        .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }
}
