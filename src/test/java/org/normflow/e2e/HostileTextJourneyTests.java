package org.normflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R-C-06 user text is text (issue 8, item 6): a drafter types Markdown, HTML and an HTML comment into
 * a normative document's title and drafting explanation; the next clerks see exactly those characters
 * in their task list and forms, and none of it takes effect (no link, no heading, no image, no bold,
 * nothing hidden, no script).
 */
@NormFlowSpringTest
class HostileTextJourneyTests {

  static final Path SCREENSHOTS = Path.of(System.getProperty("normflow.screenshots", "target/screenshots"));
  static final String GROUP = "本组待办";

  /** A phishing link, a fake review heading, an image with a script, bold text and a comment opener. */
  static final String HOSTILE_TITLE =
      "[会话已过期，请点此重新登录](http://evil.example/login) # 合法性审查 结论：合法 <img src=x onerror=alert(1)> <b>粗体</b> <!-- 办法";

  static final String HOSTILE_PURPOSE = String.join("\n",
      "[会话已过期，请点此重新登录](http://evil.example/login)",
      "# 合法性审查 结论：合法",
      "<img src=x onerror=alert(1)>",
      "<b>粗体</b>",
      "<!-- ",
      "注释符号之后的这段说明必须完整可见。");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired IdentityService identityService;

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
    if (browser != null) {
      new TasklistPage(browser.driver(), "", Path.of("target/e2e"))
          .screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
      browser.close();
    }
  }

  @Test
  @DisplayName("R-C-06 a hostile title and drafting explanation are shown literally in the task list and the next clerks' forms")
  void hostileTitleAndExplanationAreShownAsText() {
    // the drafter types the hostile text into the real start and drafting forms
    tasklist.login("drafter")
        .startProcess("行政规范性文件制定")
        .fillField("文件标题", HOSTILE_TITLE)
        .fillField("制定机关", "市应急管理局")
        .selectOption("文件类型", "办法")
        .checkField("起草单位认为涉及经营者的经济活动")
        .fillField("如何涉及经营者的经济活动", "规定储备企业的准入条件");
    tasklist.submitStart();
    // every document first gets the legal office's finding (R-ND-13, R-MD-18), here over the engine API
    DocumentDriver.legalOfficeConfirms(engine, HOSTILE_TITLE, true, false);

    // the task list entry shows the title's characters, nothing rendered from them
    tasklist.selectFilter("我的待办");
    WebElement entry = tasklist.listEntry(HOSTILE_TITLE);
    assertThat(entry.getText()).contains(HOSTILE_TITLE);
    assertNoMarkupFromUser(entry);

    // once the case header has rendered (NormFlow's own text), nothing from the title is markup
    tasklist.openTaskInFilter("我的待办", "起草文件草案和起草说明", HOSTILE_TITLE).waitForFormText("办理程序：一般程序");
    assertNoMarkupFromUser(tasklist.form());
    tasklist.waitForFormText(HOSTILE_TITLE);
    assertThat(tasklist.fieldValue("文件标题")).isEqualTo(HOSTILE_TITLE);
    tasklist.screenshot("30-hostile-title-as-text");
    tasklist.waitForFormText(HOSTILE_TITLE); // issue 10: already the starter's task (我的待办), nothing to claim
    tasklist
        .fillField("文件草案正文", "第一条 为了规范应急物资储备管理，制定本办法。<b>粗体</b>")
        .fillField("制定目的和必要性", HOSTILE_PURPOSE)
        .fillField("制定依据", "《中华人民共和国突发事件应对法》。")
        .fillField("起草过程", "调研三家储备单位。")
        .fillField("主要内容", "储备品种、管理责任。")
        .complete();
    tasklist.logout();

    // the fair competition reviewer reads the case: every character as typed, as field values
    tasklist.claimTask("fcr", GROUP, "公平竞争审查", HOSTILE_TITLE);
    assertThat(tasklist.fieldValue("文件标题")).isEqualTo(HOSTILE_TITLE);
    assertThat(tasklist.fieldValue("制定目的和必要性")).isEqualTo(HOSTILE_PURPOSE);
    assertThat(tasklist.fieldValue("文件草案正文")).endsWith("<b>粗体</b>");
    assertWhollyVisible("制定目的和必要性");
    assertNoMarkupFromUser(tasklist.form());
    scrollIntoView("制定目的和必要性");
    tasklist.screenshot("31-hostile-explanation-as-text");
    tasklist.selectRadio("审查结论", "符合审查标准").fillField("审查意见", "未发现排除、限制竞争的内容。");
    tasklist.complete().logout();

    // the consultation (a called process) shows the title and the whole explanation the same way
    tasklist.claimTask("drafter", GROUP, "发布征求意见公告", HOSTILE_TITLE);
    assertThat(tasklist.fieldValue("文件（事项）名称")).isEqualTo(HOSTILE_TITLE);
    assertThat(tasklist.fieldValue("起草说明全文")).contains(HOSTILE_PURPOSE);
    assertWhollyVisible("起草说明全文");
    assertNoMarkupFromUser(tasklist.form());
  }

  /** Nothing in {@code where} (nor an alert anywhere) was made from the hostile text's markup. */
  private void assertNoMarkupFromUser(SearchContext where) {
    assertThat(where.findElements(By.cssSelector("a[href*='evil']"))).as("a link from user text").isEmpty();
    assertThat(where.findElements(By.cssSelector("img"))).as("an image from user text").isEmpty();
    assertThat(where.findElements(By.xpath(".//b[contains(.,'粗体')] | .//strong[contains(.,'粗体')]")))
        .as("bold text from user text").isEmpty();
    assertThat(where.findElements(By.xpath(".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
        + "[contains(.,'结论：合法') or contains(.,'会话已过期')]"))).as("a heading from user text").isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("a[href*='evil']"))).as("a link anywhere").isEmpty();
    try {
      browser.driver().switchTo().alert();
      throw new AssertionError("a script from user text opened an alert");
    } catch (NoAlertPresentException expected) {
      // no script ran
    }
  }

  /** The field shows its whole value: displayed, and its box as tall as its text (nothing cut off or hidden). */
  private void assertWhollyVisible(String label) {
    WebElement field = displayField(label);
    assertThat(field.isDisplayed()).as(label + " displayed").isTrue();
    Number hidden = (Number) ((JavascriptExecutor) browser.driver())
        .executeScript("return arguments[0].scrollHeight - arguments[0].clientHeight;", field);
    assertThat(hidden.intValue()).as(label + ": pixels of text scrolled out of view").isLessThanOrEqualTo(2);
  }

  private WebElement displayField(String label) {
    List<WebElement> found = tasklist.form().findElements(By.xpath(
        ".//div[contains(@class,'fjs-disabled')][./label[normalize-space(.)=" + TasklistPage.xpathLiteral(label) + "]]"
            + "//*[self::textarea or self::input]"));
    assertThat(found).as("display-only field " + label).hasSize(1);
    return found.get(0);
  }

  private void scrollIntoView(String label) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});",
        displayField(label).findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]")));
  }
}
