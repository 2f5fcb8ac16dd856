package org.normflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: public comments are stored in the registry, never correlated to the running process; a
 * double submit stores one; personal data never reaches the engine (R-C-05); bad, oversized or
 * flooding submissions get clear Chinese 4xx answers, never a 5xx.
 */
@NormFlowSpringTest
class PublicCommentsTests {

  static final String NAME = "欧阳娜娜";
  static final String PHONE = "13912345678";
  static final String EMAIL = "ouyang.private@example.cn";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired ConsultationRepository consultations;
  @Autowired PublicParticipationSettings settings;
  @Autowired CommentRateLimit rateLimit;
  @Autowired PublicRequestLimit publicRequests;
  @Autowired WallClock wallClock;
  @Autowired JdbcClient jdbc;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  final ObjectMapper json = new ObjectMapper();
  DocumentDriver driver;
  boolean requireToken;
  int maxPerAddress;
  int maxRequests;
  int minAge;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    driver = new DocumentDriver(engine, workingDays);
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
    requireToken = settings.isRequireToken();
    maxPerAddress = settings.getMaxCommentsPerAddress();
    maxRequests = settings.getMaxRequestsPerAddress();
    minAge = settings.getTokenMinAgeSeconds();
    rateLimit.clear();
    publicRequests.clear();
  }

  @AfterEach
  void restore() {
    ClockUtil.reset();
    settings.setRequireToken(requireToken);
    settings.setMaxCommentsPerAddress(maxPerAddress);
    settings.setMaxRequestsPerAddress(maxRequests);
    settings.setTokenMinAgeSeconds(minAge);
    wallClock.reset();
    rateLimit.clear();
    publicRequests.clear();
  }

  @AfterAll
  static void resetAssertions() {
    BpmnAwareTests.reset();
  }

  /** A standalone consultation with its notice published (7 working days), waiting for its period to end. */
  ProcessInstance openConsultation(String caseId) {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(
        "public-consultation",
        withVariables(
            "caseId", caseId, "caseType", "DOCUMENT", "caseTitle", "公众参与测试", "consultationMinDays", 7,
            "consultationDayKind", "WORKING_DAYS", "consultationRuleId", "R-ND-02"));
    driver.publishNotice(pi, 7, null);
    return pi;
  }

  record Answer(int status, String body, HttpResponse<String> response) {}

  Answer post(String caseId, Map<String, Object> comment) {
    try {
      return send(HttpRequest.newBuilder(uri("/api/public/consultations/" + caseId + "/comments"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(comment))).build());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  Answer postRaw(String caseId, String contentType, String body) {
    return send(HttpRequest.newBuilder(uri("/api/public/consultations/" + caseId + "/comments"))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  String token(String caseId) {
    Answer answer = send(HttpRequest.newBuilder(uri("/api/public/consultations/" + caseId + "/comment-token")).GET().build());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    try {
      return json.readTree(answer.body()).path("token").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  static Map<String, Object> comment(String text) {
    Map<String, Object> c = new HashMap<>();
    c.put("text", text);
    return c;
  }

  int stored(ProcessInstance pi) {
    return consultations.comments(pi.getId()).size();
  }

  @Test
  @DisplayName("R-ND-02 a comment is stored in the registry and the running consultation is not touched; unknown or closed consultations refuse it")
  void storedNotCorrelated() {
    String caseId = DocumentDriver.uniqueId("PC");
    ProcessInstance pi = openConsultation(caseId);
    Map<String, Object> before = engine.getRuntimeService().getVariables(pi.getId());
    long historicDetails = engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).count();

    Answer stored = post(caseId, comment("建议第三条增加储备轮换要求"));
    assertThat(stored.status()).as(stored.body()).isEqualTo(202);
    assertThat(stored.body()).contains("意见已收到");
    assertThat(stored(pi)).isEqualTo(1);
    assertThat(consultations.comments(pi.getId()).get(0).status()).isEqualTo("PENDING");
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).isEqualTo(before);
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).count())
        .isEqualTo(historicDetails);
    assertThat(pi).isWaitingAt("Timer_ConsultationClosed");

    Answer unknown = post("NO-SUCH-CASE", comment("意见"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("没有找到该征求意见事项");

    driver.closeConsultation(pi);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "consultationCommentCount")).isEqualTo(1);
    Answer late = post(caseId, comment("迟到的意见"));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("已结束，不再接收意见");
    assertThat(stored(pi)).isEqualTo(1);
  }

  @Test
  @DisplayName("R-ND-02 issue 29 a double submit stores one comment: the same form token, or the same text and contact without one; another comment on a spent token is told to reload")
  void doubleSubmitStoresOne() {
    String caseId = DocumentDriver.uniqueId("PC");
    ProcessInstance pi = openConsultation(caseId);
    Map<String, Object> first = comment("同一条意见，按了两次提交");
    first.put("phone", "13800001111");
    assertThat(post(caseId, first).status()).isEqualTo(202);
    Answer again = post(caseId, first);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).contains("无需重复提交");
    assertThat(stored(pi)).isEqualTo(1);

    settings.setRequireToken(true);
    Map<String, Object> withToken = comment("带凭证的意见");
    withToken.put("token", token(caseId));
    wallClock.shift(Duration.ofSeconds(settings.getTokenMinAgeSeconds()));
    assertThat(post(caseId, withToken).status()).isEqualTo(202);
    assertThat(post(caseId, withToken).status()).as("the same comment sent again").isEqualTo(200);
    // issue 29: a different comment on a spent page is not "received" and silently discarded
    withToken.put("text", "同一凭证再提交另一条意见");
    Answer other = post(caseId, withToken);
    assertThat(other.status()).isEqualTo(409);
    assertThat(other.body()).contains("本条意见尚未保存").contains("请刷新页面");
    assertThat(stored(pi)).isEqualTo(2);
  }

  @Test
  @DisplayName("R-C-05 the commenter's name, phone and e-mail never reach the engine's variables or history, through closing and disposition")
  void personalDataNeverInTheEngine() {
    String caseId = DocumentDriver.uniqueId("PC");
    ProcessInstance pi = openConsultation(caseId);
    Map<String, Object> c = comment("建议增加夜间值守要求");
    c.put("name", NAME);
    c.put("phone", PHONE);
    c.put("email", EMAIL);
    assertThat(post(caseId, c).status()).isEqualTo(202);
    assertThat(consultations.comments(pi.getId()).get(0).commenterPhone()).isEqualTo(PHONE);
    driver.closeConsultation(pi);
    driver.disposeAllAdopted(pi);
    assertThat(pi).isEnded();

    for (String secret : List.of(NAME, PHONE, EMAIL)) {
      String like = "%" + secret + "%";
      int inVariables = jdbc.sql("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE TEXT_ LIKE ? OR TEXT2_ LIKE ? OR NAME_ LIKE ?")
          .params(like, like, like).query(Integer.class).single();
      int inDetails = jdbc.sql("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE TEXT_ LIKE ? OR TEXT2_ LIKE ?")
          .params(like, like).query(Integer.class).single();
      int inRuntime = jdbc.sql("SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE TEXT_ LIKE ? OR TEXT2_ LIKE ?")
          .params(like, like).query(Integer.class).single();
      int inLog = jdbc.sql("SELECT COUNT(*) FROM ACT_HI_OP_LOG WHERE ORG_VALUE_ LIKE ? OR NEW_VALUE_ LIKE ?")
          .params(like, like).query(Integer.class).single();
      int inBytes = jdbc.sql("SELECT COUNT(*) FROM ACT_GE_BYTEARRAY WHERE UTF8TOSTRING(BYTES_) LIKE ?")
          .params(like).query(Integer.class).single();
      assertThat(List.of(inVariables, inDetails, inRuntime, inLog, inBytes)).as(secret).containsOnly(0);
    }
    assertThat(consultations.find(pi.getId()).get("adoption_report").toString()).doesNotContain(NAME, PHONE, EMAIL);
  }

  @Test
  @DisplayName("R-C-06 oversized, malformed and hostile comments get a clear Chinese 4xx and are not stored; nothing answers 5xx")
  void badInputIsRefusedClearly() {
    String caseId = DocumentDriver.uniqueId("PC");
    ProcessInstance pi = openConsultation(caseId);
    Map<String, Object> atLimit = comment("意".repeat(settings.getMaxTextLength()));
    atLimit.put("name", "名".repeat(settings.getMaxNameLength()));
    atLimit.put("phone", "1".repeat(settings.getMaxPhoneLength()));
    atLimit.put("email", "a".repeat(settings.getMaxEmailLength() - 12) + "@example.com");
    assertThat(post(caseId, atLimit).status()).as("at every limit").isEqualTo(202);

    List<Object[]> refused = new ArrayList<>();
    refused.add(new Object[] {"text", "长".repeat(settings.getMaxTextLength() + 1), "意见内容不能超过"});
    refused.add(new Object[] {"text", "x".repeat(10_000), "意见内容不能超过"});
    refused.add(new Object[] {"text", "   ", "请填写意见内容"});
    refused.add(new Object[] {"name", "名".repeat(settings.getMaxNameLength() + 1), "“姓名”不能超过"});
    refused.add(new Object[] {"name", "a".repeat(5000), "“姓名”不能超过"});
    refused.add(new Object[] {"phone", "1".repeat(60), "“联系电话”不能超过"});
    refused.add(new Object[] {"phone", "call me maybe", "联系电话只能包含数字"});
    refused.add(new Object[] {"email", "not-an-address", "电子邮箱格式不正确"});
    refused.add(new Object[] {"email", "b".repeat(300) + "@example.com", "“电子邮箱”不能超过"});
    refused.add(new Object[] {"text", "带空字符\u0000的意见", "控制字符"});
    refused.add(new Object[] {"name", "张\u202e三", "不可见的字符"});
    refused.add(new Object[] {"clause", "第九十九条", "涉及条款"});
    for (Object[] r : refused) {
      Map<String, Object> c = comment("正常的意见");
      c.put((String) r[0], r[1]);
      Answer answer = post(caseId, c);
      assertThat(answer.status()).as(r[0] + " " + r[2]).isEqualTo(400);
      assertThat(answer.body()).as(r[0].toString()).contains((String) r[2]);
    }
    for (String body : List.of("{", "[]", "{\"text\": {\"a\": 1}}", "null", "", "{\"text\": 12")) {
      Answer answer = postRaw(caseId, "application/json", body);
      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.body()).as(body).containsPattern("[\\u4e00-\\u9fa5]");
    }
    // issue 15: JSON types matter; a number or a yes/no is not the text of a comment
    Answer numeric = postRaw(caseId, "application/json", "{\"text\": 12}");
    assertThat(numeric.status()).as("a number is not text").isEqualTo(400);
    assertThat(numeric.body()).containsPattern("[\\u4e00-\\u9fa5]");
    Answer wrongType = postRaw(caseId, "text/plain", "意见");
    assertThat(wrongType.status()).isBetween(400, 499);
    Answer huge = postRaw(caseId, "application/json", "{\"text\":\"" + "x".repeat(200_000) + "\"}");
    assertThat(huge.status()).isEqualTo(413);
    assertThat(huge.body()).contains("提交的内容过大");
    Answer longId = post("X".repeat(5000), comment("意见"));
    assertThat(longId.status()).isBetween(400, 499);
    assertThat(stored(pi)).as("only the comment at every limit").isEqualTo(1);
  }

  @Test
  @DisplayName("R-C-06 flooding: one address gets a Chinese 429 beyond its limit, and without a seasoned page token nothing is stored")
  void floodingIsLimited() {
    String caseId = DocumentDriver.uniqueId("PC");
    ProcessInstance pi = openConsultation(caseId);
    settings.setMaxCommentsPerAddress(3);
    for (int i = 0; i < 3; i++) {
      assertThat(post(caseId, comment("第 " + i + " 条")).status()).isEqualTo(202);
    }
    Answer limited = post(caseId, comment("第四条"));
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.body()).contains("提交过于频繁", "每 10 分钟最多提交 3 次");
    assertThat(limited.response().headers().firstValue("Retry-After")).isPresent();
    wallClock.shift(Duration.ofSeconds(settings.getRateWindowSeconds()));
    assertThat(post(caseId, comment("窗口过后可以再提交")).status()).isEqualTo(202);
    settings.setMaxCommentsPerAddress(maxPerAddress);
    settings.setMaxRequestsPerAddress(maxRequests);

    settings.setRequireToken(true);
    Answer noToken = post(caseId, comment("脚本直接提交"));
    assertThat(noToken.status()).isEqualTo(400);
    assertThat(noToken.body()).contains("缺少提交凭证");
    Map<String, Object> tooFast = comment("拿到凭证立刻提交");
    tooFast.put("token", token(caseId));
    Answer fast = post(caseId, tooFast);
    assertThat(fast.status()).isEqualTo(400);
    assertThat(fast.body()).contains("提交过快");
    Map<String, Object> forged = comment("伪造的凭证");
    String real = token(caseId);
    forged.put("token", real.substring(0, real.indexOf('.') + 1) + "AAAA" + real.substring(real.indexOf('.') + 5));
    wallClock.shift(Duration.ofSeconds(10));
    assertThat(post(caseId, forged).body()).contains("页面已过期或无效");
    String otherCase = DocumentDriver.uniqueId("PC");
    openConsultation(otherCase);
    Map<String, Object> wrongCase = comment("别的征求意见的凭证");
    wrongCase.put("token", token(otherCase));
    wallClock.shift(Duration.ofSeconds(10));
    assertThat(post(caseId, wrongCase).body()).contains("页面已过期或无效");
    Map<String, Object> stale = comment("放了一整天的页面");
    stale.put("token", token(caseId));
    wallClock.shift(Duration.ofMinutes(settings.getTokenMaxAgeMinutes() + 1));
    assertThat(post(caseId, stale).body()).contains("页面已过期或无效");
    assertThat(stored(pi)).isEqualTo(4);
  }

  @Test
  @DisplayName("R-ND-02 a burst of 1,000 comments, 16 at a time with page tokens, is answered 2xx and stored exactly once each")
  void burstOfAThousand() throws Exception {
    String caseId = DocumentDriver.uniqueId("PC");
    ProcessInstance pi = openConsultation(caseId);
    settings.setRequireToken(true);
    settings.setMaxCommentsPerAddress(5000);
    settings.setMaxRequestsPerAddress(5000);
    int total = 1000;
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      tokens.add(token(caseId));
    }
    wallClock.shift(Duration.ofSeconds(settings.getTokenMinAgeSeconds()));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    long start = System.nanoTime();
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      Map<String, Object> c = comment("第 " + i + " 条：建议明确储备物资的轮换期限。");
      c.put("name", "公众" + i);
      c.put("phone", "1380000" + String.format("%04d", i));
      c.put("clause", i % 3 == 0 ? "总体意见" : null);
      c.put("token", tokens.get(i));
      answers.add(pool.submit(() -> post(caseId, c).status()));
    }
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    for (Future<Integer> answer : answers) {
      statuses.merge(answer.get(), 1, Integer::sum);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    pool.shutdown();
    int storedCount = stored(pi);
    int distinct = jdbc.sql("SELECT COUNT(DISTINCT content) FROM nf_public_comment WHERE consultation_id = ?")
        .param(pi.getId()).query(Integer.class).single();
    System.out.printf("BURST: sent %d comments, 16 at a time: answers %s, stored %d (distinct texts %d), %d ms (%.0f comments/s)%n",
        total, statuses, storedCount, distinct, millis, total * 1000.0 / Math.max(1, millis));
    assertThat(statuses).containsOnlyKeys(202);
    assertThat(storedCount).isEqualTo(total);
    assertThat(distinct).isEqualTo(total);
    assertThat(pi).isWaitingAt("Timer_ConsultationClosed");
    driver.closeConsultation(pi);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "consultationCommentCount")).isEqualTo(total);
    assertThat(((String) engine.getRuntimeService().getVariable(pi.getId(), "commentDigest")).length()).isLessThanOrEqualTo(4000);
  }
}
