package org.normflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.audit.SeededCases;
import org.normflow.calendar.WorkingDayCalendar;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 in a real Chromium: the auditor finds a case from Cockpit's navigation, reads its case file
 * with the path on the diagram and its compliance verdict, downloads its dossier and prints the annual
 * figures; the legal office exports the register as XLSX; a drafter sees only the unit's cases.
 */
@NormFlowSpringTest
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class AuditWorkbenchJourneyTests {

  static final Path SCREENSHOTS = Path.of(System.getProperty("normflow.screenshots", "target/screenshots"));
  static final String TITLE = "工贸企业有限空间作业安全管理办法";
  static final Duration TIMEOUT = Duration.ofSeconds(40);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;

  Browser.Session browser;
  TasklistPage pages;
  WebDriverWait wait;
  Path downloads;

  static boolean caseRun;
  static String finishedInstance;
  static String runningInstance;
  static final String RUNNING_TITLE = "危险化学品重大危险源监督管理办法（起草中）";

  @BeforeAll
  static void chromiumInstalled() {
    Browser.assumeInstalled();
  }

  @org.junit.jupiter.api.AfterAll
  void removeSeeded() {
    SeededCases.remove(jdbc);
  }

  @BeforeEach
  void oneRealCaseAndTheSeededYear() throws Exception {
    SeededCases.seed(jdbc);
    if (!caseRun) {
      DocumentDriver driver = new DocumentDriver(engine, workingDays);
      DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
      identityService.setAuthentication("drafter", List.of("drafters", "unit-hazchem"));
      ProcessInstance pi;
      try {
        // a drafter starts without a business key: the system numbers cases
        pi = engine.getRuntimeService().startProcessInstanceByKey("normative-document", DocumentDriver.startValues(TITLE, false, false));
      } finally {
        identityService.clearAuthentication();
      }
      driver.confirm(pi, false, false); // the legal office's finding: normative, ordinary track
      driver.draft(pi);
      driver.consultation(pi, 7, null);
      driver.legalityReview(pi, "LAWFUL");
      driver.deliberate(pi, "APPROVED");
      driver.toInForce(pi);
      finishedInstance = pi.getId();
      identityService.setAuthentication("drafter", List.of("drafters", "unit-hazchem"));
      try {
        runningInstance = engine.getRuntimeService()
            .startProcessInstanceByKey("normative-document", DocumentDriver.startValues(RUNNING_TITLE, false, false)).getId();
      } finally {
        identityService.clearAuthentication();
      }
      ClockUtil.reset();
      caseRun = true;
    }
    browser = Browser.chinese();
    pages = new TasklistPage(browser.driver(), "http://localhost:" + port, SCREENSHOTS);
    wait = new WebDriverWait(browser.driver(), TIMEOUT);
    downloads = Files.createTempDirectory("normflow-downloads-");
    ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    ClockUtil.reset();
    if (browser != null) {
      new TasklistPage(browser.driver(), "", Path.of("target/e2e"))
          .screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
      browser.close();
    }
  }

  WebDriver driver() {
    return browser.driver();
  }

  /** One login serves every webapp: log in where the clerk does (Tasklist), then open Cockpit. */
  void loginCockpit(String user) {
    pages.login(user);
    driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
  }

  WebElement navigation(String label) {
    return wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'Header')]//a[normalize-space()='" + label + "']")));
  }

  /** Text of an element, also below the fold (Cockpit scrolls its content in a clipped container). */
  String text(String css) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    return (String) ((JavascriptExecutor) driver()).executeScript("return document.querySelector(arguments[0]).innerText;", css);
  }

  void scrollTo(String css) {
    ((JavascriptExecutor) driver()).executeScript("document.querySelector(arguments[0]).scrollIntoView(true); window.scrollBy(0, -60);", css);
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

  @Test
  @DisplayName("issue 13: the auditor finds a case from Cockpit's navigation, reads the case file with the path on the diagram and the compliance verdict, downloads the dossier, prints the annual figures")
  void auditorWorkbench() throws Exception {
    loginCockpit("auditor");
    navigation("案件台账").click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.nf-register")));
    assertThat(driver().findElement(By.cssSelector(".nf-counts")).getText()).contains("共");
    // Cockpit hides what an auditor may not do
    assertThat((Boolean) ((JavascriptExecutor) driver()).executeScript("return document.body.classList.contains('nf-read-only')")).isTrue();
    WebElement search = driver().findElement(By.cssSelector(".nf-filters input[name='q']"));
    search.sendKeys("有限空间");
    driver().findElement(By.cssSelector(".nf-filters button[type='submit']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nf-counts"), "共 1 件"));
    pages.screenshot("40-cockpit-case-register");

    driver().findElement(By.cssSelector("table.nf-register a.nf-case-link")).click();
    assertThat(text(".nf-verdict-summary")).isEqualTo("未发现问题");
    assertThat(text(".nf-facts")).contains("X应急规〔2026〕").contains("有效");
    try {
      wait.until(d -> d.findElements(By.cssSelector(".nf-diagram.nf-diagram-ready")).size() >= 3);
    } catch (org.openqa.selenium.TimeoutException e) {
      scrollTo(".nf-diagrams");
      new TasklistPage(driver(), "", Path.of("target/e2e")).screenshot("diagrams-not-drawn");
      throw new AssertionError("diagrams not drawn: " + text(".nf-diagrams"), e);
    }
    assertThat(driver().findElements(By.cssSelector(".nf-diagram .nf-visited")).size()).isGreaterThan(5);
    assertThat(driver().findElements(By.cssSelector(".nf-diagram .nf-taken")).size()).isGreaterThan(5);
    // issue 12: here colour means the path, so the diagrams' legend of who acts (the tasks' colours) is not shown
    // (computed style: bpmn-js sets display on each element itself)
    Object legend = ((JavascriptExecutor) driver()).executeScript(
        "var l = document.querySelectorAll('.nf-diagram .djs-element[data-element-id^=\"TextAnnotation_Actor\"]');"
            + "return [l.length, Array.prototype.filter.call(l, function (g) { return getComputedStyle(g).display !== 'none'; }).length];");
    List<?> counts = (List<?>) legend;
    assertThat(((Number) counts.get(0)).intValue()).as("entries of the legend of who acts in the case file's diagrams").isPositive();
    assertThat(((Number) counts.get(1)).intValue()).as("entries of the legend of who acts shown on the path").isZero();
    String text = text(".nf-workbench");
    assertThat(text).contains("办结任务「起草文件草案和起草说明」").contains("王明").contains("+08:00").contains("制定依据");
    assertThat(text).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    scrollTo(".nf-compliance");
    pages.screenshot("41-case-file-facts-and-compliance");
    scrollTo(".nf-diagrams");
    pages.screenshot("42-case-file-path-on-diagram");
    scrollTo(".nf-trail");
    pages.screenshot("43-case-file-trail");

    scrollTo(".nf-actions");
    ((JavascriptExecutor) driver()).executeScript("document.querySelector('a.nf-dossier').click();");
    Path zip = downloaded(".zip");
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries++;
      }
    }
    assertThat(entries).isGreaterThan(5);

    navigation("合规检查").click();
    WebElement year = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".nf-filters select[name='year']")));
    new org.openqa.selenium.support.ui.Select(year).selectByValue("2011");
    driver().findElement(By.cssSelector(".nf-filters button[type='submit']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.nf-violations")));
    assertThat(text("table.nf-violations"))
        .contains("没有说明理由").contains("没有记录缩短理由").contains("《重大行政决策程序暂行条例》");
    pages.screenshot("44-compliance-violations");

    navigation("年度统计").click();
    driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/normflow/annual?year=2011");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nf-charts-ready")));
    assertThat(text("tr[data-key='documents.published'] .nf-figure")).isEqualTo("3 件");
    assertThat(driver().findElements(By.cssSelector(".nf-chart svg")).size()).isGreaterThanOrEqualTo(4);
    pages.screenshot("45-annual-figures");

    // Cockpit's own instance page: read only for the auditor, with the case it belongs to
    driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + runningInstance + "/runtime");
    WebElement tab = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='案卷']")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-container")));
    assertThat(driver().findElements(By.cssSelector(".action-button, .btn-suspend-action, .btn-toolbar, .ctn-toolbar .btn")).stream().filter(WebElement::isDisplayed))
        .as("write buttons shown to an auditor").isEmpty();
    tab.click();
    assertThat(text(".nf-case-tab")).contains(RUNNING_TITLE).contains("应急登〔2026〕");
    pages.screenshot("48-cockpit-instance-read-only");
    // the definition page lists its cases by reference and title; the called processes are marked as such
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("normative-document")
        .latestVersion().singleResult().getId();
    driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='案件']"))).click();
    assertThat(text("table.nf-definition-cases")).contains(TITLE).contains(RUNNING_TITLE).contains("应急登〔2026〕");
    pages.screenshot("49-cockpit-definition-cases");
    driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nf-called-note")));
    // textContent: a link below Cockpit's clipped fold has no visible text (getText answers "")
    assertThat(driver().findElements(By.cssSelector("a.nf-called-process")).stream()
        .map(a -> (String) ((JavascriptExecutor) driver()).executeScript("return arguments[0].textContent;", a)))
        .anySatisfy(t -> assertThat(t).contains("公开征求意见"))
        .noneSatisfy(t -> assertThat(t).contains("行政规范性文件制定"));
    // a finished case's address opens its case file, not the definition page
    driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + finishedInstance);
    try {
      wait.until(ExpectedConditions.urlContains("#/normflow/case/"));
    } catch (org.openqa.selenium.TimeoutException e) {
      Object answer = ((JavascriptExecutor) driver()).executeAsyncScript(
          "var done = arguments[arguments.length - 1]; fetch('/api/audit/process-instances/" + finishedInstance
              + "', {headers: {Accept: 'application/json'}}).then(r => r.text().then(t => done(r.status + ' ' + t)))"
              + ".catch(x => done('error ' + x));");
      throw new AssertionError("not led to the case file; the API answers: " + answer, e);
    }
    assertThat(text(".nf-verdict-summary")).isEqualTo("未发现问题");
  }

  @Test
  @DisplayName("issue 13: the legal office exports the case register as XLSX from Cockpit")
  void legalExportsRegister() throws Exception {
    loginCockpit("legal");
    navigation("案件台账").click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.nf-register")));
    driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/normflow/cases?year=2011");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nf-counts"), "共 6 件"));
    pages.screenshot("46-legal-register-2011");
    ((JavascriptExecutor) driver()).executeScript("document.querySelector('a.nf-export-xlsx').click();");
    Path xlsx = downloaded(".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(book.getSheet("案件台账").getLastRowNum()).isEqualTo(1 + 6);
      assertThat(book.getSheet("案件台账").getRow(1).getCell(1).getStringCellValue()).isEqualTo("类型");
    }
  }

  @Test
  @DisplayName("issue 13: a drafter sees only the unit's cases")
  void drafterSeesOwnUnit() {
    pages.login("drafter");
    driver().get("http://localhost:" + port + "/workbench/index.html#/normflow/cases?year=2011");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nf-counts"), "共 4 件"));
    String register = text("table.nf-register");
    assertThat(register).contains("二〇一一年危险化学品安全管理办法").doesNotContain("应急救援队伍管理规定").doesNotContain("应急物资集中采购决策");
    pages.screenshot("47-drafter-own-unit");
    driver().get("http://localhost:" + port + "/workbench/index.html#/normflow/cases");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.nf-register"), TITLE));
  }

  /** Chooses an option of one of the register's filters by the text the auditor reads. */
  void choose(String name, String label) {
    new org.openqa.selenium.support.ui.Select(driver().findElement(By.cssSelector(".nf-filters select[name='" + name + "']")))
        .selectByVisibleText(label);
  }

  List<String> registerTitles() {
    return driver().findElements(By.cssSelector("table.nf-register tbody tr td:nth-child(4)")).stream()
        .map(WebElement::getText).toList();
  }

  @Test
  @DisplayName("issue 23, R-C-02: the auditor answers \"which documents were issued this year without a legality review, and which filings were late\" by the register's filters alone")
  void auditorAnswersWithFilters() throws Exception {
    org.normflow.audit.RegisterJourneyCases built = new org.normflow.audit.RegisterJourneyCases(jdbc);
    try {
      int thisYear = built.thisYear();
      loginCockpit("auditor");
      navigation("案件台账").click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.nf-register")));
      // the marker keeps the question to this test's cases in a database other tests share
      WebElement search = driver().findElement(By.cssSelector(".nf-filters input[name='q']"));
      search.clear();
      search.sendKeys(built.marker());
      choose("dateField", "公布日期");
      choose("dateYear", thisYear + "年");
      choose("withoutReview", "是");
      driver().findElement(By.cssSelector(".nf-filters button[type='submit']")).click();
      List<String> withoutReview = built.issuedThisYearWithoutReview();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nf-counts"), "共 " + withoutReview.size() + " 件"));
      assertThat(registerTitles()).containsExactlyInAnyOrderElementsOf(withoutReview);
      pages.screenshot("48-register-issued-without-review");

      choose("withoutReview", "全部");
      choose("late", "是");
      driver().findElement(By.cssSelector(".nf-filters button[type='submit']")).click();
      List<String> late = built.issuedThisYearFiledLate();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nf-counts"), "共 " + late.size() + " 件"));
      assertThat(registerTitles()).containsExactlyInAnyOrderElementsOf(late);
      assertThat(text("table.nf-register")).contains("逾期");

      // a heading sorts, the pager says where we are
      driver().findElement(By.cssSelector("th[data-sort='publishedOn'] a")).click();
      wait.until(d -> d.getCurrentUrl().contains("sort=publishedOn"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("th.nf-sorted[data-sort='publishedOn']")));
      assertThat(text(".nf-pager")).contains("第 1/1 页").contains("共 " + late.size() + " 件");
      pages.screenshot("49-register-filed-late");
    } finally {
      built.remove();
    }
  }
}
