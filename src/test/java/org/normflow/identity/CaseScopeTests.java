package org.normflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normflow.decision.DecisionDriver.vars;
import static org.normflow.process.MajorDecisionVariables.CONFLICT_CHECK;
import static org.normflow.process.MajorDecisionVariables.DIFFERENT_VIEWS;
import static org.normflow.process.MajorDecisionVariables.DISSENTING_EXPERT;
import static org.normflow.process.MajorDecisionVariables.EXPERTS;
import static org.normflow.process.MajorDecisionVariables.TECHNICAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.catalogue.CatalogueService;
import org.normflow.decision.DecisionDriver;
import org.normflow.document.DocumentRepository;
import org.normflow.process.ProcessKeys;
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
 * Issue 8, "permissions that fit the roles", over REST with the demo users' credentials (the calls
 * Tasklist makes): reviewers read the cases they work on, drafters their own unit's cases, withdrawal
 * stops at numbering, auditors write nothing.
 */
@NormFlowSpringTest
class CaseScopeTests {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar calendar;
  @Autowired CatalogueService catalogue;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired DocumentRepository documents;
  @Autowired JdbcClient jdbc;

  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ---- helpers

  ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  JsonNode read(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  /** Starts a normative document as this drafter, over REST with the start form's fields. */
  ProcessInstance startDocumentAs(String user, String title) throws Exception {
    String body = "{\"variables\":{"
        + "\"title\":{\"value\":\"" + title + "\"},\"docType\":{\"value\":\"办法\"},"
        + "\"issuingUnit\":{\"value\":\"市应急管理局\"},\"trial\":{\"value\":false},"
        + "\"concernsMarket\":{\"value\":false},"
        + "\"majorDecision\":{\"value\":false}}}";
    String id = read(call(user, HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ProcessKeys.NORMATIVE_DOCUMENT + "/start", body)).path("id").asText();
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    // every document first gets the legal office's finding (R-ND-13, R-MD-18); then it waits at drafting
    new DocumentDriver(engine, calendar).confirm(pi, false, false);
    return pi;
  }

  /** The registry id NormFlow gave the document at registration. */
  String documentId(ProcessInstance pi) {
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("documentId").singleResult().getValue();
  }

  Set<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).collect(Collectors.toSet());
  }

  List<String> documentIds(String user) throws Exception {
    List<String> ids = new ArrayList<>();
    read(call(user, HttpMethod.GET, "/api/documents", null)).forEach(d -> ids.add(d.path("id").asText()));
    return ids;
  }

  // ---- reviewers

  @Test
  @DisplayName("a reviewer reads no variable, instance or history of a case they never had a task in; the people of its tasks do")
  void reviewerReadsOnlyCasesWorkedOn() throws Exception {
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    ProcessInstance pi = startDocumentAs("drafter", "范围测试：审查意见不外泄");
    driver.draft(pi);
    driver.consultation(pi, 7, null);
    ProcessInstance review = driver.calledInstance(pi, ProcessKeys.LEGALITY_REVIEW);
    driver.adviseLegality(review);

    String opinion = "/engine-rest/process-instance/" + review.getId() + "/variables/advisorOpinion";
    assertThat(call("expert", HttpMethod.GET, opinion, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("fcr", HttpMethod.GET, opinion, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("drafter2", HttpMethod.GET, opinion, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("expert", HttpMethod.GET, "/engine-rest/process-instance/" + pi.getId() + "/variables/title", null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    for (String query : List.of(
        "/engine-rest/process-instance?processInstanceIds=" + pi.getId(),
        "/engine-rest/history/process-instance?processInstanceId=" + pi.getId(),
        "/engine-rest/variable-instance?processInstanceIdIn=" + pi.getId() + "," + review.getId(),
        "/engine-rest/history/variable-instance?processInstanceId=" + review.getId(),
        "/engine-rest/history/task?processInstanceId=" + pi.getId())) {
      assertThat(read(call("expert", HttpMethod.GET, query, null))).as(query).isEmpty();
    }
    assertThat(call("expert", HttpMethod.GET, "/api/documents/" + documentId(pi),
        null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(documentIds("expert")).doesNotContain(documentId(pi));

    // the adviser wrote it, the legal office has the open decision task, the auditor reads everything
    for (String reader : List.of("advisor", "legal", "auditor")) {
      assertThat(read(call(reader, HttpMethod.GET, opinion, null)).path("value").asText()).as(reader).isNotBlank();
    }
    // working on the review opens the case it belongs to (title, draft), not other cases
    assertThat(read(call("legal", HttpMethod.GET, "/engine-rest/process-instance/" + pi.getId() + "/variables/title",
        null)).path("value").asText()).isEqualTo("范围测试：审查意见不外泄");
    assertThat(call("legal", HttpMethod.GET, "/api/documents/" + documentId(pi) + "/versions/1/draft", null)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(documentIds("legal")).contains(documentId(pi));
  }

  @Test
  @DisplayName("an expert sees title, decision number and lead unit of their own task's case in the task list and loads its form")
  void expertSeesOwnTaskCase() throws Exception {
    DecisionDriver decisions = new DecisionDriver(engine, catalogue, calendar);
    DecisionDriver.setClock(DecisionDriver.TODAY);
    ProcessInstance mine = decisions.throughParticipation("范围测试：专家论证事项", vars(TECHNICAL, true), false);
    decisions.complete(mine, "Task_SelectExperts",
        vars(EXPERTS, List.of("expert"), CONFLICT_CHECK, "已核查，无利害关系", DIFFERENT_VIEWS, "YES", DISSENTING_EXPERT, "expert"));
    Task task = decisions.task(mine, "Task_ExpertOpinion");
    ProcessInstance other = decisions.throughParticipation("范围测试：与专家无关的事项", vars(), false);

    for (String filterName : List.of("我的待办", "本组待办")) {
      String filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
      @SuppressWarnings("unchecked")
      List<Map<String, String>> declared =
          (List<Map<String, String>>) filterService.getFilter(filterId).getProperties().get("variables");
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
      ResponseEntity<String> listed = rest.withBasicAuth("expert", "demo").exchange(
          "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=100", HttpMethod.POST,
          new HttpEntity<>("{}", headers), String.class);
      JsonNode tasks = read(listed).path("_embedded").path("task");
      if (filterName.equals("本组待办")) {
        assertThat(tasks).as("the expert's task is assigned to them, not offered to a group")
            .noneSatisfy(t -> assertThat(t.path("id").asText()).isEqualTo(task.getId()));
        continue;
      }
      JsonNode entry = null;
      for (JsonNode t : tasks) {
        if (t.path("id").asText().equals(task.getId())) {
          entry = t;
        }
      }
      assertThat(entry).as("the expert's task in %s", filterName).isNotNull();
      assertThat(tasks).allSatisfy(t -> assertThat(t.path("processInstanceId").asText()).isNotEqualTo(other.getId()));
      java.util.Map<String, String> columns = new java.util.HashMap<>();
      for (JsonNode variable : entry.path("_embedded").path("variable")) {
        columns.put(variable.path("name").asText(), variable.path("value").asText());
      }
      assertThat(declared).extracting(c -> c.get("name")).contains("title", "caseReference", "leadUnit");
      assertThat(columns.get("title")).startsWith("范围测试：专家论证事项");
      assertThat(columns).containsEntry("caseReference", (String) engine.getRuntimeService().getVariable(mine.getId(), "caseReference"))
          .containsEntry("leadUnit", "危险化学品安全监督管理处");
    }

    JsonNode form = read(call("expert", HttpMethod.GET, "/engine-rest/task/" + task.getId() + "/form-variables", null));
    assertThat(form.path("title").path("value").asText()).startsWith("范围测试：专家论证事项");
    assertThat(call("expert", HttpMethod.GET, "/engine-rest/task/" + task.getId() + "/deployed-form", null)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    // the diagram tab: the definition's XML
    assertThat(call("expert", HttpMethod.GET,
        "/engine-rest/process-definition/" + task.getProcessDefinitionId() + "/xml", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // the history tab of the task
    assertThat(call("expert", HttpMethod.GET, "/engine-rest/history/user-operation?taskId=" + task.getId(), null)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(call("expert", HttpMethod.GET, "/engine-rest/process-instance/" + other.getId() + "/variables/title", null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(read(call("expert", HttpMethod.GET, "/engine-rest/history/process-instance?processInstanceId="
        + other.getId(), null))).isEmpty();
    assertThat(call("expert", HttpMethod.GET, "/api/decisions/" + decisions.decisionId(other), null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(read(call("expert", HttpMethod.GET, "/api/decisions/" + decisions.decisionId(mine), null))
        .path("title").asText()).startsWith("范围测试：专家论证事项");
  }

  // ---- drafting units

  @Test
  @DisplayName("a case records its starter's drafting unit; its drafter tasks, engine data and registry record are that unit's only")
  void draftersWorkOnTheirOwnUnitsCases() throws Exception {
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    ProcessInstance hazchem = startDocumentAs("drafter", "范围测试：危化品科的文件");
    ProcessInstance rescue = startDocumentAs("drafter2", "范围测试：救援科的文件");
    String hazchemId = documentId(hazchem);
    String rescueId = documentId(rescue);

    assertThat(documents.find(hazchemId).orElseThrow().draftingUnit()).isEqualTo("unit-hazchem");
    assertThat(documents.find(rescueId).orElseThrow().draftingUnit()).isEqualTo("unit-rescue");
    assertThat(engine.getRuntimeService().getVariable(hazchem.getId(), "draftingUnit")).isEqualTo("unit-hazchem");
    assertThat(candidateGroups(driver.task(hazchem.getId(), "Task_Drafting"))).containsExactly("unit-hazchem");
    assertThat(candidateGroups(driver.task(rescue.getId(), "Task_Drafting"))).containsExactly("unit-rescue");

    JsonNode drafter2Tasks = read(call("drafter2", HttpMethod.GET, "/engine-rest/task?processInstanceId=" + hazchem.getId(), null));
    assertThat(drafter2Tasks).isEmpty();
    String taskId = driver.task(hazchem.getId(), "Task_Drafting").getId();
    assertThat(call("drafter2", HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"drafter2\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("drafter2", HttpMethod.GET, "/engine-rest/process-instance/" + hazchem.getId() + "/variables/title",
        null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(read(call("drafter", HttpMethod.GET, "/engine-rest/task?processInstanceId=" + hazchem.getId(), null)))
        .hasSize(1);
    assertThat(documentIds("drafter")).contains(hazchemId).doesNotContain(rescueId);
    assertThat(documentIds("drafter2")).contains(rescueId).doesNotContain(hazchemId);
    assertThat(call("drafter2", HttpMethod.GET, "/api/documents/" + hazchemId, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("drafter2", HttpMethod.GET, "/api/documents/" + hazchemId + "/versions/1/draft", null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(documentIds("auditor")).contains(hazchemId, rescueId);

    // the called consultation's drafter tasks go to the same unit, found through the registry
    driver.draft(hazchem);
    ProcessInstance consultation = driver.calledInstance(hazchem, ProcessKeys.PUBLIC_CONSULTATION);
    assertThat(candidateGroups(driver.task(consultation.getId(), "Task_PublishNotice"))).containsExactly("unit-hazchem");
    // a form value cannot move the case: the unit comes from the registry, not from the variable
    engine.getRuntimeService().setVariable(hazchem.getId(), "draftingUnit", "unit-rescue");
    driver.publishNotice(consultation, 7, null);
    driver.closeConsultation(consultation);
    assertThat(candidateGroups(driver.task(consultation.getId(), "Task_DisposeComments"))).containsExactly("unit-hazchem");
  }

  @Test
  @DisplayName("a major decision records its starter's unit and offers its drafter tasks to that unit")
  void decisionsBelongToTheStartersUnit() throws Exception {
    String body = "{\"variables\":{\"title\":{\"value\":\"范围测试：目录外决策\"},"
        + "\"proposedLeadUnit\":{\"value\":\"应急救援科\"},\"adjustmentReason\":{\"value\":\"年度中新增的紧急事项\"}}}";
    String id = read(call("drafter2", HttpMethod.POST,
        "/engine-rest/process-definition/key/" + ProcessKeys.MAJOR_DECISION + "/start", body)).path("id").asText();
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    String decisionId = (String) engine.getRuntimeService().getVariable(id, "decisionId");
    assertThat(jdbc.sql("SELECT drafting_unit FROM nf_decision WHERE id = ?").param(decisionId).query(String.class).single())
        .isEqualTo("unit-rescue");
    Task proposal = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(candidateGroups(proposal)).containsExactly("unit-rescue");
    assertThat(read(call("drafter2", HttpMethod.GET, "/api/decisions/" + decisionId, null)).path("draftingUnit").asText())
        .isEqualTo("unit-rescue");
    assertThat(call("drafter", HttpMethod.GET, "/api/decisions/" + decisionId, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    List<String> drafterSees = new ArrayList<>();
    read(call("drafter", HttpMethod.GET, "/api/decisions", null)).forEach(d -> drafterSees.add(d.path("id").asText()));
    assertThat(drafterSees).doesNotContain(decisionId);
  }

  // ---- withdrawal

  @Test
  @DisplayName("withdrawal: the own unit before numbering; another unit's drafter 403; once numbered 409 (abolition is a procedure of its own)")
  void withdrawal() throws Exception {
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    ProcessInstance drafting = startDocumentAs("drafter", "范围测试：起草中撤回");
    String early = documentId(drafting);
    String reason = "{\"reason\":\"上级已出台同类文件\"}";

    ResponseEntity<String> otherUnit = call("drafter2", HttpMethod.POST, "/api/documents/" + early + "/withdraw", reason);
    assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(otherUnit.getBody()).contains("只能撤回本科室起草的文件");
    assertThat(drafting).extracting(p -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(p.getId()).count()).isEqualTo(1L);

    ResponseEntity<String> own = call("drafter", HttpMethod.POST, "/api/documents/" + early + "/withdraw", reason);
    assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(documents.find(early).orElseThrow().withdrawnReason()).isEqualTo("上级已出台同类文件");

    ProcessInstance pi = startDocumentAs("drafter", "范围测试：已编号不得撤回");
    String numbered = documentId(pi);
    driver.draft(pi);
    driver.consultation(pi, 7, null);
    driver.legalityReview(pi, "LAWFUL");
    driver.deliberate(pi, "APPROVED");
    driver.sign(pi); // issue 24: the number is taken after 签发
    assertThat(documents.find(numbered).orElseThrow().docNumber()).isNotNull();
    ResponseEntity<String> refused = call("drafter", HttpMethod.POST, "/api/documents/" + numbered + "/withdraw", reason);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody()).contains("文件已编号，撤回须走废止程序");
    assertThat(driver.task(pi.getId(), "Task_Publication")).as("the case goes on").isNotNull();
    assertThat(call("drafter2", HttpMethod.POST, "/api/documents/" + numbered + "/withdraw", reason).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("legal", HttpMethod.POST, "/api/documents/" + numbered + "/withdraw", reason).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  // ---- auditors

  @Test
  @DisplayName("auditors hold no write permission on any resource, and every write over REST is refused")
  void auditorsWriteNothing() throws Exception {
    List<Authorization> grants = new ArrayList<>();
    grants.addAll(authorizationService.createAuthorizationQuery().userIdIn("auditor").list());
    grants.addAll(authorizationService.createAuthorizationQuery().groupIdIn(Groups.ID_AUDITORS).list());
    grants.addAll(authorizationService.createAuthorizationQuery().userIdIn(Authorization.ANY).list());
    assertThat(grants).isNotEmpty();
    for (Authorization grant : grants) {
      Permission[] all = ResourceTypeUtil.getPermissionsByResourceType(grant.getResourceType());
      for (Permission granted : grant.getPermissions(all)) {
        assertThat(granted.getName())
            .as("%s on resource type %d id %s", granted.getName(), grant.getResourceType(), grant.getResourceId())
            .matches("READ.*|ACCESS|NONE");
      }
    }

    ProcessInstance pi = startDocumentAs("drafter", "范围测试：审计只读");
    String task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    String instance = "/engine-rest/process-instance/" + pi.getId();
    assertThat(read(call("auditor", HttpMethod.GET, instance + "/variables/title", null)).path("value").asText())
        .isEqualTo("范围测试：审计只读");
    Map<String, ResponseEntity<String>> writes = Map.of(
        "set variable", call("auditor", HttpMethod.PUT, instance + "/variables/title", "{\"value\":\"改\"}"),
        "modify variables", call("auditor", HttpMethod.POST, instance + "/variables", "{\"modifications\":{\"x\":{\"value\":1}}}"),
        "claim", call("auditor", HttpMethod.POST, "/engine-rest/task/" + task + "/claim", "{\"userId\":\"auditor\"}"),
        "start", call("auditor", HttpMethod.POST,
            "/engine-rest/process-definition/key/" + ProcessKeys.NORMATIVE_DOCUMENT + "/start", "{}"),
        "delete case", call("auditor", HttpMethod.DELETE, instance, null),
        "suspend case", call("auditor", HttpMethod.PUT, instance + "/suspended", "{\"suspended\":true}"),
        "change own profile", call("auditor", HttpMethod.PUT, "/engine-rest/user/auditor/profile",
            "{\"id\":\"auditor\",\"firstName\":\"改\",\"lastName\":\"\",\"email\":\"a@b.c\"}"),
        "delete own user", call("auditor", HttpMethod.DELETE, "/engine-rest/user/auditor", null),
        "create filter", call("auditor", HttpMethod.POST, "/engine-rest/filter/create",
            "{\"resourceType\":\"Task\",\"name\":\"审计自建\",\"query\":{}}"));
    writes.forEach((what, response) -> assertThat(response.getStatusCode()).as(what).isEqualTo(HttpStatus.FORBIDDEN));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "title")).isEqualTo("范围测试：审计只读");
    assertThat(engine.getIdentityService().createUserQuery().userId("auditor").singleResult().getFirstName()).isEqualTo("陈敏");
  }
}
