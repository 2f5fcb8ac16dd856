package org.normflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.normflow.NormFlowSpringTest;
import org.normflow.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, webapp and API hygiene: security headers on every kind of page and API, CSRF protection of the
 * webapps, session cookies, error answers without internals, hashed passwords, no secrets in the repository
 * or the log.
 */
@NormFlowSpringTest
@ExtendWith(OutputCaptureExtension.class)
class WebHygieneTests {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext web;
  @LocalServerPort int port;

  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(String path, String user, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @DisplayName("every kind of answer carries nosniff, refuses framing and has a content security policy: webapps, /api, /engine-rest, /public/, /staff/, /workbench/")
  void securityHeaders() throws Exception {
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    pages.put("/camunda/app/tasklist/default/", null);
    pages.put("/camunda/app/cockpit/default/", null);
    pages.put("/camunda/app/admin/default/", null);
    pages.put("/api/documents", "auditor");
    pages.put("/api/documents/no-such-document", "auditor");
    pages.put("/engine-rest/task/count", "drafter");
    pages.put("/engine-rest/task/count", null);
    pages.put("/public/", null);
    pages.put("/staff/", "drafter");
    pages.put("/workbench/index.html", null);
    for (var page : pages.entrySet()) {
      HttpResponse<String> answer = get(page.getKey(), page.getValue(), Map.of());
      var headers = answer.headers();
      String what = page.getKey() + " as " + page.getValue() + " (" + answer.statusCode() + ")";
      assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
      assertThat(headers.firstValue("Content-Security-Policy")).as(what).isPresent();
      assertThat(headers.firstValue("Content-Security-Policy").get()).as(what).contains("frame-ancestors 'none'");
      assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
    }
    String workbench = get("/workbench/index.html", null, Map.of()).headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(workbench).as("no inline script on the workbench page").contains("script-src 'self'").doesNotContain("unsafe-eval");
    assertThat(get("/workbench/index.html", null, Map.of()).body()).doesNotContain("<script>").contains("src=\"/workbench/workbench.js\"");
    assertThat(get("/api/documents", "auditor", Map.of()).headers().firstValue("Cache-Control")).hasValue("no-store");
    // issue 29: the engine's REST layer no longer turns it into no-cache
    assertThat(get("/engine-rest/task/count", "auditor", Map.of()).headers().allValues("Cache-Control")).containsExactly("no-store");
  }

  @Test
  @DisplayName("issue 29 what Tomcat refuses itself (a NUL byte, an encoded slash or backslash in the path) is answered in Chinese, with the security headers, JSON on the APIs")
  void containerRefusalsAreOurs() throws Exception {
    for (String path : new String[] {"/public/%00", "/public/a%2Fb", "/camunda/%00", "/x%5C..%5Cy", "/api/a%2Fb",
        "/engine-rest/task/a%2Fb"}) {
      HttpResponse<String> answer = get(path, null, Map.of());
      String what = path + " (" + answer.statusCode() + "): " + answer.body();
      assertThat(answer.statusCode()).as(what).isEqualTo(400);
      assertThat(answer.body()).as(what).contains("请求的内容无效").doesNotContain("HTTP Status").doesNotContain("Tomcat")
          .doesNotContain("Bad Request");
      securityHeaders(answer, what);
      boolean api = path.startsWith("/api/") || path.startsWith("/engine-rest/");
      assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what)
          .startsWith(api ? "application/json" : "text/html");
      if (api) {
        assertThat(answer.body()).as(what).contains("\"type\":\"BadRequest\"");
      }
    }
  }

  @Test
  @DisplayName("issue 29 the root, the webjars, /error and unknown pages carry the security headers too")
  void headersEverywhere() throws Exception {
    for (String path : new String[] {"/", "/error", "/webjars/camunda/app/cockpit/scripts/normflow-audit.js", "/nothing-here"}) {
      HttpResponse<String> answer = get(path, null, Map.of());
      securityHeaders(answer, path + " (" + answer.statusCode() + ")");
    }
    HttpResponse<String> unknown = get("/nothing-here", null, Map.of());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("要访问的内容不存在").doesNotContain("Whitelabel");
  }

