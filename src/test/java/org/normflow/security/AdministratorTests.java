package org.normflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.catalogue.CatalogueService;
import org.normflow.decision.DecisionDriver;
import org.normflow.process.HeadAuthorizationVariables;
import org.normflow.trust.SystemActions;
import org.normflow.trust.TrustBoundaryException;
import org.normflow.validation.RoleRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * docs/security.md "The administrator", line by line (issue 22, R-C-07): over the engine's REST API with
 * the demo administrator's credentials, every clerk's or organ's step is refused with 403 and a Chinese
 * message that says what to use instead, and nothing changed; what the administrator legitimately needs
 * (reassigning within the people a task is offered to, ending a case that must stop) is a recorded step
 * with a reason that the case file and the audit trail show, the history kept.
 */
@NormFlowSpringTest
class AdministratorTests {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired CatalogueService catalogue;
  @Autowired JdbcClient jdbc;

  private final ObjectMapper json = new ObjectMapper();

  /** A second clerk of the legal office, to whom a task can be reassigned when the first is away. */
  @BeforeEach
  void secondLegalClerk() {
    Clerks.secondLegalClerk(engine);
  }

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  // ---- what the administrator cannot do

  @Test
  @DisplayName("R-C-07 R-C-02 R-C-06 the administrator cannot assign the legal adviser's task or the legality review to himself or complete them: 403, both stay open")
  void adviserAndLegalityReviewAreNotTheAdministrators() {
    DocumentDriver driver = documents();
    ProcessInstance pi = driver.start(DocumentDriver.uniqueId("ADMIN"), "管理员测试：合法性审查", false, false);
    driver.draft(pi);
    driver.consultation(pi, 7, null);
    ProcessInstance review = driver.calledInstance(pi, "legality-review");
    String stage = stage(pi);

    Task advice = driver.task(review.getId(), "Task_AdvisorOpinion");
    tryToDoItHimself(advice, "{\"variables\":{\"advisorOpinion\":{\"value\":\"合法\"}}}");
    assertUntouched(advice);

    driver.adviseLegality(review);
    Task legality = driver.task(review.getId(), "Task_LegalityReview");
    tryToDoItHimself(legality, "{\"variables\":{\"legalityOutcome\":{\"value\":\"LAWFUL\"},"
        + "\"legalityOpinion\":{\"value\":\"合法\"}}}");
    assertUntouched(legality);
    assertThat(stage(pi)).isEqualTo(stage);
  }

  private void tryToDoItHimself(Task task, String submission) {
    String path = "/task/" + task.getId();
    assertRefused(engineRest("admin", HttpMethod.POST, path + "/assignee", "{\"userId\":\"admin\"}"), "改派任务");
    assertRefused(engineRest("admin", HttpMethod.POST, path + "/claim", "{\"userId\":\"admin\"}"), "系统管理员负责系统运行");
    assertRefused(engineRest("admin", HttpMethod.POST, path + "/complete", submission), "系统管理员负责系统运行");
    assertRefused(engineRest("admin", HttpMethod.POST, path + "/submit-form", submission), "系统管理员负责系统运行");
    assertRefused(engineRest("admin", HttpMethod.POST, path + "/resolve", submission), "系统管理员负责系统运行");
  }

