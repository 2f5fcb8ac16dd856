package org.normflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R-C-01: the holiday table covers known years only; a deadline beyond them is provisional and says so;
 * loading the year (administrators only, validated, without a restart) recalculates the running cases'
 * deadlines, tasks and timers and records it. Time moves by the engine clock.
 */
@NormFlowSpringTest
class CalendarCoverageTests {

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired CalendarStore store;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  DocumentDriver driver;

  /**
   * A 2027 table FOR THIS TEST ONLY, not the State Council's notice (not published when this was
   * written): 元旦 1-3 Jan, a Spring Festival break Sat 6 - Sun 14 Feb with Sat 20 Feb worked, 清明,
   * 劳动节, 国庆.
   */
  static List<CalendarUpdates.Day> testTable2027() {
    List<CalendarUpdates.Day> days = new ArrayList<>();
    holidays(days, LocalDate.of(2027, 1, 1), 3, "元旦");
    holidays(days, LocalDate.of(2027, 2, 6), 9, "春节");
    days.add(new CalendarUpdates.Day("2027-02-20", "workday", "春节调休上班（周六）"));
    holidays(days, LocalDate.of(2027, 4, 3), 3, "清明节");
    holidays(days, LocalDate.of(2027, 5, 1), 5, "劳动节");
    holidays(days, LocalDate.of(2027, 10, 1), 7, "国庆节");
    return days;
  }

  static void holidays(List<CalendarUpdates.Day> days, LocalDate from, int n, String name) {
    for (int i = 0; i < n; i++) {
      days.add(new CalendarUpdates.Day(from.plusDays(i).toString(), "holiday", name));
    }
  }

  static Date midnightAfter(int year, int month, int day) {
    return Date.from(LocalDate.of(year, month, day).plusDays(1).atStartOfDay(DocumentDriver.SHANGHAI).toInstant());
  }

  static Date startOf(int year, int month, int day) {
    return Date.from(LocalDate.of(year, month, day).atStartOfDay(DocumentDriver.SHANGHAI).toInstant());
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    driver = new DocumentDriver(engine, workingDays);
    forget2027();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    forget2027();
  }

  @AfterAll
  static void resetAssertions() {
    BpmnAwareTests.reset();
  }

  /** The shared test database goes back to the shipped years for the other tests. */
  void forget2027() {
    jdbc.sql("DELETE FROM nf_calendar_day WHERE calendar_year = 2027").update();
    jdbc.sql("DELETE FROM nf_calendar_year WHERE calendar_year = 2027").update();
    store.invalidate();
  }

  ResponseEntity<Map> put2027(String user, Object body) {
    return rest.withBasicAuth(user, "demo")
        .exchange("/api/calendar/years/2027", HttpMethod.PUT, new HttpEntity<>(body), Map.class);
  }

  Map<String, Object> table2027(List<CalendarUpdates.Day> days) {
    return Map.of("source", "测试用2027年节假日表（非官方）", "days", days);
  }

  @Test
  @DisplayName("issue 29 R-C-01 a table no real year resembles (84 weekends as make-up days) is refused with nothing changed; only a stated confirmation loads it, and the confirmation is on the record")
  void implausibleYearNeedsAConfirmation() {
    List<CalendarUpdates.Day> days = new ArrayList<>(testTable2027());
    java.util.Set<String> listed = new java.util.HashSet<>();
    days.forEach(d -> listed.add(d.date()));
    for (LocalDate d = LocalDate.of(2027, 3, 6); days.size() < testTable2027().size() + 40; d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() >= 6 && !listed.contains(d.toString())) {
        days.add(new CalendarUpdates.Day(d.toString(), "workday", "周末上班"));
      }
    }
    ResponseEntity<Map> refused = put2027("admin", table2027(days));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").toString()).contains("调休上班日共 41 天").contains("确认说明");
    assertThat(workingDays.coveredYears()).doesNotContain(2027);
    long updates = jdbc.sql("SELECT COUNT(*) FROM nf_calendar_update").query(Long.class).single();

