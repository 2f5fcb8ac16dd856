package org.normflow.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Periodic and special cleanup (R-ND-11): periodic-cleanup, cleanup-schedule and the cleanup register. */
@NormFlowSpringTest
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class CleanupTests {

  static final LocalDate START = LocalDate.of(2026, 3, 2);

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  Registry registry;
  OrganSteps organ;
  org.camunda.bpm.engine.repository.Deployment stubMeeting;

  @org.junit.jupiter.api.BeforeAll
  void stubMeeting() {
    stubMeeting = new OrganSteps(engine).stubMeetingIfMissing();
  }

  @BeforeEach
  void setUp() {
    registry = new Registry(jdbc, engine);
    organ = new OrganSteps(engine);
    DocumentDriver.setClock(START, 9);
  }

  @org.junit.jupiter.api.AfterAll
  void removeSeededDocuments() {
    new OrganSteps(engine).removeStub(stubMeeting);
    new Registry(jdbc, engine).removeSeeded();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  static String law() {
    return "测试上位法" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The legal office starts a special cleanup in Tasklist; the review tasks are created by their jobs. */
  ProcessInstance special(String scope, String legalBasis) {
    Map<String, Object> values = new HashMap<>();
    values.put("cleanupScope", scope);
    if (legalBasis != null) {
      values.put("scopeLegalBasis", legalBasis);
    }
    values.put("cleanupReason", "上位法废止，部署专项清理");
    ProcessInstance pi = Clerks.as(engine, "legal",
        () -> engine.getRuntimeService().startProcessInstanceByKey("periodic-cleanup", values));
    registry.runJobs(pi.getId());
    return pi;
  }

  List<Task> reviews(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ReviewDocument").list();
  }

  Task reviewOf(ProcessInstance pi, String documentId) {
    return reviews(pi).stream()
        .filter(t -> documentId.equals(engine.getTaskService().getVariable(t.getId(), "reviewDocumentId")))
        .findFirst().orElseThrow();
  }

  void review(Task task, String outcome) {
    Clerks.complete(engine, task, Map.of("reviewOutcome", outcome, "reviewReason", "经逐条审查",
        "reviewLegalBasis", "《规章制定程序条例》第三十七条"));
  }

  long cleanupId(ProcessInstance pi) {
    return jdbc.sql("SELECT id FROM nf_cleanup WHERE process_instance_id = ?").param(pi.getId()).query(Long.class).single();
  }

  /** The legal office submits the list to the organ (it decides nothing itself). */
  void legalConfirms(ProcessInstance pi) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ConfirmCleanup").singleResult();
    assertThat(task).as("the legal office's review").isNotNull();
    Clerks.complete(engine, task, Map.of("legalReviewConclusion", "CONFIRM", "listConfirmed", true,
        "confirmationNote", "同意"));
  }

  /**
   * R-ND-11: the legal office reviews, the organ's meeting (the default, normflow.cleanup.decided-by) approves,
   * the head signs, the legal office publishes: only then do the lists take effect; then the report.
   */
  void confirm(ProcessInstance pi) {
    legalConfirms(pi);
    organ.meetingDecides(pi, "APPROVE", "会议同意清理结果", START);
    organ.sign(pi, START);
    organ.publish(pi, START);
    registry.runJobs(pi.getId());
    organ.report(pi, START);
  }

  @Test
  @DisplayName("R-ND-11 special cleanup by legal basis: only the documents based on the repealed law, one review task each in parallel for its unit; keep / amend / abolish / declare invalid; the legal office confirms; the three lists are published and the registry updated in one step; an amendment starts")
  void specialCleanupByLegalBasis() {
    String law = law();
    LocalDate until = START.plusYears(3);
    String keep = registry.seed("危险化学品经营许可办法", "unit-hazchem", until, true, "《" + law + "》第十条");
    String amend = registry.seed("应急物资征用补偿办法", "unit-rescue", until, false, "依据《" + law + "》");
    String abolish = registry.seed("烟花爆竹经营管理办法", "unit-hazchem", until, true, "《" + law + "》");
    String invalid = registry.seed("安全生产举报奖励办法", "unit-rescue", until, false, "《" + law + "》《其他法》");
    String outside = registry.seed("地震应急预案管理办法", "unit-hazchem", until, false, "《防震减灾法》");

    ProcessInstance pi = special("LEGAL_BASIS", law);
    assertThat(reviews(pi)).as("one review per document in scope, all open at once").hasSize(4);
    assertThat(engine.getTaskService().getIdentityLinksForTask(reviewOf(pi, amend).getId()))
        .extracting(IdentityLink::getGroupId).containsExactly("unit-rescue");
    assertThat(engine.getTaskService().getVariable(reviewOf(pi, keep).getId(), "title")).isEqualTo("危险化学品经营许可办法");
    assertThat(engine.getTaskService().getVariable(reviewOf(pi, keep).getId(), "documentLegalBasis"))
        .as("the reviewer sees the document's legal basis").isEqualTo("《" + law + "》第十条");

    review(reviewOf(pi, keep), "KEEP");
    review(reviewOf(pi, amend), "AMEND");
    review(reviewOf(pi, abolish), "ABOLISH");
    registry.runJobs(pi.getId());
    assertThat(registry.stage(abolish)).as("nothing changes before publication").isEqualTo("IN_FORCE");
    review(reviewOf(pi, invalid), "DECLARE_INVALID");
    registry.runJobs(pi.getId());
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "abolishCount")).isEqualTo(1);
    legalConfirms(pi);
    assertThat(registry.stage(abolish)).as("the legal office's review ends nothing").isEqualTo("IN_FORCE");
    organ.meetingDecides(pi, "APPROVE", "会议同意清理结果", START);
    organ.sign(pi, START);
    assertThat(registry.stage(abolish)).as("nothing ends before the signed decision is published").isEqualTo("IN_FORCE");
    organ.publish(pi, START);
    registry.runJobs(pi.getId());
    organ.report(pi, START);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(registry.stage(keep)).isEqualTo("IN_FORCE");
    assertThat(registry.stage(amend)).as("in force until the amendment is").isEqualTo("IN_FORCE");
    assertThat(registry.stage(abolish)).isEqualTo("ABOLISHED");
    assertThat(registry.stage(invalid)).isEqualTo("EXPIRED");
    assertThat(registry.stage(outside)).isEqualTo("IN_FORCE");
    long id = cleanupId(pi);
    assertThat(((Number) registry.row(abolish).get("ENDED_BY_CLEANUP_ID")).longValue()).isEqualTo(id);
    assertThat(registry.eventKinds(abolish)).containsExactly("CLEANUP_ABOLISHED");
    assertThat(registry.eventKinds(amend)).containsExactly("CLEANUP_KEPT", "AMENDMENT_STARTED");
    // R-C-02: the register's rows follow the round's findings and what they did to the documents
    for (String[] expected : new String[][] {{keep, "KEEP", "IN_FORCE"}, {amend, "AMEND", "IN_FORCE"},
        {abolish, "ABOLISH", "ABOLISHED"}, {invalid, "DECLARE_INVALID", "EXPIRED"}}) {
      assertThat(jdbc.sql("SELECT cleanup_outcome, stage FROM nf_case_summary WHERE case_id = ?").param(expected[0])
              .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2)).single())
          .as(expected[0]).isEqualTo(expected[1] + "/" + expected[2]);
    }
    Map<String, Object> amendment = jdbc.sql("SELECT * FROM nf_document WHERE amends_document_id = ?").param(amend)
        .query().singleRow();
    assertThat(amendment.get("DRAFTING_UNIT")).isEqualTo("unit-rescue");

    // the register: published lists match the registry
    ResponseEntity<Map> round = rest.withBasicAuth("legal", "demo").getForEntity("/api/cleanups/" + id, Map.class);
    assertThat(round.getStatusCode().value()).isEqualTo(200);
    assertThat(round.getBody()).containsEntry("status", "PUBLISHED").containsEntry("scope", "LEGAL_BASIS")
        .containsEntry("publication_channel", "政府公报");
    assertThat((List<Object>) round.getBody().get("valid_list"))
        .containsExactlyInAnyOrder(registry.number(keep), registry.number(amend));
    assertThat((List<Object>) round.getBody().get("abolished_list")).containsExactly(registry.number(abolish));
    assertThat((List<Object>) round.getBody().get("lapsed_list")).containsExactly(registry.number(invalid));
    // the public reads the same three lists without login, under the round that published them
    ResponseEntity<String> page = rest.getForEntity("/public/documents", String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    String section = page.getBody().substring(page.getBody().indexOf("规范性文件清理结果"));
    assertThat(section).contains("专项清理", "继续有效的文件", "决定废止的文件", "宣布失效的文件",
        registry.number(keep), registry.number(amend), registry.number(abolish), registry.number(invalid));
    assertThat(section.indexOf(registry.number(abolish))).isGreaterThan(section.indexOf("决定废止的文件"));
    assertThat(section.indexOf(registry.number(invalid))).isGreaterThan(section.indexOf("宣布失效的文件"));

    // R-ND-11: a document not on the valid list is never listed as in force
    ResponseEntity<List> inForce = rest.withBasicAuth("auditor", "demo").getForEntity("/api/documents?status=in_force", List.class);
    List<Object> ids = inForce.getBody().stream().map(d -> ((Map<?, ?>) d).get("id")).map(Object.class::cast).toList();
    assertThat(ids).contains(keep, amend, outside).doesNotContain(abolish, invalid);
    ResponseEntity<List> all = rest.withBasicAuth("auditor", "demo").getForEntity("/api/documents", List.class);
    assertThat(all.getBody().stream().map(d -> ((Map<?, ?>) d).get("id")).toList()).as("they stay in the registry")
        .contains(abolish, invalid);

    // drafters see their unit's documents of the round; auditors all
    ResponseEntity<Map> asDrafter = rest.withBasicAuth("drafter", "demo").getForEntity("/api/cleanups/" + id, Map.class);
    assertThat(((List<Map<String, Object>>) asDrafter.getBody().get("documents")))
        .extracting(d -> d.get("document_id")).containsExactlyInAnyOrder(keep, abolish);
    ResponseEntity<Map> asAuditor = rest.withBasicAuth("auditor", "demo").getForEntity("/api/cleanups/" + id, Map.class);
    assertThat((List<?>) asAuditor.getBody().get("documents")).hasSize(4);
    ResponseEntity<List> rounds = rest.withBasicAuth("drafter", "demo").getForEntity("/api/cleanups", List.class);
    assertThat(rounds.getBody().stream().map(r -> ((Number) ((Map<?, ?>) r).get("id")).longValue()).toList()).contains(id);
    ResponseEntity<List> history = rest.withBasicAuth("auditor", "demo")
        .getForEntity("/api/documents/" + abolish + "/history", List.class);
    assertThat(((Map<?, ?>) history.getBody().get(0)).get("cleanup_id")).isEqualTo((int) id);
  }

  @Test
  @DisplayName("R-ND-11 special cleanup by market scope reviews only documents concerning operators' economic activity")
  void specialCleanupByMarket() {
    LocalDate until = START.plusYears(2);
    String market = registry.seed("成品油储存安全管理办法", "unit-hazchem", until, true, "《安全生产法》");
    String notMarket = registry.seed("机关值班管理办法", "unit-hazchem", until, false, "《安全生产法》");
    ProcessInstance pi = special("MARKET", null);
    List<Object> reviewed = reviews(pi).stream()
        .map(t -> engine.getTaskService().getVariable(t.getId(), "reviewDocumentId")).toList();
    assertThat(reviewed).contains(market).doesNotContain(notMarket);
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test");
    jdbc.sql("UPDATE nf_cleanup SET status = 'PUBLISHED' WHERE id = ?").param(cleanupId(pi)).update();
  }

  @Test
  @DisplayName("R-ND-11 R-C-06 only the legal office starts a special cleanup; a review refuses an outcome not on the form")
  void onlyLegalOfficeAndHonestReviews() {
    assertThatThrownBy(() -> Clerks.as(engine, "drafter", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("periodic-cleanup", Map.of("cleanupScope", "ALL", "cleanupReason", "自行清理"))))
        .hasMessageContaining("CREATE_INSTANCE");
    assertThatThrownBy(() -> Clerks.as(engine, "admin", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("periodic-cleanup", Map.of("cleanupScope", "ALL", "cleanupReason", "自行清理"))))
        .as("an administrator starts no case (R-C-07)").hasMessageContaining("系统管理员负责系统运行，不发起案件");
    assertThatThrownBy(() -> Clerks.as(engine, "legal", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("periodic-cleanup", Map.of("periodicRound", true))))
        .as("a start form cannot claim to be the periodic round").hasMessageContaining("periodicRound");
    assertThatThrownBy(() -> special("LEGAL_BASIS", null)).hasMessageContaining("上位法名称");
    String law = law();
    String doc = registry.seed("应急广播管理办法", "unit-hazchem", START.plusYears(2), false, "《" + law + "》");
    ProcessInstance pi = special("LEGAL_BASIS", law);
    Task task = reviewOf(pi, doc);
    assertThatThrownBy(() -> Clerks.complete(engine, task, Map.of("reviewOutcome", "WITHDRAW", "reviewReason", "x",
        "reviewLegalBasis", "y"))).hasMessageContaining("清理意见");
    assertThatThrownBy(() -> Clerks.complete(engine, task, Map.of("reviewOutcome", "KEEP")))
        .hasMessageContaining("理由");
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test");
    jdbc.sql("UPDATE nf_cleanup SET status = 'PUBLISHED' WHERE id = ?").param(cleanupId(pi)).update();
  }

  @Test
  @DisplayName("R-ND-11 the periodic cleanup starts on the configured cycle (moved clock) and reviews every document in force")
  void periodicCycle() {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey("cleanup-schedule").timers()
        .singleResult();
    assertThat(timer).as("timer start of cleanup-schedule").isNotNull();
    LocalDate first = LocalDate.of(2027, 3, 1);
    assertThat(timer.getDuedate()).isEqualTo(java.util.Date.from(first.atTime(9, 0).atZone(DocumentDriver.SHANGHAI).toInstant()));
    String doc = registry.seed("应急避难场所管理办法（定期清理）", "unit-hazchem", first.plusYears(2), false, "《突发事件应对法》");
    DocumentDriver.setClock(first, 10);
    engine.getManagementService().executeJob(timer.getId());
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("periodic-cleanup")
        .orderByProcessInstanceId().desc().list().stream()
        .filter(p -> "PERIODIC".equals(jdbc.sql("SELECT kind FROM nf_cleanup WHERE process_instance_id = ?")
            .param(p.getId()).query(String.class).optional().orElse(null)))
        .findFirst().orElseThrow();
    registry.runJobs(pi.getId());
    assertThat(reviews(pi).stream().map(t -> engine.getTaskService().getVariable(t.getId(), "reviewDocumentId")))
        .contains(doc);
    Job next = engine.getManagementService().createJobQuery().processDefinitionKey("cleanup-schedule").timers()
        .singleResult();
    assertThat(next.getDuedate()).as("two years later")
        .isEqualTo(java.util.Date.from(first.plusYears(2).atTime(9, 0).atZone(DocumentDriver.SHANGHAI).toInstant()));
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test");
    jdbc.sql("UPDATE nf_cleanup SET status = 'PUBLISHED' WHERE id = ?").param(cleanupId(pi)).update();
  }

  @Test
  @DisplayName("R-ND-11 a round of 500 documents: asynchronous parallel reviews (no giant transaction), confirmation, lists published and the registry updated")
  void fiveHundredDocuments() {
    String law = law();
    List<String> docs = registry.seedMany(500, "unit-hazchem", START.plusYears(3), "《" + law + "》");
    Map<String, Object> values = Map.of("cleanupScope", "LEGAL_BASIS", "scopeLegalBasis", law, "cleanupReason", "批量");
    ProcessInstance pi = Clerks.as(engine, "legal",
        () -> engine.getRuntimeService().startProcessInstanceByKey("periodic-cleanup", values));
    assertThat(reviews(pi)).as("the start returns before any review task is created").isEmpty();
    int jobs = registry.runJobs(pi.getId());
    assertThat(jobs).as("one job opens the round's reviews, one creates each review task").isGreaterThanOrEqualTo(501);
    List<Task> tasks = reviews(pi);
    assertThat(tasks).hasSize(500);
    int i = 0;
    for (Task task : tasks) {
      String outcome = i % 50 == 0 ? "ABOLISH" : i % 25 == 0 ? "DECLARE_INVALID" : "KEEP";
      review(task, outcome);
      i++;
    }
    registry.runJobs(pi.getId());
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "abolishCount")).isEqualTo(10);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "invalidCount")).isEqualTo(10);
    confirm(pi);
    long id = cleanupId(pi);
    Map<String, Long> stages = new HashMap<>();
    jdbc.sql("SELECT d.stage, COUNT(*) FROM nf_document d JOIN nf_cleanup_item i ON i.document_id = d.id "
            + "WHERE i.cleanup_id = ? GROUP BY d.stage").param(id)
        .query((rs, n) -> stages.put(rs.getString(1), rs.getLong(2))).list();
    assertThat(stages).containsEntry("IN_FORCE", 480L).containsEntry("ABOLISHED", 10L).containsEntry("EXPIRED", 10L);
    ResponseEntity<Map> round = rest.withBasicAuth("auditor", "demo").getForEntity("/api/cleanups/" + id, Map.class);
    assertThat((List<?>) round.getBody().get("valid_list")).hasSize(480);
    assertThat((List<?>) round.getBody().get("abolished_list")).hasSize(10);
    assertThat((List<?>) round.getBody().get("lapsed_list")).hasSize(10);
    assertThat(docs).hasSize(500);
  }
}
