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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10: the annual catalogue of major decisions as a procedure in the Chinese Tasklist, in headless
 * Chromium: the legal office opens the year, a unit proposes its items in rows, the legal
 * office ticks the proposals by name (a checklist filled from a variable: form-js {@code valuesKey}), the
 * head approves after collective discussion, the legal office publishes; the published item's decision
 * case is then in the lead unit's list under its decision number; an in-year adjustment chooses its
 * lead unit from a list. Nothing is typed but names, dates and reasons.
 */
@NormFlowSpringTest
class CatalogueJourneyTests {

  static final Path SCREENSHOTS = Path.of(System.getProperty("normflow.screenshots", "target/screenshots"));

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;

  Browser.Session browser;
  TasklistPage tasklist;
  final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void chromiumInstalled() {
    Browser.assumeInstalled();
  }

  @BeforeEach
  void openBrowser() {
    ClockUtil.reset();
    EmptyTasklist.clear(runtimeService, identityService);
    browser = Browser.chinese();
    tasklist = new TasklistPage(browser.driver(), "http://localhost:" + port, SCREENSHOTS);
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    if (browser != null) {
      new TasklistPage(browser.driver(), "", Path.of("target/e2e"))
          .screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
      browser.close();
    }
  }

  @Test
  void theCatalogueIsCompiledApprovedPublishedAndOpensItsDecisions() throws Exception {
    int year = 2070;
    while (send("GET", "/api/catalogue/" + year, "legal").statusCode() == 200) {
      year++;
    }
    String catalogue = year + " 年度重大行政决策事项目录";
    String item = "危险化学品储存场所安全整治（" + System.nanoTime() % 100000 + "）";

    // the legal office opens the year's catalogue
    tasklist.loginChecked("legal");
    tasklist.startProcess("年度重大行政决策事项目录").fillField("目录年度", Integer.toString(year));
    tasklist.submitStart();

    // the unit proposes, one row per item
    tasklist.switchUser("drafter");
    tasklist.claimGroupTask("提出目录事项建议", catalogue);
    assertThat(tasklist.formText()).contains("编号：" + year + "年度目录");
    tasklist.fillField("决策事项名称", item)
        .fillField("计划完成时间（yyyy-mm-dd）", year + "-10-31")
        .checkField("拟举行听证")
        .fillField("建议理由", "仓储场所分散，周边居民反映强烈");
    tasklist.screenshot("32-catalogue-unit-proposes");
    tasklist.completeOrFail();
    tasklist.switchUser("drafter2");
    tasklist.claimGroupTask("提出目录事项建议", catalogue);
    tasklist.checkField("本单位本年度没有建议事项").completeOrFail();

    // the legal office ticks the proposals by unit and name
    tasklist.switchUser("legal");
    tasklist.claimGroupTask("编制目录草案", catalogue);
    assertThat(tasklist.optionTexts("列入目录草案的事项")).contains("危化品监管科：" + item);
    tasklist.tickOption("列入目录草案的事项", "危化品监管科：" + item);
    tasklist.screenshot("33-catalogue-compiled-from-proposals");
    tasklist.completeOrFail();

    // the head approves after collective discussion
    tasklist.switchUser("leader");
    tasklist.openMyTask("审定年度目录", catalogue);
    tasklist.waitForFormText("第 1 项 " + item + "（承办单位：危化品监管科");
    tasklist.chooseRadio("审定意见", "同意，交法制机构公布").fillField("集体讨论日期（yyyy-mm-dd）", org.normflow.DocumentDriver.engineToday().toString());
    tasklist.screenshot("34-head-approves-catalogue");
    tasklist.completeOrFail();

    // issue 24 point 4, R-MD-01 (713 Art 3): the organ's office records the Party committee's consent
    partyCommitteeConsents("报请同级党委（党组）同意", catalogue, "34a-party-committee-consents-to-catalogue");

    // the legal office publishes: the item's decision opens for its lead unit
    tasklist.switchUser("legal");
    tasklist.claimGroupTask("公布年度目录", catalogue);
    tasklist.fillField("公布日期（yyyy-mm-dd）", org.normflow.DocumentDriver.engineToday().toString()).fillField("公布渠道", "本局门户网站").completeOrFail();

    tasklist.switchUser("drafter");
    tasklist.claimGroupTask("提出决策建议", item);
    assertThat(tasklist.formText()).contains("决策编号：" + year + "年第1项", "承办单位：危化品监管科")
        .doesNotContain("MD-");
    tasklist.scrollToTop().screenshot("35-decision-opened-from-catalogue");

    // an in-year adjustment: a new item, its lead unit chosen from the list, with a reason; the head approves
    tasklist.switchUser("legal");
    tasklist.claimGroupTask("目录调整或年终报告", catalogue);
    tasklist.chooseRadio("办理事项", "年度中调整目录（报主要负责人审定）")
        .chooseRadio("调整方式", "增加事项")
        .fillField("决策事项名称（增加或变更后）", "应急避难场所布局规划")
        .selectOption("承办单位（增加或变更后）", "应急救援科")
        .fillField("调整理由", "上级部署的年度重点工作");
    tasklist.screenshot("36-catalogue-adjustment");
    tasklist.completeOrFail();
    tasklist.switchUser("leader");
    tasklist.openMyTask("审定目录调整", catalogue);
    tasklist.waitForFormText("应急避难场所布局规划").chooseRadio("审定意见", "同意调整并公布").completeOrFail();
    partyCommitteeConsents("目录调整报请党委（党组）同意", catalogue, "36a-party-committee-consents-to-adjustment");

    JsonNode published = json.readTree(send("GET", "/api/catalogue/" + year, "auditor").body());
    assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
    assertThat(published.path("items").findValuesAsText("title")).containsExactly(item, "应急避难场所布局规划");
    assertThat(published.path("items").findValuesAsText("status")).containsOnly("IN_PROGRESS");
  }

  /** The organ's office (林芳) records the Party committee's consent on its task (issue 24 point 4). */
  private void partyCommitteeConsents(String taskName, String caseText, String screenshot) {
    String today = org.normflow.DocumentDriver.engineToday().toString();
    tasklist.switchUser("office");
    tasklist.claimGroupTask(taskName, caseText);
    tasklist.fillField("党委（党组）名称", "中共某市应急管理局党委")
        .fillField("报请日期（yyyy-mm-dd）", today)
        .fillField("请示（报告）文号", "某应急党请〔2026〕1号")
        .chooseRadio("党委（党组）意见", "同意")
        .fillField("答复日期（yyyy-mm-dd）", today)
        .fillField("答复文号（会议纪要号、批复文号）", "党委会议纪要〔2026〕2号")
        .fillField("答复意见内容", "同意");
    tasklist.screenshot(screenshot);
    tasklist.completeOrFail();
  }

  private HttpResponse<String> send(String method, String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .method(method, HttpRequest.BodyPublishers.noBody());
    request.header("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + TasklistPage.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
