package org.normflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.consultation.CommentRateLimit;
import org.normflow.consultation.PublicParticipationSettings;
import org.normflow.consultation.WallClock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14 in the real browser: a person opens the public page on a phone, reads the draft and
 * comments (no login, the page's own form with its time token); the drafting unit finds the comment
 * pending on its staff page and publishes it; after the period the unit disposes of it in Tasklist;
 * the public page then shows the adoption report, without the commenter's name or phone (R-C-05).
 */
@NormFlowSpringTest
class PublicPageJourneyTests {

  static final Path SCREENSHOTS = Path.of(System.getProperty("normflow.screenshots", "target/screenshots"));
  static final Dimension PHONE = new Dimension(390, 844);
  static final Dimension DESKTOP = new Dimension(1400, 1000);
  static final String PHONE_NUMBER = "13566667777";
  static final String NAME = "林小雨";
  static final String COMMENT = "建议第一条明确“储备物资”包括社区应急物资，并写明轮换期限。";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired WorkingDayCalendar calendar;
  @Autowired PublicParticipationSettings settings;
  @Autowired WallClock wallClock;
  @Autowired CommentRateLimit rateLimit;

  Browser.Session browser;
  TasklistPage tasklist;
  boolean requireToken;

  @BeforeAll
  static void chromiumInstalled() {
    Browser.assumeInstalled();
  }

  @BeforeEach
  void setUp() {
    EmptyTasklist.clear(runtimeService, identityService);
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
    requireToken = settings.isRequireToken();
    settings.setRequireToken(true);
    rateLimit.clear();
    browser = Browser.chinese();
    tasklist = new TasklistPage(browser.driver(), base(), SCREENSHOTS);
  }

  @AfterEach
  void tearDown(TestInfo test) {
    ClockUtil.reset();
    settings.setRequireToken(requireToken);
    wallClock.reset();
    rateLimit.clear();
    if (browser != null) {
      new TasklistPage(browser.driver(), "", Path.of("target/e2e"))
          .screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
      browser.close();
    }
  }

  String base() {
    return "http://localhost:" + port;
  }

  @Test
  @DisplayName("R-ND-02 R-C-05 a comment from a phone, published by the drafting unit, disposed in Tasklist, and the adoption report on the public page")
  void commentFromAPhoneToThePublishedReport() {
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    String title = "应急物资储备管理办法（征求意见稿）";
    ProcessInstance document = Clerks.as(engine, "drafter", () -> runtimeService
        .startProcessInstanceByKey("normative-document", DocumentDriver.startValues(title, false, false)));
    driver.confirm(document, false, false);
    driver.draft(document);
    ProcessInstance consultation = driver.calledInstance(document, "public-consultation");
    driver.publishNotice(consultation, 7, null);
    String page = "/public/consultations/" + runtimeService.getVariable(consultation.getId(), "caseId");
    WebDriver web = browser.driver();
    WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(30));

    // a person on a phone: the list, the consultation with its draft, the form
    web.manage().window().setSize(PHONE);
    web.get(base() + "/public/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(title)));
    assertThat(body(web)).contains("正在征求意见，还剩 10 天", "危化品监管科");
    assertThat(noHorizontalScroll(web)).as("fits a phone").isTrue();
    tasklist.screenshot("50-public-list-phone");
    web.findElement(By.linkText(title)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-form")));
    assertThat(body(web)).contains("第一条 为了规范", "现公开征求意见");
    assertThat(noHorizontalScroll(web)).as("fits a phone").isTrue();
    tasklist.screenshot("51-consultation-phone");
    new org.openqa.selenium.support.ui.Select(web.findElement(By.id("clause"))).selectByVisibleText("第一条");
    web.findElement(By.id("text")).sendKeys(COMMENT);
    web.findElement(By.id("name")).sendKeys(NAME);
    web.findElement(By.id("phone")).sendKeys(PHONE_NUMBER);
    scrollTo(web, By.cssSelector("form.comment button"));
    tasklist.screenshot("52-comment-form-phone");
    // the person took longer to write than the page's token needs to age
    wallClock.shift(Duration.ofSeconds(settings.getTokenMinAgeSeconds()));
    web.findElement(By.cssSelector("form.comment button")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "意见已收到"));
    assertThat(body(web)).contains("回执编号", "经起草单位审核后公开");
    tasklist.screenshot("53-comment-received-phone");
    web.get(base() + page);
    assertThat(body(web)).contains("暂无已公开的意见").doesNotContain(COMMENT);

    // the drafting unit, signed in to Tasklist, finds it pending on the staff page and publishes it
    web.manage().window().setSize(DESKTOP);
    tasklist.login("drafter");
    web.get(base() + "/staff/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(title))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comments")));
    assertThat(body(web)).contains("待审核（1）", COMMENT, NAME, PHONE_NUMBER);
    web.findElement(By.id("comment-1")).click();
    tasklist.screenshot("54-staff-comment-pending");
    web.findElement(By.cssSelector("button[name='status'][value='PUBLISHED']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "已处理 1 条意见"));
    assertThat(body(web)).contains("已公开（1）");
    web.get(base() + page);
    assertThat(body(web)).contains("已公开的意见（1 条）", COMMENT).doesNotContain(NAME, PHONE_NUMBER);

    // the period ends (the job executor would run the timer); the unit disposes of the comment in Tasklist
    driver.closeConsultation(consultation);
    web.get(base() + "/camunda/app/tasklist/default/");
    tasklist.waitUntilLoaded();
    tasklist.claimGroupTask("逐条处理意见并形成采纳情况说明", title);
    assertThat(tasklist.formText()).contains("【第一条】1 条", "储备物资").doesNotContain(PHONE_NUMBER, NAME);
    tasklist.chooseInRow("Row_Disposition", 0, "部分采纳")
        .fillInRow("Row_Reason", 0, "已在第一条增加社区应急物资；轮换期限在第九条规定")
        .fillField("意见采纳情况说明", "共收到意见 1 条，部分采纳，已修改第一条。");
    tasklist.screenshot("55-dispose-comments-by-clause");
    tasklist.complete();

    // the public reads the adoption report on the phone: the comment and its disposition, never the commenter
    web.manage().window().setSize(PHONE);
    web.get(base() + page);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report")));
    assertThat(body(web)).contains("意见采纳情况", "部分采纳", "已在第一条增加社区应急物资", "征求意见期已结束")
        .doesNotContain(NAME, PHONE_NUMBER);
    assertThat(noHorizontalScroll(web)).as("fits a phone").isTrue();
    scrollTo(web, By.id("report"));
    tasklist.screenshot("56-adoption-report-phone");
  }

  static String body(WebDriver web) {
    return web.findElement(By.tagName("body")).getText();
  }

  static void scrollTo(WebDriver web, By element) {
    ((JavascriptExecutor) web).executeScript("arguments[0].scrollIntoView({block: 'start'});", web.findElement(element));
  }

  static boolean noHorizontalScroll(WebDriver web) {
    return (Boolean) ((JavascriptExecutor) web).executeScript(
        "return document.documentElement.scrollWidth <= window.innerWidth + 1;");
  }
}
