package org.normflow.head;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.normflow.decision.DecisionDriver.vars;
import static org.normflow.process.HeadAuthorizationVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
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
import org.normflow.decision.DecisionRecord;
import org.normflow.decision.DecisionRepository;
import org.normflow.document.DocumentRecord;
import org.normflow.document.DocumentRepository;
import org.normflow.process.MajorDecisionVariables;
import org.normflow.process.ProcessKeys;
import org.normflow.trust.SystemActions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The head's steps are the head's (R-ND-14, R-MD-02, R-MD-11, R-MD-16): assigned to the configured
 * head, done by a deputy only under an authorization the head recorded for the case or period, and
 * the record says so. Documents run in 2035 so no period authorization here touches another test's days.
 */
@NormFlowSpringTest
class HeadAuthorizationTests {

  static final LocalDate MONDAY = LocalDate.of(2035, 3, 5);

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired DocumentRepository documents;
  @Autowired DecisionRepository decisions;
  @Autowired CatalogueService catalogue;
  @Autowired HeadAuthorizations authorizations;
  @Autowired HeadOfOrganisation heads;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired HeadSettings settings;

  /** Every act an authorization may name by default: all but the 713 Art 30 decision. */
  static final List<String> DELEGABLE = Arrays.stream(HeadAct.Kind.values()).filter(k -> !k.collectiveDecision())
      .map(Enum::name).toList();

