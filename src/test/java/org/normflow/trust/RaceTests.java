package org.normflow.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.DocumentDriver;
import org.normflow.Clerks;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 22 point 4, "a race is a 409": two hands on one task at the same moment. The moment is made, not
 * hoped for: a gate put into the engine's command chain right behind the trust boundary holds the first
 * command (after its checks read the task, or just before it writes) until the second has finished; then
 * the first goes on and loses the engine's optimistic lock. No sleeps: latches only.
 */
@NormFlowSpringTest
class RaceTests {

  static final String CONFLICT_PREFIX = "该事项刚刚被他人或系统同时处理";

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private Gate gate;
  private CommandInterceptor behindBoundary;

  /** A second clerk of the legal office, so two people the task is offered to can race for it. */
  @BeforeEach
  void insertGateAndSecondClerk() {
    Clerks.secondLegalClerk(engine);
    CommandExecutor first = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    for (CommandExecutor e = first; e instanceof CommandInterceptor i; e = i.getNext()) {
      if (i.getClass().getSimpleName().equals("TrustBoundary")) {
        behindBoundary = i;
      }
    }
    assertThat(behindBoundary).as("the trust boundary is in the command chain").isNotNull();
    gate = new Gate();
    gate.setNext(behindBoundary.getNext());
    behindBoundary.setNext(gate);
  }

  @AfterEach
  void removeGate() {
    behindBoundary.setNext(gate.getNext());
    gate.release.countDown();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  @DisplayName("R-C-02 two clerks complete the same task at the same moment: one completes it, the other gets 409 and nothing of theirs is saved")
  void twoCompletions() throws Exception {
    ProcessInstance pi = documents().startOnly(DocumentDriver.uniqueId("RACE"),
        DocumentDriver.startValues("竞态测试：同时办理", false, false));
    Task task = documents().task(pi.getId(), "Task_IdentifyDocument");

    gate.hold(task.getId(), Gate.Point.AFTER_CHECKS);
    CompletableFuture<HttpResponse<String>> first =
        CompletableFuture.supplyAsync(() -> post("legal", "/engine-rest/task/" + task.getId() + "/complete", finding("甲的理由")));
    assertThat(gate.holding.await(30, TimeUnit.SECONDS)).as("the first completion reached the gate").isTrue();
    HttpResponse<String> second = post("legal2", "/engine-rest/task/" + task.getId() + "/complete", finding("乙的理由"));
    gate.release.countDown();
    HttpResponse<String> loser = first.get(30, TimeUnit.SECONDS);

    assertThat(second.statusCode()).as(second.body()).isEqualTo(204);
    assertThat(loser.statusCode()).as(loser.body()).isEqualTo(409);
    assertThat(message(loser)).startsWith(CONFLICT_PREFIX);
    // done once, by the winner, with the winner's values; the loser's finding is nowhere
    var done = engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_IdentifyDocument").list();
    assertThat(done).singleElement().satisfies(t -> {
      assertThat(t.getAssignee()).isEqualTo("legal2");
      assertThat(t.getDeleteReason()).isEqualTo("completed");
    });
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates()
        .list()).noneMatch(d -> "甲的理由".equals(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getValue()));
    assertThat(jdbc.sql("SELECT identification_reason FROM nf_document WHERE process_instance_id = ?").param(pi.getId())
        .query(String.class).single()).as("the registry holds the winner's finding").isEqualTo("乙的理由");
    assertThat(documents().task(pi.getId(), "Task_Drafting")).isNotNull();
  }

