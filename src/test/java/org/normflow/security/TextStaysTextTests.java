package org.normflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * R-C-06 text stays text: a title carrying NUL, a bidirectional override or a zero-width character is
 * refused with a message that says so, and nothing is started; dates outside a plausible range are refused.
 */
@NormFlowSpringTest
class TextStaysTextTests {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  ResponseEntity<String> start(String title, String plannedEffectiveDate) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String escaped = title.chars().mapToObj(c -> c < 0x7f && c >= 0x20 && c != '"' && c != '\\'
        ? String.valueOf((char) c) : String.format("\\u%04x", c)).reduce("", String::concat);
    String body = "{\"variables\":{\"title\":{\"value\":\"" + escaped + "\"},\"docType\":{\"value\":\"通知\"},"
        + "\"issuingUnit\":{\"value\":\"市应急管理局\"}"
        + (plannedEffectiveDate == null ? "" : ",\"plannedEffectiveDate\":{\"value\":\"" + plannedEffectiveDate + "\"}")
        + "}}";
    return rest.withBasicAuth("drafter", "demo").postForEntity(
        "/engine-rest/process-definition/key/normative-document/start", new HttpEntity<>(body, headers), String.class);
  }

  @Test
  @DisplayName("R-C-06 NUL, bidirectional overrides and zero-width characters in a title are refused, nothing is started")
  void invisibleCharactersRefused() {
    Map<String, String> hostile = Map.of(
        "NUL", "关于\u0000应急物资的通知",
        "right-to-left override", "关于应急物资的通知\u202e知通",
        "isolate", "关于\u2067应急物资\u2069的通知",
        "zero-width space", "关于应\u200b急物资的通知",
        "byte-order mark", "\ufeff关于应急物资的通知",
        "bell", "关于应急物资的通知\u0007");
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    hostile.forEach((kind, title) -> {
      ResponseEntity<String> answer = start(title, null);
      assertThat(answer.getStatusCode()).as(kind).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(kind).contains("文件标题").containsAnyOf("不可见的字符", "控制字符");
    });
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    // line breaks, tabs and ordinary Chinese punctuation are plain text
    assertThat(start("关于应急物资储备的通知（试行）——第一稿\t修订", null).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("R-C-06 a date far outside a plausible range is refused with the range it must lie in")
  void implausibleDatesRefused() {
    for (String date : List.of("0226-03-01", "2206-03-01")) {
      ResponseEntity<String> answer = start("日期测试", date);
      assertThat(answer.getStatusCode()).as(date).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(date).contains("拟施行日期", "年份不在合理范围内");
    }
  }
}
