package org.normflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.WebappSession;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.catalogue.CatalogueService;
import org.normflow.decision.DecisionDriver;
import org.normflow.process.MajorDecisionVariables;
import org.normflow.security.PermissionMatrix.Role;
import org.normflow.security.PermissionMatrix.Row;
import org.normflow.security.PermissionMatrix.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15: every cell of {@link PermissionMatrix}, for every role of DESIGN.md and the public, through
 * the API its row names. An allowed cell must succeed (2xx, the action done); a refused one must be
 * answered 401, 403 or 404 with a message, never a server error. The task rows are checked on every task
 * of a real normative document, from its start by a drafter to its entry into force, each completed
 * over REST by the clerk it is offered to.
 */
@NormFlowSpringTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PermissionMatrixTests {

  static final Path SECURITY_DOC = Path.of("docs/security.md");
  static final String BEGIN = "<!-- permission-matrix:begin (generated from security/PermissionMatrix.java) -->";
  static final String END = "<!-- permission-matrix:end -->";

  /** What an error answer must never show: SQL, stack frames, exception class names (as validation.ErrorBodies). */
  static final java.util.regex.Pattern LEAK = java.util.regex.Pattern.compile(
      "SQL|###|\\bat [a-z]+\\.[\\w.$]+\\(|Exception:|jdbc", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Cells checked so far, across the test methods of this class, and what went wrong. */
  static final Set<String> CHECKED = new TreeSet<>();
  static int cells;
  static final List<String> FAILURES = new ArrayList<>();

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar calendar;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** A year no other test's catalogue case keeps (issue 22: one case keeps a year's catalogue). */
  int freeCatalogueYear() {
    for (int year = 2030; year < 2060; year++) {
      if (jdbc.sql("SELECT COUNT(*) FROM nf_catalogue WHERE catalogue_year = ?").param(year).query(Long.class).single() == 0) {
        return year;
      }
    }
    throw new AssertionError("no free catalogue year");
  }
  @LocalServerPort int port;

  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void reset() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  record Answer(int status, String body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  Answer call(Role role, String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (role.user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((role.user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(answer.statusCode(), answer.body());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(method + " " + path, e);
    }
  }

  /** Checks one cell: allowed means 2xx, refused means 401/403/404 with a message; never 5xx. */
  static void cell(Row row, Role role, Answer answer) {
    cells++;
    CHECKED.add(row.id() + "|" + role);
    String where = row.id() + " as " + role + " (" + role.user + "): " + answer.status() + " "
        + (answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body());
    if (answer.status() >= 500) {
      FAILURES.add("server error: " + where);
    } else if (row.allows(role) && !answer.ok()) {
      FAILURES.add("allowed but refused: " + where);
    } else if (!row.allows(role)) {
      if (answer.ok()) {
        FAILURES.add("refused in the matrix but done: " + where);
      } else if (!Set.of(401, 403, 404).contains(answer.status())) {
        FAILURES.add("refused with " + answer.status() + " instead of 401/403/404: " + where);
      } else if (answer.body().isBlank() && answer.status() != 401) {
        FAILURES.add("refused without a message: " + where);
      } else if (LEAK.matcher(answer.body()).find()) {
        FAILURES.add("refusal leaks internals: " + where);
      }
    }
  }

  void cell(String rowId, Role role, Answer answer) {
    cell(PermissionMatrix.row(rowId), role, answer);
  }

  static String vars(Object... keyValues) {
    StringBuilder body = new StringBuilder("{\"variables\":{");
    for (int i = 0; i < keyValues.length; i += 2) {
      body.append(i == 0 ? "" : ",").append('"').append(keyValues[i]).append("\":").append(value(keyValues[i + 1]));
    }
    return body.append("}}").toString();
  }

  static String value(Object value) {
    try {
      if (value instanceof Date date) {
        return "{\"value\":\"" + new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(date) + "\",\"type\":\"Date\"}";
      }
      if (value instanceof org.camunda.spin.plugin.variable.value.JsonValue json) {
        // a form-js list (e.g. the comment rows) travels as the engine's Json type
        return "{\"value\":" + new ObjectMapper().writeValueAsString(json.getValue().toString()) + ",\"type\":\"Json\"}";
      }
      return "{\"value\":" + new ObjectMapper().writeValueAsString(value) + "}";
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static String vars(Map<String, Object> values) {
    List<Object> flat = new ArrayList<>();
    values.forEach((k, v) -> {
      flat.add(k);
      flat.add(v);
    });
    return vars(flat.toArray());
  }

  JsonNode read(Answer answer) {
    try {
      return json.readTree(answer.body());
    } catch (IOException e) {
      throw new AssertionError(answer.body(), e);
    }
  }

  // ---- the table in docs/security.md

  @Test
  @Order(1)
  @DisplayName("docs/security.md shows exactly the permission matrix the test checks")
  void documentedTableIsTheMatrix() throws IOException {
    String doc = Files.readString(SECURITY_DOC);
    String table = PermissionMatrix.markdown();
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertThat(begin).as("docs/security.md has the marker " + BEGIN).isNotNegative();
    String documented = doc.substring(begin + BEGIN.length(), end).strip();
    assertThat(documented).as("the table of docs/security.md; paste:\n" + table).isEqualTo(table.strip());
  }

  // ---- starting each process

  @Test
  @Order(2)
  @DisplayName("R-C-02 every role starts exactly the processes the matrix allows")
  void starts() {
    LocalDate today = calendar.today();
    int catalogueYear = freeCatalogueYear();
    for (Role role : Role.values()) {
      cell("start.normative-document", role, call(role, "POST",
          "/engine-rest/process-definition/key/normative-document/start",
          vars("title", "权限矩阵：发起测试", "docType", "通知", "issuingUnit", "市应急管理局")));
      cell("start.major-decision", role, call(role, "POST", "/engine-rest/process-definition/key/major-decision/start",
          vars("title", "权限矩阵：目录外决策（" + role.name() + "）", "proposedLeadUnit", "应急救援科", "adjustmentReason", "年度中新增的紧急事项")));
      cell("start.head-authorization", role, call(role, "POST",
          "/engine-rest/process-definition/key/head-authorization/start",
          vars("deputy", "deputy1", "validFrom", today.plusDays(3L * role.ordinal()).toString(),
              "validUntil", today.plusDays(3L * role.ordinal() + 1).toString(),
              "authorizationReason", "外出开会",
              "headActs", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"SIGN_DOCUMENT\"]").create())));
      cell("start.periodic-cleanup", role, call(role, "POST", "/engine-rest/process-definition/key/periodic-cleanup/start",
          vars("cleanupScope", "LEGAL_BASIS", "scopeLegalBasis", "《权限矩阵测试条例》", "cleanupReason", "上位法修改")));
      cell("start.decision-catalogue", role, call(role, "POST",
          "/engine-rest/process-definition/key/decision-catalogue/start",
          vars("catalogueYear", catalogueYear)));
    }
  }

  // ---- one case, every task of it

  /** Runs every task of the case through the task rows before the clerk it is offered to completes it over REST. */
  class MatrixDriver extends DocumentDriver {
    MatrixDriver() {
      super(engine, calendar);
    }

    @Override
    public void complete(String processInstanceId, String taskKey, Map<String, Object> values) {
      Task task = task(processInstanceId, taskKey);
      assertThat(task).as("open task " + taskKey).isNotNull();
      completeChecked(task, values);
    }

    /** The task rows of the task's kind for every role, then its worker completes it over REST. */
    void completeChecked(Task task, Map<String, Object> values) {
      String taskKey = task.getTaskDefinitionKey();
      TaskKind kind = kindOf(task);
      assertThat(kind).as("whom is %s (assignee %s) offered to?", taskKey, task.getAssignee()).isNotNull();
      String doer = Clerks.clerkFor(engine, task);
      String path = "/engine-rest/task/" + task.getId();
      for (Role role : Role.values()) {
        cell("task." + kind.id + ".see", role, call(role, "GET", path, null));
      }
      for (Role role : Role.values()) {
        if (role.user != null && role.user.equals(doer)) {
          continue;
        }
        Row claim = PermissionMatrix.row("task." + kind.id + ".claim");
        Answer claimed = call(role, "POST", path + "/claim", "{\"userId\":\"" + role.user + "\"}");
        cell(claim, role, claimed);
        if (claimed.ok() && !kind.assigned) {
          assertThat(call(role, "POST", path + "/unclaim", null).status()).as("%s gives %s back", role, taskKey)
              .isEqualTo(204);
        }
        if (!claim.allows(role)) {
          // a refused completion, even of an empty form, changes nothing
          cell("task." + kind.id + ".complete", role, call(role, "POST", path + "/complete", "{\"variables\":{}}"));
        }
      }
      othersMayComplete(task, kind, doer);
      Role worker = roleOf(doer);
      cell("task." + kind.id + ".claim", worker, call(worker, "POST", path + "/claim", "{\"userId\":\"" + doer + "\"}"));
      Answer done = call(worker, "POST", path + "/complete", vars(values));
      cell("task." + kind.id + ".complete", worker, done);
      assertThat(done.status()).as("%s completes %s: %s", doer, taskKey, done.body()).isEqualTo(204);
    }

    /**
     * Before the worker completes the task, the others it is offered to (the leadership's members)
     * submit it with a wrongly typed field: refused for its content (400 naming the field), which the
     * boundary checks only after who may do the step; the task is done once, by its worker.
     */
    void othersMayComplete(Task task, TaskKind kind, String doer) {
      String path = "/engine-rest/task/" + task.getId() + "/complete";
      String field = firstTextField(task);
      for (Role other : PermissionMatrix.row("task." + kind.id + ".complete").allowed()) {
        if (other.user.equals(doer)) {
          continue;
        }
        Answer answer = call(other, "POST", path, vars(field, true));
        cells++;
        CHECKED.add("task." + kind.id + ".complete|" + other);
        if (answer.status() != 400 || !answer.body().contains("应为")) {
          FAILURES.add("task." + kind.id + ".complete as " + other + " not refused for its content but "
              + answer.status() + " " + answer.body());
        }
      }
    }
  }

  /** The key of the first text field the task's form lets the clerk write. */
  String firstTextField(Task task) {
    Task withForm = engine.getTaskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
    try {
      JsonNode form = json.readTree(Path.of("forms", withForm.getCamundaFormRef().getKey() + ".form").toFile());
      for (JsonNode component : form.findParents("key")) {
        if (Set.of("textfield", "textarea").contains(component.path("type").asText())
            && !component.path("readonly").asBoolean() && !component.path("disabled").asBoolean()) {
          return component.path("key").asText();
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no text field in the form of " + task.getTaskDefinitionKey());
  }

  TaskKind kindOf(Task task) {
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType()) || link.getGroupId() == null) {
        continue;
      }
      switch (link.getGroupId()) {
        case "legal-office" -> { return TaskKind.LEGAL; }
        case "legal-advisors" -> { return TaskKind.ADVISORS; }
        case "fair-competition" -> { return TaskKind.FCR; }
        case "leadership" -> { return TaskKind.LEADERSHIP; }
        case "integrity" -> { return TaskKind.INTEGRITY; }
        case "organ-office" -> { return TaskKind.OFFICE; }
        default -> { return TaskKind.UNIT; }
      }
    }
    if (task.getAssignee() == null) {
      throw new AssertionError("whom is " + task.getTaskDefinitionKey() + " offered to?");
    }
    // an assigned task: the kind of whom the engine assigned it to
    if (task.getAssignee().equals(Role.HEAD.user)) {
      return Set.of("Task_HeadDecision", "Task_OrganDecision").contains(task.getTaskDefinitionKey())
          ? TaskKind.HEAD_DECISION : TaskKind.HEAD;
    }
    if (task.getAssignee().equals(Role.EXPERT.user)) {
      return TaskKind.EXPERT;
    }
    if (task.getAssignee().equals(Role.MEMBER.user)) {
      return TaskKind.MEMBER;
    }
    return null;
  }

  static Role roleOf(String user) {
    for (Role role : Role.values()) {
      if (user.equals(role.user)) {
        return role;
      }
    }
    throw new AssertionError("no role for " + user);
  }

  @Test
  @Order(3)
  @DisplayName("R-C-02 R-C-05 a normative document from start to entry into force: every task, the case's data, history, trail, registry record and comments, per role")
  void aCaseAndEveryTaskOfIt() {
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
    MatrixDriver driver = new MatrixDriver();
    Answer started = call(Role.DRAFTER, "POST", "/engine-rest/process-definition/key/normative-document/start",
        vars(DocumentDriver.startValues("权限矩阵：危险化学品储备管理办法", true, false)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String id = read(started).path("id").asText();
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    driver.confirm(pi, true, false);
    String documentId = (String) engine.getRuntimeService().getVariable(id, "documentId");

    caseRows(id, documentId);
    driver.draft(pi);
    driver.fairCompetition(pi, DocumentDriver.fcrPasses());
    ProcessInstance consultation = driver.calledInstance(pi, "public-consultation");
    driver.publishNotice(consultation, 30, null);
    commentRows(consultation.getId(), documentId);
    driver.closeConsultation(consultation);
    driver.disposeAllAdopted(consultation);
    driver.legalityReview(pi, "LAWFUL");
    driver.deliberate(pi, "APPROVED");
    driver.toInForce(pi);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count())
        .as("in force: the case waits for its validity").isLessThanOrEqualTo(1);
    String docNumber = (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableName("docNumber").singleResult().getValue();
    abolitionRow(docNumber);
    challengeRow(docNumber);
  }

  void caseRows(String processInstanceId, String documentId) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
    String reference = (String) engine.getRuntimeService().getVariable(processInstanceId, "caseReference");
    for (Role role : Role.values()) {
      cell("case.task", role, call(role, "GET", "/engine-rest/task/" + task.getId(), null));
      cell("case.variables", role, call(role, "GET", "/engine-rest/process-instance/" + processInstanceId + "/variables", null));
      cell("case.history", role, call(role, "GET", "/engine-rest/history/process-instance/" + processInstanceId, null));
      cell("case.trail", role, call(role, "GET", "/api/audit/processes/" + processInstanceId, null));
      cell("case.workbench", role, call(role, "GET", "/api/audit/cases/"
          + URLEncoder.encode(reference == null ? documentId : reference, StandardCharsets.UTF_8), null));
      cell("case.registry", role, call(role, "GET", "/api/documents/" + documentId, null));
      cell("registry.list", role, call(role, "GET", "/api/documents", null));
      cell("registry.public", role, call(role, "GET", "/public/documents", null));
    }
  }

  void commentRows(String consultationId, String documentId) {
    for (Role role : Role.values()) {
      cell("comments.submit", role, call(role, "POST", "/api/public/consultations/" + documentId + "/comments",
          "{\"text\":\"权限矩阵：" + role.label + "的意见\",\"name\":\"张三\"}"));
    }
    JsonNode comments = read(call(Role.AUDITOR, "GET", "/api/consultations/" + consultationId + "/comments", null));
    long commentId = comments.get(0).path("id").asLong();
    String moderation = "{\"commentIds\":[" + commentId + "],\"status\":\"PUBLISHED\"}";
    for (Role role : Role.values()) {
      cell("comments.read", role, call(role, "GET", "/api/consultations/" + consultationId + "/comments", null));
      if (role != Role.DRAFTER) {
        cell("comments.moderate", role, call(role, "POST", "/api/consultations/" + consultationId + "/moderation", moderation));
      }
    }
    cell("comments.moderate", Role.DRAFTER,
        call(Role.DRAFTER, "POST", "/api/consultations/" + consultationId + "/moderation", moderation));
  }

  void abolitionRow(String docNumber) {
    for (Role role : Role.values()) {
      if (role != Role.LEGAL) {
        cell("start.document-abolition", role, call(role, "POST",
            "/engine-rest/process-definition/key/document-abolition/start", abolition(docNumber)));
      }
    }
    cell("start.document-abolition", Role.LEGAL, call(Role.LEGAL, "POST",
        "/engine-rest/process-definition/key/document-abolition/start", abolition(docNumber)));
  }

  /** R-ND-15: only the legal office registers an incidental review of a published document. */
  void challengeRow(String docNumber) {
    for (Role role : Role.values()) {
      String body = vars("reviewBody", "市人民政府", "reviewCaseNumber", "权限矩阵复〔2026〕" + role.ordinal() + "号",
          "challengedDocNumber", docNumber, "receivedOn", DocumentDriver.engineToday().toString(),
          "questionedClauses", "第三条");
      cell("start.document-challenge", role, call(role, "POST",
          "/engine-rest/process-definition/key/document-challenge/start", body));
    }
  }

  static String abolition(String docNumber) {
    return vars("abolitionDocNumber", docNumber, "abolitionGround", "SUPERIOR_LAW_CHANGED",
        "abolitionReason", "上位法已经废止", "abolitionChannel", "PORTAL");
  }

  @Test
  @Order(4)
  @DisplayName("only the drafter's own unit withdraws a document before it is numbered")
  void withdrawal() {
    Answer started = call(Role.DRAFTER, "POST", "/engine-rest/process-definition/key/normative-document/start",
        vars("title", "权限矩阵：撤回测试", "docType", "通知", "issuingUnit", "市应急管理局"));
    String id = read(started).path("id").asText();
    DocumentDriver.legalOfficeConfirmsInstance(engine, id, false, false);
    String documentId = (String) engine.getRuntimeService().getVariable(id, "documentId");
    String body = "{\"reason\":\"权限矩阵：不再需要\"}";
    for (Role role : Role.values()) {
      if (role != Role.DRAFTER) {
        cell("case.withdraw", role, call(role, "POST", "/api/documents/" + documentId + "/withdraw", body));
      }
    }
    cell("case.withdraw", Role.DRAFTER, call(Role.DRAFTER, "POST", "/api/documents/" + documentId + "/withdraw", body));
  }

  @Test
  @Order(5)
  @DisplayName("R-MD-01 every clerk reads the catalogue (issue 22: it is written only by its Tasklist procedure, whose start is the legal office's)")
  void catalogue() {
    int year = 2090 + (int) (Math.random() * 9);
    for (int y = 2080; y < 2099; y++) {
      if (call(Role.AUDITOR, "GET", "/api/catalogue/" + y, null).status() == 404) {
        year = y;
        break;
      }
    }
    // a catalogue to read, seeded as CatalogueService.addItem documents (no procedure keeps this year)
    catalogueService.addItem(year, new CatalogueService.NewItem("权限矩阵：读取目录", "应急救援科", null, false, null), "legal");
    for (Role role : Role.values()) {
      cell("registry.catalogue", role, call(role, "GET", "/api/catalogue/" + year, null));
    }
  }

  @Test
  @Order(6)
  @DisplayName("the webapps: each role logs into the webapps it may use, uses their APIs only then, and only administrators manage users")
  void webapps() throws Exception {
    for (Role role : Role.values()) {
      for (String app : List.of("tasklist", "cockpit", "admin")) {
        WebappSession session = new WebappSession(port);
        int login = session.login(app, role.user == null ? "" : role.user, role.user == null ? "" : "demo");
        cell("webapp." + app, role, new Answer(login, login == 200 ? "" : "login refused"));
      }
      WebappSession session = new WebappSession(port);
      if (role.user != null) {
        session.login("tasklist", role.user, "demo");
      }
      var cockpit = session.get("/camunda/api/cockpit/plugin/base/default/process-instance?maxResults=1");
      cell("webapp.cockpit-api", role, new Answer(cockpit.statusCode(), cockpit.body()));
      String user = "mxw" + role.ordinal() + UUID.randomUUID().toString().substring(0, 6);
      var created = session.post("/camunda/api/engine/engine/default/user/create", newUser(user));
      cell("webapp.create-user", role, new Answer(created.statusCode(), created.body()));
      removeUser(user);
    }
  }

  static String newUser(String id) {
    return "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"测试\",\"lastName\":\"用户\",\"email\":\"" + id
        + "@normflow.example\"},\"credentials\":{\"password\":\"Matrix-Test-2026\"}}";
  }

  void removeUser(String id) {
    if (engine.getIdentityService().createUserQuery().userId(id).count() > 0) {
      engine.getIdentityService().deleteUser(id);
    }
  }

  @Test
  @Order(7)
  @DisplayName("only administrators create users and grant authorizations; auditors and administrators read deployments")
  void administration() {
    String deployment = engine.getRepositoryService().createDeploymentQuery().list().get(0).getId();
    for (Role role : Role.values()) {
      String user = "mxr" + role.ordinal() + UUID.randomUUID().toString().substring(0, 6);
      cell("admin.create-user", role, call(role, "POST", "/engine-rest/user/create", newUser(user)));
      removeUser(user);
      Answer granted = call(role, "POST", "/engine-rest/authorization/create",
          "{\"type\":1,\"permissions\":[\"READ\"],\"userId\":\"drafter\",\"resourceType\":6,\"resourceId\":\"matrix-"
              + role.ordinal() + "\"}");
      cell("admin.authorization", role, granted);
      if (granted.ok()) {
        engine.getAuthorizationService().deleteAuthorization(read(granted).path("id").asText());
      }
      cell("admin.deployment", role, call(role, "GET", "/engine-rest/deployment/" + deployment, null));
    }
  }

  @Test
  @Order(8)
  @DisplayName("R-C-01 every clerk reads the working-day calendar; only administrators load a year's holidays")
  void calendar() throws Exception {
    int year = calendar.today().getYear();
    for (Role role : Role.values()) {
      cell("calendar.read", role, call(role, "GET", "/api/calendar/years/" + year, null));
    }
    // the year loaded again exactly as it is: an allowed update changes no deadline of the shared cases
    JsonNode current = read(call(Role.ADMIN, "GET", "/api/calendar/years/" + year, null));
    String sameTable = new ObjectMapper().writeValueAsString(
        Map.of("source", current.path("source").asText("权限矩阵：原样重载"), "days", current.path("days")));
    for (Role role : Role.values()) {
      cell("calendar.change", role, call(role, "PUT", "/api/calendar/years/" + year, sameTable));
    }
  }

  /** The task kinds of a major decision that a normative document has not. */
  static final Set<TaskKind> DECISION_KINDS = Set.of(TaskKind.EXPERT, TaskKind.MEMBER, TaskKind.INTEGRITY,
      TaskKind.HEAD_DECISION, TaskKind.OFFICE);

  @Autowired CatalogueService catalogueService;

  @Test
  @Order(9)
  @DisplayName("R-MD-06 R-C-04 R-MD-11 a major decision: the expert's opinion, the integrity review, a member's opinion and the head's decision, per role")
  void aMajorDecisionsOwnTasks() {
    DecisionDriver.setClock(DecisionDriver.TODAY);
    MatrixDriver matrix = new MatrixDriver();
    List<String> checked = new ArrayList<>();
    DecisionDriver driver = new DecisionDriver(engine, catalogueService, calendar, (task, values) -> {
      TaskKind kind = kindOf(task);
      if (kind != null && DECISION_KINDS.contains(kind)) {
        checked.add(task.getTaskDefinitionKey() + "=" + kind.id);
        matrix.completeChecked(task, values);
      } else {
        Clerks.complete(engine, task, values);
      }
    });
    // a technical matter: the legal office names the expert, whose opinion the engine assigns to them
    ProcessInstance technical = driver.throughParticipation("权限矩阵：专家论证事项",
        DecisionDriver.vars(MajorDecisionVariables.TECHNICAL, true), false);
    driver.complete(technical, "Task_SelectExperts", DecisionDriver.vars(MajorDecisionVariables.EXPERTS, List.of("expert"),
        MajorDecisionVariables.CONFLICT_CHECK, "已核查，无利害关系", MajorDecisionVariables.DIFFERENT_VIEWS, "YES", MajorDecisionVariables.DISSENTING_EXPERT, "expert"));
    assertThat(engine.getTaskService().getIdentityLinksForTask(driver.task(technical, "Task_ExpertOpinion").getId()))
        .as("the expert's opinion is assigned to the named expert only")
        .allMatch(link -> IdentityLinkType.ASSIGNEE.equals(link.getType()) && "expert".equals(link.getUserId()));
    driver.complete(technical, "Task_ExpertOpinion", DecisionDriver.vars(MajorDecisionVariables.EXPERT_OPINION, "可行",
        MajorDecisionVariables.EXPERT_SIGNATURE, "孙专家", MajorDecisionVariables.EXPERT_NO_INTEREST, true));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(technical.getId())
        .taskDefinitionKey("Task_ExpertAdoptionReport").count()).as("the expert's opinion is done").isEqualTo(1);
    // a plain decision through the integrity review (switched on: normflow.decision.integrity-review-enabled),
    // the members' opinions and the head's decision
    ProcessInstance pi = driver.toDiscussion("权限矩阵：集体讨论事项");
    List<Task> opinions = engine.getTaskService().createTaskQuery().processInstanceId(driver.organMeeting(pi).getId())
        .taskDefinitionKey("Task_MemberOpinion").list();
    assertThat(opinions).as("a member's opinion is assigned to %s", Role.MEMBER.user)
        .anyMatch(t -> Role.MEMBER.user.equals(t.getAssignee()));
    driver.members(pi, "APPROVE");
    assertThat(driver.meetingTask(pi, "Task_OrganDecision").getAssignee()).as("the head decides").isEqualTo(Role.HEAD.user);
    driver.head(pi, "APPROVE", null);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_Publication").count()).as("approved: waiting for publication").isEqualTo(1);
    assertThat(checked).containsExactlyInAnyOrder("Task_ExpertOpinion=expert", "Task_IntegrityReview=integrity",
        "Task_RecordAttendance=office", "Task_MemberOpinion=member", "Task_OrganDecision=head-decision",
        "Task_KeepMinutes=office", "Task_HeadDecision=head-decision", "Task_PartyCommitteeReport=office");
  }

  @Test
  @Order(100)
  @DisplayName("every cell of the permission matrix was checked, and each held")
  void everyCellChecked() {
    List<String> unchecked = new ArrayList<>();
    for (Row row : PermissionMatrix.ROWS) {
      for (Role role : Role.values()) {
        if (!CHECKED.contains(row.id() + "|" + role)) {
          unchecked.add(row.id() + "|" + role);
        }
      }
    }
    System.out.println("permission matrix: " + cells + " cells checked (" + PermissionMatrix.ROWS.size() + " rows x "
        + Role.values().length + " roles, task rows on every task of a case)");
    assertThat(FAILURES).as("cells that did not hold").isEmpty();
    assertThat(unchecked).as("cells never checked").isEmpty();
  }
}