  @Test
  @DisplayName("R-C-02 Tasklist's own API (/camunda/api, session and CSRF token) answers the loser of two completions 409 as well")
  void tasklistLoserIsTold() throws Exception {
    ProcessInstance pi = documents().startOnly(DocumentDriver.uniqueId("RACE"),
        DocumentDriver.startValues("竞态测试：任务列表", false, false));
    Task task = documents().task(pi.getId(), "Task_IdentifyDocument");
    java.net.CookieManager cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=legal&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String token = browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default/task/count"))
        .GET().build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-XSRF-TOKEN").orElse(csrf(cookies));

    gate.hold(task.getId(), Gate.Point.AFTER_CHECKS);
    CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
      try {
        return browser.send(HttpRequest.newBuilder(
                URI.create(base + "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form"))
            .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
            .POST(HttpRequest.BodyPublishers.ofString(finding("甲的理由"))).build(), HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(gate.holding.await(30, TimeUnit.SECONDS)).isTrue();
    HttpResponse<String> second = post("legal2", "/engine-rest/task/" + task.getId() + "/complete", finding("乙的理由"));
    gate.release.countDown();
    HttpResponse<String> loser = first.get(30, TimeUnit.SECONDS);

    assertThat(second.statusCode()).as(second.body()).isEqualTo(204);
    assertThat(loser.statusCode()).as(loser.body()).isEqualTo(409);
    assertThat(message(loser)).startsWith(CONFLICT_PREFIX);
    assertThat(jdbc.sql("SELECT identification_reason FROM nf_document WHERE process_instance_id = ?").param(pi.getId())
        .query(String.class).single()).isEqualTo("乙的理由");
  }

  private static String csrf(java.net.CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).reduce((first, last) -> last).orElse("");
  }

  @Test
  @DisplayName("R-C-02 two clerks claim the same task at the same moment: one holds it, the other gets 409")
  void twoClaims() throws Exception {
    ProcessInstance pi = documents().startOnly(DocumentDriver.uniqueId("RACE"),
        DocumentDriver.startValues("竞态测试：同时认领", false, false));
    Task task = documents().task(pi.getId(), "Task_IdentifyDocument");

    gate.hold(task.getId(), Gate.Point.AFTER_CHECKS);
    CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
        () -> post("legal", "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"legal\"}"));
    assertThat(gate.holding.await(30, TimeUnit.SECONDS)).isTrue();
    HttpResponse<String> second =
        post("legal2", "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"legal2\"}");
    gate.release.countDown();
    HttpResponse<String> loser = first.get(30, TimeUnit.SECONDS);

    assertThat(second.statusCode()).as(second.body()).isEqualTo(204);
    assertThat(loser.statusCode()).as(loser.body()).isEqualTo(409);
    assertThat(message(loser)).startsWith(CONFLICT_PREFIX);
    assertThat(documents().task(pi.getId(), "Task_IdentifyDocument").getAssignee()).isEqualTo("legal2");
    assertThat(engine.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(task.getId()).type("assignee")
        .operationType("add").list()).singleElement().satisfies(link -> assertThat(link.getUserId()).isEqualTo("legal2"));
  }

  @Test
  @DisplayName("R-C-02 a completion and the task's timer at the same moment: the timer fires once, the clerk gets 409 and completes on retry")
  void completionAndTimer() throws Exception {
    DocumentDriver driver = documents();
    ProcessInstance pi = driver.start(DocumentDriver.uniqueId("RACE"), "竞态测试：期限与办理", false, false);
    driver.draft(pi);
    driver.consultation(pi, 7, null);
    ProcessInstance review = driver.calledInstance(pi, "legality-review");
    driver.adviseLegality(review);
    Number minimum = (Number) engine.getRuntimeService().getVariable(review.getId(), "reviewMinWorkingDays");
    driver.advanceWorkingDays(minimum.intValue());
    Task task = driver.task(review.getId(), "Task_LegalityReview");
    Job reminder = engine.getManagementService().createJobQuery().processInstanceId(review.getId()).timers()
        .activityId("Timer_ReviewReminder").singleResult();
    String decision = "{\"variables\":" + json.writeValueAsString(typed(DocumentDriver.legalityValues("LAWFUL"))) + "}";

    gate.hold(task.getId(), Gate.Point.AFTER_CHECKS);
    CompletableFuture<HttpResponse<String>> first =
        CompletableFuture.supplyAsync(() -> post("legal", "/engine-rest/task/" + task.getId() + "/complete", decision));
    assertThat(gate.holding.await(30, TimeUnit.SECONDS)).isTrue();
    engine.getManagementService().executeJob(reminder.getId());
    gate.release.countDown();
    HttpResponse<String> loser = first.get(30, TimeUnit.SECONDS);

    assertThat(loser.statusCode()).as(loser.body()).isEqualTo(409);
    assertThat(message(loser)).startsWith(CONFLICT_PREFIX);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(review.getId())
        .activityId("Timer_ReviewReminder").count()).as("the reminder fired once").isOne();
    assertThat(driver.task(review.getId(), "Task_LegalityReview")).as("the task is still open").isNotNull();

