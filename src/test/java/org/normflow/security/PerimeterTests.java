package org.normflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.normflow.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The perimeter around the engine (issue 15, first part): malformed or unauthorized requests get a
 * clear 4xx and change nothing, the webapps' own APIs answer only users of that webapp, and wrong
 * passwords slow a guesser down without locking anybody out.
 */
@NormFlowSpringTest
class PerimeterTests {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Autowired
  @Qualifier("loginThrottleFilter")
  FilterRegistrationBean<LoginThrottle.Throttle> throttle;

  @AfterEach
  void reset() {
    throttle.getFilter().failures.clear();
  }

  ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  String startDocument() {
    ResponseEntity<Map> started = rest.withBasicAuth("drafter", "demo").postForEntity(
        "/engine-rest/process-definition/key/normative-document/start",
        new HttpEntity<>("{\"variables\":{\"title\":{\"value\":\"边界测试\"},\"docType\":{\"value\":\"通知\"},"
            + "\"issuingUnit\":{\"value\":\"市应急管理局\"}}}", json()), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    // every document first gets the legal office's finding (R-ND-13, R-MD-18); then the drafter's task is open
    String id = (String) started.getBody().get("id");
    org.normflow.DocumentDriver.legalOfficeConfirmsInstance(engine, id, false, false);
    return id;
  }

  static HttpHeaders json() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  @Test
  @DisplayName("GET /error asked for directly answers 404, not 500")
  void directErrorPage() {
    for (String user : new String[] {null, "drafter"}) {
      ResponseEntity<String> answer = call(user, HttpMethod.GET, "/error", null);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).contains("页面不存在");
    }
  }

  @Test
  @DisplayName("R-C-06 deleting a case's task is refused with 403 for the clerks and the administrator; the task stays")
  void taskDeletionRefused() {
    String instance = startDocument();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    for (String user : new String[] {"expert", "drafter", "admin"}) {
      ResponseEntity<String> answer = call(user, HttpMethod.DELETE, "/engine-rest/task/" + task.getId(), null);
      assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(answer.getBody()).contains("任务不能删除");
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("R-C-06 a Java-serialized value in a start request is refused with 400, nothing is started")
  void serializedValueRefused() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    ResponseEntity<String> answer = call("drafter", HttpMethod.POST,
        "/engine-rest/process-definition/key/normative-document/start",
        "{\"variables\":{\"title\":{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\",\"valueInfo\":{"
            + "\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
            + "\"application/x-java-serialized-object\"}},\"docType\":{\"value\":\"通知\"},"
            + "\"issuingUnit\":{\"value\":\"市应急管理局\"}}}");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("文件标题", "数据格式不被接受");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  @DisplayName("a body above the limit is refused with 413 before it is parsed, with or without a declared length")
  void oversizedBodies() throws Exception {
    String instance = startDocument();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    String huge = "{\"variables\":{\"draftText\":{\"value\":\"" + "条".repeat(3_500_000) + "\"}}}";
    String path = "/engine-rest/task/" + task.getId() + "/complete";
    Answer declared = post(path, huge, false);
    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.body()).contains("提交的内容过大");
    Answer chunked = post(path, huge, true);
    assertThat(chunked.status()).isEqualTo(413);
    assertThat(chunked.body()).contains("提交的内容过大");
    // a small chunked body is read and handed on
    Answer query = post("/engine-rest/task", "{\"processInstanceId\":\"" + instance + "\"}", true);
    assertThat(query.status()).isEqualTo(200);
    assertThat(query.body()).contains(task.getId());
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(instance, "draftText")).isNull();
  }

  record Answer(int status, String body) {}