  @Test
  @DisplayName("issue 29 a wrong method or an unknown path under an API answers NormFlow's Chinese JSON, never Spring's default")
  void apiRefusalsBeforeAController() throws Exception {
    HttpResponse<String> method = get("/api/operations/backup", "admin", Map.of());
    assertThat(method.statusCode()).isEqualTo(405);
    assertThat(method.body()).contains("此地址不支持这种请求").contains("\"type\":\"MethodNotAllowed\"")
        .doesNotContain("timestamp").doesNotContain("Method Not Allowed");
    HttpResponse<String> unknown = get("/api/operations/backup/x", "admin", Map.of());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("要访问的内容不存在").contains("\"type\":\"NotFound\"").doesNotContain("timestamp");
  }

  @Test
  @DisplayName("issue 29 no error answer names an engine class in its type: the REST API's refusals say what kind of refusal they are")
  void noClassNamesInTypes() throws Exception {
    String[][] requests = {{"/engine-rest/task/no-such-task", "drafter"}, {"/engine-rest/process-instance/x/variables/y", "drafter"},
        {"/engine-rest/history/process-instance/x", "auditor"}, {"/engine-rest/process-definition/key/none/xml", "drafter"},
        {"/camunda/api/engine/engine/default/task/x/form-variables", "drafter"}};
    for (String[] request : requests) {
      HttpResponse<String> answer = get(request[0], request[1], Map.of());
      assertThat(answer.statusCode()).as(request[0]).isBetween(400, 499);
      assertThat(answer.body()).as(request[0] + ": " + answer.body()).doesNotContainPattern("\"type\"\\s*:\\s*\"\\w*(Exception|Error)\"");
    }
  }

  @Autowired org.normflow.consultation.PublicParticipationSettings publicSettings;
  @Autowired org.normflow.consultation.WallClock wallClock;

  @Test
  @DisplayName("issue 29 the public pages, notices and comment tokens have a per-address limit: beyond it 429 with Retry-After, in Chinese; it ends by itself")
  void publicRequestsAreLimited() throws Exception {
    int limit = publicSettings.getMaxRequestsPerAddress();
    wallClock.shift(java.time.Duration.ofHours(1)); // a window of its own, whatever other tests asked
    publicSettings.setMaxRequestsPerAddress(3);
    try {
      for (int i = 0; i < 3; i++) {
        assertThat(get("/public/", null, Map.of()).statusCode()).isEqualTo(200);
      }
      HttpResponse<String> page = get("/public/", null, Map.of());
      assertThat(page.statusCode()).isEqualTo(429);
      assertThat(page.body()).contains("访问过于频繁");
      assertThat(page.headers().firstValue("Retry-After")).hasValue("60");
      securityHeaders(page, "/public/ (429)");
      HttpResponse<String> token = get("/api/public/consultations/any-case/comment-token", null, Map.of());
      assertThat(token.statusCode()).as("the comment token too").isEqualTo(429);
      assertThat(token.body()).contains("访问过于频繁").contains("TooManyRequests");
      assertThat(get("/public/site.css", null, Map.of()).statusCode()).as("the stylesheet costs nothing").isEqualTo(200);
      wallClock.shift(java.time.Duration.ofSeconds(publicSettings.getRequestWindowSeconds()));
      assertThat(get("/public/", null, Map.of()).statusCode()).as("the window ends by itself").isEqualTo(200);
    } finally {
      publicSettings.setMaxRequestsPerAddress(limit);
      wallClock.reset();
    }
  }

  static void securityHeaders(HttpResponse<String> answer, String what) {
    var headers = answer.headers();
    assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
    assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
    assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(p -> assertThat(p).contains("frame-ancestors 'none'"));
  }