    // nothing lost: the clerk submits again and the review is concluded once
    assertThat(post("legal", "/engine-rest/task/" + task.getId() + "/complete", decision).statusCode()).isEqualTo(204);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(review.getId())
        .taskDefinitionKey("Task_LegalityReview").finished().count()).isOne();
  }

  @Test
  @DisplayName("R-C-02 R-C-07 NormFlow's /api: an administrator's reassignment that meets a clerk's claim is answered 409, nothing recorded")
  void apiReassignmentAndClaim() throws Exception {
    ProcessInstance pi = documents().startOnly(DocumentDriver.uniqueId("RACE"),
        DocumentDriver.startValues("竞态测试：改派与认领", false, false));
    Task task = documents().task(pi.getId(), "Task_IdentifyDocument");

    gate.hold(task.getId(), Gate.Point.BEFORE_WRITING);
    CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> post("admin",
        "/api/admin/tasks/" + task.getId() + "/reassign", "{\"userId\":\"legal2\",\"reason\":\"李静休假\"}"));
    assertThat(gate.holding.await(30, TimeUnit.SECONDS)).isTrue();
    HttpResponse<String> claim = post("legal", "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"legal\"}");
    gate.release.countDown();
    HttpResponse<String> loser = first.get(30, TimeUnit.SECONDS);

    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
    assertThat(loser.statusCode()).as(loser.body()).isEqualTo(409);
    assertThat(json.readTree(loser.body()).path("detail").asText()).startsWith(CONFLICT_PREFIX);
    assertThat(documents().task(pi.getId(), "Task_IdentifyDocument").getAssignee()).isEqualTo("legal");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_admin_action WHERE task_id = ?").param(task.getId())
        .query(Integer.class).single()).isZero();
  }

  // ---- helpers

  private DocumentDriver documents() {
    return new DocumentDriver(engine, workingDays);
  }

  private String finding(String reason) {
    Map<String, Object> values = DocumentDriver.findingValues(false, false);
    values.put("identificationReason", reason);
    try {
      return "{\"variables\":" + json.writeValueAsString(typed(values)) + "}";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((name, value) -> out.put(name, Map.of("value", value)));
    return out;
  }

  private String message(HttpResponse<String> response) throws Exception {
    return json.readTree(response.body()).path("message").asText();
  }

  private HttpResponse<String> post(String user, String path, String body) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
              .getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Holds the first command about one task, either right after the trust boundary read the task (the
   * command then works on what it read) or after it ran, just before the engine writes; every other
   * command passes. Inert unless armed.
   */
  static final class Gate extends CommandInterceptor {
    enum Point { AFTER_CHECKS, BEFORE_WRITING }

    final CountDownLatch holding = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean taken = new AtomicBoolean();
    private volatile String taskId;
    private volatile Point point;

    void hold(String taskId, Point point) {
      this.point = point;
      this.taskId = taskId;
    }

    @Override
    public <T> T execute(Command<T> command) {
      // engine commands only (a task query is a command too, and names its task the same way)
      boolean mine = taskId != null && command.getClass().getSimpleName().endsWith("Cmd")
          && taskId.equals(taskIdOf(command)) && taken.compareAndSet(false, true);
      if (mine && point == Point.AFTER_CHECKS) {
        await();
      }
      T result = next.execute(command);
      if (mine && point == Point.BEFORE_WRITING) {
        await();
      }
      return result;
    }

    private void await() {
      holding.countDown();
      try {
        if (!release.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the gate was never released");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private static String taskIdOf(Object command) {
      for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
        try {
          var field = type.getDeclaredField("taskId");
          field.setAccessible(true);
          Object value = field.get(command);
          return value instanceof String s ? s : null;
        } catch (NoSuchFieldException e) {
          // look further up
        } catch (IllegalAccessException e) {
          return null;
        }
      }
      return null;
    }
  }
}
