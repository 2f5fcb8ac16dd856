package org.normflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
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
import org.normflow.consultation.ConsultationRepository;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10 in the real browser: a consultation with 300 comments (stored as the public endpoint
 * stores them) is disposed of in Tasklist, one row per comment, nothing typed but the reasons: the
 * clerk chooses a conclusion in the rows that need one of their own and disposes of all the others
 * at once; 办结提交 stays enabled after changes in the rows, and the case moves on to its legality
 * review.
 */
@NormFlowSpringTest
class CommentDispositionJourneyTests {

  static final Path SCREENSHOTS = Path.of(System.getProperty("normflow.screenshots", "target/screenshots"));
  static final int COMMENTS = 300;
  static final String TASK = "逐条处理意见并形成采纳情况说明";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired WorkingDayCalendar calendar;
  @Autowired ConsultationRepository consultations;

  Browser.Session browser;
  TasklistPage tasklist;

  @BeforeAll
  static void chromiumInstalled() {
    Browser.assumeInstalled();
  }

  @BeforeEach
  void setUp() {
    EmptyTasklist.clear(runtimeService, identityService);
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
    browser = Browser.chinese();
    tasklist = new TasklistPage(browser.driver(), "http://localhost:" + port, SCREENSHOTS);
  }

  @AfterEach
  void tearDown(TestInfo test) {
    ClockUtil.reset();
    if (browser != null) {
      new TasklistPage(browser.driver(), "", Path.of("target/e2e"))
          .screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
      browser.close();
    }
  }

  @Test
  @DisplayName("R-ND-02 300 comments disposed of in Tasklist, a row per comment with a choice and a reason, and the case moves on to legality review")
  void threeHundredCommentsInTasklist() {
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    String title = "应急避难场所管理办法（征求意见稿）";
    ProcessInstance document = Clerks.as(engine, "drafter", () -> runtimeService
        .startProcessInstanceByKey("normative-document", DocumentDriver.startValues(title, false, false)));
    driver.confirm(document, false, false);
    driver.draft(document);
    ProcessInstance consultation = driver.calledInstance(document, "public-consultation");
    driver.publishNotice(consultation, 7, null);
    for (int i = 1; i <= COMMENTS; i++) {
      driver.submitComment(consultation, "第 " + i + " 条意见：建议" + (i <= 100 ? "第一条写明避难场所的开放时限。" : "增加无障碍设施要求。"),
          i <= 100 ? "第一条" : "总体意见");
    }
    driver.closeConsultation(consultation);

    tasklist.login("drafter");
    tasklist.claimGroupTask(TASK, title);
    assertThat(tasklist.formText()).contains("共收到 300 条意见", "逐条处理").doesNotContain("{{", "|");
    assertThat(tasklist.listRowCount("Row_Number")).as("one row per comment").isEqualTo(COMMENTS);
    assertThat(tasklist.rowValue("Row_Number", 0)).isEqualTo("1");
    assertThat(tasklist.rowValue("Row_Number", 299)).isEqualTo("300");
    assertThat(tasklist.rowValue("Row_Excerpt", 299)).contains("第 300 条意见");

    // the rows that need a conclusion of their own; a change in a row leaves 办结提交 enabled
    tasklist.chooseInRow("Row_Disposition", 0, "部分采纳");
    assertThat(tasklist.completeEnabled()).as("办结提交 after a choice in a row").isTrue();
    tasklist.fillInRow("Row_Reason", 0, "已在第一条增加开放时限，具体时限由各区规定");
    tasklist.chooseInRow("Row_Disposition", 149, "不采纳").fillInRow("Row_Reason", 149, "无障碍设施已由国家标准规定");
    tasklist.chooseInRow("Row_Disposition", 299, "采纳");
    assertThat(tasklist.completeEnabled()).as("办结提交 after changes in several rows").isTrue();
    tasklist.screenshot("57-dispose-comments-rows");
    // every other comment at once
    tasklist.chooseRadio("其余意见（上表未选择处理结论的意见）一并处理为", "不采纳")
        .fillField("其余意见的处理理由", "建议内容已由现行规定涵盖")
        .fillField("意见采纳情况说明", "共收到意见 300 条，部分采纳 1 条，采纳 1 条，其余不采纳，理由已逐条说明。");
    tasklist.screenshot("58-dispose-comments-rest");
    tasklist.completeOrFail();

    List<ConsultationRepository.Comment> stored = consultations.comments(consultation.getId());
    assertThat(stored).hasSize(COMMENTS).allSatisfy(c -> assertThat(c.disposition()).isNotNull());
    assertThat(stored.get(0).disposition()).isEqualTo("PARTLY");
    assertThat(stored.get(0).dispositionReason()).isEqualTo("已在第一条增加开放时限，具体时限由各区规定");
    assertThat(stored.get(149).dispositionReason()).isEqualTo("无障碍设施已由国家标准规定");
    assertThat(stored.get(299).disposition()).isEqualTo("ADOPTED");
    assertThat(stored.subList(1, 149)).allSatisfy(c -> assertThat(c.dispositionReason()).isEqualTo("建议内容已由现行规定涵盖"));
    assertThat(stored).allSatisfy(c -> assertThat(c.status()).isEqualTo(ConsultationRepository.PUBLISHED));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(consultation.getId()).count())
        .as("consultation ended").isZero();
    assertThat(driver.calledInstance(document, "legality-review")).as("the case moved on to legality review").isNotNull();

    List<LogEntry> problems = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    assertThat(problems).as("browser console").noneMatch(e -> e.getMessage().contains("NormFlow"));
  }
}