  @Test
  @DisplayName("CSRF: a webapp request that changes something without the session's token is refused; with it, it passes")
  void csrfProtection() throws Exception {
    WebappSession admin = new WebappSession(port);
    assertThat(admin.login("tasklist", "admin", "demo")).isEqualTo(200);
    String user = "csrf" + System.nanoTime() % 100000;
    String body = "{\"profile\":{\"id\":\"" + user + "\",\"firstName\":\"跨站\",\"lastName\":\"测试\"},"
        + "\"credentials\":{\"password\":\"Csrf-Test-2026\"}}";
    HttpResponse<String> real = admin.post("/camunda/api/engine/engine/default/user/create", body, true);
    assertThat(real.statusCode()).as("with the token: " + real.body()).isEqualTo(204);
    engine.getIdentityService().deleteUser(user);
    HttpResponse<String> forged = admin.post("/camunda/api/engine/engine/default/user/create", body, false);
    assertThat(forged.statusCode()).as("the same request without the X-XSRF-TOKEN header").isEqualTo(403);
    assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).as("Camunda's CsrfPreventionFilter answered").hasValue("Required");
    assertThat(engine.getIdentityService().createUserQuery().userId(user).count()).isZero();
    // the login form itself is protected too: a login without the token is refused
    WebappSession stranger = new WebappSession(port);
    stranger.get("/camunda/app/tasklist/default/");
    assertThat(stranger.post("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=drafter&password=demo".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded")
        .statusCode()).as("with the token from the page").isEqualTo(200);
  }

