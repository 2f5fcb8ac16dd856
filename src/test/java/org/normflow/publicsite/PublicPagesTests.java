package org.normflow.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.consultation.CommentRateLimit;
import org.normflow.consultation.ConsultationRepository;
import org.normflow.consultation.DispositionRows;
import org.normflow.consultation.PublicParticipationSettings;
import org.normflow.consultation.WallClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14: the public page without login and without script (plain HTML form with the page's time
 * token), moderation by the drafting unit only (auditors read), the adoption report published
 * without personal data (R-C-05), user text shown as text (R-C-06).
 */
@NormFlowSpringTest
class PublicPagesTests {

  static final String PHONE = "13700001234";
  static final String NAME = "司马相如";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired ConsultationRepository consultations;
  @Autowired PublicParticipationSettings settings;
  @Autowired CommentRateLimit rateLimit;
  @Autowired WallClock wallClock;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  final HttpClient http = HttpClient.newHttpClient();
  DocumentDriver driver;
  boolean requireToken;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    driver = new DocumentDriver(engine, workingDays);
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
    requireToken = settings.isRequireToken();
    settings.setRequireToken(true);
    rateLimit.clear();
  }

  @AfterEach
  void restore() {
    ClockUtil.reset();
    settings.setRequireToken(requireToken);
    wallClock.reset();
    rateLimit.clear();
  }

  @AfterAll
  static void resetAssertions() {
    BpmnAwareTests.reset();
  }

  record Answer(int status, String body, HttpResponse<String> response) {}

  Answer get(String path, String user) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", basic(user));
    }
    return send(request.build());
  }

  Answer postForm(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  Answer postJson(String path, String user, String json) {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").header("Authorization", basic(user))
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String token(String page) {
    Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as("the form carries a token").isTrue();
    return m.group(1);
  }

  /** A normative document started by 王明 of 危化品监管科 (its id is the instance's), the notice published. */
  ProcessInstance documentInConsultation(String title) {
    ProcessInstance pi = Clerks.as(engine, "drafter", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("normative-document", DocumentDriver.startValues(title, false, false)));
    driver.confirm(pi, false, false);
    driver.draft(pi);
    ProcessInstance consultation = driver.calledInstance(pi, "public-consultation");
    driver.publishNotice(consultation, 7, null);
    return consultation;
  }

  @Test
  @DisplayName("R-ND-02 R-C-05 a person comments on the public page without login or script; the drafting unit publishes it; the report is published without personal data")
  void publicPageJourney() {
    String title = "公众参与页面测试办法 " + DocumentDriver.uniqueId("PUB");
    ProcessInstance consultation = documentInConsultation(title);
    String id = (String) engine.getRuntimeService().getVariable(consultation.getId(), "caseId");

    Answer index = get("/public/", null);
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.body()).contains(title, "正在征求意见，还剩 10 天", "征求意见期限：2026年3月2日至2026年3月11日", "起草单位：市应急管理局 危化品监管科");
    assertThat(index.response().headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'", "form-action 'self'");
    assertThat(index.response().headers().firstValue("X-Content-Type-Options")).contains("nosniff");

    Answer page = get("/public/consultations/" + id, null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("第一条 为了规范", "征求意见稿", "起草说明", "规范应急物资储备管理", "现公开征求意见",
        "<option value=\"第一条\">", "提交意见").doesNotContain("<script");

    Map<String, String> form = new LinkedHashMap<>();
    form.put("clause", "第一条");
    form.put("text", "建议第一条写明适用范围。<script>alert('x')</script>");
    form.put("name", NAME);
    form.put("phone", PHONE);
    form.put("email", "");
    form.put("token", token(page.body()));
    Answer tooFast = postForm("/public/consultations/" + id + "/comments", form);
    assertThat(tooFast.status()).isEqualTo(400);
    assertThat(tooFast.body()).contains("提交过快", "建议第一条写明适用范围").contains("value=\"" + NAME + "\"");
    wallClock.shift(Duration.ofSeconds(settings.getTokenMinAgeSeconds()));
    Answer thanks = postForm("/public/consultations/" + id + "/comments", form);
    assertThat(thanks.status()).isEqualTo(201);
    assertThat(thanks.body()).contains("意见已收到", "回执编号");
    assertThat(postForm("/public/consultations/" + id + "/comments", form).body()).contains("无需重复提交");
    List<ConsultationRepository.Comment> stored = consultations.comments(consultation.getId());
    assertThat(stored).hasSize(1).first().satisfies(c -> {
      assertThat(c.status()).isEqualTo("PENDING");
      assertThat(c.clause()).isEqualTo("第一条");
      assertThat(c.commenterPhone()).isEqualTo(PHONE);
    });
    assertThat(get("/public/consultations/" + id, null).body()).contains("暂无已公开的意见").doesNotContain("写明适用范围");

    // staff: the unit's drafter reads the contact, another unit and the public cannot, the auditor only reads
    String comments = "/api/consultations/" + consultation.getId() + "/comments";
    assertThat(get(comments, "drafter").body()).contains(PHONE);
    assertThat(get(comments, "auditor").body()).contains(PHONE);
    assertThat(get(comments, "drafter2").status()).isEqualTo(403);
    assertThat(get(comments, "legal").status()).isEqualTo(403);
    assertThat(get(comments, null).status()).isEqualTo(401);
    Answer staffAnonymous = get("/staff/", null);
    assertThat(staffAnonymous.status()).isEqualTo(401);
    assertThat(staffAnonymous.body()).contains("请先登录");
    String moderation = "/api/consultations/" + consultation.getId() + "/moderation";
    String publish = "{\"commentIds\":[" + stored.get(0).id() + "],\"status\":\"PUBLISHED\"}";
    assertThat(postJson(moderation, "auditor", publish).status()).isEqualTo(403);
    assertThat(postJson(moderation, "drafter2", publish).status()).isEqualTo(403);
    Answer noReason = postJson(moderation, "drafter", "{\"commentIds\":[" + stored.get(0).id() + "],\"status\":\"HIDDEN\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("不公开须选择理由");
    // the staff page's form: without its per-session token, or from another site, nothing changes
    String staffPost = "/staff/consultations/" + consultation.getId() + "/moderation";
    String staffForm = "ids=" + stored.get(0).id() + "&status=PUBLISHED";
    Answer forged = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + staffPost))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", basic("drafter"))
        .POST(HttpRequest.BodyPublishers.ofString(staffForm + "&_csrf=guessed")).build());
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.body()).contains("页面已过期");
    Answer crossSite = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + staffPost))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", basic("drafter"))
        .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString(staffForm)).build());
    assertThat(crossSite.status()).isEqualTo(403);
    assertThat(consultations.comments(consultation.getId()).get(0).status()).isEqualTo("PENDING");
    assertThat(postJson(moderation, "drafter", publish).status()).isEqualTo(200);
    Answer staffPage = get("/staff/consultations/" + consultation.getId() + "?status=ALL", "drafter");
    assertThat(staffPage.status()).isEqualTo(200);
    assertThat(staffPage.body()).contains(PHONE, "已公开");

    Answer published = get("/public/consultations/" + id, null);
    assertThat(published.body()).contains("已公开的意见（1 条）", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .doesNotContain(PHONE, NAME, "<script>");

    // a second comment, hidden for abuse, then the period ends and the unit disposes of both
    settings.setRequireToken(false);
    assertThat(postForm("/public/consultations/" + id + "/comments",
        Map.of("text", "辱骂内容", "phone", "13100000000")).status()).isEqualTo(201);
    long second = consultations.comments(consultation.getId()).get(1).id();
    assertThat(postJson(moderation, "drafter", "{\"commentIds\":[" + second + "],\"status\":\"HIDDEN\",\"reason\":\"ABUSE\",\"note\":\"含辱骂\"}")
        .status()).isEqualTo(200);
    driver.closeConsultation(consultation);
    assertThat(get("/public/consultations/" + id, null).body()).contains("征求意见期已结束", "意见正在研究处理");
    Answer late = postForm("/public/consultations/" + id + "/comments", Map.of("text", "迟到的意见"));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("已结束，不再接收意见").doesNotContain("<form class=\"comment\"");
    Clerks.complete(engine, driver.task(consultation.getId(), "Task_DisposeComments"),
        withVariables("commentRows", DispositionRows.rows().row(1, "PARTLY", "已在第一条增加适用范围")
                .row(2, null, null, "ABUSE").json(),
            "restDisposition", "NOT_ADOPTED", "restReason", "与本文件无关",
            "adoptionSummary", "共收到意见 2 条，已逐条研究。"));
    Answer report = get("/public/consultations/" + id, null);
    assertThat(report.body()).contains("意见采纳情况", "共收到意见 2 条，已逐条研究。", "部分采纳", "已在第一条增加适用范围",
        "内容不公开：辱骂、攻击等不当言论").doesNotContain(PHONE, NAME, "13100000000", "辱骂内容");
    assertThat(consultations.comments(consultation.getId())).extracting(ConsultationRepository.Comment::status)
        .containsExactly("PUBLISHED", "HIDDEN");
  }

  @Test
  @DisplayName("R-ND-02 the dispose form has a row per comment, may hide comments and disposes of the rest at once; pending comments are published with the report")
  void groupedDispositionAndHidingInTheForm() {
    ProcessInstance consultation = documentInConsultation("分组处理测试 " + DocumentDriver.uniqueId("PUB"));
    String id = (String) engine.getRuntimeService().getVariable(consultation.getId(), "caseId");
    settings.setRequireToken(false);
    for (int i = 1; i <= 300; i++) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("text", "第 " + i + " 条意见");
      form.put("clause", i <= 100 ? "第一条" : "总体意见");
      assertThat(postForm("/public/consultations/" + id + "/comments", form).status()).isEqualTo(201);
    }
    driver.closeConsultation(consultation);
    String digest = (String) engine.getRuntimeService().getVariable(consultation.getId(), "commentDigest");
    assertThat(digest).contains("【第一条】100 条", "【总体意见】200 条").hasSizeLessThanOrEqualTo(4000);
    String task = "Task_DisposeComments";
    assertThatThrownBy(() -> Clerks.complete(engine, driver.task(consultation.getId(), task),
            withVariables("commentRows", DispositionRows.rows().range(1, 100, "ADOPTED", null).json(),
                "adoptionSummary", "已研究")))
        .hasMessageContaining("“逐条处理”缺少第 101-300 条意见");
    assertThatThrownBy(() -> Clerks.complete(engine, driver.task(consultation.getId(), task),
            withVariables("commentRows", DispositionRows.rows().range(1, 100, "ADOPTED", null)
                .range(101, 300, null, null).json(), "adoptionSummary", "已研究")))
        .hasMessageContaining("第 101-300 条意见尚未选择处理结论");
    assertThatThrownBy(() -> Clerks.complete(engine, driver.task(consultation.getId(), task),
            withVariables("commentRows", DispositionRows.rows().range(1, 100, "ADOPTED", null)
                .range(101, 300, null, null).json(), "restDisposition", "NOT_ADOPTED", "adoptionSummary", "已研究")))
        .hasMessageContaining("第 101-300 条意见部分采纳或不采纳，须写明理由");
    assertThatThrownBy(() -> Clerks.complete(engine, driver.task(consultation.getId(), task),
            withVariables("commentRows", DispositionRows.rows().row(7, "ADOPTED", null, "骂人")
                .range(8, 300, "ADOPTED", null).range(1, 6, "ADOPTED", null).json(), "adoptionSummary", "已研究")))
        .hasMessageContaining("第 7 条意见的“是否公开”取值“骂人”无效");
    DispositionRows rows = DispositionRows.rows().range(1, 4, "ADOPTED", null).row(5, "PARTLY", "仅采纳前半部分")
        .range(6, 6, "ADOPTED", null).row(7, "ADOPTED", null, "SPAM").row(8, "ADOPTED", null, "SPAM")
        .range(9, 100, "ADOPTED", null).range(101, 149, null, null).row(150, null, null, "PERSONAL_DATA")
        .range(151, 300, null, null);
    Clerks.complete(engine, driver.task(consultation.getId(), task),
        withVariables("commentRows", rows.json(), "restDisposition", "NOT_ADOPTED",
            "restReason", "与本文件调整范围无关", "adoptionSummary", "已逐条研究。"));
    List<ConsultationRepository.Comment> all = consultations.comments(consultation.getId());
    assertThat(all).filteredOn(c -> "HIDDEN".equals(c.status())).extracting(ConsultationRepository.Comment::number)
        .containsExactly(7, 8, 150);
    assertThat(all).filteredOn(c -> "PUBLISHED".equals(c.status())).hasSize(297);
    assertThat(all.get(4).disposition()).isEqualTo("PARTLY");
    assertThat(all.get(0).disposition()).isEqualTo("ADOPTED");
    assertThat(all.get(200).disposition()).isEqualTo("NOT_ADOPTED");
    String report = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(consultation.getId()).variableName("consultationAdoptionReport").singleResult().getValue();
    assertThat(report).contains("第 1-4、6-100 条：采纳", "第 5 条：部分采纳。理由：仅采纳前半部分",
        "第 101-300 条：不采纳。理由：与本文件调整范围无关");
  }

  @Test
  @DisplayName("R-ND-07 R-ND-10 R-MD-01 R-MD-12 the public lists without login: documents in force with number, dates and validity; the published catalogue; published decisions")
  void publicListsAnswer() {
    String suffix = DocumentDriver.uniqueId("L");
    java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
    jdbc.sql("INSERT INTO nf_document (id, title, doc_type, issuing_unit, concerns_market, major_decision, trial, stage, "
            + "doc_number, published_on, effective_on, valid_until, created_at, updated_at) "
            + "VALUES (?, ?, '办法', '市应急管理局', FALSE, FALSE, FALSE, ?, ?, ?, ?, ?, ?, ?)")
        .params("D-" + suffix, "有效文件<b>" + suffix + "</b>", "IN_FORCE", "X应急规〔2026〕" + suffix + "号",
            LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5), LocalDate.of(2031, 2, 4), now, now).update();
    jdbc.sql("INSERT INTO nf_document (id, title, doc_type, issuing_unit, concerns_market, major_decision, trial, stage, "
            + "created_at, updated_at) VALUES (?, ?, '办法', '市应急管理局', FALSE, FALSE, FALSE, 'DRAFTING', ?, ?)")
        .params("DR-" + suffix, "起草中的文件" + suffix, now, now).update();
    int year = 2090 + Math.floorMod(suffix.hashCode(), 9);
    jdbc.sql("DELETE FROM nf_catalogue_item WHERE catalogue_year = ?").param(year).update();
    jdbc.sql("DELETE FROM nf_catalogue WHERE catalogue_year = ?").param(year).update();
    jdbc.sql("INSERT INTO nf_catalogue (catalogue_year, status, created_at) VALUES (?, 'PUBLISHED', ?)").params(year, now).update();
    jdbc.sql("INSERT INTO nf_catalogue_item (catalogue_year, title, lead_unit, status, created_at, updated_at) "
            + "VALUES (?, ?, '危化品监管科', 'IN_PROGRESS', ?, ?)").params(year, "目录事项" + suffix, now, now).update();
    jdbc.sql("INSERT INTO nf_decision (id, title, lead_unit, stage, created_at, updated_at) VALUES (?, ?, '应急救援科', 'IMPLEMENTING', ?, ?)")
        .params("MD-" + suffix, "已公布决策" + suffix, now, now).update();
    jdbc.sql("INSERT INTO nf_decision_report (decision_id, kind, content, created_at) VALUES (?, 'PUBLICATION', ?, ?)")
        .params("MD-" + suffix, "公布日期：2026-03-01\n意见采纳情况说明：已采纳", now).update();

    Answer documents;
    Answer decisions;
    try {
      documents = get("/public/documents", null);
      decisions = get("/public/decisions", null);
    } finally {
      // other test classes share this database: leave nothing behind
      jdbc.sql("DELETE FROM nf_decision_report WHERE decision_id = ?").param("MD-" + suffix).update();
      jdbc.sql("DELETE FROM nf_decision WHERE id = ?").param("MD-" + suffix).update();
      jdbc.sql("DELETE FROM nf_catalogue_item WHERE catalogue_year = ?").param(year).update();
      jdbc.sql("DELETE FROM nf_catalogue WHERE catalogue_year = ?").param(year).update();
      jdbc.sql("DELETE FROM nf_document WHERE id IN (?, ?)").params("D-" + suffix, "DR-" + suffix).update();
      jdbc.sql("DELETE FROM nf_case_summary WHERE case_id IN (?, ?, ?)").params("D-" + suffix, "DR-" + suffix, "MD-" + suffix).update();
    }
    assertThat(documents.body()).contains("现行有效的行政规范性文件", "X应急规〔2026〕" + suffix + "号",
        "有效文件&lt;b&gt;" + suffix + "&lt;/b&gt;", "2026-02-05", "2031-02-04").doesNotContain("起草中的文件" + suffix);
    assertThat(decisions.body()).contains("年度重大行政决策事项目录", "目录事项" + suffix, "办理中", String.valueOf(year),
        "已公布决策" + suffix, "决策执行", "意见采纳情况说明：已采纳");
    Answer missing = get("/public/consultations/NO-SUCH", null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("没有找到该征求意见事项");
    assertThat(get("/public/site.css", null).status()).isEqualTo(200);
  }
}
