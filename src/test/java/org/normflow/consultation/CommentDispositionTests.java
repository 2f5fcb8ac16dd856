package org.normflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10: comment disposition is one row per comment ({@code commentRows}, a Json list), submitted
 * over the REST API Tasklist uses. 300 comments go through in one submission; a dishonest clerk's
 * rows (forged or foreign numbers, duplicates, missing rows, unknown conclusions, huge or invisible
 * text) are refused with a Chinese message, and nothing is stored.
 */
@NormFlowSpringTest
class CommentDispositionTests {

  static final int COMMENTS = 300;
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired ConsultationRepository consultations;
  @Autowired org.normflow.validation.Grounds grounds;

  DocumentDriver driver;

  @BeforeEach
  void setUp() {
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
    driver = new DocumentDriver(engine, workingDays);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  /** A normative document's consultation, closed, with that many comments, waiting at Task_DisposeComments. */
  ProcessInstance closedConsultation(String title, int comments) {
    ProcessInstance pi = Clerks.as(engine, "drafter", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("normative-document", DocumentDriver.startValues(title, false, false)));
    driver.confirm(pi, false, false);
    driver.draft(pi);
    ProcessInstance consultation = driver.calledInstance(pi, "public-consultation");
    driver.publishNotice(consultation, 7, null);
    for (int i = 1; i <= comments; i++) {
      driver.submitComment(consultation, "意见 " + i + "：建议写明避难场所的开放时限", i % 3 == 0 ? "第一条" : "总体意见");
    }
    driver.closeConsultation(consultation);
    return consultation;
  }

  ResponseEntity<String> submit(Task task, String rowsJson, Map<String, Object> more) throws Exception {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    variables.put("commentRows", Map.of("type", "Json", "value", rowsJson));
    variables.put("adoptionSummary", Map.of("value", "共收到意见 300 条，已逐条研究处理。"));
    more.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth("drafter", "demo").exchange("/engine-rest/task/" + task.getId() + "/submit-form",
        HttpMethod.POST, new HttpEntity<>(JSON.writeValueAsString(Map.of("variables", variables)), headers), String.class);
  }

  void assertRefused(ResponseEntity<String> answer, String words, ProcessInstance consultation) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains(words).doesNotContain("Exception:", "SQL", "at org.");
    assertThat(consultations.comments(consultation.getId())).as("nothing stored")
        .allSatisfy(c -> assertThat(c.disposition()).isNull());
    assertThat(driver.task(consultation.getId(), "Task_DisposeComments")).as("still to do").isNotNull();
  }