  /** A raw POST as drafter; the server may answer and close before the whole body is sent. */
  Answer post(String path, String body, boolean chunked) throws Exception {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create("http://localhost:" + port + path).toURL().openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (chunked) {
      connection.setChunkedStreamingMode(64 * 1024);
    } else {
      connection.setFixedLengthStreamingMode(bytes.length);
    }
    connection.setRequestProperty("Content-Type", "application/json");
    connection.setRequestProperty("Authorization",
        "Basic " + Base64.getEncoder().encodeToString("drafter:demo".getBytes(StandardCharsets.UTF_8)));
    try (OutputStream out = connection.getOutputStream()) {
      out.write(bytes);
    } catch (java.io.IOException answeredEarly) {
      // the refusal came before the body was sent; its answer is still there to read
    }
    int status = connection.getResponseCode();
    java.io.InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
    String text = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    return new Answer(status, text);
  }

  @Test
  @DisplayName("the webapps' own APIs answer only users of that webapp: a drafter's Tasklist session cannot read Cockpit's plugin API")
  void webappApisFollowAppAuthorization() throws Exception {
    String cockpitApi = "/camunda/api/cockpit/plugin/base/default/process-instance?maxResults=1";
    WebappSession drafter = new WebappSession(port);
    assertThat(drafter.login("tasklist", "drafter", "demo")).isEqualTo(200);
    assertThat(drafter.get(cockpitApi).statusCode()).isEqualTo(403);
    assertThat(drafter.get(cockpitApi).body()).contains("没有使用驾驶舱（Cockpit）的权限");
    assertThat(drafter.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);

    WebappSession auditor = new WebappSession(port);
    assertThat(auditor.login("cockpit", "auditor", "demo")).isEqualTo(200);
    assertThat(auditor.get(cockpitApi).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("wrong passwords never lock the head out: the engine keeps no lock, the guesser is answered 429 with Retry-After")
  void wrongPasswordsDoNotLockOut() {
    int heldUp = 0;
    for (int i = 0; i < 12; i++) {
      ResponseEntity<String> answer = rest.withBasicAuth("leader", "guess" + i).getForEntity("/engine-rest/task/count", String.class);
      assertThat(answer.getStatusCode().value()).isIn(401, 429);
      if (answer.getStatusCode().value() == 429) {
        heldUp++;
        assertThat(answer.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(answer.getBody()).contains("登录失败次数过多");
      }
    }
    assertThat(heldUp).as("attempts held up once the free attempts are used").isPositive();
    // the engine itself keeps no lock, even after twelve failures: the head logs in from anywhere else
    assertThat(engine.getIdentityService().checkPassword("leader", "demo")).isTrue();
  }

  @Test
  @DisplayName("the wait doubles, ends by itself and is per address and name: the same name from another address is not held up")
  void throttleIsPerAddressAndUserAndEnds() throws Exception {
    long[] now = {1_000_000L};
    LoginThrottle.Throttle filter = new LoginThrottle.Throttle(3, 300_000, 900_000, () -> now[0]);
    String wrong = "Basic " + Base64.getEncoder().encodeToString("leader:wrong".getBytes(StandardCharsets.UTF_8));
    String right = "Basic " + Base64.getEncoder().encodeToString("leader:demo".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 3; i++) {
      assertThat(attempt(filter, "203.0.113.9", wrong, 401)).isEqualTo(401);
    }
    assertThat(attempt(filter, "203.0.113.9", wrong, 401)).as("waiting 2 s").isEqualTo(429);
    assertThat(attempt(filter, "198.51.100.7", right, 200)).as("another address").isEqualTo(200);
    now[0] += 2_000;
    assertThat(attempt(filter, "203.0.113.9", wrong, 401)).isEqualTo(401);
    now[0] += 2_000;
    assertThat(attempt(filter, "203.0.113.9", wrong, 401)).as("now waiting 4 s").isEqualTo(429);
    now[0] += 4_000;
    assertThat(attempt(filter, "203.0.113.9", right, 200)).as("after the wait the right password works").isEqualTo(200);
    assertThat(filter.failures).as("a success clears the count").doesNotContainKey("203.0.113.9|leader");
  }

  @Test
  @DisplayName("issue 29 a client cannot name its own address: X-Forwarded-For from a client that is no configured proxy is ignored by the login throttle")
  void forwardedForFromAClientIsIgnored() {
    int heldUp = 0;
    for (int i = 0; i < 12; i++) {
      HttpHeaders headers = new HttpHeaders();
      headers.set("X-Forwarded-For", "10.66.0." + i);
      ResponseEntity<String> answer = rest.withBasicAuth("leader", "guess" + i)
          .exchange("/engine-rest/task/count", HttpMethod.GET, new HttpEntity<>(headers), String.class);
      assertThat(answer.getStatusCode().value()).isIn(401, 429);
      heldUp += answer.getStatusCode().value() == 429 ? 1 : 0;
    }
    assertThat(heldUp).as("a new forged address per guess bought no fresh attempts").isPositive();
    assertThat(throttle.getFilter().failures.keySet()).allMatch(key -> !key.startsWith("10.66."));
  }

  @Test
  @DisplayName("issue 29 the webapps' login is counted per user name: a guesser behind the bureau's gateway holds up only the name he guesses, and his own success clears only his own count")
  void webappLoginIsCountedPerName() throws Exception {
    long[] now = {1_000_000L};
    LoginThrottle.Throttle filter = new LoginThrottle.Throttle(5, 300_000, 900_000, () -> now[0]);
    for (int i = 0; i < 5; i++) {
      assertThat(webappLogin(filter, "nobody", 401)).isEqualTo(401);
    }
    assertThat(webappLogin(filter, "nobody", 401)).as("the guessed name waits").isEqualTo(429);
    for (String colleague : java.util.List.of("leader", "legal", "auditor")) {
      assertThat(webappLogin(filter, colleague, 200)).as("%s from the same gateway", colleague).isEqualTo(200);
    }
    for (int i = 0; i < 5; i++) {
      assertThat(webappLogin(filter, "leader", 401)).isEqualTo(401);
    }
    assertThat(webappLogin(filter, "drafter", 200)).as("the guesser's own login").isEqualTo(200);
    assertThat(webappLogin(filter, "leader", 401)).as("still waiting: another name's success clears nothing")
        .isEqualTo(429);
  }

  @Test
  @DisplayName("issue 29 over HTTP: six failed webapp logins as one name, then colleagues log in from the same address; the form still reaches Camunda whole")
  void webappLoginOverHttp() throws Exception {
    for (int i = 0; i < 6; i++) {
      assertThat(new WebappSession(port).login("tasklist", "nobody", "guess" + i)).isIn(401, 429);
    }
    assertThat(new WebappSession(port).login("tasklist", "nobody", "guess")).isEqualTo(429);
    assertThat(new WebappSession(port).login("tasklist", "legal", "demo")).isEqualTo(200);
    assertThat(new WebappSession(port).login("cockpit", "auditor", "demo")).isEqualTo(200);
  }

  private static int webappLogin(LoginThrottle.Throttle filter, String user, int answer) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/camunda/api/admin/auth/user/default/login/tasklist");
    request.setRemoteAddr("192.0.2.1");
    request.setContentType("application/x-www-form-urlencoded");
    request.setContent(("username=" + user + "&password=x").getBytes(StandardCharsets.UTF_8));
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, (req, res) -> {
      // Camunda's login resource reads the same form the throttle read
      try {
        assertThat(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).startsWith("username=" + user);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      ((MockHttpServletResponse) res).setStatus(answer);
    });
    return response.getStatus();
  }

  private static int attempt(LoginThrottle.Throttle filter, String address, String authorization, int answer)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task/count");
    request.setRemoteAddr(address);
    request.addHeader("Authorization", authorization);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, (req, res) -> ((MockHttpServletResponse) res).setStatus(answer));
    if (response.getStatus() == 429) {
      assertThat(response.getHeader("Retry-After")).isNotBlank();
      assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("登录失败次数过多");
    }
    return response.getStatus();
  }
}
