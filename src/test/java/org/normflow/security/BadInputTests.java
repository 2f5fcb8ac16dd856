package org.normflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.normflow.ModelTasks;
import org.normflow.ModelTasks.ModelTask;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.WebappSession;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, bad input: generated malformed, oversized, wrongly typed, wrongly encoded, script-carrying
 * and invisible-character inputs and dates out of range, sent to every form submission path (every
 * task form and start form, over {@code /engine-rest} and over Tasklist's own API with its session and
 * CSRF token), to the public comment endpoint and to NormFlow's {@code /api}. Every answer must be a
 * 4xx with a message (Chinese on Tasklist's path and on the public and NormFlow APIs), never a 5xx;
 * nothing from a refused request is stored (the task is still open, the case's variables are unchanged,
 * no registry row appears), and valid submissions sent in between are all kept.
 *
 * <p>The inputs are generated from the forms in {@code forms/} and the models in {@code bpmn/} by a
 * seeded generator (seed printed; {@code -Dnormflow.bad-input.seed=N} repeats a run), written here rather
 * than with a property-testing library so the suite runs in the one shared Spring context.
 */
@NormFlowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputTests {

  static final Path FORMS = Path.of("forms");
  static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
  static final Pattern LEAK = Pattern.compile(
      "SQL|###|\\bat [a-z]+\\.[\\w.$]+\\(|Exception:|jdbc|org\\.camunda|com\\.fasterxml|java\\.lang", Pattern.CASE_INSENSITIVE);

  static int sent;
  static int serverErrors;
  static final List<String> FAILURES = new ArrayList<>();

  final long seed = Long.getLong("normflow.bad-input.seed", 20261130L);
  final Random random = new Random(seed);
  final ObjectMapper json = new ObjectMapper();
  final HttpClient http = HttpClient.newHttpClient();
  final Map<String, WebappSession> sessions = new HashMap<>();
  final List<String> temporaryUsers = new ArrayList<>();

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired WorkingDayCalendar calendar;
  @LocalServerPort int port;

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @AfterAll
  void removeTemporaryUsers() {
    temporaryUsers.forEach(engine.getIdentityService()::deleteUser);
  }

  // ---- what is sent, and how each answer is judged

  /** One generated input: its kind (for the report), a body as bytes and its content type. */
  record Input(String kind, byte[] body, String contentType) {
    static Input json(String kind, String body) {
      return new Input(kind, body.getBytes(StandardCharsets.UTF_8), "application/json");
    }
  }

  record Answer(int status, String body) {}

  Answer engineRest(String user, String path, Input input) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", input.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(input.body()));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8)));
    }
    return send(request.build());
  }

  Answer send(HttpRequest request) {
    try {
      HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(answer.statusCode(), answer.body());
    } catch (IOException e) {
      // the server may answer 413 and close before the whole body is sent
      return new Answer(413, "（连接在发送完之前被服务器关闭）提交的内容过大");
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  Answer tasklist(String user, String path, Input input) {
    WebappSession session = sessions.computeIfAbsent(user, u -> {
      WebappSession s = new WebappSession(port);
      try {
        assertThat(s.login("tasklist", u, password(u))).as("%s logs into Tasklist", u).isEqualTo(200);
      } catch (IOException | InterruptedException e) {
        throw new AssertionError(e);
      }
      return s;
    });
    try {
      HttpResponse<String> answer = session.post("/camunda/api/engine/engine/default" + path, input.body(),
          input.contentType());
      return new Answer(answer.statusCode(), answer.body());
    } catch (IOException e) {
      return new Answer(413, "（连接在发送完之前被服务器关闭）提交的内容过大");
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** A refused input: 4xx with a readable message that leaks nothing; Chinese where a clerk reads it. */
  void refused(String where, Input input, Answer answer, boolean clerkReads) {
    sent++;
    String sentBody = new String(input.body(), StandardCharsets.UTF_8);
    String what = where + " [" + input.kind() + ": " + (sentBody.length() > 80 ? sentBody.substring(0, 80) : sentBody)
        + "] answered " + answer.status() + ": "
        + (answer.body().length() > 240 ? answer.body().substring(0, 240) : answer.body());
    if (answer.status() >= 500) {
      serverErrors++;
      FAILURES.add("server error: " + what);
    } else if (answer.status() < 400) {
      FAILURES.add("accepted: " + what);
    } else if (answer.body().isBlank()) {
      FAILURES.add("no message: " + what);
    } else if (LEAK.matcher(answer.body()).find()) {
      FAILURES.add("leaks internals: " + what);
    } else if (clerkReads && !CHINESE.matcher(answer.body()).find()) {
      FAILURES.add("not in Chinese: " + what);
    }
  }

  // ---- the generator

  static final String[] INVISIBLE = {"\u0000", "\u0007", "\u001b", "\u007f", "\u200b", "\u200c", "\u200d", "\ufeff",
      "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u2060"};
  static final String[] SCRIPTS = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${7*7}", "#{7*7}",
      "{{constructor.constructor('alert(1)')()}}", "javascript:alert(1)", "' OR '1'='1' --", "[链接](javascript:alert(1))",
      "<!-- -->", "\"; DROP TABLE nf_document; --", "${execution.setVariable('documentId','x')}"};
  static final String[] BAD_DATES = {"0001-01-01", "9999-12-31", "1900-01-01", "2200-06-01", "2026-02-30", "2026-13-01",
      "2026-00-10", "20260301", "2026/03/01", "明天", "-2026-03-01", "2026-03-01T25:00"};
  static final String[] MALFORMED = {"", "{", "}", "{\"variables\":", "{\"variables\":{\"x\":}}", "[]", "[1,2,3]",
      "\"text\"", "42", "true", "{\"variables\":[]}", "{\"variables\":\"x\"}", "{\"variables\":{\"a\":{\"value\":1,}}}",
      "{'variables':{}}", "{\"variables\":{}}}}", "\u0000\u0001\u0002", "<xml/>", "variables=1",
      "{\"variables\":{\"a\":{\"value\":\"unterminated}}}", "{\"variables\":{\"a\":{\"value\":1e99999}}}"};

  String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  String chinese(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append((char) (0x4e00 + random.nextInt(0x51a5)));
    }
    return text.toString();
  }

  /** A JSON string literal that keeps every character visible as an escape. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  static String variables(Map<String, String> typedValues) {
    StringBuilder body = new StringBuilder("{\"variables\":{");
    typedValues.forEach((k, v) -> body.append(body.length() > 14 ? "," : "").append(literal(k)).append(':').append(v));
    return body.append("}}").toString();
  }

  /**
   * Inputs for a form with these writable fields, every one of them wrong in at least one way (a valid
   * submission would complete the task): malformed and oversized bodies, wrong types, invisible
   * characters, texts too long, undeclared variables, bad encodings, dates out of range.
   */
  List<Input> badInputs(Map<String, String> fields, int count) {
    List<Input> inputs = new ArrayList<>();
    List<String> texts = fields.entrySet().stream().filter(e -> e.getValue().equals("text") || e.getValue().equals("date"))
        .map(Map.Entry::getKey).toList();
    List<String> dates = fields.entrySet().stream().filter(e -> e.getValue().equals("date")).map(Map.Entry::getKey).toList();
    List<String> keys = new ArrayList<>(fields.keySet());
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(12);
      String key = keys.isEmpty() ? null : keys.get(random.nextInt(keys.size()));
      String type = key == null ? null : fields.get(key);
      String text = texts.isEmpty() ? null : texts.get(random.nextInt(texts.size()));
      switch (kind) {
        case 0 -> inputs.add(Input.json("malformed JSON", pick(MALFORMED)));
        case 1 -> inputs.add(Input.json("deeply nested JSON",
            "{\"variables\":{\"x\":{\"value\":" + "[".repeat(2000 + random.nextInt(3000)) + "}}}"));
        case 2 -> inputs.add(Input.json("undeclared variable", variables(Map.of(
            pick(new String[] {"documentId", "legalityOutcome", "headOfOrganisation", "x" + random.nextInt(1000),
                "caseUnit", "__proto__", "../../etc", "变量"}),
            "{\"value\":" + literal(chinese(3)) + "}"))));
        case 3 -> {
          if (key == null) {
            inputs.add(Input.json("undeclared variable", variables(Map.of("任意", "{\"value\":1}"))));
          } else {
            String wrong = switch (type) {
              case "flag" -> pick(new String[] {"{\"value\":\"是\"}", "{\"value\":1}", "{\"value\":[true]}",
                  "{\"value\":" + literal(pick(SCRIPTS)) + "}"});
              case "number" -> pick(new String[] {"{\"value\":\"十二\"}", "{\"value\":true}", "{\"value\":{\"n\":1}}"});
              case "json" -> pick(new String[] {"{\"value\":\"[\",\"type\":\"Json\"}", "{\"value\":5}",
                  "{\"value\":null,\"type\":\"Json\"}", "{\"type\":\"Json\"}", "{\"value\":\"null\",\"type\":\"Json\"}",
                  "{\"value\":\"{\\\"a\\\":1}\",\"type\":\"Json\"}"});
              default -> pick(new String[] {"{\"value\":true}", "{\"value\":12345}", "{\"value\":{\"a\":\"b\"}}",
                  "{\"value\":[\"a\",\"b\"]}"});
            };
            inputs.add(Input.json("wrongly typed " + type, variables(Map.of(key, wrong))));
          }
        }
        case 4 -> inputs.add(Input.json("typed as a Java object, a file or bytes", variables(Map.of(
            key == null ? "title" : key, pick(new String[] {
                "{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
                    + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}",
                "{\"value\":\"aGVsbG8=\",\"type\":\"File\",\"valueInfo\":{\"filename\":\"a.txt\"}}",
                "{\"value\":\"aGVsbG8=\",\"type\":\"Bytes\"}",
                "{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\","
                    + "\"serializationDataFormat\":\"application/json\"}}",
                "{\"value\":\"x\",\"type\":\"NoSuchType\"}",
                "{\"value\":null,\"type\":\"Json\"}",
                "{\"value\":\"not a date\",\"type\":\"Date\"}",
                "{\"value\":\"abc\",\"type\":\"Integer\"}"})))));
        case 5 -> {
          String value = chinese(2 + random.nextInt(10));
          int at = random.nextInt(value.length() + 1);
          value = value.substring(0, at) + pick(INVISIBLE) + value.substring(at);
          inputs.add(Input.json("invisible or control character in text",
              variables(Map.of(text == null ? "title" : text, "{\"value\":" + literal(value) + "}"))));
        }
        case 6 -> inputs.add(Input.json("text longer than a variable holds",
            variables(Map.of(text == null ? "title" : text, "{\"value\":\"" + chinese(4001 + random.nextInt(2000)) + "\"}"))));
        case 7 -> {
          // invalid UTF-8 inside a string value: a lone continuation byte, a truncated sequence, an overlong '/'
          byte[][] broken = {{(byte) 0x80}, {(byte) 0xe4, (byte) 0xb8}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xff},
              {(byte) 0xed, (byte) 0xa0, (byte) 0x80}};
          byte[] head = ("{\"variables\":{" + literal(text == null ? "title" : text) + ":{\"value\":\"关于")
              .getBytes(StandardCharsets.UTF_8);
          byte[] bad = broken[random.nextInt(broken.length)];
          byte[] tail = "的通知\"}}}".getBytes(StandardCharsets.UTF_8);
          byte[] body = new byte[head.length + bad.length + tail.length];
          System.arraycopy(head, 0, body, 0, head.length);
          System.arraycopy(bad, 0, body, head.length, bad.length);
          System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
          inputs.add(new Input("invalid UTF-8", body, "application/json"));
        }
        case 8 -> inputs.add(new Input("GBK labelled as UTF-8",
            variables(Map.of(text == null ? "title" : text, "{\"value\":\"关于应急物资的通知\"}"))
                .getBytes(java.nio.charset.Charset.forName("GBK")), "application/json;charset=UTF-8"));
        case 9 -> inputs.add(Input.json("lone surrogate", variables(Map.of(text == null ? "title" : text,
            "{\"value\":\"关于" + pick(new String[] {"\\ud800", "\\udfff", "\\udbff\\u0041"}) + "的通知\"}"))));
        case 10 -> {
          if (dates.isEmpty()) {
            inputs.add(Input.json("script in an undeclared variable",
                variables(Map.of("script" + random.nextInt(100), "{\"value\":" + literal(pick(SCRIPTS)) + "}"))));
          } else {
            inputs.add(Input.json("date out of range or malformed",
                variables(Map.of(dates.get(random.nextInt(dates.size())), "{\"value\":\"" + pick(BAD_DATES) + "\"}"))));
          }
        }
        default -> inputs.add(new Input("wrong content type", pick(new String[] {"variables=1&x=2", "<a/>", "x"})
            .getBytes(StandardCharsets.UTF_8), pick(new String[] {"application/x-www-form-urlencoded", "text/xml",
            "text/plain", "application/octet-stream"})));
      }
    }
    return inputs;
  }

  // ---- the forms and models

  /** The writable fields of a form: key to text, date, flag, number or json (as trust.FormFields reads them). */
  Map<String, String> fields(String formId) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (formId == null) {
      return fields;
    }
    try {
      collect(json.readTree(FORMS.resolve(formId + ".form").toFile()), fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fields;
  }

  static void collect(JsonNode component, Map<String, String> fields) {
    String type = component.path("type").asText();
    String key = component.path("key").asText(component.path("path").asText(""));
    boolean disabled = component.path("disabled").asBoolean(false);
    String kind = switch (type) {
      case "textfield", "textarea", "select", "radio", "datetime" ->
          component.path("validate").path("pattern").asText().contains("\\d{4}") || type.equals("datetime") ? "date" : "text";
      case "checkbox" -> "flag";
      case "number" -> "number";
      case "checklist", "taglist", "dynamiclist" -> "json";
      case "group" -> key.isEmpty() ? null : "json";
      default -> null;
    };
    if (kind != null && !key.isEmpty() && !disabled) {
      fields.put(key, kind);
    }
    if (Set.of("default", "group", "dynamiclist").contains(type) && (kind == null)) {
      for (JsonNode child : component.path("components")) {
        collect(child, fields);
      }
    }
  }

  /** A live task of this kind, its case started right before it by the engine itself. */
  Task instantiate(ModelTask modelTask) {
    return ModelTasks.instantiate(engine, modelTask, "BAD-INPUT-");
  }

  /** The clerk who may work the task, with a password this test knows (a unit without demo users gets one). */
  String clerk(Task task) {
    String clerk = Clerks.clerkFor(engine, task);
    if (clerk.endsWith("-clerk") && engine.getIdentityService().createUserQuery().userId(clerk).count() == 0) {
      User user = engine.getIdentityService().newUser(clerk);
      user.setFirstName("测试");
      user.setLastName("文书");
      user.setPassword(password(clerk));
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership(clerk, clerk.substring(0, clerk.length() - "-clerk".length()));
      temporaryUsers.add(clerk);
    }
    return clerk;
  }

  static String password(String user) {
    return user.endsWith("-clerk") ? "Bad-Input-2026" : "demo";
  }

  /** Everything a refused request could have left: the case's variables and the registry's row counts. */
  Map<String, Object> snapshot(String processInstanceId) {
    Map<String, Object> state = new TreeMap<>();
    if (processInstanceId != null) {
      engine.getRuntimeService().getVariables(processInstanceId).forEach((k, v) -> state.put("var:" + k, String.valueOf(v)));
    }
    JdbcClient jdbc = JdbcClient.create(dataSource);
    for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables WHERE LOWER(table_name) LIKE 'nf\\_%'")
        .query(String.class).list()) {
      // the auditors' register gives every case its workbench reference when it is first read (audit.CaseRegister)
      if (!table.equalsIgnoreCase("nf_schema_history") && !table.equalsIgnoreCase("nf_case_reference")) {
        state.put("rows:" + table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
      }
    }
    return state;
  }

  // ---- every task form, both paths

  @Test
  @Order(1)
  @DisplayName("R-C-06 every task form, over /engine-rest and Tasklist's API: generated bad submissions are refused with a 4xx, the task stays open and nothing changes")
  void everyTaskForm() {
    int forms = 0;
    for (BpmnModelInstance model : ModelTasks.models()) {
      String key = model.getModelElementsByType(Process.class).iterator().next().getId();
      for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
        ModelTask modelTask = new ModelTask(key, userTask.getId(), userTask.getCamundaFormRef(),
            userTask.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics);
        Task task = instantiate(modelTask);
        String clerk = clerk(task);
        Map<String, String> fields = fields(modelTask.formId());
        Map<String, Object> before = snapshot(task.getProcessInstanceId());
        forms++;
        for (Input input : badInputs(fields, 12)) {
          String where = key + "/" + userTask.getId();
          refused(where + " via /engine-rest", input,
              engineRest(clerk, "/engine-rest/task/" + task.getId() + "/complete", input), false);
          refused(where + " via Tasklist", input, tasklist(clerk, "/task/" + task.getId() + "/submit-form", input), true);
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
            .as("%s still open", userTask.getId()).isOne();
        Map<String, Object> after = snapshot(task.getProcessInstanceId());
        if (!before.equals(after)) {
          FAILURES.add(key + "/" + userTask.getId() + " changed by refused input: " + difference(before, after));
        }
        engine.getRuntimeService().deleteProcessInstance(task.getProcessInstanceId(), "bad-input test");
      }
    }
    System.out.println("bad input: " + forms + " task forms tried");
  }

  static String difference(Map<String, Object> before, Map<String, Object> after) {
    Map<String, String> diff = new TreeMap<>();
    for (String k : after.keySet()) {
      if (!java.util.Objects.equals(before.get(k), after.get(k))) {
        diff.put(k, before.get(k) + " -> " + after.get(k));
      }
    }
    before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(k -> diff.put(k, "removed"));
    return diff.toString();
  }

  // ---- every start form, both paths

  @Test
  @Order(2)
  @DisplayName("R-C-06 every start form, over /engine-rest and Tasklist's API: generated bad starts are refused with a 4xx and start nothing")
  void everyStartForm() {
    Map<String, String> starters = Map.of("normative-document", "drafter", "major-decision", "drafter",
        "decision-catalogue", "legal", "periodic-cleanup", "legal", "document-abolition", "legal",
        "head-authorization", "leader");
    for (BpmnModelInstance model : ModelTasks.models()) {
      String key = model.getModelElementsByType(Process.class).iterator().next().getId();
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() == null) {
          continue;
        }
        String user = starters.getOrDefault(key, "admin");
        Map<String, String> fields = fields(start.getCamundaFormRef());
        long instances = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count();
        Map<String, Object> before = snapshot(null);
        for (Input input : badInputs(fields, 20)) {
          refused(key + " start via /engine-rest", input,
              engineRest(user, "/engine-rest/process-definition/key/" + key + "/start", input), false);
          refused(key + " start via Tasklist", input,
              tasklist(user, "/process-definition/key/" + key + "/submit-form", input), true);
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count())
            .as("no %s started", key).isEqualTo(instances);
        Map<String, Object> after = snapshot(null);
        if (!before.equals(after)) {
          FAILURES.add(key + " start stored something from refused input: " + difference(before, after));
        }
      }
    }
  }

  // ---- oversized bodies on every path kind

  @Test
  @Order(3)
  @DisplayName("bodies above the size limit are refused with 413 on every path: /engine-rest, Tasklist's API, the public comment endpoint, /api")
  void oversized() {
    String big = "{\"variables\":{\"title\":{\"value\":\"" + "长".repeat(800_000) + "\"}}}";
    Input input = Input.json("oversized (2.4 MB)", big);
    refused("normative-document start via /engine-rest", input,
        engineRest("drafter", "/engine-rest/process-definition/key/normative-document/start", input), false);
    refused("normative-document start via Tasklist", input,
        tasklist("drafter", "/process-definition/key/normative-document/submit-form", input), true);
    refused("public comment", input, engineRest(null, "/api/public/consultations/x/comments", input), true);
    refused("withdrawal", input, engineRest("drafter", "/api/documents/x/withdraw", input), true);
  }

  // ---- the public comment endpoint

  ProcessInstance openConsultation(String caseId) {
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("public-consultation",
        withVariables("caseId", caseId, "caseType", "DOCUMENT", "caseTitle", "错误输入测试", "consultationMinDays", 7,
            "consultationDayKind", "WORKING_DAYS", "consultationRuleId", "R-ND-02"));
    driver.publishNotice(pi, 7, null);
    return pi;
  }

  long comments(String consultationId) {
    return JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM nf_public_comment WHERE consultation_id = ?")
        .param(consultationId).query(Long.class).single();
  }

  @Test
  @Order(4)
  @DisplayName("R-ND-02 R-C-06 the public comment endpoint: generated bad comments are refused in Chinese and not stored; valid ones in between, scripts included, are all stored as typed")
  void publicComments() throws IOException {
    String caseId = DocumentDriver.uniqueId("BAD-INPUT-CASE");
    ProcessInstance consultation = openConsultation(caseId);
    String path = "/api/public/consultations/" + caseId + "/comments";
    List<String> valid = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      if (i % 10 == 0) {
        // a valid comment, perhaps carrying script or markup: stored as text, exactly as typed
        String text = "第" + i + "条意见：" + (random.nextBoolean() ? pick(SCRIPTS) : chinese(20));
        Answer stored = engineRest(null, path, Input.json("valid", "{\"text\":" + literal(text) + ",\"name\":\"张三\"}"));
        assertThat(stored.status()).as("valid comment %s: %s", text, stored.body()).isEqualTo(202);
        valid.add(text);
        continue;
      }
      Input input = badComment();
      refused("public comment", input, engineRest(null, path, input), true);
    }
    JdbcClient jdbc = JdbcClient.create(dataSource);
    List<String> stored = jdbc.sql("SELECT content FROM nf_public_comment WHERE consultation_id = ? ORDER BY id")
        .param(consultation.getId()).query(String.class).list();
    assertThat(stored).as("exactly the valid comments, as typed").containsExactlyElementsOf(valid);
    engine.getRuntimeService().deleteProcessInstance(consultation.getId(), "bad-input test");
  }

  Input badComment() {
    String text = literal("意见" + chinese(10));
    return switch (random.nextInt(10)) {
      // {"variables":"x"} would become a valid comment: malformed stays malformed
      case 0 -> Input.json("malformed JSON", pick(MALFORMED).replace("variables", "text").replace("{\"text\":\"x\"}", "{\"text\":"));
      case 1 -> Input.json("wrongly typed text", "{\"text\":" + pick(new String[] {"123", "true", "{\"a\":1}", "[\"意见\"]"}) + "}");
      case 2 -> Input.json("text too long", "{\"text\":\"" + chinese(5001 + random.nextInt(3000)) + "\"}");
      case 3 -> {
        String value = chinese(5);
        yield Input.json("invisible character", "{\"text\":" + text + ",\"" + pick(new String[] {"name", "text"}) + "\":"
            + literal(value + pick(INVISIBLE) + value) + "}");
      }
      case 4 -> Input.json("bad contact", "{\"text\":" + text + ","
          + pick(new String[] {"\"email\":\"not-an-address\"", "\"phone\":\"call me <b>now</b>\"",
              "\"name\":\"" + chinese(60) + "\"", "\"email\":" + literal("a@b.c" + pick(SCRIPTS))}) + "}");
      case 5 -> Input.json("unknown clause", "{\"text\":" + text + ",\"clause\":" + literal(pick(SCRIPTS)) + "}");
      case 6 -> Input.json("no text", pick(new String[] {"{}", "{\"text\":\"\"}", "{\"text\":\"   \"}", "{\"name\":\"张三\"}",
          "{\"text\":null}"}));
      case 7 -> {
        byte[] head = "{\"text\":\"意见".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 3];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xc3;
        body[head.length + 1] = '"';
        body[head.length + 2] = '}';
        yield new Input("invalid UTF-8", body, "application/json");
      }
      case 8 -> new Input("wrong content type", ("text=" + chinese(5)).getBytes(StandardCharsets.UTF_8),
          "application/x-www-form-urlencoded");
      default -> Input.json("forged token", "{\"text\":" + text + ",\"token\":" + literal(pick(SCRIPTS)) + "}");
    };
  }

  // ---- NormFlow's /api

  @Test
  @Order(5)
  @DisplayName("NormFlow's /api: generated bad bodies and path values are refused with a Chinese 4xx and change nothing")
  void normflowApi() {
    String documentId = startedDocument();
    Map<String, Object> before = snapshot(null);
    List<String[]> writes = List.of(
        new String[] {"drafter", "/api/documents/" + documentId + "/withdraw"},
        new String[] {"drafter", "/api/consultations/x/moderation"},
        new String[] {"leader", "/api/head-authorizations/x/revoke"});
    for (int i = 0; i < 200; i++) {
      String[] target = writes.get(random.nextInt(writes.size()));
      Input input = badApiBody(target[1]);
      Map<String, Object> beforeThis = snapshot(null);
      refused("POST " + target[1], input, engineRest(target[0], target[1], input), true);
      Map<String, Object> afterThis = snapshot(null);
      if (!beforeThis.equals(afterThis)) {
        FAILURES.add("POST " + target[1] + " [" + input.kind() + ": " + new String(input.body(), StandardCharsets.UTF_8)
            + "] stored " + difference(beforeThis, afterThis));
      }
    }
    String[] reads = {"/api/documents/", "/api/decisions/", "/api/audit/cases/", "/api/catalogue/", "/api/cleanups/",
        "/api/audit/processes/", "/api/head-authorizations/", "/api/public/consultations/"};
    String[] values = {"%00", "..%2F..%2Fetc%2Fpasswd", "x'%20OR%20'1'='1", "%E2%80%AE", "9".repeat(40), "-1", "%C3%28",
        "%3Cscript%3E", "应急登〔2026〕0号", "%20", "null", "1e9999", "%FF%FE"};
    for (String read : reads) {
      for (String value : values) {
        sent++;
        Answer answer = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + read + value))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("auditor:demo".getBytes(StandardCharsets.UTF_8)))
            .GET().build());
        if (answer.status() >= 500) {
          serverErrors++;
          FAILURES.add("server error: GET " + read + value + ": " + answer.body());
        } else if (answer.status() >= 400 && LEAK.matcher(answer.body()).find()) {
          FAILURES.add("leaks internals: GET " + read + value + ": " + answer.body());
        }
      }
    }
    Map<String, Object> after = snapshot(null);
    if (!before.equals(after)) {
      FAILURES.add("/api stored something from refused input: " + difference(before, after));
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(documentId).count()
        + engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals("documentId", documentId).count())
        .as("the document was not withdrawn by a refused request").isPositive();
  }

  String startedDocument() {
    ProcessInstance pi = Clerks.as(engine, "drafter", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("normative-document", DocumentDriver.startValues("错误输入：撤回对象", false, false)));
    DocumentDriver.legalOfficeConfirmsInstance(engine, pi.getId(), false, false);
    return (String) engine.getRuntimeService().getVariable(pi.getId(), "documentId");
  }

  Input badApiBody(String path) {
    String field = path.endsWith("/items") ? pick(new String[] {"title", "leadUnit", "adjustmentReason", "plannedCompletion"})
        : path.endsWith("/moderation") ? pick(new String[] {"note", "reason", "status"}) : "reason";
    String value = chinese(4);
    return switch (random.nextInt(8)) {
      case 0 -> Input.json("malformed JSON", pick(MALFORMED));
      case 1 -> Input.json("wrongly typed", "{\"" + field + "\":" + pick(new String[] {"123", "true", "{\"a\":1}", "[1]"})
          + (path.endsWith("/moderation") ? ",\"commentIds\":\"x\"" : "") + "}");
      case 2 -> Input.json("invisible character",
          "{\"" + field + "\":" + literal(value + pick(INVISIBLE) + value) + ",\"title\":" + literal("标题" + pick(INVISIBLE))
              + ",\"leadUnit\":\"应急救援科\"}");
      case 3 -> Input.json("date out of range", "{\"title\":\"错误日期事项\",\"leadUnit\":\"应急救援科\",\"plannedCompletion\":\""
          + pick(BAD_DATES) + "\",\"reason\":" + literal(pick(INVISIBLE)) + "}");
      case 4 -> Input.json("empty", pick(new String[] {"{}", "{\"reason\":\"\"}", "{\"title\":null}", "{\"reason\":\"  \"}"}));
      case 5 -> new Input("invalid UTF-8", new byte[] {'{', '"', 'r', 'e', 'a', 's', 'o', 'n', '"', ':', '"', (byte) 0xff,
          (byte) 0xfe, '"', '}'}, "application/json");
      case 6 -> Input.json("text too long", "{\"" + field + "\":\"" + chinese(4001) + "\",\"leadUnit\":\"应急救援科\"}");
      default -> new Input("wrong content type", "reason=x".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    };
  }

  @Test
  @Order(100)
  @DisplayName("R-C-06 no generated bad input got a server error, was accepted or stored anything")
  void noServerErrors() {
    System.out.println("bad input: " + sent + " inputs sent, " + serverErrors + " server errors (seed " + seed + ")");
    assertThat(FAILURES).as("bad inputs not refused cleanly (seed %d)", seed).isEmpty();
    assertThat(sent).isGreaterThanOrEqualTo(1000);
  }
}
