package org.normflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@NormFlowSpringTest
class RestSecurityTests {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;

  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Test
  @DisplayName("/engine-rest and /api answer 401 without credentials and with a wrong password")
  void anonymousGets401() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/documents", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    try {
      assertThat(rest.withBasicAuth("auditor", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    } finally {
      // the failed attempt locks "auditor" for a few seconds (engine login delay); tests sharing the
      // context log in as auditor right after, so the lock must not outlive this test
      identityService.unlockUser("auditor");
    }
  }

  @Test
  @DisplayName("with drafter:demo /engine-rest/task answers 200 and lists only tasks the drafter may see")
  void drafterSeesOwnTasks() {
    TestRestTemplate drafter = rest.withBasicAuth("drafter", "demo");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body =
        "{\"variables\":{\"title\":{\"value\":\"REST 测试文件\"},\"docType\":{\"value\":\"通知\"},"
            + "\"issuingUnit\":{\"value\":\"市应急管理局\"}}}";
    ResponseEntity<Map> started =
        drafter.exchange(
            "/engine-rest/process-definition/key/normative-document/start",
            HttpMethod.POST,
            new HttpEntity<>(body, headers),
            Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    // every document first gets the legal office's finding (R-ND-13, R-MD-18), then the drafter drafts
    TestRestTemplate legal = rest.withBasicAuth("legal", "demo");
    List<Map<String, Object>> findings = legal.exchange(
        "/engine-rest/task?processInstanceId=" + started.getBody().get("id"), HttpMethod.GET, null, LIST).getBody();
    assertThat(findings).singleElement().satisfies(t -> assertThat(t.get("taskDefinitionKey")).isEqualTo("Task_IdentifyDocument"));
    assertThat(legal.exchange("/engine-rest/task/" + findings.get(0).get("id") + "/submit-form", HttpMethod.POST,
        new HttpEntity<>("{\"variables\":{\"identificationFinding\":{\"value\":\"NORMATIVE\"},\"identificationReason\":{\"value\":\"设定义务，反复适用\"},"
            + "\"fcrFinding\":{\"value\":\"NOT_APPLIES\"},\"fcrFindingReason\":{\"value\":\"不涉及经营者经济活动\"},"
            + "\"trackFinding\":{\"value\":\"ORDINARY\"},\"trackFindingReason\":{\"value\":\"不属于重大行政决策\"}}}", headers), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<List<Map<String, Object>>> tasks =
        drafter.exchange("/engine-rest/task", HttpMethod.GET, null, LIST);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody()).isNotEmpty().allSatisfy(t -> assertThat(t.get("name")).isNotNull());
    assertThat(tasks.getBody()).extracting(t -> t.get("processInstanceId")).contains(started.getBody().get("id"));

    ResponseEntity<List<Map<String, Object>>> legalTasks =
        rest.withBasicAuth("legal", "demo")
            .exchange("/engine-rest/task?processInstanceId=" + started.getBody().get("id"), HttpMethod.GET, null, LIST);
    assertThat(legalTasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(legalTasks.getBody()).isEmpty();

    ResponseEntity<String> form =
        drafter.getForEntity(
            "/engine-rest/task/" + tasks.getBody().stream()
                .filter(t -> started.getBody().get("id").equals(t.get("processInstanceId")))
                .findFirst().orElseThrow().get("id") + "/deployed-form",
            String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("normative-document-drafting");
  }

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Test
  @DisplayName("a clerk logged into the webapps may read /api with the session, but not write with it")
  void webappSessionReadsApi() throws Exception {
    java.net.CookieManager cookies = new java.net.CookieManager();
    java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/camunda/app/tasklist/")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    java.net.http.HttpResponse<String> login = http.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
            .header("X-XSRF-TOKEN", token)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=auditor&password=demo")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    java.net.http.HttpResponse<String> read = http.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/documents")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(read.statusCode()).isEqualTo(200);
    java.net.http.HttpResponse<String> write = http.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/documents"))
            .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(write.statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("the registry API answers authenticated users")
  void registryApi() {
    ResponseEntity<String> documents = rest.withBasicAuth("auditor", "demo").getForEntity("/api/documents", String.class);
    assertThat(documents.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("auditor", "demo").getForEntity("/api/documents/nope", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