  DocumentDriver driver;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    driver = new DocumentDriver(engine, workingDays);
    DocumentDriver.setClock(MONDAY, 9);
  }

  @AfterEach
  void endAuthorizations() {
    // no authorization of this class may reach into another test class's cases: each one ends, and
    // every open head task (of any test in this context) goes back to the head
    List<Long> open = jdbc.sql("SELECT id FROM nf_head_authorization WHERE revoked_at IS NULL").query(Long.class).list();
    jdbc.sql("UPDATE nf_head_authorization SET revoked_at = CURRENT_TIMESTAMP, revoked_by = 'test' WHERE revoked_at IS NULL")
        .update();
    for (long id : open) {
      heads.reassignOpenTasks(authorizations.get(id), "test");
    }
    ClockUtil.reset();
  }

  @AfterAll
  static void resetAssertions() {
    BpmnAwareTests.reset();
  }

  /** The head records an authorization as in Tasklist (start form of head-authorization); returns its process. */
  ProcessInstance authorize(String by, String deputy, String caseId, LocalDate from, LocalDate until, String reason) {
    return authorize(by, deputy, caseId, from, until, reason, DELEGABLE);
  }

  /** The same, ticking these acts (R-ND-14); acts is what the form submits (a list), or anything a forger sends. */
  ProcessInstance authorize(String by, String deputy, String caseId, LocalDate from, LocalDate until, String reason,
      Object acts) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.HEAD_AUTHORIZATION).latestVersion().singleResult().getId();
    Map<String, Object> values = vars(DEPUTY, deputy, VALID_FROM, from == null ? null : from.toString(),
        VALID_UNTIL, until == null ? null : until.toString(), AUTHORIZATION_REASON, reason);
    if (caseId != null) {
      values.put(CASE_ID, caseId);
    }
    if (acts != null) {
      values.put(HEAD_ACTS, acts);
    }
    ProcessInstance[] started = new ProcessInstance[1];
    Clerks.as(engine, by, () -> started[0] = engine.getFormService().submitStartForm(definition, values));
    return started[0];
  }

  long authorizationId(ProcessInstance authorization) {
    return ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(authorization.getId()).variableName(AUTHORIZATION_ID).singleResult().getValue()).longValue();
  }

  long recorded() {
    return jdbc.sql("SELECT COUNT(*) FROM nf_head_authorization").query(Long.class).single();
  }

  static List<String> candidateGroups(ProcessEngine engine, Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  /** A document approved in deliberation: waiting at 签发. */
  ProcessInstance toSigning(String id) {
    ProcessInstance pi = driver.toDeliberation(id, "授权代行测试《" + id + "》", false);
    driver.deliberate(pi, "APPROVED");
    assertThat(pi).isWaitingAt("Task_Signing");
    return pi;
  }

  void completeAs(String user, Task task, Map<String, Object> values) {
    Clerks.as(engine, user, () -> engine.getTaskService().complete(task.getId(), values));
  }

  @Test
  @DisplayName("R-ND-14 签发 is assigned to the configured head only; a deputy without authorization cannot sign; the signer is the logged-in user")
  void signingIsTheHeads() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = toSigning(id);
    Task signing = driver.task(pi.getId(), "Task_Signing");
    assertThat(signing.getAssignee()).isEqualTo("leader");
    assertThat(candidateGroups(engine, signing)).as("not offered to the whole leadership").isEmpty();

    Map<String, Object> values = vars("signingDecision", "SIGN", "signedOn", driver.today().toString());
    assertThatThrownBy(() -> completeAs("deputy1", signing, values)).as("a deputy without authorization").isInstanceOf(ProcessEngineException.class);
    // not even an administrator: the trust boundary lets only the assignee work the task
    assertThatThrownBy(() -> completeAs("admin", signing, values)).hasMessageContaining("只有认领人可以办理");
    assertThatThrownBy(() -> engine.getTaskService().complete(signing.getId(), values))
        .as("nobody logged in").satisfies(DecisionDriver::isRefusal).hasMessageContaining("登录后本人办理");
    assertThat(pi).isWaitingAt("Task_Signing");
    assertThat(documents.get(id).signedBy()).isNull();
    // offered to no group, the task cannot be unclaimed into nobody's list
    assertThatThrownBy(() -> Clerks.as(engine, "leader", () -> engine.getTaskService().setAssignee(signing.getId(), null)))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能退回任务列表");
    assertThat(driver.task(pi.getId(), "Task_Signing").getAssignee()).isEqualTo("leader");

    completeAs("leader", signing, values);
    DocumentRecord doc = documents.get(id);
    assertThat(doc.signedBy()).isEqualTo("leader");
    assertThat(doc.signingAuthorizationId()).isNull();
    assertThat(doc.signingNote()).isEqualTo("吴刚 签发");
    assertThat(pi).isWaitingAt("Task_Publication");
  }

  @Test
  @DisplayName("R-ND-14 with an authorization recorded for that case the deputy gets 签发 (also an open one) and the record shows the authorization")
  void deputySignsUnderCaseAuthorization() {
    String id = DocumentDriver.uniqueId("ND");
    String other = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = toSigning(id);
    ProcessInstance otherPi = toSigning(other);
    Task waiting = driver.task(pi.getId(), "Task_Signing");
    assertThat(waiting.getAssignee()).isEqualTo("leader");

    ProcessInstance authorization = authorize("leader", "deputy1", id, driver.today(), driver.today().plusDays(3), "外出学习");
    long n = authorizationId(authorization);
    assertThat(authorization).isWaitingAt("Timer_ValidUntil");
    assertThat(driver.task(pi.getId(), "Task_Signing").getAssignee()).as("the open task is handed over").isEqualTo("deputy1");
    assertThat(driver.task(otherPi.getId(), "Task_Signing").getAssignee()).as("another case stays with the head").isEqualTo("leader");

    driver.sign(pi);
    DocumentRecord doc = documents.get(id);
    assertThat(doc.signedBy()).isEqualTo("deputy1");
    assertThat(doc.signingAuthorizationId()).isEqualTo(n);
    assertThat(doc.signingNote()).isEqualTo("郑伟 依据 吴刚 的授权（第 " + n + " 号）代为签发");
    assertThatThrownBy(() -> completeAs("deputy1", driver.task(otherPi.getId(), "Task_Signing"),
        vars("signingDecision", "SIGN", "signedOn", driver.today().toString()))).as("not for another case")
        .isInstanceOf(ProcessEngineException.class);

    HeadAuthorization record = authorizations.get(n);
    List<HeadAuthorization.Event> events = record.events().stream().filter(e -> id.equals(e.caseId())).toList();
    assertThat(events).extracting(HeadAuthorization.Event::kind).containsExactly("HANDED_OVER", "ACTED");
    assertThat(events.get(0).assigneeBefore()).isEqualTo("leader");
    assertThat(events.get(0).taskId()).isEqualTo(waiting.getId());
    assertThat(events.get(1).note()).isEqualTo(doc.signingNote());
    assertThat(record.summary()).contains("吴刚 授权 郑伟").contains("外出学习")
        .as("issue 10: the case by its number, not its internal id").contains("限于 " + documents.get(id).docNumber())
        .doesNotContain("限于 " + id);

    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> json = rest.withBasicAuth("auditor", "demo").getForEntity("/api/documents/" + id, Map.class);
    assertThat(json.getBody()).containsEntry("signedBy", "deputy1").containsEntry("signingNote", doc.signingNote());
  }

  @Test
  @DisplayName("R-ND-14 an authorization for a period covers every case in it; once expired (engine clock) or revoked it no longer applies")
  void periodAuthorizationExpiresAndIsRevoked() {
    String id = DocumentDriver.uniqueId("ND");
    // the document's own steps move the clock, so the head records the authorization just before deliberation
    ProcessInstance pi = driver.toDeliberation(id, "期间授权测试", false);
    LocalDate day = driver.today();
    ProcessInstance period = authorize("leader", "deputy2", null, day, day.plusDays(2), "休假");
    long m = authorizationId(period);
    driver.deliberate(pi, "APPROVED");
    Task signing = driver.task(pi.getId(), "Task_Signing");
    assertThat(signing.getAssignee()).isEqualTo("deputy2");

    // after the last day the deputy can no longer sign, and the timer hands the task back to the head
    DocumentDriver.setClock(day.plusDays(3), 9);
    assertThatThrownBy(() -> completeAs("deputy2", signing, vars("signingDecision", "SIGN", "signedOn", day.plusDays(3).toString())))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("没有主要负责人在系统中登记的、对本件有效的授权");
    assertThat(driver.runDueTimers(period.getId())).isEqualTo(1);
    assertThat(period).isEnded().hasPassed("EndEvent_Expired");
    assertThat(driver.task(pi.getId(), "Task_Signing").getAssignee()).isEqualTo("leader");
    assertThat(authorizations.get(m).events()).filteredOn(e -> signing.getId().equals(e.taskId()))
        .extracting(HeadAuthorization.Event::kind).containsExactly("HANDED_BACK");

    // revoked: only the head may revoke; the deputy's open tasks go back at once
    LocalDate now = driver.today();
    ProcessInstance revocable = authorize("leader", "deputy1", null, now, now.plusDays(5), "出差");
    long r = authorizationId(revocable);
    assertThat(driver.task(pi.getId(), "Task_Signing").getAssignee()).isEqualTo("deputy1");
    String path = "/api/head-authorizations/" + r + "/revoke";
    assertThat(rest.withBasicAuth("deputy1", "demo").postForEntity(path, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> revoked = rest.withBasicAuth("leader", "demo").postForEntity(path, null, Map.class);
    assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) revoked.getBody().get("summary")).contains("撤销");
    assertThat(revocable).isEnded().hasPassed("EndEvent_Revoked");
    assertThat(driver.task(pi.getId(), "Task_Signing").getAssignee()).isEqualTo("leader");
    assertThatThrownBy(() -> completeAs("deputy1", driver.task(pi.getId(), "Task_Signing"),
        vars("signingDecision", "SIGN", "signedOn", now.toString()))).as("the deputy keeps no grant on the task handed back")
        .isInstanceOf(AuthorizationException.class);
    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> again = rest.withBasicAuth("leader", "demo").postForEntity(path, null, Map.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) again.getBody().get("detail")).contains("已于").contains("撤销");

    driver.sign(pi);
    assertThat(documents.get(id).signedBy()).isEqualTo("leader");
    assertThat(documents.get(id).signingAuthorizationId()).isNull();
  }

  @Test
  @DisplayName("R-ND-14 only the head records an authorization, to a leadership member other than the head, for a registered case, a sane period and a reason")
  void recordingIsChecked() {
    LocalDate today = driver.today();
    long before = recorded();
    assertThatThrownBy(() -> authorize("deputy1", "deputy2", null, today, today.plusDays(1), "代签"))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("只有主要负责人 吴刚 本人可以授权");
    assertThatThrownBy(() -> authorize("leader", "leader", null, today, today.plusDays(1), "x"))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能授权给自己");
    assertThatThrownBy(() -> authorize("leader", "drafter", null, today, today.plusDays(1), "x"))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("代行人须为主要负责人以外的局领导成员（郑伟、冯军）");
    assertThatThrownBy(() -> authorize("leader", "deputy1", "ND-无此文件", today, today.plusDays(1), "x"))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("没有登记号为“ND-无此文件”");
    assertThatThrownBy(() -> authorize("leader", "deputy1", null, today.minusDays(1), today.plusDays(1), "x"))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能早于今天");
    assertThatThrownBy(() -> authorize("leader", "deputy1", null, today.plusDays(2), today.plusDays(1), "x"))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能早于授权开始日期（" + today.plusDays(2) + "）");
    assertThatThrownBy(() -> authorize("leader", "deputy1", null, today, today.plusDays(400), "x"))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能超过 366 日");
    assertThatThrownBy(() -> authorize("leader", "deputy1", null, today, today.plusDays(1), " "))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("授权事由");
    assertThat(recorded()).as("nothing recorded by a refused start").isEqualTo(before);

    long n = authorizationId(authorize("leader", "deputy1", null, today, today.plusDays(3), "出差"));
    assertThatThrownBy(() -> authorize("leader", "deputy2", null, today.plusDays(1), today.plusDays(5), "x"))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("与第 " + n + " 号授权");
    assertThat(recorded()).isEqualTo(before + 1);
  }

  @Test
  @DisplayName("R-ND-14 Tasklist and API: the head starts head-authorization with its form, a deputy is refused in Chinese; auditors read the record, drafters may not")
  @SuppressWarnings("rawtypes")
  void overRest() {
    LocalDate today = workingDays.today();
    Map<String, Object> body = Map.of("variables", Map.of(
        DEPUTY, Map.of("value", "deputy1"), VALID_FROM, Map.of("value", today.toString()),
        VALID_UNTIL, Map.of("value", today.plusDays(1).toString()), AUTHORIZATION_REASON, Map.of("value", "外出开会"),
        // the checklist as Tasklist submits it: a JSON list
        HEAD_ACTS, Map.of("value", "[\"SIGN_DOCUMENT\",\"DECIDE_START\"]", "type", "Json")));
    String start = "/engine-rest/process-definition/key/" + ProcessKeys.HEAD_AUTHORIZATION + "/submit-form";
    ResponseEntity<Map> byDeputy = rest.withBasicAuth("deputy1", "demo").postForEntity(start, body, Map.class);
    assertThat(byDeputy.getStatusCode()).as("a refusal of who tries it is 403").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) byDeputy.getBody().get("message")).contains("只有主要负责人 吴刚 本人可以授权");
    ResponseEntity<Map> byDrafter = rest.withBasicAuth("drafter", "demo").postForEntity(start, body, Map.class);
    assertThat(byDrafter.getStatusCode().is4xxClientError()).as("drafters may not start it").isTrue();
    ResponseEntity<Map> byHead = rest.withBasicAuth("leader", "demo").postForEntity(start, body, Map.class);
    assertThat(byHead.getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<List> list = rest.withBasicAuth("auditor", "demo").getForEntity("/api/head-authorizations", List.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).anySatisfy(a -> assertThat((String) ((Map) a).get("summary")).contains("吴刚 授权 郑伟").contains("外出开会")
        .contains("下列事项：签发规范性文件、决定是否启动重大行政决策程序；"));
    assertThat(rest.withBasicAuth("legal", "demo").getForEntity("/api/head-authorizations", List.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> drafter = rest.withBasicAuth("drafter", "demo").getForEntity("/api/head-authorizations", Map.class);
    assertThat(drafter.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) drafter.getBody().get("detail")).contains("只有监督审计人员");
    ResponseEntity<Map> bad = rest.withBasicAuth("leader", "demo").postForEntity("/api/head-authorizations/x'1/revoke", null, Map.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((String) bad.getBody().get("detail")).contains("没有第");
    assertThat(rest.withBasicAuth("leader", "demo").postForEntity("/api/head-authorizations/999999/revoke", null, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("R-ND-14 the start form offers as deputies exactly the leadership members other than the configured head")
  void formOffersTheDeputies() throws Exception {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/head-authorization-start.form").toFile());
    List<String> offered = new ArrayList<>();
    for (JsonNode component : form.path("components")) {
      if (DEPUTY.equals(component.path("key").asText())) {
        component.path("values").forEach(v -> offered.add(v.path("value").asText()));
      }
    }
    assertThat(offered).containsExactlyInAnyOrderElementsOf(heads.deputyCandidates());
  }

  @Test
  @DisplayName("R-MD-02 the start decision and R-MD-11 the final decision go to the head; a deputy decides only under the head's authorization for that decision")
  void decisionStepsAreTheHeads() {
    DecisionDriver.setClock(DecisionDriver.TODAY);
    DecisionDriver decision = new DecisionDriver(engine, catalogue, workingDays);
    ProcessInstance pi = decision.start("R-MD-02 主要负责人决定启动");
    decision.proposal(pi);
    Task start = decision.task(pi, "Task_DecideStart");
    assertThat(start.getAssignee()).isEqualTo("leader");
    assertThat(candidateGroups(engine, start)).isEmpty();
    Map<String, Object> startValues = vars(MajorDecisionVariables.START_DECISION, MajorDecisionVariables.START,
        MajorDecisionVariables.LEAD_UNIT, "危险化学品安全监督管理处");
    assertThatThrownBy(() -> completeAs("admin", start, startValues)).hasMessageContaining("只有认领人可以办理");
    assertThatThrownBy(() -> engine.getTaskService().complete(start.getId(), startValues))
        .as("nobody logged in").satisfies(DecisionDriver::isRefusal).hasMessageContaining("《重大行政决策程序暂行条例》第十条");
    decision.decideStart(pi);
    assertThat(decisions.get(decision.decisionId(pi)).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.START_DECISION)
        && "leader".equals(r.createdBy()) && r.authorizationId() == null);

    // another decision: the head authorizes deputy1 for that decision only, before the discussion ends
    pi = decision.toDiscussion("R-MD-11 授权代为决定");
    String decisionId = decision.decisionId(pi);
    LocalDate today = workingDays.today();
    long n = authorizationId(authorize("leader", "deputy1", decisionId, today, today.plusDays(300), "回避"));
    decision.members(pi, "APPROVE");
    // R-ND-14, 713 Art 30: the decision after collective discussion is not delegable by default, so it stays
    // with the head even under an authorization naming every other act
    Task head = decision.meetingTask(pi, "Task_OrganDecision");
    assertThat(head.getAssignee()).isEqualTo("leader");
    decision.head(pi, "APPROVE", null);
    DecisionRecord record = decisions.get(decisionId);
    assertThat(record.opinions()).anySatisfy(o -> {
      assertThat(o.role()).isEqualTo(DecisionRepository.ROLE_HEAD);
      assertThat(o.memberId()).isEqualTo("leader");
      assertThat(o.authorizationId()).isNull();
    });
    assertThat(authorizations.get(n).events()).as("nothing of the Art 30 decision handed over or done under it")
        .noneMatch(e -> "行政首长最后发言并作出决定".equals(e.taskName()));

    // R-MD-16: the suspension task follows the same rule while the authorization lasts
    decision.publish(pi);
    // the head's tasks in the called decision-implementation follow the authorization for the decision
    assertThat(decision.implementationTask(pi, "Task_SuspendExecution").getAssignee()).isEqualTo("deputy1");
  }

  @Test
  @DisplayName("R-MD-11 without an authorization the final decision is the configured head's, never a variable's")
  void finalDecisionGoesToTheHead() {
    DecisionDriver.setClock(DecisionDriver.TODAY);
    DecisionDriver decision = new DecisionDriver(engine, catalogue, workingDays);
    ProcessInstance pi = decision.toDiscussion("R-MD-11 主要负责人决定");
    decision.members(pi, "APPROVE");
    Task head = decision.meetingTask(pi, "Task_OrganDecision");
    assertThat(head.getAssignee()).isEqualTo("leader");
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKey("decisionHead");
    assertThatThrownBy(() -> completeAs("admin", head, vars(MajorDecisionVariables.MEETING_DECISION, "APPROVE")))
        .hasMessageContaining("只有认领人可以办理");
    assertThatThrownBy(() -> engine.getTaskService().complete(head.getId(), vars(MajorDecisionVariables.MEETING_DECISION, "APPROVE")))
        .as("nobody logged in").satisfies(DecisionDriver::isRefusal).hasMessageContaining("《重大行政决策程序暂行条例》第三十条");
    decision.head(pi, "APPROVE", null);
    assertThat(decisions.get(decision.decisionId(pi)).opinions())
        .anyMatch(o -> o.role().equals(DecisionRepository.ROLE_HEAD) && o.memberId().equals("leader") && o.authorizationId() == null);
  }

  @Test
  @DisplayName("R-ND-14 an authorization hands over only the acts the head named: a deputy cannot complete an act not covered; another authorization may name it")
  void onlyTheNamedActsAreHandedOver() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = toSigning(id);
    LocalDate today = driver.today();
    long n = authorizationId(authorize("leader", "deputy1", id, today, today.plusDays(3), "回避",
        List.of(HeadAct.Kind.DECIDE_START.name())));
    Task signing = driver.task(pi.getId(), "Task_Signing");
    assertThat(signing.getAssignee()).as("签发 is not named: it stays with the head").isEqualTo("leader");
    assertThat(authorizations.get(n).events()).as("nothing handed over").isEmpty();
    assertThat(authorizations.get(n).acts()).containsExactly(HeadAct.Kind.DECIDE_START);
    assertThat(authorizations.get(n).summary()).contains("决定是否启动重大行政决策程序").doesNotContain("签发规范性文件");
    // even holding the task (claimed by an old release, say) the deputy may not do an act not named
    SystemActions.run(() -> engine.getTaskService().setAssignee(signing.getId(), "deputy1"));
    assertThatThrownBy(() -> completeAs("deputy1", signing, vars("signingDecision", "SIGN", "signedOn", today.toString())))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("授权须载明“签发规范性文件”");
    SystemActions.run(() -> engine.getTaskService().setAssignee(signing.getId(), "leader"));
    assertThat(documents.get(id).signedBy()).isNull();

    // the same case and days, another act, another deputy: allowed; the same act twice is not
    assertThatThrownBy(() -> authorize("leader", "deputy2", id, today, today.plusDays(1), "x",
        List.of(HeadAct.Kind.DECIDE_START.name(), HeadAct.Kind.SIGN_DOCUMENT.name())))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("与第 " + n + " 号授权")
        .hasMessageContaining("都载明“决定是否启动重大行政决策程序”");
    long m = authorizationId(authorize("leader", "deputy2", id, today, today.plusDays(1), "出差",
        List.of(HeadAct.Kind.SIGN_DOCUMENT.name())));
    assertThat(driver.task(pi.getId(), "Task_Signing").getAssignee()).as("handed over under the second").isEqualTo("deputy2");
    assertThat(authorizations.get(m).events()).extracting(HeadAuthorization.Event::kind).containsExactly("HANDED_OVER");
    Map<String, Object> values = vars("signingDecision", "SIGN", "signedOn", today.toString());
    completeAs("deputy2", driver.task(pi.getId(), "Task_Signing"), values);
    assertThat(documents.get(id).signingAuthorizationId()).isEqualTo(m);
    assertThat(documents.get(id).signingNote()).isEqualTo("冯军 依据 吴刚 的授权（第 " + m + " 号）代为签发");
    // the case file says under which authorization, and exactly which acts it covers
    assertThat(rest.withBasicAuth("auditor", "demo").getForObject("/api/audit/cases/" + documents.get(id).reference(),
        String.class)).contains("该授权载明的事项", "签发规范性文件", "冯军 依据 吴刚 的授权（第 " + m + " 号）代为签发");
  }

  @Test
  @DisplayName("R-ND-14 713 Art 30: the decision after collective discussion cannot be delegated by default; normflow.organisation.delegate-collective-decision allows it")
  void collectiveDecisionDelegableOnlyWhenConfigured() {
    LocalDate today = driver.today();
    long before = recorded();
    assertThat(settings.isDelegateCollectiveDecision()).as("the stricter default").isFalse();
    assertThatThrownBy(() -> authorize("leader", "deputy1", null, today, today.plusDays(1), "出差",
        List.of(HeadAct.Kind.DECIDE_DECISION.name(), HeadAct.Kind.SIGN_DOCUMENT.name())))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("“集体讨论后作出决策决定”")
        .hasMessageContaining("第三十条").hasMessageContaining("不得授权代行");
    assertThat(recorded()).isEqualTo(before);

    DecisionDriver.setClock(DecisionDriver.TODAY);
    DecisionDriver decision = new DecisionDriver(engine, catalogue, workingDays);
    ProcessInstance pi = decision.toDiscussion("R-ND-14 第三十条决定的授权");
    String decisionId = decision.decisionId(pi);
    LocalDate day = workingDays.today();
    settings.setDelegateCollectiveDecision(true);
    long n;
    try {
      n = authorizationId(authorize("leader", "deputy1", decisionId, day, day.plusDays(30), "回避",
          List.of(HeadAct.Kind.DECIDE_DECISION.name())));
      assertThat(authorizations.get(n).summary()).contains("集体讨论后作出决策决定").doesNotContain("不生效");
      decision.members(pi, "APPROVE");
      Task head = decision.meetingTask(pi, "Task_OrganDecision");
      assertThat(head.getAssignee()).isEqualTo("deputy1");
      assertThatThrownBy(() -> completeAs("deputy2", head, vars(MajorDecisionVariables.MEETING_DECISION, "APPROVE")))
          .as("another deputy").isInstanceOf(ProcessEngineException.class);
    } finally {
      settings.setDelegateCollectiveDecision(false);
    }
    // switched back off (the organisation changed its rule): the recorded authorization no longer covers it
    Task head = decision.meetingTask(pi, "Task_OrganDecision");
    assertThatThrownBy(() -> completeAs("deputy1", head, vars(MajorDecisionVariables.MEETING_DECISION, "APPROVE")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不得授权代行");
    assertThat(authorizations.get(n).summary()).contains("本机关规定不得代行，不生效");
    settings.setDelegateCollectiveDecision(true);
    try {
      decision.head(pi, "APPROVE", null);
    } finally {
      settings.setDelegateCollectiveDecision(false);
    }
    assertThat(decisions.get(decisionId).opinions()).anySatisfy(o -> {
      assertThat(o.role()).isEqualTo(DecisionRepository.ROLE_HEAD);
      assertThat(o.memberId()).isEqualTo("deputy1");
      assertThat(o.authorizationId()).isEqualTo(n);
      assertThat(o.signature()).isEqualTo("郑伟 依据 吴刚 的授权（第 " + n + " 号）代为作出决定");
    });
  }

  @Test
  @DisplayName("R-ND-14 R-C-06 dishonest starts: forged act lists (unknown act, not a list, none ticked) and the administrator in the head's name are refused, nothing recorded")
  void forgedScopeIsRefused() {
    LocalDate today = driver.today();
    long before = recorded();
    assertThatThrownBy(() -> authorize("leader", "deputy1", null, today, today.plusDays(1), "x", List.of("EVERYTHING")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("只能从表单所列的主要负责人职权事项中勾选");
    assertThatThrownBy(() -> authorize("leader", "deputy1", null, today, today.plusDays(1), "x", "SIGN_DOCUMENT"))
        .as("a typed text, not a ticked list").satisfies(DecisionDriver::isRefusal).hasMessageContaining("授权代行的事项");
    assertThatThrownBy(() -> authorize("leader", "deputy1", null, today, today.plusDays(1), "x", List.of()))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("至少一项");
    assertThatThrownBy(() -> authorize("leader", "deputy1", null, today, today.plusDays(1), "x", null))
        .as("left empty").satisfies(DecisionDriver::isRefusal).hasMessageContaining("至少一项");
    assertThatThrownBy(() -> authorize("admin", "deputy1", null, today, today.plusDays(1), "局长出差", DELEGABLE))
        .as("the administrator in the head's name").hasMessageContaining("不能代主要负责人授权代行");
    assertThat(recorded()).as("nothing recorded by a refused start").isEqualTo(before);
  }
}