  private void assertUntouched(Task task) {
    Task now = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(now).as("%s still open", task.getName()).isNotNull();
    assertThat(now.getAssignee()).isEqualTo(task.getAssignee());
    assertThat(now.getOwner()).isNull();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count()).isZero();
  }

  @Test
  @DisplayName("R-C-07 R-C-02 nobody claims the fair competition review for someone else (the drafter, the reviewer), assigns, delegates, sets the owner or changes its candidates: 403, the task unchanged")
  void nobodyHandsOverATaskByHand() {
    DocumentDriver driver = documents();
    ProcessInstance pi = driver.start(DocumentDriver.uniqueId("ADMIN"), "管理员测试：公平竞争审查", true, false);
    driver.draft(pi);
    Task task = driver.task(pi.getId(), "Task_FairCompetitionReview");
    Set<String> links = links(task);
    String path = "/task/" + task.getId();

    assertRefused(engineRest("admin", HttpMethod.POST, path + "/claim", "{\"userId\":\"drafter\"}"), "只能为自己认领任务");
    assertRefused(engineRest("admin", HttpMethod.POST, path + "/claim", "{\"userId\":\"fcr\"}"), "改派任务");
    assertRefused(engineRest("admin", HttpMethod.POST, path + "/assignee", "{\"userId\":\"drafter\"}"), "改派任务");
    assertRefused(engineRest("admin", HttpMethod.POST, path + "/assignee", "{\"userId\":\"fcr\"}"), "改派任务");
    assertRefused(engineRest("admin", HttpMethod.POST, path + "/delegate", "{\"userId\":\"fcr\"}"), "改派任务");
    assertRefused(engineRest("admin", HttpMethod.POST, path + "/identity-links",
        "{\"userId\":\"drafter\",\"type\":\"candidate\"}"), "改派任务");
    assertRefused(engineRest("admin", HttpMethod.POST, path + "/identity-links/delete",
        "{\"groupId\":\"fair-competition\",\"type\":\"candidate\"}"), "改派任务");
    assertThatThrownBy(() -> Clerks.as(engine, "admin", () -> engine.getTaskService().setOwner(task.getId(), "drafter")))
        .isInstanceOf(TrustBoundaryException.class).hasMessageContaining("改派任务");
    // and the drafter cannot claim it for himself either: it is not offered to him
    assertRefused(engineRest("drafter", HttpMethod.POST, path + "/claim", "{\"userId\":\"drafter\"}"), "不是交给您办理的");

    assertUntouched(task);
    assertThat(links(task)).isEqualTo(links);
  }

  @Test
  @DisplayName("R-C-07 R-C-02 the administrator comments on and attaches to no clerk's task")
  void noNotesOnAClerksTask() {
    DocumentDriver driver = documents();
    ProcessInstance pi = driver.start(DocumentDriver.uniqueId("ADMIN"), "管理员测试：备注", false, false);
    Task task = driver.task(pi.getId(), "Task_Drafting");

    // the REST comment resource turns every engine refusal into 400 "Not enough parameters submitted"
    assertThat(engineRest("admin", HttpMethod.POST, "/task/" + task.getId() + "/comment/create",
        "{\"message\":\"管理员的评论\"}").getStatusCode().is4xxClientError()).isTrue();
    assertThatThrownBy(() -> Clerks.as(engine, "admin",
        () -> engine.getTaskService().createComment(task.getId(), null, "管理员的评论")))
        .isInstanceOf(TrustBoundaryException.class).hasMessageContaining("系统管理员负责系统运行");
    assertThatThrownBy(() -> Clerks.as(engine, "admin", () -> engine.getTaskService()
        .createAttachment("text/plain", task.getId(), null, "附件", "管理员上传的附件", "http://example.invalid/x")))
        .isInstanceOf(TrustBoundaryException.class).hasMessageContaining("系统管理员负责系统运行");

    assertThat(engine.getTaskService().getTaskComments(task.getId())).isEmpty();
    assertThat(engine.getTaskService().getTaskAttachments(task.getId())).isEmpty();
  }

  @Test
  @DisplayName("R-C-07 R-MD-13 R-C-02 no case, called case or history is deleted: DELETE process-instance and history, batches, removal times, history cleanup, cascading model deletes are 403 and the case is intact")
  void nothingIsErased() {
    DocumentDriver driver = documents();
    ProcessInstance pi = driver.start(DocumentDriver.uniqueId("ADMIN"), "管理员测试：删除", false, false);
    driver.draft(pi);
    ProcessInstance consultation = driver.calledInstance(pi, "public-consultation");
    String definition = pi.getProcessDefinitionId();
    String deployment = engine.getRepositoryService().getProcessDefinition(definition).getDeploymentId();
    long activities = historicActivities(pi);
    long operations = engine.getHistoryService().createUserOperationLogQuery().processInstanceId(pi.getId()).count();
    String operation = engine.getHistoryService().createUserOperationLogQuery().processInstanceId(pi.getId()).list()
        .get(0).getId();
    String stage = stage(pi);

    for (String id : List.of(pi.getId(), consultation.getId())) {
      assertRefused(engineRest("admin", HttpMethod.DELETE, "/process-instance/" + id, null), "不能删除");
      assertRefused(engineRest("admin", HttpMethod.DELETE, "/history/process-instance/" + id, null), "不能删除");
    }
    assertRefused(engineRest("admin", HttpMethod.POST, "/process-instance/delete",
        "{\"processInstanceIds\":[\"" + pi.getId() + "\"],\"deleteReason\":\"清理\"}"), "不能删除");
    assertRefused(engineRest("admin", HttpMethod.POST, "/history/process-instance/delete",
        "{\"historicProcessInstanceIds\":[\"" + pi.getId() + "\"]}"), "不能删除");
    assertRefused(engineRest("admin", HttpMethod.POST, "/history/process-instance/set-removal-time",
        "{\"absoluteRemovalTime\":\"2027-01-01T00:00:00.000+0800\",\"historicProcessInstanceIds\":[\"" + pi.getId()
            + "\"]}"), "不能删除");
    // the engine's REST API has no way to delete a log entry; Cockpit's Java-side and any plugin go through this command
    assertThatThrownBy(() -> Clerks.as(engine, "admin",
        () -> engine.getHistoryService().deleteUserOperationLogEntry(operation)))
        .isInstanceOf(TrustBoundaryException.class).hasMessageContaining("不能删除");
    assertRefused(engineRest("admin", HttpMethod.POST, "/history/cleanup", null), "不能删除");
    assertRefused(engineRest("admin", HttpMethod.DELETE, "/process-definition/" + definition + "?cascade=true", null),
        "cascade");
    assertRefused(engineRest("admin", HttpMethod.DELETE, "/deployment/" + deployment + "?cascade=true", null), "cascade");

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isOne();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(consultation.getId()).count())
        .isOne();
    assertThat(historicActivities(pi)).isEqualTo(activities);
    assertThat(engine.getHistoryService().createUserOperationLogQuery().processInstanceId(pi.getId()).count())
        .isEqualTo(operations);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getRemovalTime()).isNull();
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionId(definition).count())
        .isOne();
    assertThat(stage(pi)).isEqualTo(stage);
  }

  @Test
  @DisplayName("R-C-07 R-C-02 a case, its timers and their job definitions are never suspended; retries are never lowered or cleared, priorities never changed: 403, the clock runs on")
  void statutoryClocksKeepRunning() {
    DocumentDriver driver = documents();
    ProcessInstance pi = driver.start(DocumentDriver.uniqueId("ADMIN"), "管理员测试：挂起", false, false);
    driver.draft(pi);
    ProcessInstance consultation = driver.calledInstance(pi, "public-consultation");
    driver.publishNotice(consultation, 7, null);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(consultation.getId()).timers()
        .singleResult();
    String id = consultation.getId();

    assertRefused(engineRest("admin", HttpMethod.PUT, "/process-instance/" + id + "/suspended", "{\"suspended\":true}"),
        "不能挂起");
    assertRefused(engineRest("admin", HttpMethod.PUT, "/process-instance/suspended",
        "{\"processInstanceIds\":[\"" + id + "\"],\"suspended\":true}"), "不能挂起");
    assertRefused(engineRest("admin", HttpMethod.POST, "/process-instance/suspended-async",
        "{\"processInstanceIds\":[\"" + id + "\"],\"suspended\":true}"), "不能挂起");
    assertRefused(engineRest("admin", HttpMethod.PUT, "/job/" + timer.getId() + "/suspended", "{\"suspended\":true}"),
        "不能挂起");
    assertRefused(engineRest("admin", HttpMethod.PUT, "/job-definition/" + timer.getJobDefinitionId() + "/suspended",
        "{\"suspended\":true,\"includeJobs\":true}"), "不能挂起");
    assertRefused(engineRest("admin", HttpMethod.PUT, "/process-definition/" + consultation.getProcessDefinitionId()
        + "/suspended", "{\"suspended\":true,\"includeProcessInstances\":true}"), "不能挂起");
    assertRefused(engineRest("admin", HttpMethod.PUT, "/job/" + timer.getId() + "/retries", "{\"retries\":0}"),
        "不能减少或清零");
    assertRefused(engineRest("admin", HttpMethod.PUT, "/job/" + timer.getId() + "/retries", "{\"retries\":9}"),
        "已失败的作业");
    assertRefused(engineRest("admin", HttpMethod.POST, "/job/retries",
        "{\"jobIds\":[\"" + timer.getId() + "\"],\"retries\":0}"), "批量");
    assertRefused(engineRest("admin", HttpMethod.PUT, "/job/" + timer.getId() + "/priority", "{\"priority\":1000}"),
        "优先级");

    Job after = engine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.isSuspended()).isFalse();
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(after.getPriority()).isEqualTo(timer.getPriority());
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult().isSuspended())
        .isFalse();
    assertThat(engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
        .singleResult().isSuspended()).isFalse();
    assertThat(engine.getRepositoryService().getProcessDefinition(consultation.getProcessDefinitionId()).isSuspended())
        .isFalse();
  }

  @Test
  @DisplayName("R-C-07 keeping the system running: a timer job that failed (no retries left) is given retries again")
  void failedJobGetsRetriesAgain() {
    DocumentDriver driver = documents();
    ProcessInstance pi = driver.start(DocumentDriver.uniqueId("ADMIN"), "管理员测试：重试", false, false);
    driver.draft(pi);
    ProcessInstance consultation = driver.calledInstance(pi, "public-consultation");
    driver.publishNotice(consultation, 7, null);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(consultation.getId()).timers()
        .singleResult();
    // as the job executor leaves a job whose every attempt failed (an incident)
    engine.getManagementService().setJobRetries(timer.getId(), 0);

    assertThat(engineRest("admin", HttpMethod.PUT, "/job/" + timer.getId() + "/retries", "{\"retries\":3}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Job after = engine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(3);
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());

    // the same through its job definition (the engine raises that definition's failed jobs only); never to 0
    engine.getManagementService().setJobRetries(timer.getId(), 0);
    assertRefused(engineRest("admin", HttpMethod.PUT, "/job-definition/" + timer.getJobDefinitionId() + "/retries",
        "{\"retries\":0}"), "不能减少或清零");
    assertThat(engineRest("admin", HttpMethod.PUT, "/job-definition/" + timer.getJobDefinitionId() + "/retries",
        "{\"retries\":2}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult().getRetries())
        .isEqualTo(2);
  }

  @Test
  @DisplayName("R-ND-14 R-C-07 the administrator cannot record a head authorization in the head's name (the start form is refused, and so is the step itself)")
  void noAuthorizationInTheHeadsName() {
    long before = jdbc.sql("SELECT COUNT(*) FROM nf_head_authorization").query(Long.class).single();
    long cases = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("head-authorization").count();
    LocalDate today = workingDays.today();
    String form = "{\"variables\":{\"deputy\":{\"value\":\"deputy1\"},\"validFrom\":{\"value\":\"" + today + "\"},"
        + "\"validUntil\":{\"value\":\"" + today.plusDays(1) + "\"},\"authorizationReason\":{\"value\":\"局长出差\"}}}";

    assertRefused(engineRest("admin", HttpMethod.POST, "/process-definition/key/head-authorization/submit-form", form),
        "不能代主要负责人授权代行");
    assertRefused(engineRest("admin", HttpMethod.POST, "/process-definition/key/head-authorization/start", form),
        "不能代主要负责人授权代行");
    // the step itself refuses anyone but the head, even where the trust boundary lets a call through
    assertThatThrownBy(() -> Clerks.as(engine, "admin", () -> SystemActions.run(() -> engine.getRuntimeService()
        .startProcessInstanceByKey("head-authorization", Map.of(HeadAuthorizationVariables.DEPUTY, "deputy1",
            HeadAuthorizationVariables.VALID_FROM, today.toString(), HeadAuthorizationVariables.VALID_UNTIL,
            today.plusDays(1).toString(), HeadAuthorizationVariables.AUTHORIZATION_REASON, "局长出差")))))
        .isInstanceOf(RoleRefusedException.class).hasMessageContaining("本人可以授权");

    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_head_authorization").query(Long.class).single()).isEqualTo(before);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("head-authorization").count())
        .isEqualTo(cases);
  }

  @Test
  @DisplayName("R-C-07 the administrator starts no case, not even a called process on its own")
  void noCaseStartedByTheAdministrator() {
    long documents = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("normative-document").count();
    long reviews = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("legality-review").count();

    assertRefused(engineRest("admin", HttpMethod.POST, "/process-definition/key/normative-document/start",
        "{\"variables\":{\"title\":{\"value\":\"管理员发起\"},\"docType\":{\"value\":\"通知\"},"
            + "\"issuingUnit\":{\"value\":\"市应急管理局\"}}}"), "不发起案件");
    assertRefused(engineRest("admin", HttpMethod.POST, "/process-definition/key/legality-review/start", "{}"),
        "不发起案件");

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("normative-document").count())
        .isEqualTo(documents);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("legality-review").count())
        .isEqualTo(reviews);
  }

  // ---- what the administrator can do, as a recorded step with a reason

  @Test
  @DisplayName("R-C-07 R-C-02 reassignment when a clerk is away: only to another person the task is offered to, only with a reason, recorded in the case file and the audit trail")
  void reassignmentIsARecordedStep() throws Exception {
    DocumentDriver driver = documents();
    ProcessInstance pi = driver.startOnly(DocumentDriver.uniqueId("ADMIN"),
        DocumentDriver.startValues("管理员测试：改派", false, false));
    Task task = driver.task(pi.getId(), "Task_IdentifyDocument");
    assertThat(engineRest("legal", HttpMethod.POST, "/task/" + task.getId() + "/claim", "{\"userId\":\"legal\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String path = "/api/admin/tasks/" + task.getId() + "/reassign";

    assertRefused(call("admin", HttpMethod.POST, path, "{\"userId\":\"legal2\",\"reason\":\"  \"}"),
        HttpStatus.BAD_REQUEST, "请写明改派理由");
    assertRefused(call("admin", HttpMethod.POST, path, "{\"userId\":\"admin\",\"reason\":\"我来办\"}"),
        HttpStatus.FORBIDDEN, "不能改派给系统管理员");
    assertRefused(call("admin", HttpMethod.POST, path, "{\"userId\":\"drafter\",\"reason\":\"李静休假\"}"),
        HttpStatus.FORBIDDEN, "不在其中");
    assertRefused(call("admin", HttpMethod.POST, path, "{\"userId\":\"nobody\",\"reason\":\"李静休假\"}"),
        HttpStatus.BAD_REQUEST, "没有用户");
    assertRefused(call("legal", HttpMethod.POST, path, "{\"userId\":\"legal2\",\"reason\":\"我休假\"}"),
        HttpStatus.FORBIDDEN, "只有系统管理员");
    // nor is the task taken from its holder by hand
    assertRefused(engineRest("admin", HttpMethod.POST, "/task/" + task.getId() + "/unclaim", null), "改派任务");
    assertThat(driver.task(pi.getId(), "Task_IdentifyDocument").getAssignee()).isEqualTo("legal");
    assertThat(actions(pi)).isZero();

    ResponseEntity<String> done =
        call("admin", HttpMethod.POST, path, "{\"userId\":\"legal2\",\"reason\":\"李静病假，改由李青办理\"}");
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(driver.task(pi.getId(), "Task_IdentifyDocument").getAssignee()).isEqualTo("legal2");
    assertThat(actions(pi)).isOne();
    // the previous holder no longer holds it; the new one does the step
    assertRefused(engineRest("legal", HttpMethod.POST, "/task/" + task.getId() + "/complete", finding()),
        HttpStatus.FORBIDDEN, "只有认领人可以办理");
    assertThat(engineRest("legal2", HttpMethod.POST, "/task/" + task.getId() + "/complete", finding()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode file = json.readTree(call("auditor", HttpMethod.GET, "/api/audit/cases/" + reference(pi), null).getBody());
    assertThat(file.path("trail").toString()).contains("改派任务", "李静病假，改由李青办理", "李青");
    assertThat(call("auditor", HttpMethod.GET, "/api/audit/processes/" + pi.getId(), null).getBody())
        .contains("ADMIN_REASSIGN", "李静病假，改由李青办理");
  }

  @Test
  @DisplayName("R-C-07 R-MD-11 a task the process gave to one person (a leadership member's opinion) is not reassigned to another")
  void personalTasksAreNotReassigned() {
    DecisionDriver decisions = new DecisionDriver(engine, catalogue, workingDays);
    ProcessInstance pi = decisions.toDiscussion("管理员测试：组成人员意见");
    Task own = engine.getTaskService().createTaskQuery().processInstanceId(decisions.organMeeting(pi).getId())
        .taskDefinitionKey("Task_MemberOpinion").taskAssignee("deputy1").singleResult();

    assertRefused(call("admin", HttpMethod.POST, "/api/admin/tasks/" + own.getId() + "/reassign",
        "{\"userId\":\"deputy2\",\"reason\":\"郑伟出差\"}"), HttpStatus.FORBIDDEN, "本人办理");

    assertThat(engine.getTaskService().createTaskQuery().taskId(own.getId()).singleResult().getAssignee())
        .isEqualTo("deputy1");
    assertThat(actions(pi)).isZero();
  }

  @Test
  @DisplayName("R-C-07 R-C-02 R-MD-13 ending a case that must stop: a reason, the case and its called cases end, the history stays, the registry says 已撤回 (not 审查中), the case file and trail show it")
  void endingACaseIsARecordedStep() throws Exception {
    DocumentDriver driver = documents();
    ProcessInstance pi = driver.start(DocumentDriver.uniqueId("ADMIN"), "管理员测试：终止", false, false);
    driver.draft(pi);
    ProcessInstance consultation = driver.calledInstance(pi, "public-consultation");
    driver.publishNotice(consultation, 7, null);
    String path = "/api/admin/cases/" + pi.getId() + "/end";
    String stage = stage(pi);

    assertRefused(call("admin", HttpMethod.POST, path, "{\"reason\":\"\"}"), HttpStatus.BAD_REQUEST, "请写明终止理由");
    assertRefused(call("drafter", HttpMethod.POST, path, "{\"reason\":\"不要了\"}"), HttpStatus.FORBIDDEN, "只有系统管理员");
    assertRefused(call("admin", HttpMethod.POST, "/api/admin/cases/" + consultation.getId() + "/end",
        "{\"reason\":\"征求意见不必要\"}"), HttpStatus.CONFLICT, "不能单独终止");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isOne();
    assertThat(stage(pi)).isEqualTo(stage);
    long activities = historicActivities(pi);

    ResponseEntity<String> ended = call("admin", HttpMethod.POST, path, "{\"reason\":\"起草科室书面申请撤回草案\"}");
    assertThat(ended.getStatusCode()).as(ended.getBody()).isEqualTo(HttpStatus.OK);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(consultation.getId()).count())
        .isZero();
    var history = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult();
    assertThat(history).as("history kept").isNotNull();
    assertThat(history.getDeleteReason()).contains("起草科室书面申请撤回草案");
    assertThat(historicActivities(pi)).isGreaterThanOrEqualTo(activities);
    assertThat(stage(pi)).isEqualTo("WITHDRAWN");
    assertThat(jdbc.sql("SELECT closed_on FROM nf_consultation WHERE id = ?").param(consultation.getId())
        .query(java.sql.Date.class).single()).as("its public consultation takes no more comments").isNotNull();
    assertThat(actions(pi)).isOne();
    JsonNode file = json.readTree(call("auditor", HttpMethod.GET, "/api/audit/cases/" + reference(pi), null).getBody());
    assertThat(file.path("trail").toString()).contains("终止案件", "起草科室书面申请撤回草案");
    // the register's row follows the ending, written after the engine command (R-C-02)
    JsonNode row = json.readTree(call("auditor", HttpMethod.GET, "/api/audit/cases?q=" + reference(pi), null).getBody())
        .path("rows").get(0);
    assertThat(row.path("stage").asText()).isEqualTo("WITHDRAWN");
    assertThat(row.path("closed").asBoolean()).isTrue();
    assertThat(call("auditor", HttpMethod.GET, "/api/audit/processes/" + pi.getId(), null).getBody())
        .contains("ADMIN_END_CASE", "起草科室书面申请撤回草案");

    // and the ended case's history is as undeletable as a running one's
    assertRefused(engineRest("admin", HttpMethod.DELETE, "/history/process-instance/" + pi.getId(), null), "不能删除");
    assertRefused(call("admin", HttpMethod.POST, path, "{\"reason\":\"再次终止\"}"), HttpStatus.CONFLICT, "已经结束");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).count())
        .isOne();
    assertThat(actions(pi)).isOne();
  }

  @Test
  @DisplayName("R-C-07 R-ND-11 R-MD-16 R-ND-14 ending is for a case that must stop: a major decision before it is made (已终止办理); not a decision already made, not a numbered document (abolition), not another process; a head authorization is revoked by the head only")
  void endingHasItsLimits() {
    DecisionDriver decisions = new DecisionDriver(engine, catalogue, workingDays);
    ProcessInstance decision = decisions.start("管理员测试：终止决策");
    assertThat(call("admin", HttpMethod.POST, "/api/admin/cases/" + decision.getId() + "/end",
        "{\"reason\":\"目录调整，事项不再决策\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.sql("SELECT stage FROM nf_decision WHERE process_instance_id = ?").param(decision.getId())
        .query(String.class).single()).isEqualTo("ENDED");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(decision.getId())
        .count()).isOne();

    ProcessInstance made = decisions.toImplementation("管理员测试：已作出的决策");
    String madeStage = jdbc.sql("SELECT stage FROM nf_decision WHERE process_instance_id = ?").param(made.getId())
        .query(String.class).single();
    assertRefused(call("admin", HttpMethod.POST, "/api/admin/cases/" + made.getId() + "/end",
        "{\"reason\":\"不再执行\"}"), HttpStatus.CONFLICT, "决策已作出");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(made.getId()).count()).isOne();
    assertThat(jdbc.sql("SELECT stage FROM nf_decision WHERE process_instance_id = ?").param(made.getId())
        .query(String.class).single()).isEqualTo(madeStage);

    DocumentDriver driver = documents();
    ProcessInstance numbered = driver.toDeliberation(DocumentDriver.uniqueId("ADMIN"), "管理员测试：已编号", false);
    driver.deliberate(numbered, "APPROVED");
    driver.sign(numbered);
    assertThat(driver.task(numbered.getId(), "Task_Publication")).as("signed and numbered, waiting for publication").isNotNull();
    String stage = stage(numbered);
    assertRefused(call("admin", HttpMethod.POST, "/api/admin/cases/" + numbered.getId() + "/end",
        "{\"reason\":\"不再需要\"}"), HttpStatus.CONFLICT, "废止程序");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(numbered.getId()).count())
        .isOne();
    assertThat(stage(numbered)).isEqualTo(stage);

    LocalDate today = workingDays.today();
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("head-authorization").latestVersion().singleResult().getId();
    ProcessInstance authorization = Clerks.as(engine, "leader", () -> engine.getFormService().submitStartForm(definition,
        Map.of(HeadAuthorizationVariables.DEPUTY, "deputy1", HeadAuthorizationVariables.VALID_FROM,
            today.plusDays(200).toString(), HeadAuthorizationVariables.VALID_UNTIL, today.plusDays(201).toString(),
            HeadAuthorizationVariables.AUTHORIZATION_REASON, "外出学习",
            HeadAuthorizationVariables.HEAD_ACTS, java.util.List.of("SIGN_DOCUMENT"))));
    assertRefused(call("admin", HttpMethod.POST, "/api/admin/cases/" + authorization.getId() + "/end",
        "{\"reason\":\"不需要了\"}"), HttpStatus.CONFLICT, "只能终止");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(authorization.getId()).count())
        .isOne();
    // the head revokes his own authorization (it is his, not the administrator's), so it holds no later test
    Object id = engine.getRuntimeService().getVariable(authorization.getId(), HeadAuthorizationVariables.AUTHORIZATION_ID);
    assertRefused(call("admin", HttpMethod.POST, "/api/head-authorizations/" + id + "/revoke", null),
        HttpStatus.FORBIDDEN, "只有主要负责人");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_head_authorization WHERE id = ? AND revoked_at IS NULL").param(id)
        .query(Long.class).single()).isOne();
    assertThat(call("leader", HttpMethod.POST, "/api/head-authorizations/" + id + "/revoke", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  // ---- helpers

  private DocumentDriver documents() {
    return new DocumentDriver(engine, workingDays);
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> engineRest(String user, HttpMethod method, String path, String body) {
    return call(user, method, "/engine-rest" + path, body);
  }

  private static void assertRefused(ResponseEntity<String> response, String words) {
    assertRefused(response, HttpStatus.FORBIDDEN, words);
  }

  private static void assertRefused(ResponseEntity<String> response, HttpStatus status, String words) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getBody()).contains(words).doesNotContain("Exception:", "SQL", "at org.");
  }

  private String stage(ProcessInstance pi) {
    return jdbc.sql("SELECT stage FROM nf_document WHERE process_instance_id = ?").param(pi.getId()).query(String.class)
        .single();
  }

  private String reference(ProcessInstance pi) {
    return jdbc.sql("SELECT reference FROM nf_document WHERE process_instance_id = ?").param(pi.getId())
        .query(String.class).single();
  }

  private long actions(ProcessInstance pi) {
    return jdbc.sql("SELECT COUNT(*) FROM nf_admin_action WHERE root_process_instance_id = ?").param(pi.getId())
        .query(Long.class).single();
  }

  private long historicActivities(ProcessInstance pi) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).count();
  }

  private Set<String> links(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map((IdentityLink l) -> l.getType() + ":" + l.getUserId() + ":" + l.getGroupId()).collect(Collectors.toSet());
  }

  private String finding() throws Exception {
    Map<String, Object> values = DocumentDriver.findingValues(false, false);
    StringBuilder body = new StringBuilder("{\"variables\":{");
    values.forEach((name, value) -> body.append('"').append(name).append("\":{\"value\":")
        .append(quote(value)).append("},"));
    body.setLength(body.length() - 1);
    return body.append("}}").toString();
  }

  private String quote(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
