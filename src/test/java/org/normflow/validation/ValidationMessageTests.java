package org.normflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
class ValidationMessageTests {

  @Autowired TestRestTemplate rest;

  HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  @Test
  @DisplayName("a refused form answers 400 with only the Chinese explanation, and the task stays open")
  void refusedFormSpeaksChinese() {
    TestRestTemplate drafter = rest.withBasicAuth("drafter", "demo");
    String start =
        "{\"variables\":{\"title\":{\"value\":\"校验提示测试\"},\"docType\":{\"value\":\"通知\"},"
            + "\"issuingUnit\":{\"value\":\"市应急管理局\"}}}";
    ResponseEntity<Map> started =
        drafter.exchange("/engine-rest/process-definition/key/normative-document/submit-form", HttpMethod.POST, json(start), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String pi = (String) started.getBody().get("id");
    // every document first gets the legal office's finding (R-ND-13, R-MD-18), then the drafter drafts
    TestRestTemplate legal = rest.withBasicAuth("legal", "demo");
    String finding = (String) legal.exchange("/engine-rest/task?processInstanceId=" + pi, HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody().get(0).get("id");
    assertThat(legal.exchange("/engine-rest/task/" + finding + "/submit-form", HttpMethod.POST, json("{\"variables\":{\"identificationFinding\":{\"value\":\"NORMATIVE\"},\"identificationReason\":{\"value\":\"设定义务，反复适用\"},"
            + "\"fcrFinding\":{\"value\":\"NOT_APPLIES\"},\"fcrFindingReason\":{\"value\":\"不涉及经营者经济活动\"},"
            + "\"trackFinding\":{\"value\":\"ORDINARY\"},\"trackFindingReason\":{\"value\":\"不属于重大行政决策\"}}}"),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    List<Map<String, Object>> tasks =
        drafter.exchange("/engine-rest/task?processInstanceId=" + pi, HttpMethod.GET, null,
            new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    String taskId = (String) tasks.get(0).get("id");

    ResponseEntity<Map> refused =
        drafter.exchange("/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST, json("{\"variables\":{}}"), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).startsWith("表单填写有误：").contains("请填写").doesNotContain("ENGINE-");
    assertThat(drafter.getForEntity("/engine-rest/task/" + taskId, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("a refused start form answers 400 in Chinese and starts nothing")
  void refusedStartForm() {
    ResponseEntity<Map> refused =
        rest.withBasicAuth("drafter", "demo")
            .exchange("/engine-rest/process-definition/key/normative-document/submit-form", HttpMethod.POST,
                json("{\"variables\":{\"title\":{\"value\":\"\"}}}"), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).startsWith("表单填写有误：").contains("文件标题");
  }

  @Test
  @DisplayName("the clerk's message is cut out of the engine's wrapper text")
  void clerkMessage() {
    assertThat(ValidationMessageFilter.clerkMessage(
            "ENGINE-03051 There was an exception while invoking the TaskListener. Message: '表单填写有误：请填写“主要内容”'"))
        .isEqualTo("表单填写有误：请填写“主要内容”");
    assertThat(ValidationMessageFilter.clerkMessage("ENGINE-1 something else")).isNull();
  }
}
