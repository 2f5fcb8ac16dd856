package org.normflow.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.catalogue.CatalogueService;
import org.normflow.decision.DecisionDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The dishonest clerk of issue 8, over the same REST API Tasklist uses, signed in with ordinary demo
 * credentials: every forgery is refused with a Chinese message, and the case is unchanged.
 */
@NormFlowSpringTest
class DishonestClerkTests {

  @Autowired TestRestTemplate rest;
  @org.springframework.boot.test.web.server.LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired CatalogueService catalogue;

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest" + path, method, new HttpEntity<>(json, headers),
        String.class);
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private DocumentDriver documents() {
    return new DocumentDriver(engine, workingDays);
  }

  private ProcessInstance documentAtFairCompetitionReview() {
    DocumentDriver driver = documents();
    ProcessInstance pi = driver.start(DocumentDriver.uniqueId("FORGE"), "伪造测试：市场主体文件", true, false);
    driver.draft(pi);
    return pi;
  }

  private static void assertRefused(ResponseEntity<String> response, HttpStatus status, String words) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getBody()).contains(words).doesNotContain("Exception:", "SQL", "at org.");
  }

  @Test
  @DisplayName("R-C-06 R-ND-02 the fair-competition reviewer cannot shorten the consultation period by setting a variable")
  void reviewerCannotSetTheReviewPlan() {
    ProcessInstance pi = documentAtFairCompetitionReview();
    Task task = documents().task(pi.getId(), "Task_FairCompetitionReview");
    assertThat(call("fcr", HttpMethod.POST, "/task/" + task.getId() + "/claim", "{\"userId\":\"fcr\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Object before = engine.getRuntimeService().getVariable(pi.getId(), "consultationMinDays");

    assertRefused(call("fcr", HttpMethod.PUT, "/task/" + task.getId() + "/variables/consultationMinDays",
        "{\"value\":1,\"type\":\"Integer\"}"), HttpStatus.FORBIDDEN, "只能通过任务表单提交");
    assertRefused(call("fcr", HttpMethod.POST, "/task/" + task.getId() + "/variables",
        "{\"modifications\":{\"consultationMinDays\":{\"value\":1,\"type\":\"Integer\"}}}"),
        HttpStatus.FORBIDDEN, "只能通过任务表单提交");
    assertRefused(call("fcr", HttpMethod.POST, "/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"fcrConclusion\":{\"value\":\"PASSES\"},\"consultationMinDays\":{\"value\":1,"
            + "\"type\":\"Integer\"}}}"), HttpStatus.FORBIDDEN, "consultationMinDays");
    assertRefused(call("fcr", HttpMethod.PUT, "/process-instance/" + pi.getId() + "/variables/consultationMinDays",
        "{\"value\":1,\"type\":\"Integer\"}"), HttpStatus.FORBIDDEN, "只能通过任务表单提交");

    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "consultationMinDays")).isEqualTo(before);
    assertThat(documents().task(pi.getId(), "Task_FairCompetitionReview")).isNotNull();
  }

  @Test
  @DisplayName("R-C-06 Tasklist's own API (/camunda/api/engine, session and CSRF token) refuses the same forgery")
  void webappApiRefusesTheSameForgery() throws Exception {
    ProcessInstance pi = documentAtFairCompetitionReview();
    Task task = documents().task(pi.getId(), "Task_FairCompetitionReview");
    java.net.CookieManager cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
    java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/camunda/app/tasklist/default/"))
        .GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
    java.net.http.HttpResponse<String> login = browser.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf(cookies))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=fcr&password=demo")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    // the session changed at login: Tasklist reads the new token from the answer to its next request
    String token = browser.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(base + "/camunda/api/engine/engine/default/task/count")).GET().build(),
        java.net.http.HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-XSRF-TOKEN").orElse(csrf(cookies));
    java.net.http.HttpResponse<String> forged = browser.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(base + "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"variables\":{\"fcrConclusion\":{\"value\":"
            + "\"PASSES\"},\"fcrNeeded\":{\"value\":false,\"type\":\"Boolean\"}}}")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
    assertThat(forged.body()).contains("fcrNeeded", "不能提交表单以外的内容");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "fcrNeeded")).isEqualTo(true);
    assertThat(documents().task(pi.getId(), "Task_FairCompetitionReview")).isNotNull();
  }

  private static String csrf(java.net.CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).reduce((first, last) -> last).orElse("");
  }

  @Test
  @DisplayName("R-C-06 R-MD-04 R-MD-09 R-C-04 R-MD-11 a drafter's proposal cannot carry the head, the periods or the integrity switch")
  void proposalCannotCarryStatutorySettings() {
    DecisionDriver decisions = new DecisionDriver(engine, catalogue, workingDays);
    ProcessInstance pi = decisions.start("伪造测试：决策");
    Task task = decisions.task(pi, "Task_Proposal");
    Map<String, Object> before = engine.getRuntimeService().getVariables(pi.getId());
    String forged = "{\"variables\":{\"problem\":{\"value\":\"问题\"},\"decisionHead\":{\"value\":\"drafter\"},"
        + "\"integrityReviewEnabled\":{\"value\":1,\"type\":\"Integer\"},"
        + "\"consultationMinDays\":{\"value\":1,\"type\":\"Integer\"},"
        + "\"reviewMinWorkingDays\":{\"value\":0,\"type\":\"Integer\"}}}";

    ResponseEntity<String> refused = call("drafter", HttpMethod.POST, "/task/" + task.getId() + "/submit-form", forged);

    assertRefused(refused, HttpStatus.FORBIDDEN, "不能提交表单以外的内容");
    assertThat(refused.getBody()).contains("decisionHead", "integrityReviewEnabled", "consultationMinDays",
        "reviewMinWorkingDays");
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).isEqualTo(before);
    assertThat(decisions.task(pi, "Task_Proposal").getId()).isEqualTo(task.getId());
  }

  @Test
  @DisplayName("R-C-06 R-MD-11 a member cannot record their vote as someone else's")
  void memberCannotVoteAsAnother() {
    DecisionDriver decisions = new DecisionDriver(engine, catalogue, workingDays);
    ProcessInstance pi = decisions.toDiscussion("伪造测试：集体讨论");
    Task own = engine.getTaskService().createTaskQuery().processInstanceId(decisions.organMeeting(pi).getId())
        .taskDefinitionKey("Task_MemberOpinion").taskAssignee("deputy1").singleResult();
    Task other = engine.getTaskService().createTaskQuery().processInstanceId(decisions.organMeeting(pi).getId())
        .taskDefinitionKey("Task_MemberOpinion").taskAssignee("deputy2").singleResult();

    assertRefused(call("deputy1", HttpMethod.POST, "/task/" + own.getId() + "/submit-form",
        "{\"variables\":{\"memberVote\":{\"value\":\"APPROVE\"},\"memberOpinion\":{\"value\":\"同意\"},"
            + "\"member\":{\"value\":\"deputy2\"}}}"), HttpStatus.FORBIDDEN, "member");
    assertRefused(call("deputy1", HttpMethod.POST, "/task/" + other.getId() + "/submit-form",
        "{\"variables\":{\"memberVote\":{\"value\":\"REJECT\"},\"memberOpinion\":{\"value\":\"不同意\"}}}"),
        HttpStatus.FORBIDDEN, "只有认领人可以办理");

    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(decisions.organMeeting(pi).getId())
        .taskDefinitionKey("Task_MemberOpinion").count()).isEqualTo(2);
  }

  @Test
  @DisplayName("R-C-06 the read-only auditor writes no comment and no attachment on any task")
  void auditorWritesNothing() {
    ProcessInstance pi = documentAtFairCompetitionReview();
    Task task = documents().task(pi.getId(), "Task_FairCompetitionReview");

    // the REST comment resource turns every engine refusal into 400 "Not enough parameters submitted"
    assertThat(call("auditor", HttpMethod.POST, "/task/" + task.getId() + "/comment/create",
        "{\"message\":\"审计员的评论\"}").getStatusCode().is4xxClientError()).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Clerks.as(engine, "auditor",
        () -> engine.getTaskService().createComment(task.getId(), null, "审计员的评论")))
        .isInstanceOf(TrustBoundaryException.class).hasMessageContaining("只有办理此任务的人员");
    // the same engine command the REST attachment upload issues
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Clerks.as(engine, "auditor", () -> engine.getTaskService()
        .createAttachment("text/plain", task.getId(), null, "附件", "审计员上传的附件", "http://example.invalid/x")))
        .isInstanceOf(TrustBoundaryException.class).hasMessageContaining("只有办理此任务的人员");

    assertThat(engine.getTaskService().getTaskComments(task.getId())).isEmpty();
    assertThat(engine.getTaskService().getTaskAttachments(task.getId())).isEmpty();
  }

  @Test
  @DisplayName("R-C-03 R-C-06 the clerk holding a task cannot clear its statutory due date, add candidates, delegate or reassign")
  void holderCannotChangeTheTask() {
    DocumentDriver driver = documents();
    ProcessInstance pi = driver.start(DocumentDriver.uniqueId("FORGE"), "伪造测试：期限", false, false);
    Task task = driver.task(pi.getId(), "Task_Drafting");
    call("drafter", HttpMethod.POST, "/task/" + task.getId() + "/claim", "{\"userId\":\"drafter\"}");

    assertThat(call("drafter", HttpMethod.PUT, "/task/" + task.getId(),
        "{\"name\":\"" + task.getName() + "\",\"due\":null,\"assignee\":\"drafter\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("drafter", HttpMethod.POST, "/task/" + task.getId() + "/identity-links",
        "{\"groupId\":\"legal-office\",\"type\":\"candidate\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("drafter", HttpMethod.POST, "/task/" + task.getId() + "/delegate", "{\"userId\":\"legal\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("drafter", HttpMethod.POST, "/task/" + task.getId() + "/assignee", "{\"userId\":\"legal\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    Task after = driver.task(pi.getId(), "Task_Drafting");
    assertThat(after.getDueDate()).isEqualTo(task.getDueDate()).isNotNull();
    assertThat(after.getAssignee()).isEqualTo("drafter");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .noneMatch(link -> "legal-office".equals(link.getGroupId()));
  }

  @Test
  @DisplayName("R-C-06 a clerk claims only for themselves, may give back their own task, and completes only what they hold")
  void claimingIsPersonal() {
    DocumentDriver driver = documents();
    ProcessInstance pi = driver.start(DocumentDriver.uniqueId("FORGE"), "伪造测试：认领", false, false);
    Task task = driver.task(pi.getId(), "Task_Drafting");

    assertRefused(call("drafter", HttpMethod.POST, "/task/" + task.getId() + "/claim", "{\"userId\":\"leader\"}"),
        HttpStatus.FORBIDDEN, "只能为自己认领任务");
    assertThat(call("drafter", HttpMethod.POST, "/task/" + task.getId() + "/claim", "{\"userId\":\"drafter\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(call("drafter", HttpMethod.POST, "/task/" + task.getId() + "/unclaim", null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(driver.task(pi.getId(), "Task_Drafting").getAssignee()).isNull();

    // handing a task to someone is the administrator's recorded reassignment (R-C-07), not an engine call
    assertThat(rest.withBasicAuth("admin", "demo").exchange("/api/admin/tasks/" + task.getId() + "/reassign",
        HttpMethod.POST, new HttpEntity<>("{\"userId\":\"drafter\",\"reason\":\"测试：交回起草人\"}", jsonHeaders()),
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    engine.getIdentityService().createMembership("drafter", "legal-office");
    try {
      assertRefused(call("legal", HttpMethod.POST, "/task/" + task.getId() + "/complete", "{}"),
          HttpStatus.FORBIDDEN, "只有认领人可以办理");
    } finally {
      engine.getIdentityService().deleteMembership("drafter", "legal-office");
    }
  }

  @Test
  @DisplayName("R-C-06 a start carries only the start form's fields, strictly typed, no business key and no start instructions")
  void startsAreTheSystems() {
    String fields = "\"title\":{\"value\":\"伪造测试：发起\"},\"docType\":{\"value\":\"通知\"},"
        + "\"issuingUnit\":{\"value\":\"市应急管理局\"}";
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("normative-document")
        .count();

    assertRefused(call("drafter", HttpMethod.POST, "/process-definition/key/normative-document/start",
        "{\"variables\":{" + fields + ",\"documentNumber\":{\"value\":\"X应急规〔2026〕1号\"}}}"),
        HttpStatus.FORBIDDEN, "documentNumber");
    assertRefused(call("drafter", HttpMethod.POST, "/process-definition/key/normative-document/submit-form",
        "{\"businessKey\":\"" + "长".repeat(300) + "\",\"variables\":{" + fields + "}}"),
        HttpStatus.FORBIDDEN, "案件编号由系统分配");
    assertRefused(call("drafter", HttpMethod.POST, "/process-definition/key/normative-document/start",
        "{\"businessKey\":\"DOC-1\",\"variables\":{" + fields + "}}"), HttpStatus.FORBIDDEN, "案件编号由系统分配");
    assertRefused(call("drafter", HttpMethod.POST, "/process-definition/key/normative-document/start",
        "{\"variables\":{" + fields + "},\"startInstructions\":[{\"type\":\"startBeforeActivity\","
            + "\"activityId\":\"Task_Signing\"}]}"), HttpStatus.FORBIDDEN, "不能指定从中间环节开始");
    assertRefused(call("drafter", HttpMethod.POST, "/process-definition/key/normative-document/submit-form",
        "{\"variables\":{" + fields + ",\"concernsMarket\":{\"value\":\"yes\"}}}"), HttpStatus.BAD_REQUEST, "应为是/否");

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("normative-document")
        .count()).isEqualTo(before);
  }

  @Test
  @DisplayName("R-C-06 R-ND-02 a clerk cannot move a case by message, signal or by running its timers early")
  void casesMoveOnlyByTheirTasks() {
    DocumentDriver driver = documents();
    ProcessInstance pi = driver.start(DocumentDriver.uniqueId("FORGE"), "伪造测试：推进", false, false);
    driver.draft(pi);
    ProcessInstance consultation = driver.calledInstance(pi, "public-consultation");
    driver.publishNotice(consultation, 7, null);
    Job closing = engine.getManagementService().createJobQuery().processInstanceId(consultation.getId()).timers()
        .singleResult();

    assertRefused(call("drafter", HttpMethod.POST, "/message",
        "{\"messageName\":\"Message_WithdrawDocument\",\"processInstanceId\":\"" + pi.getId() + "\"}"),
        HttpStatus.FORBIDDEN, "按法定程序推进");
    assertRefused(call("drafter", HttpMethod.POST, "/signal", "{\"name\":\"anything\"}"), HttpStatus.FORBIDDEN,
        "按法定程序推进");
    for (String user : List.of("drafter", "admin")) {
      assertRefused(call(user, HttpMethod.POST, "/job/" + closing.getId() + "/execute", null), HttpStatus.FORBIDDEN,
          "按法定程序推进");
      assertRefused(call(user, HttpMethod.PUT, "/job/" + closing.getId() + "/duedate",
          "{\"duedate\":\"2020-01-01T00:00:00.000+0800\"}"), HttpStatus.FORBIDDEN, "按法定程序推进");
    }

    assertThat(engine.getManagementService().createJobQuery().jobId(closing.getId()).singleResult().getDuedate())
        .isEqualTo(closing.getDuedate());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isOne();
  }
}