  @Test
  @DisplayName("R-ND-02 300 comments are disposed of over REST in one submission of rows, and the consultation ends")
  void threeHundredRowsOverRest() throws Exception {
    ProcessInstance consultation = closedConsultation("三百条意见测试 " + DocumentDriver.uniqueId("ROWS"), COMMENTS);
    Object rows = engine.getRuntimeService().getVariable(consultation.getId(), "commentRows");
    assertThat(rows.toString()).contains("\"number\":300", "意见 300");
    Task task = driver.task(consultation.getId(), "Task_DisposeComments");
    DispositionRows answer = DispositionRows.rows().row(1, "PARTLY", "已在第一条写明开放时限").row(2, null, null, "SPAM")
        .range(3, COMMENTS, null, null);

    ResponseEntity<String> done = submit(task, answer.toString(),
        Map.of("restDisposition", "NOT_ADOPTED", "restReason", "已由现行规定涵盖"));

    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    List<ConsultationRepository.Comment> stored = consultations.comments(consultation.getId());
    assertThat(stored).hasSize(COMMENTS);
    assertThat(stored.get(0).disposition()).isEqualTo("PARTLY");
    assertThat(stored.get(1).status()).isEqualTo(ConsultationRepository.HIDDEN);
    assertThat(stored.get(1).moderationReason()).isEqualTo("SPAM");
    assertThat(stored.subList(1, COMMENTS)).allSatisfy(c -> {
      assertThat(c.disposition()).isEqualTo("NOT_ADOPTED");
      assertThat(c.dispositionReason()).isEqualTo("已由现行规定涵盖");
    });
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(consultation.getId()).count())
        .isZero();
    assertThat(consultations.byId(consultation.getId()).orElseThrow().adoptionReport())
        .contains("第 1 条：部分采纳。理由：已在第一条写明开放时限", "（其中 1 条因不宜公开未公开内容）");
  }

  @Test
  @DisplayName("R-ND-02 R-C-05 issue 22 one way to each act: the drafting unit moderates comments until the disposition task records which are published; afterwards moderation is refused and changes nothing")
  void moderationEndsWithTheDisposition() {
    ProcessInstance consultation = closedConsultation("处理后不再审核 " + DocumentDriver.uniqueId("MOD"), 2);
    String path = "/api/consultations/" + consultation.getId() + "/moderation";
    long first = consultations.comments(consultation.getId()).get(0).id();
    ResponseEntity<String> during = rest.withBasicAuth("drafter", "demo").postForEntity(path,
        Map.of("commentIds", List.of(first), "status", "HIDDEN", "reason", "SPAM"), String.class);
    assertThat(during.getStatusCode()).as(during.getBody()).isEqualTo(HttpStatus.OK);

    driver.disposeAllAdopted(consultation);
    assertThat(consultations.comments(consultation.getId()).get(0).status()).as("the disposition published it")
        .isEqualTo(ConsultationRepository.PUBLISHED);
    ResponseEntity<String> after = rest.withBasicAuth("drafter", "demo").postForEntity(path,
        Map.of("commentIds", List.of(first), "status", "HIDDEN", "reason", "SPAM"), String.class);
    assertThat(after.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(after.getBody()).contains("已在“逐条处理意见并形成采纳情况说明”中逐条处理");
    assertThat(consultations.comments(consultation.getId()).get(0).status()).isEqualTo(ConsultationRepository.PUBLISHED);
  }

  @Test
  @DisplayName("R-ND-02 R-C-06 a dishonest clerk's rows are refused with a clear message and nothing is stored")
  void dishonestRowsAreRefused() throws Exception {
    ProcessInstance other = closedConsultation("另一征求意见 " + DocumentDriver.uniqueId("OTHER"), 3);
    DispositionRows foreign = DispositionRows.rows();
    consultations.comments(other.getId()).forEach(c -> foreign.row((int) c.id(), "ADOPTED", null));
    ProcessInstance consultation = closedConsultation("不诚实的处理 " + DocumentDriver.uniqueId("ROWS"), COMMENTS);
    Task task = driver.task(consultation.getId(), "Task_DisposeComments");
    Map<String, Object> none = Map.of();

    assertRefused(submit(task, DispositionRows.rows().range(1, 299, "ADOPTED", null).row("三百零一", "ADOPTED", null, null)
        .toString(), none), "第 300 行的意见序号“三百零一”不是本次征求意见收到的意见（序号为 1 至 300）", consultation);
    assertRefused(submit(task, DispositionRows.rows().range(1, COMMENTS, "ADOPTED", null).row(301, "ADOPTED", null)
        .toString(), none), "第 301 行的意见序号“301”不是本次征求意见收到的意见", consultation);
    // rows name comments by their number in this consultation: another consultation's registry ids do not reach it
    assertRefused(submit(task, foreign.toString(), none), "“逐条处理”缺少第", consultation);
    assertRefused(submit(task, DispositionRows.rows().range(1, COMMENTS, "ADOPTED", null).row(5, "NOT_ADOPTED", "重复")
        .toString(), none), "第 5 条意见出现在多行中", consultation);
    assertRefused(submit(task, DispositionRows.rows().range(1, 150, "ADOPTED", null).range(152, 299, "ADOPTED", null)
        .toString(), none), "“逐条处理”缺少第 151、300 条意见", consultation);
    assertRefused(submit(task, DispositionRows.rows().range(1, COMMENTS, "APPROVED", null).toString(), none),
        "第 1 条意见的处理结论“APPROVED”无效", consultation);
    assertRefused(submit(task, DispositionRows.rows().row(1, "NOT_ADOPTED", "理".repeat(5000))
        .range(2, COMMENTS, "ADOPTED", null).toString(), none), "第 1 条意见的理由不能超过 1000 个字（现为 5000 个字）", consultation);
    assertRefused(submit(task, DispositionRows.rows().row(1, "NOT_ADOPTED", "与本文件\u202e无关")
        .range(2, COMMENTS, "ADOPTED", null).toString(), none), "不可见的字符", consultation);
    assertRefused(submit(task, DispositionRows.rows().range(1, COMMENTS, "NOT_ADOPTED", "理".repeat(2000)).toString(), none),
        "另有", consultation);
    assertRefused(submit(task, "{\"number\":1}", none), "“逐条处理”的内容格式不正确", consultation);
    assertRefused(submit(task, DispositionRows.rows().range(1, COMMENTS, "ADOPTED", null).toString(),
        Map.of("restDisposition", "ALL_GOOD")), "“其余意见”的处理结论只能是", consultation);

    // the foreign consultation's comments were never touched
    assertThat(consultations.comments(other.getId())).allSatisfy(c -> assertThat(c.disposition()).isNull());
  }

  @Test
  @DisplayName("R-C-05 the form's 是否公开 choices are exactly 公开 and the configured grounds for not publishing a comment")
  void visibilityChoicesFollowTheGrounds() throws Exception {
    com.fasterxml.jackson.databind.JsonNode form =
        JSON.readTree(java.nio.file.Path.of("forms/public-consultation-dispose-comments.form").toFile());
    Map<String, String> offered = new java.util.LinkedHashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode row : form.findValue("components").findParent("path").path("components")) {
      if ("visibility".equals(row.path("key").asText())) {
        row.path("values").forEach(v -> offered.put(v.path("value").asText(), v.path("label").asText()));
      }
    }
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    expected.put(CommentRows.PUBLISH, "公开");
    grounds.of(org.normflow.validation.Grounds.HIDDEN_COMMENT).forEach((code, label) -> expected.put(code, "不公开：" + label));
    assertThat(offered).containsExactlyEntriesOf(expected);
  }
}