    Map<String, Object> confirmed = new java.util.HashMap<>(table2027(days));
    confirmed.put("confirmation", "测试：确认按此安排载入");
    ResponseEntity<Map> loaded = put2027("admin", confirmed);
    assertThat(loaded.getStatusCode()).as(String.valueOf(loaded.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_calendar_update").query(Long.class).single()).isEqualTo(updates + 1);
    assertThat(jdbc.sql("SELECT confirmation FROM nf_calendar_update WHERE id = ?")
        .param(((Number) loaded.getBody().get("updateId")).longValue()).query(String.class).single())
        .isEqualTo("测试：确认按此安排载入");
    // a plausible table needs none, and keeps none
    ResponseEntity<Map> plain = put2027("admin", table2027(testTable2027()));
    assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.sql("SELECT confirmation FROM nf_calendar_update WHERE id = ?")
        .param(((Number) plain.getBody().get("updateId")).longValue()).query(String.class).optional()).isEmpty();
  }

  @Test
  @DisplayName("R-C-01 the shipped table covers 2025 and 2026, and from 1 October 2026 the administrator is warned in the webapps' status")
  void coverageAndWarning() {
    assertThat(workingDays.coveredYears()).containsExactly(2025, 2026);
    DocumentDriver.setClock(LocalDate.of(2026, 9, 30), 9);
    Map<?, ?> before = rest.withBasicAuth("admin", "demo").getForObject("/api/calendar/status", Map.class);
    assertThat(before.get("warning")).isEqualTo(false);
    assertThat(before.get("lastCoveredYear")).isEqualTo(2026);
    DocumentDriver.setClock(LocalDate.of(2026, 10, 1), 9);
    Map<?, ?> from = rest.withBasicAuth("admin", "demo").getForObject("/api/calendar/status", Map.class);
    assertThat(from.get("warning")).isEqualTo(true);
    assertThat(from.get("administrator")).isEqualTo(true);
    assertThat(from.get("message").toString()).contains("只到2026年").contains("2027年节假日安排").contains("暂定");
    assertThat(rest.withBasicAuth("drafter", "demo").getForObject("/api/calendar/status", Map.class).get("administrator"))
        .isEqualTo(false);
    // the webapps show it: Admin's 工作日历 page and banner, Cockpit's banner
    String admin = rest.getForObject("/camunda/app/admin/scripts/config.js", String.class);
    assertThat(admin).contains("scripts/normflow-calendar");
    assertThat(rest.getForObject("/camunda/app/admin/scripts/normflow-calendar.js", String.class))
        .contains("/api/calendar/status").contains("admin.dashboard.section");
    assertThat(rest.getForObject("/camunda/app/cockpit/scripts/config.js", String.class))
        .contains("scripts/normflow-calendar-banner");
  }

