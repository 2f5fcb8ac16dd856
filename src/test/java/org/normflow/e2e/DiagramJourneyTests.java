package org.normflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.model.DiagramLayoutTests;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12 in the real browser: every process diagram as Cockpit and Tasklist show it in a
 * 1920×1080 window, measured (pane size, the scale bpmn-js fitted it to) and rendered to an image
 * for the docs. {@code -Dnormflow.diagrams=docs/diagrams} refreshes the images in the docs; by
 * default they go to {@code target/diagrams}.
 */
@NormFlowSpringTest
class DiagramJourneyTests {

  static final Path DIAGRAMS = Path.of(System.getProperty("normflow.diagrams", "target/diagrams"));
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired WorkingDayCalendar calendar;
  Browser.Session browser;
  WebDriverWait wait;

  @BeforeAll
  static void chromiumInstalled() {
    Browser.assumeInstalled();
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.chinese();
    browser.driver().manage().window().setSize(new Dimension(1920, 1080));
    wait = new WebDriverWait(browser.driver(), TIMEOUT);
  }

  @AfterEach
  void closeBrowser() {
    ClockUtil.reset();
    browser.close();
  }

  WebDriver driver() {
    return browser.driver();
  }

  /** The process key of every model in bpmn/, with its file name. */
  static List<String[]> processes() throws IOException {
    List<String[]> result = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        for (Process p : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
          result.add(new String[] {p.getId(), file.getFileName().toString()});
        }
      }
    }
    return result;
  }

  /** Pane size and fit scale of the diagram shown, once bpmn-js has stopped zooming. */
  @SuppressWarnings("unchecked")
  Map<String, Object> measure() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-container g.viewport")));
    String script = "var c = document.querySelector('.djs-container'); var r = c.getBoundingClientRect();"
        + "var t = c.querySelector('g.viewport').transform.baseVal.consolidate();"
        + "return {width: r.width, height: r.height, scale: t ? t.matrix.a : 1};";
    Map<String, Object>[] last = new Map[1];
    // the pane is laid out and the diagram fitted asynchronously: wait until two readings agree
    wait.until(d -> {
      Map<String, Object> now = (Map<String, Object>) ((JavascriptExecutor) d).executeScript(script);
      boolean stable = now.equals(last[0]) && ((Number) now.get("width")).doubleValue() > 0;
      last[0] = now;
      return stable;
    });
    return last[0];
  }

  static double number(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }

  void click(String css) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    ((JavascriptExecutor) driver()).executeScript("document.querySelector(arguments[0]).click();", css);
  }

  void render(String name) throws IOException {
    Files.createDirectories(DIAGRAMS);
    Files.write(DIAGRAMS.resolve(name + ".png"),
        driver().findElement(By.cssSelector(".djs-container")).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  @DisplayName("issue 12: every process in Cockpit's maximized diagram pane (1920×1080 window) is fitted at scale 0.75 or more, as computed from its DI; each is rendered to an image")
  void everyProcessInCockpit() throws IOException {
    new TasklistPage(driver(), "http://localhost:" + port, Path.of("target/e2e")).login("admin");
    boolean maximized = false;
    List<String> figures = new ArrayList<>();
    for (String[] process : processes()) {
      String key = process[0];
      String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
      driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + id + "/runtime");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-container g.viewport")));
      if (!maximized) {
        // the pane's own controls: maximize the diagram over the tabs, fold the sidebar away (Cockpit remembers both)
        // (the sidebar's fold control shows on hover only: click it as the hover would)
        click(".maximize-collapsable");
        click(".ctn-sidebar > .hide-collapsable");
        maximized = true;
      }
      measure();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='resetZoom()']"))).click();
      Map<String, Object> m = measure();
      double expected = DiagramLayoutTests.fitScale(process[1], number(m, "width"), number(m, "height"));
      figures.add(String.format("%s: pane %.0f × %.0f, fit scale %.3f (from DI %.3f), names %.1f px",
          key, number(m, "width"), number(m, "height"), number(m, "scale"), expected, 11 * number(m, "scale")));
      render(key);
      assertThat(number(m, "width")).as("Cockpit's maximized pane width").isGreaterThanOrEqualTo(DiagramLayoutTests.COCKPIT_PANE_WIDTH - 2);
      assertThat(number(m, "height")).as("Cockpit's maximized pane height").isGreaterThanOrEqualTo(DiagramLayoutTests.COCKPIT_PANE_HEIGHT - 2);
      assertThat(number(m, "scale")).as(key + ": the scale bpmn-js chose is the one computed from the DI").isCloseTo(expected, within(0.02));
      assertThat(number(m, "scale")).as(key).isGreaterThanOrEqualTo(DiagramLayoutTests.MIN_FIT_SCALE);
    }
    figures.forEach(f -> System.out.println("COCKPIT " + f));
  }

  /** Cockpit's default diagram pane in a 1920×1080 window: whole height but a 40 px strip of tab titles (cockpit user-styles.css). */
  static final int COCKPIT_DEFAULT_PANE_MIN_HEIGHT = 760;

  @Test
  @DisplayName("issue 12: Cockpit's default (unmaximized) diagram pane, on a process definition and a case, is nearly the page's height; the large procedures are fitted there as computed from the DI, at 0.75 or more; the tabs below scroll into view")
  void largeProcessesInCockpitsDefaultPane() throws IOException {
    EmptyTasklist.clear(runtimeService, identityService);
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
    String instance = new DocumentDriver(engine, calendar).start(DocumentDriver.uniqueId("DIP"), "危险化学品运输安全管理办法", false, false).getId();
    new TasklistPage(driver(), "http://localhost:" + port, Path.of("target/e2e")).login("admin");
    List<String> figures = new ArrayList<>();
    double[] defaultPane = new double[2];
    for (String[] process : List.of(new String[] {"normative-document", "normative-document.bpmn"}, new String[] {"major-decision", "major-decision.bpmn"})) {
      String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey(process[0]).latestVersion().singleResult().getId();
      List<String[]> pages = new ArrayList<>();
      pages.add(new String[] {"process definition", "#/process-definition/" + id + "/runtime"});
      if (process[0].equals("normative-document")) {
        pages.add(new String[] {"case", "#/process-instance/" + instance + "/runtime"});
      }
      for (String[] page : pages) {
        driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/" + page[1]);
        // a fresh browser: nothing maximized, the sidebar shown (Cockpit's defaults)
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ctn-content-top .maximize-collapsable")));
        Map<String, Object> m = measure();
        double width = number(m, "width");
        double height = number(m, "height");
        defaultPane[0] = width;
        defaultPane[1] = height;
        double expected = DiagramLayoutTests.fitScale(process[1], width, height);
        figures.add(String.format("%s, %s: pane %.0f × %.0f, fit scale %.3f (from DI %.3f), names %.1f px",
            process[0], page[0], width, height, number(m, "scale"), expected, 11 * number(m, "scale")));
        assertThat(height).as(process[0] + ", " + page[0] + ": Cockpit's default pane height").isGreaterThanOrEqualTo(COCKPIT_DEFAULT_PANE_MIN_HEIGHT);
        assertThat(number(m, "scale")).as(process[0] + ", " + page[0] + ": the scale bpmn-js chose is the one computed from the DI").isCloseTo(expected, within(0.02));
        assertThat(width).as(process[0] + ", " + page[0] + ": Cockpit's default pane width")
            .isGreaterThanOrEqualTo(DiagramLayoutTests.COCKPIT_DEFAULT_PANE_WIDTH - 2);
        assertThat(number(m, "scale")).as(process[0] + ", " + page[0]).isGreaterThanOrEqualTo(DiagramLayoutTests.MIN_FIT_SCALE);
        if (page[0].equals("process definition")) {
          Files.createDirectories(DIAGRAMS);
          Files.write(DIAGRAMS.resolve("cockpit-default-" + process[0] + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
        }
        // the tab titles are in the window; choosing one scrolls the whole tab into the window
        WebElement title = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ctn-content-bottom .nav-tabs li:last-child a")));
        Object strip = ((JavascriptExecutor) driver()).executeScript(
            "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", title);
        assertThat(strip).as(page[0] + ": the tab titles below the diagram are in the window").isEqualTo(Boolean.TRUE);
        title.click();
        wait.until(d -> ((JavascriptExecutor) d).executeScript(
            "var b = document.querySelector('.ctn-content-bottom').getBoundingClientRect();"
                + "var c = document.querySelector('.ctn-content').getBoundingClientRect();"
                + "return b.height >= 300 && b.top >= c.top - 1 && b.bottom <= c.bottom + 1;").equals(Boolean.TRUE));
      }
    }
    figures.forEach(f -> System.out.println("COCKPIT DEFAULT " + f));
    // the same default pane holds every other process at a readable scale (bpmn-js fits as computed from the DI, checked above)
    for (String[] process : processes()) {
      double scale = DiagramLayoutTests.fitScale(process[1], defaultPane[0], defaultPane[1]);
      System.out.printf("COCKPIT DEFAULT %s: fit scale %.3f (DI), names %.1f px%n", process[0], scale, 11 * scale);
      assertThat(scale).as(process[0] + " in Cockpit's default pane").isGreaterThanOrEqualTo(DiagramLayoutTests.MIN_FIT_SCALE);
    }
  }

  @Test
  @DisplayName("issue 12: a clerk's task in Tasklist shows the whole procedure on its 流程图 tab, the task marked, maximized task view measured")
  void taskDiagramInTasklist() throws IOException {
    EmptyTasklist.clear(runtimeService, identityService);
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
    new DocumentDriver(engine, calendar).start(DocumentDriver.uniqueId("DIA"), "危险化学品储存场所安全管理办法", false, false);
    TasklistPage tasklist = new TasklistPage(driver(), "http://localhost:" + port, Path.of("target/e2e"));
    tasklist.login("drafter").reload().selectFilter("本组待办").openTask("起草文件草案和起草说明");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-details .maximize, button.maximize"))).click();
    // the task view grows to its maximized size after the click: a click on the tab while it moves lands elsewhere
    // (or is intercepted), so click the tab once it stands still, and again until its diagram shows
    org.openqa.selenium.Rectangle[] last = new org.openqa.selenium.Rectangle[1];
    new WebDriverWait(driver(), TIMEOUT).ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
      if (!d.findElements(By.cssSelector(".diagram-pane .djs-container g.viewport")).isEmpty()) {
        return true;
      }
      WebElement tab = d.findElement(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='流程图']"));
      org.openqa.selenium.Rectangle now = tab.getRect();
      boolean still = now.equals(last[0]);
      last[0] = now;
      if (still) {
        tab.click();
      }
      return false;
    });
    // the tab is (nearly) the window's height (tasklist user-styles.css): scroll the task view to it
    ((JavascriptExecutor) driver()).executeScript("document.querySelector('.diagram-pane').scrollIntoView(true);");
    Map<String, Object> m = measure();
    // scrolled there, the whole tab is in the window, above Tasklist's footer
    Object visible = ((JavascriptExecutor) driver()).executeScript(
        "var r = document.querySelector('.diagram-pane').getBoundingClientRect();"
            + "var f = document.getElementById('footer-timezone'); var limit = f ? f.getBoundingClientRect().top : window.innerHeight;"
            + "return r.top >= 0 && r.bottom <= limit + 1;");
    assertThat(visible).as("the whole 流程图 tab is in the window").isEqualTo(Boolean.TRUE);
    // the whole diagram is in the tab as it first appears, without the diagram's ⌖ (tasklist scripts/diagram-fit.js)
    new WebDriverWait(driver(), Duration.ofSeconds(5)).withMessage("the whole diagram in the 流程图 tab as it first appears").until(d -> ((JavascriptExecutor) d).executeScript(
        "var p = document.querySelector('.diagram-pane').getBoundingClientRect();"
            + "var g = document.querySelector('.diagram-pane g.viewport').getBoundingClientRect();"
            + "return g.top >= p.top - 1 && g.bottom <= p.bottom + 1 && g.left >= p.left - 1 && g.right <= p.right + 1;").equals(Boolean.TRUE));
    m = measure();
    double width = number(m, "width");
    double height = number(m, "height");
    double expected = DiagramLayoutTests.fitScale("normative-document.bpmn", width, height);
    System.out.printf("TASKLIST normative-document: pane %.0f × %.0f, fit scale %.3f (from DI %.3f), names %.1f px%n",
        width, height, number(m, "scale"), expected, 11 * number(m, "scale"));
    assertThat(number(m, "scale")).as("the scale bpmn-js chose is the one computed from the DI").isCloseTo(expected, within(0.02));
    // the open task is marked on the diagram
    wait.until(d -> d.findElement(By.cssSelector(".djs-element[data-element-id='Task_Drafting']")).getAttribute("class").contains("highlight"));
    // the same pane holds every other process at a readable scale (bpmn-js fits as computed from the DI, checked above)
    for (String[] process : processes()) {
      double scale = DiagramLayoutTests.fitScale(process[1], width, height);
      System.out.printf("TASKLIST %s: fit scale %.3f, names %.1f px%n", process[0], scale, 11 * scale);
      assertThat(scale).as(process[0] + " in Tasklist's maximized task view").isGreaterThanOrEqualTo(DiagramLayoutTests.MIN_FIT_SCALE);
    }
    Files.createDirectories(DIAGRAMS);
    Files.write(DIAGRAMS.resolve("tasklist-normative-document.png"), browser.driver().getScreenshotAs(OutputType.BYTES));
  }
}
