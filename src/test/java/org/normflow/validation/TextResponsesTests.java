package org.normflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** R-C-06 user text is text in what the APIs answer: data with its declared type, never sniffed as a page. */
@NormFlowSpringTest
class TextResponsesTests {

  static final String HOSTILE = "<img src=x onerror=alert(1)><b>粗体</b>[登录](http://evil.example/login)<!-- \"引号\"\r\n下一行";

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar calendar;
  @Autowired TestRestTemplate rest;

  @Test
  @DisplayName("R-C-06 a draft with hostile text downloads as a UTF-8 text attachment with nosniff, its name encoded")
  void draftDownloadIsPlainText() {
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    String id = DocumentDriver.uniqueId("TXT");
    ProcessInstance pi = driver.start(id, "办法" + HOSTILE.replace("\r\n", " "), false, false);
    Map<String, Object> draft = new HashMap<>(DocumentDriver.draftValues());
    draft.put("purpose", HOSTILE);
    driver.complete(pi.getId(), "Task_Drafting", draft);

    ResponseEntity<String> file =
        rest.withBasicAuth("drafter", "demo").getForEntity("/api/documents/" + id + "/versions/1/draft", String.class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getHeaders().getContentType()).hasToString("text/plain;charset=UTF-8");
    assertThat(file.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    String disposition = file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    // the name a browser saves it under: the title with the characters no file name may hold replaced
    assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''")
        .doesNotContain("<", ">", "\r", "\n", "%3C", "%2F", "%22");
    assertThat(java.net.URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("办法_img src=x onerror=alert(1)__b_粗体__b_[登录](http___evil.example_login)_!-- _引号_ 下一行（第1稿）.txt");
    assertThat(file.getBody()).contains("办法<img src=x onerror=alert(1)><b>粗体</b>", HOSTILE);
  }

  @Test
  @DisplayName("R-C-06 the JSON APIs answer application/json with nosniff, refusals and the engine's REST API too")
  void apisAreJsonWithNoSniff() {
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    String id = DocumentDriver.uniqueId("TXJ");
    driver.start(id, "办法" + HOSTILE.replace("\r\n", " "), false, false);

    ResponseEntity<String> record = rest.withBasicAuth("auditor", "demo").getForEntity("/api/documents/" + id, String.class);
    assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(record.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(record.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(record.getBody()).contains("\"title\":\"办法<img src=x onerror=alert(1)>");

    for (String path : new String[] {"/api/documents", "/api/decisions", "/engine-rest/task", "/engine-rest/process-definition"}) {
      ResponseEntity<String> answer = rest.withBasicAuth("auditor", "demo").getForEntity(path, String.class);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).as(path).isTrue();
      assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
    }

    ResponseEntity<String> missing =
        rest.withBasicAuth("auditor", "demo").getForEntity("/api/documents/" + id + "/versions/9/draft", String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(missing.getHeaders().getContentType()).isNotNull();
    assertThat(missing.getHeaders().getContentType().getSubtype()).doesNotContain("html");

    ResponseEntity<String> anonymous = rest.getForEntity("/api/documents/" + id, String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