  @Test
  @DisplayName("R-C-01 a 30-day consultation opened in December 2026 closes provisionally in 2027; loading 2027 moves it off 元旦, moves its timer, records it, and it closes on the new day")
  void consultationIntoUncoveredYear() {
    DocumentDriver.setClock(LocalDate.of(2026, 12, 2), 9);
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("public-consultation",
        withVariables("caseId", DocumentDriver.uniqueId("C"), "caseType", "DECISION", "caseTitle", "跨年征求意见",
            "consultationMinDays", 30, "consultationDayKind", "CALENDAR_DAYS", "consultationRuleId", "R-MD-04"));
    driver.publishNotice(pi, 30, null);
    // by weekends alone 1 January 2027 (a Friday) is a working day: the period ends there, provisionally
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "consultationClosesOn")).isEqualTo("2027-01-01");
    Map<?, ?> file = rest.withBasicAuth("auditor", "demo").getForObject("/api/calendar/cases/" + pi.getId(), Map.class);
    List<Map<String, Object>> deadlines = (List<Map<String, Object>>) file.get("deadlines");
    assertThat(deadlines).singleElement().satisfies(d -> {
      assertThat(d.get("label")).isEqualTo("征求意见截止");
      assertThat(d.get("dueOn")).isEqualTo("2027-01-01");
      assertThat(d.get("provisional")).isEqualTo(true);
      assertThat(d.get("status").toString()).startsWith("暂定");
    });
    assertThat(rest.withBasicAuth("admin", "demo").getForObject("/api/calendar/status", Map.class)
        .get("provisionalDeadlines")).isNotEqualTo(0);

    DocumentDriver.setClock(LocalDate.of(2026, 12, 20), 10);
    ResponseEntity<Map> loaded = put2027("admin", table2027(testTable2027()));
    assertThat(loaded.getStatusCode()).as(String.valueOf(loaded.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(workingDays.coveredYears()).as("no restart").contains(2027);

    // 1-3 January are holidays: the last day runs on to Monday 4 January
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "consultationClosesOn")).isEqualTo("2027-01-04");
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(midnightAfter(2027, 1, 4));
    Map<String, Object> row = jdbc.sql("SELECT closes_on, published_notice FROM nf_consultation WHERE id = ?")
        .param(pi.getId()).query().singleRow();
    assertThat(row.get("closes_on").toString()).isEqualTo("2027-01-04");
    assertThat(row.get("published_notice").toString()).contains("征求意见截止日期调整为2027年1月4日");
    Map<?, ?> after = rest.withBasicAuth("auditor", "demo").getForObject("/api/calendar/cases/" + pi.getId(), Map.class);
    assertThat((List<Map<String, Object>>) after.get("deadlines")).singleElement()
        .satisfies(d -> assertThat(d.get("provisional")).isEqualTo(false));
    assertThat((List<Map<String, Object>>) after.get("recalculations"))
        .extracting(r -> r.get("kind") + " " + r.get("updatedBy"))
        .contains("DEADLINE admin", "TIMER admin");

    DocumentDriver.setClock(LocalDate.of(2027, 1, 2), 10);
    assertThat(driver.runDueTimers(pi.getId())).as("not on the old day").isZero();
    DocumentDriver.setClock(LocalDate.of(2027, 1, 5), 9);
    assertThat(driver.runDueTimers(pi.getId())).isEqualTo(1);
    assertThat(pi).hasPassed("Timer_ConsultationClosed");
  }

  @Test
  @DisplayName("R-C-01 R-ND-05 15 working days across the 2027 Spring Festival are provisional in the task's description; loading 2027 recalculates limit, reminder, task dates and timers, and records it")
  void reviewAcrossSpringFestival2027() {
    DocumentDriver.setClock(LocalDate.of(2027, 1, 28), 9); // Thursday; 2027 not loaded
    Map<?, ?> status = rest.withBasicAuth("admin", "demo").getForObject("/api/calendar/status", Map.class);
    assertThat(status.get("warning")).isEqualTo(true);
    assertThat(status.get("message").toString()).contains("尚未载入2027年");
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("legality-review",
        withVariables("caseId", DocumentDriver.uniqueId("L"), "caseType", "DOCUMENT", "caseTitle", "跨春节审查",
            "reviewMinWorkingDays", 5, "reviewMaxWorkingDays", 15, "exploratoryReform", false));
    // by weekends alone: 29 Jan, 1-5, 8-12, 15-18 Feb = 15 working days, through the festival
    Task review = driver.task(pi.getId(), "Task_LegalityReview");
    assertThat(review.getDueDate()).isEqualTo(midnightAfter(2027, 2, 18));
    assertThat(review.getFollowUpDate()).isEqualTo(startOf(2027, 2, 16));
    assertThat(review.getDescription()).startsWith("【期限暂定】").contains("2027年2月18日").contains("暂按周末推算");

    // only an administrator loads a table, and only a valid one
    DocumentDriver.setClock(LocalDate.of(2027, 2, 1), 10);
    assertThat(put2027("legal", table2027(testTable2027())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put2027("auditor", table2027(testTable2027())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.exchange("/api/calendar/years/2027", HttpMethod.PUT, new HttpEntity<>(table2027(testTable2027())),
        Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    List<CalendarUpdates.Day> bad = new ArrayList<>(testTable2027());
    bad.add(new CalendarUpdates.Day("2027-02-17", "workday", "周三不是调休"));
    bad.add(new CalendarUpdates.Day("2028-01-01", "holiday", "元旦"));
    bad.add(new CalendarUpdates.Day("2027-13-01", "holiday", "无此日"));
    ResponseEntity<Map> refused = put2027("admin", table2027(bad));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").toString())
        .contains("2027-02-17 不是周末").contains("不在 2027 年").contains("年-月-日");
    assertThat(put2027("admin", Map.of("source", "测试", "csv", "2027-01-01,holiday,元旦")).getBody().get("detail").toString())
        .contains("少于全体公民法定节假日的 13 天");
    assertThat(workingDays.coveredYears()).doesNotContain(2027);
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult().getDueDate())
        .isEqualTo(midnightAfter(2027, 2, 18));

    ResponseEntity<Map> loaded = put2027("admin", table2027(testTable2027()));
    assertThat(loaded.getStatusCode()).as(String.valueOf(loaded.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(((Number) loaded.getBody().get("deadlinesChanged")).intValue()).isGreaterThanOrEqualTo(2);

    // 29 Jan, 1-5 Feb (6), 15-19 (11), make-up Sat 20 (12), 22-24 (15)
    Task moved = engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult();
    assertThat(moved.getDueDate()).isEqualTo(midnightAfter(2027, 2, 24));
    assertThat(moved.getFollowUpDate()).isEqualTo(startOf(2027, 2, 22));
    assertThat(moved.getDescription()).startsWith("【期限已重算】").contains("原为2027年2月18日").contains("现为2027年2月24日")
        .doesNotContain("【期限暂定】");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "reviewDueOn")).isEqualTo("2027-02-24");
    assertThat(jdbc.sql("SELECT due_on FROM nf_legality_review WHERE id = ?").param(pi.getId()).query(LocalDate.class)
        .single()).isEqualTo(LocalDate.of(2027, 2, 24));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().list())
        .extracting(Job::getDuedate).containsExactlyInAnyOrder(startOf(2027, 2, 22), midnightAfter(2027, 2, 24));
    List<Map<String, Object>> recorded = jdbc.sql("SELECT r.kind, u.updated_by FROM nf_calendar_recalculation r "
        + "JOIN nf_calendar_update u ON u.id = r.update_id WHERE r.process_instance_id = ?").param(pi.getId()).query().listOfRows();
    assertThat(recorded).extracting(r -> r.get("kind") + " " + r.get("updated_by"))
        .contains("DEADLINE admin", "TASK_DUE admin", "TASK_FOLLOW_UP admin", "TIMER admin");
    // the engine's own history shows who changed the task's due date
    assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(review.getId()).property("dueDate").list())
        .extracting(e -> e.getUserId()).contains("admin");

    DocumentDriver.setClock(LocalDate.of(2027, 2, 16), 9);
    assertThat(driver.runDueTimers(pi.getId())).as("no reminder on the old day").isZero();
    DocumentDriver.setClock(LocalDate.of(2027, 2, 22), 9);
    assertThat(driver.runDueTimers(pi.getId())).as("the reminder on the new day").isEqualTo(1);
    DocumentDriver.setClock(LocalDate.of(2027, 2, 24), 23);
    assertThat(driver.runDueTimers(pi.getId())).as("no escalation within the limit").isZero();
    DocumentDriver.setClock(LocalDate.of(2027, 2, 25), 9);
    assertThat(driver.runDueTimers(pi.getId())).as("escalation after it").isEqualTo(1);
    assertThat(driver.task(pi.getId(), "Task_ReviewOverdue")).isNotNull();
  }

  int provisionalDeadlines() {
    return ((Number) rest.withBasicAuth("admin", "demo").getForObject("/api/calendar/status", Map.class)
        .get("provisionalDeadlines")).intValue();
  }

  @Test
  @DisplayName("R-C-01 a drafting task created in December 2026 whose due date (workingDays.dueIn in the model) falls in 2027 is provisional; loading 2027 recalculates its due and follow-up dates and records it")
  void draftingDueDateIntoUncoveredYear() {
    DocumentDriver.setClock(LocalDate.of(2026, 12, 10), 9); // Thursday; 2027 not loaded
    int provisionalBefore = provisionalDeadlines();
    ProcessInstance pi = driver.start(DocumentDriver.uniqueId("D"), "跨年起草", false, false);
    Task drafting = driver.task(pi.getId(), "Task_Drafting");
    // 20 working days by weekends alone: 11, 14-18, 21-25, 28-31 Dec, Fri 1 Jan, 4-7 Jan
    assertThat(drafting.getDueDate()).isEqualTo(midnightAfter(2027, 1, 7));
    assertThat(drafting.getFollowUpDate()).isEqualTo(startOf(2027, 1, 4));
    assertThat(drafting.getDescription()).startsWith("【期限暂定】").contains("2027年1月7日").contains("暂按周末推算");
    Map<?, ?> file = rest.withBasicAuth("auditor", "demo").getForObject("/api/calendar/cases/" + pi.getId(), Map.class);
    assertThat((List<Map<String, Object>>) file.get("deadlines"))
        .extracting(d -> d.get("label") + " " + d.get("dueOn") + " " + d.get("provisional"))
        .contains("起草文件草案和起草说明（办理期限） 2027-01-07 true");
    assertThat(provisionalDeadlines()).as("due and follow-up date, on the administrator's 工作日历 section")
        .isEqualTo(provisionalBefore + 2);

    DocumentDriver.setClock(LocalDate.of(2026, 12, 20), 10);
    ResponseEntity<Map> loaded = put2027("admin", table2027(testTable2027()));
    assertThat(loaded.getStatusCode()).as(String.valueOf(loaded.getBody())).isEqualTo(HttpStatus.OK);

    // 元旦 1-3 January: 11, 14-18, 21-25, 28-31 Dec, 4-8 Jan; the reminder three working days before
    Task moved = engine.getTaskService().createTaskQuery().taskId(drafting.getId()).singleResult();
    assertThat(moved.getDueDate()).isEqualTo(midnightAfter(2027, 1, 8));
    assertThat(moved.getFollowUpDate()).isEqualTo(startOf(2027, 1, 5));
    assertThat(moved.getDescription()).startsWith("【期限已重算】").contains("原为2027年1月7日").contains("现为2027年1月8日")
        .doesNotContain("【期限暂定】");
    List<Map<String, Object>> recorded = jdbc.sql("SELECT r.kind, r.element, u.updated_by FROM nf_calendar_recalculation r "
        + "JOIN nf_calendar_update u ON u.id = r.update_id WHERE r.process_instance_id = ?").param(pi.getId()).query().listOfRows();
    assertThat(recorded).extracting(r -> r.get("kind") + " " + r.get("element") + " " + r.get("updated_by"))
        .contains("TASK_DUE 起草文件草案和起草说明 admin", "TASK_FOLLOW_UP 起草文件草案和起草说明 admin");
    Map<?, ?> after = rest.withBasicAuth("auditor", "demo").getForObject("/api/calendar/cases/" + pi.getId(), Map.class);
    assertThat((List<Map<String, Object>>) after.get("deadlines"))
        .extracting(d -> d.get("label") + " " + d.get("dueOn") + " " + d.get("provisional"))
        .contains("起草文件草案和起草说明（办理期限） 2027-01-08 false");
    assertThat(engine.getRuntimeService().getVariables(pi.getId()).keySet()).as("no variable for the task's own date")
        .noneMatch(name -> name.startsWith("task:"));

    // once drafted, the task's own date is no longer recalculated (a corrected table moving 8 January)
    driver.draft(pi);
    List<CalendarUpdates.Day> corrected = new ArrayList<>(testTable2027());
    corrected.add(new CalendarUpdates.Day("2027-01-08", "holiday", "测试用假日"));
    assertThat(put2027("admin", table2027(corrected)).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_calendar_recalculation WHERE process_instance_id = ? AND element LIKE ?")
        .params(pi.getId(), "起草文件草案和起草说明%").query(Integer.class).single())
        .as("the first load only: deadline and task date, each for due and follow-up").isEqualTo(4);
  }
}
