package org.normflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.normflow.NormFlowSpringTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 23 in a real Chromium (R-C-02): the legal office confirms a past year on the 年度统计 page with its
 * password, records an amendment, sees the confirmed banner and the amendment, and downloads the report
 * paragraphs as Word; an auditor reads the same page without the forms. The year is 2023, which no other test
 * uses; its rows are removed afterwards.
 */
@NormFlowSpringTest
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class AnnualConfirmationJourneyTests {

  static final Path SCREENSHOTS = Path.of(System.getProperty("normflow.screenshots", "target/screenshots"));
  static final Duration TIMEOUT = Duration.ofSeconds(40);
  static final int YEAR = 2023;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  Browser.Session browser;
  TasklistPage pages;
  WebDriverWait wait;
  Path downloads;

  @BeforeAll
  static void chromiumInstalled() {
    Browser.assumeInstalled();
  }

  @AfterAll
  void removeConfirmation() {
    jdbc.sql("DELETE FROM nf_annual_amendment WHERE report_year = ?").param(YEAR).update();
    jdbc.sql("DELETE FROM nf_annual_confirmation WHERE report_year = ?").param(YEAR).update();
  }

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Browser.chinese();
    pages = new TasklistPage(browser.driver(), "http://localhost:" + port, SCREENSHOTS);
    wait = new WebDriverWait(browser.driver(), TIMEOUT);
    downloads = Files.createTempDirectory("normflow-downloads-");
    ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    if (browser != null) {
      new TasklistPage(browser.driver(), "", Path.of("target/e2e"))
          .screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
      browser.close();
    }
  }

  WebDriver driver() {
    return browser.driver();
  }

  String text(String css) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    return (String) ((JavascriptExecutor) driver()).executeScript("return document.querySelector(arguments[0]).innerText;", css);
  }

  WebElement field(String css) {
    WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -80);", element);
    return element;
  }

  void openYear(String user) {
    pages.login(user);
    driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/normflow/annual?year=" + YEAR);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-key='documents.published']")));
  }

  @Test
  @DisplayName("R-C-02 issue 23: the legal office confirms the year, records an amendment and downloads the report paragraphs")
  void confirmAmendDownload() throws Exception {
    openYear("legal");
    assertThat(text(".nf-unconfirmed")).contains("未确认");
    field("textarea[name='note']").sendKeys("经核对案件台账无误");
    field(".nf-confirm-form input[name='password']").sendKeys("demo");
    field(".nf-confirm-year").click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nf-confirmed-banner"), "已确认"));
    assertThat(text(".nf-confirmed-banner")).contains("李静").contains("经核对案件台账无误");

    String before = text("tr[data-key='documents.published'] .nf-figure");
    new Select(field(".nf-amend-form select[name='key']")).selectByValue("documents.published");
    field(".nf-amend-form input[name='value']").sendKeys("7");
    field(".nf-amend-form textarea[name='reason']").sendKeys("补录年内公布的七件文件");
    field(".nf-amend-form input[name='password']").sendKeys("wrong");
    field(".nf-amend").click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nf-amend-form .alert-danger"), "密码不正确"));
    Thread.sleep(3000); // the engine's login throttling after a wrong password: there is nothing to wait on
    WebElement password = field(".nf-amend-form input[name='password']");
    password.clear();
    password.sendKeys("demo");
    field(".nf-amend").click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.nf-amendments")));
    assertThat(text("table.nf-amendments")).contains("公布").contains("补录年内公布的七件文件").contains("李静");
    assertThat(text("tr[data-key='documents.published'] .nf-figure")).isEqualTo("7 件");
    assertThat(text("tr[data-key='documents.published'] .nf-amended-note")).contains("原为 " + before.replace(" 件", "") + " 件");
    pages.screenshot("50-annual-confirmed-amended");

    field("a.nf-docx").click();
    Path docx = downloaded(".docx");
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
      String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
      assertThat(all).contains("一、规范性文件").contains("全年共制定行政规范性文件7件").contains("由李静");
    }
  }

  @Test
  @DisplayName("issue 23: an auditor reads the confirmed year without the confirmation or amendment forms")
  void auditorReads() {
    openYear("auditor");
    assertThat(driver().findElements(By.cssSelector(".nf-confirm-form, .nf-amend-form"))).isEmpty();
  }

  Path downloaded(String suffix) throws Exception {
    long end = System.currentTimeMillis() + TIMEOUT.toMillis();
    while (System.currentTimeMillis() < end) {
      try (var files = Files.list(downloads)) {
        var done = files.filter(p -> p.toString().endsWith(suffix)).findFirst();
        if (done.isPresent() && Files.size(done.get()) > 0) {
          return done.get();
        }
      }
      Thread.sleep(200); // waiting for the browser to finish writing a download: there is nothing to wait on
    }
    throw new AssertionError("no " + suffix + " downloaded into " + downloads);
  }
}