  @Test
  @DisplayName("session cookies are HttpOnly and SameSite; Secure only when a proxy the operator trusts says HTTPS (issue 29: a client's own X-Forwarded-Proto is not believed); production sets Secure always")
  void sessionCookies() throws Exception {
    HttpResponse<String> plain = get("/camunda/app/tasklist/default/", null, Map.of());
    HttpResponse<String> claimed = get("/camunda/app/tasklist/default/", null, Map.of("X-Forwarded-Proto", "https"));
    String plainSession = cookie(plain, "JSESSIONID");
    assertThat(plainSession).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
    assertThat(cookie(claimed, "JSESSIONID")).as("this client is no configured proxy").doesNotContainIgnoringCase("Secure");
    assertThat(cookie(plain, "XSRF-TOKEN")).containsIgnoringCase("SameSite=Lax");
    // Tomcat's forwarded-header valve trusts exactly the proxies NORMFLOW_TRUSTED_PROXIES names, none by default
    var tomcat = ((org.springframework.boot.web.embedded.tomcat.TomcatWebServer) web.getWebServer()).getTomcat();
    var valve = java.util.Arrays.stream(tomcat.getEngine().getPipeline().getValves())
        .filter(v -> v instanceof org.apache.catalina.valves.RemoteIpValve).map(v -> (org.apache.catalina.valves.RemoteIpValve) v)
        .findFirst().orElseThrow(() -> new AssertionError("no RemoteIpValve"));
    assertThat(valve.getInternalProxies()).as("trusted proxies by default").isNullOrEmpty();
    assertThat(valve.getProtocolHeader()).isEqualToIgnoringCase("X-Forwarded-Proto");
    YamlPropertiesFactoryBean main = new YamlPropertiesFactoryBean();
    main.setResources(new FileSystemResource("src/main/resources/application.yaml"));
    assertThat(main.getObject().getProperty("server.tomcat.remoteip.internal-proxies")).isEqualTo("${NORMFLOW_TRUSTED_PROXIES:}");
    YamlPropertiesFactoryBean prod = new YamlPropertiesFactoryBean();
    prod.setResources(new FileSystemResource("src/main/resources/application-prod.yaml"));
    var properties = prod.getObject();
    assertThat(properties.getProperty("server.servlet.session.cookie.secure")).isEqualTo("${NORMFLOW_HTTPS:true}");
    assertThat(properties.getProperty("camunda.bpm.webapp.csrf.enable-secure-cookie")).isEqualTo("${NORMFLOW_HTTPS:true}");
    assertThat(properties.getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie")).isEqualTo("${NORMFLOW_HTTPS:true}");
  }

  static String cookie(HttpResponse<String> answer, String name) {
    return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + answer.headers().allValues("Set-Cookie")));
  }

  static final Pattern LEAK = Pattern.compile(
      "SQL|###|\\bat [a-z]+\\.[\\w.$]+\\(|Exception:|jdbc|org\\.camunda\\.|org\\.springframework\\.|java\\.lang\\.|\\.java:\\d+",
      Pattern.CASE_INSENSITIVE);

  @Test
  @DisplayName("no error answer shows a stack trace, SQL or class names: unknown paths, wrong methods, bad ids on every API")
  void errorAnswersShowNoInternals() throws Exception {
    List<String> leaks = new ArrayList<>();
    String[] paths = {"/api/nothing-here", "/api/documents/%27%20OR%201=1", "/engine-rest/nothing-here",
        "/engine-rest/task/no-such-task", "/engine-rest/process-instance/x/variables", "/engine-rest/history/process-instance/x",
        "/camunda/api/engine/engine/default/task/x/form-variables", "/camunda/api/engine/engine/nope/task",
        "/public/consultations/no-such-case", "/public/nothing", "/staff/consultations/x", "/workbench/nothing.js",
        "/camunda/app/nothing", "/error", "/api/catalogue/abc", "/api/catalogue/99999999999"};
    for (String path : paths) {
      for (String user : new String[] {null, "drafter", "admin"}) {
        HttpResponse<String> answer = get(path, user, Map.of());
        if (answer.statusCode() >= 500 || LEAK.matcher(answer.body()).find()) {
          leaks.add(path + " as " + user + ": " + answer.statusCode() + " " + answer.body());
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  @DisplayName("passwords are stored hashed and salted by the identity service, never as typed")
  void passwordsHashed() {
    List<Map<String, Object>> users = JdbcClient.create(dataSource).sql("SELECT ID_, PWD_, SALT_ FROM ACT_ID_USER").query().listOfRows();
    assertThat(users).isNotEmpty();
    for (Map<String, Object> user : users) {
      String hash = (String) user.get("PWD_");
      assertThat(hash).as("%s", user.get("ID_")).startsWith("{SHA-512}").isNotEqualTo("demo").doesNotContain("demo");
      assertThat((String) user.get("SALT_")).as("%s", user.get("ID_")).isNotBlank();
    }
    assertThat(users.stream().map(u -> u.get("PWD_")).distinct().count()).as("the same password, salted differently")
        .isEqualTo(users.size());
  }

  @Test
  @DisplayName("a password typed at any login never appears in the log")
  void passwordsNeverLogged(CapturedOutput output) throws Exception {
    String secret = "Geheim-" + System.nanoTime();
    get("/engine-rest/task/count", null, Map.of("Authorization",
        "Basic " + Base64.getEncoder().encodeToString(("leader:" + secret).getBytes(StandardCharsets.UTF_8))));
    WebappSession session = new WebappSession(port);
    session.login("tasklist", "leader", secret);
    session.login("tasklist", "drafter", "demo");
    assertThat(output.getAll()).doesNotContain(secret);
  }

  static final Pattern SECRET = Pattern.compile(
      "-----BEGIN [A-Z ]*PRIVATE KEY-----|AKIA[0-9A-Z]{16}|(?i)(password|passwd|secret|token)\\s*[:=]\\s*[\"']?(?!\\$\\{)[A-Za-z0-9+/=_\\-]{12,}");

  @Test
  @DisplayName("no secret is kept in the repository: no private keys, no access keys, no real passwords in configuration")
  void noSecretsInRepository() throws Exception {
    Process git = new ProcessBuilder("git", "ls-files").redirectErrorStream(true).start();
    List<String> files = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(files).as("git ls-files").contains("pom.xml");
    List<String> found = new ArrayList<>();
    for (String file : files) {
      Path path = Path.of(file);
      // configuration and scripts, where a secret would be written down (code reads them from there)
      if (!Files.isRegularFile(path) || Files.size(path) > 2_000_000
          || !file.matches(".*\\.(ya?ml|properties|xml|json|env|sh|md|cfg|conf|txt|form|bpmn|dmn)$|.*Dockerfile.*")) {
        continue;
      }
      String text = Files.readString(path, StandardCharsets.ISO_8859_1);
      var matcher = SECRET.matcher(text);
      while (matcher.find()) {
        String hit = matcher.group();
        // test fixtures name their throw-away passwords as such
        if (!file.startsWith("src/test/") && !hit.contains("Test-2026")) {
          found.add(file + ": " + hit);
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
