package org.normflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R-C-02 (issue 23): a past year's figures confirmed by the legal office (年度数据确认) stay as confirmed when
 * cases move on, later corrections are recorded amendments, and the report paragraphs are drafted from the
 * confirmed figures as a Word document. The year is 2025, built through the engine: one document published and
 * filed, one published with its filing still open when the year is confirmed; no other test confirms 2025.
 */
@NormFlowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnualConfirmationTests {

  static final int YEAR = 2025;

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;

  DocumentDriver driver;
  ProcessInstance filedLater;
  /** The live figures at the moment of confirmation, by key. */
  Map<String, Double> atConfirmation;

  @BeforeAll
  void buildTheYear() {
    BpmnAwareTests.init(engine);
    driver = new DocumentDriver(engine, workingDays);
    try {
      // a document published and filed in 2025, in force since
      DocumentDriver.setClock(LocalDate.of(YEAR, 3, 3), 9);
      ProcessInstance inForce = driver.toDeliberation(DocumentDriver.uniqueId("AC"), "二〇二五年应急物资储备管理办法", false);
      driver.deliberate(inForce, "APPROVED");
      driver.toInForce(inForce);
      // a document published in December 2025 whose filing is recorded after the year was confirmed
      DocumentDriver.setClock(LocalDate.of(YEAR, 11, 3), 9);
      filedLater = driver.toDeliberation(DocumentDriver.uniqueId("AC"), "二〇二五年森林防火巡查规定", false);
      driver.deliberate(filedLater, "APPROVED");
      driver.sign(filedLater);
      driver.publish(filedLater, driver.today(), driver.today().plusDays(30), null);
      assertThat(driver.task(filedLater.getId(), "Task_Filing")).isNotNull();
      assertThat(driver.today().getYear()).isEqualTo(YEAR);
    } finally {
      ClockUtil.reset();
    }
  }

  @AfterAll
  void removeConfirmation() {
    jdbc.sql("DELETE FROM nf_annual_amendment WHERE report_year = ?").param(YEAR).update();
    jdbc.sql("DELETE FROM nf_annual_confirmation WHERE report_year = ?").param(YEAR).update();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as(user + " GET " + path).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  static Map<String, JsonNode> figures(JsonNode view) {
    Map<String, JsonNode> out = new HashMap<>();
    view.path("sections").forEach(s -> s.path("figures").forEach(f -> out.put(f.path("key").asText(), f)));
    return out;
  }

  static String detail(ResponseEntity<String> answer) {
    return answer.getBody() == null ? "" : answer.getBody();
  }

  @Test
  @Order(1)
  @DisplayName("R-C-02 R-C-07 only the legal office confirms a year: not the administrator, an auditor or a drafter; not before the year ends")
  void whoConfirmsAndWhen() throws Exception {
    JsonNode before = get("legal", "/api/reports/annual?year=" + YEAR);
    assertThat(before.path("confirmed").asBoolean()).isFalse();
    assertThat(before.path("mayConfirm").asBoolean()).isTrue();
    assertThat(get("auditor", "/api/reports/annual?year=" + YEAR).path("mayConfirm").asBoolean()).isFalse();
    assertThat(get("admin", "/api/reports/annual?year=" + YEAR).path("mayConfirm").asBoolean()).isFalse();
    for (String user : List.of("admin", "auditor", "drafter", "expert")) {
      ResponseEntity<String> refused = post(user, "/api/reports/annual/" + YEAR + "/confirmation", "{\"note\":\"确认\"}");
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(detail(refused)).as(user).containsPattern("[\\u4e00-\\u9fff]");
    }
    assertThat(detail(post("admin", "/api/reports/annual/" + YEAR + "/confirmation", "{}"))).contains("系统管理员");
    // the year running on the engine's clock, and a year to come, cannot be confirmed
    int thisYear = AuditTime.today().getYear();
    for (int year : List.of(thisYear, thisYear + 3)) {
      ResponseEntity<String> early = post("legal", "/api/reports/annual/" + year + "/confirmation", "{\"note\":\"提前确认\"}");
      assertThat(early.getStatusCode()).as("year " + year).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(detail(early)).contains("尚未结束");
    }
    // a year that has not ended on the engine's clock moved back into it
    DocumentDriver.setClock(LocalDate.of(YEAR, 12, 31), 23);
    try {
      assertThat(post("legal", "/api/reports/annual/" + YEAR + "/confirmation", "{}").getStatusCode())
          .isEqualTo(HttpStatus.BAD_REQUEST);
    } finally {
      ClockUtil.reset();
    }
    assertThat(post("legal", "/api/reports/annual/" + YEAR + "/confirmation", "{\"note\":\"\\u0000\"}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_annual_confirmation WHERE report_year = ?").param(YEAR).query(Long.class).single())
        .isZero();
  }

  @Test
  @Order(2)
  @DisplayName("R-C-02 the legal office confirms the past year once: the figures are kept as they were, with who and when")
  void confirmOnce() throws Exception {
    Map<String, JsonNode> live = figures(get("legal", "/api/reports/annual?year=" + YEAR));
    // the year built through the engine: both documents published in 2025, one of them filed
    assertThat(live.get("documents.published").path("value").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(live.get("documents.filed").path("value").asInt()).isGreaterThanOrEqualTo(1);
    atConfirmation = live.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().path("value").asDouble()));

    ResponseEntity<String> answer = post("legal", "/api/reports/annual/" + YEAR + "/confirmation", "{\"note\":\"经核对案件台账无误\"}");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode view = json.readTree(answer.getBody());
    assertThat(view.path("confirmed").asBoolean()).isTrue();
    assertThat(view.path("status").asText()).isEqualTo("已确认");
    assertThat(view.path("confirmation").path("confirmedBy").asText()).contains("李静");
    assertThat(view.path("confirmation").path("note").asText()).isEqualTo("经核对案件台账无误");
    assertThat(view.path("confirmation").path("confirmedAt").asText()).contains("+08:00");
    figures(view).forEach((key, f) -> assertThat(f.path("value").asDouble()).as(key).isEqualTo(atConfirmation.get(key)));
    assertThat(view.path("liveDifferences").asInt()).isZero();

    ResponseEntity<String> again = post("legal", "/api/reports/annual/" + YEAR + "/confirmation", "{\"note\":\"再次确认\"}");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(detail(again)).contains("不能重复确认");
    // auditors read the confirmed figures; a drafter reads the unit's own live figures and sees the year was confirmed
    JsonNode auditor = get("auditor", "/api/reports/annual?year=" + YEAR);
    assertThat(auditor.path("confirmed").asBoolean()).isTrue();
    assertThat(auditor.path("mayAmend").asBoolean()).isFalse();
    JsonNode drafter = get("drafter", "/api/reports/annual?year=" + YEAR);
    assertThat(drafter.path("confirmed").asBoolean()).isFalse();
    assertThat(drafter.path("confirmation").path("confirmedBy").asText()).contains("李静");
    assertThat(drafter.path("scopeNote").asText()).contains("本科室");
  }

  @Test
  @Order(3)
  @DisplayName("R-C-02 a case that moves on after confirmation does not change the confirmed figure; the recount is shown beside it")
  void confirmedFiguresStand() throws Exception {
    // the filing of the December document is recorded after the year was confirmed, dated in 2025
    driver.file(filedLater, LocalDate.of(YEAR, 12, 30));
    JsonNode view = get("auditor", "/api/reports/annual?year=" + YEAR);
    JsonNode filed = figures(view).get("documents.filed");
    double confirmed = atConfirmation.get("documents.filed");
    assertThat(filed.path("value").asDouble()).isEqualTo(confirmed);
    assertThat(filed.path("confirmedValue").asDouble()).isEqualTo(confirmed);
    assertThat(filed.path("liveValue").asDouble()).isEqualTo(confirmed + 1);
    assertThat(filed.path("liveNote").asText()).contains("重新统计为 " + (long) (confirmed + 1)).contains("以确认的数值为准");
    assertThat(view.path("liveDifferences").asInt()).isGreaterThanOrEqualTo(1);
    // the CSV of a confirmed year states the confirmed value too
    String csv = rest.withBasicAuth("auditor", "demo").getForObject("/api/reports/annual.csv?year=" + YEAR, String.class);
    assertThat(csv).contains("\"报送备案\",\"" + (long) confirmed + "\"");
  }

  @Test
  @Order(4)
  @DisplayName("R-C-02 a correction is a recorded amendment: validated, with the value before, reason, who and when")
  void amendments() throws Exception {
    String path = "/api/reports/annual/" + YEAR + "/amendments";
    Map<String, String> bad = Map.of(
        "{\"key\":\"documents.filed\",\"value\":3}", "更正理由",
        "{\"key\":\"documents.filed\",\"value\":-1,\"reason\":\"补录\"}", "负数",
        "{\"key\":\"documents.filed\",\"value\":\"三件\",\"reason\":\"补录\"}", "数字",
        "{\"key\":\"documents.filed\",\"value\":1.5,\"reason\":\"补录\"}", "整数",
        "{\"key\":\"no.such.figure\",\"value\":1,\"reason\":\"补录\"}", "没有这项指标",
        "{\"key\":\"documents.filed\",\"reason\":\"补录\"}", "数值",
        "{\"value\":1,\"reason\":\"补录\"}", "指标",
        "[1,2]", "");
    bad.forEach((body, message) -> {
      ResponseEntity<String> refused = post("legal", path, body);
      assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(detail(refused)).as(body).contains(message).containsPattern("[\\u4e00-\\u9fff]");
    });
    for (String user : List.of("admin", "auditor", "drafter")) {
      assertThat(post(user, path, "{\"key\":\"documents.filed\",\"value\":3,\"reason\":\"补录\"}").getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<String> unconfirmed = post("legal", "/api/reports/annual/2024/amendments",
        "{\"key\":\"documents.filed\",\"value\":3,\"reason\":\"补录\"}");
    assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(detail(unconfirmed)).contains("尚未确认");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_annual_amendment WHERE report_year = ?").param(YEAR).query(Long.class).single())
        .isZero();

    long confirmed = Math.round(atConfirmation.get("documents.filed"));
    ResponseEntity<String> answer = post("legal", path, "{\"key\":\"documents.filed\",\"value\":" + (confirmed + 1)
        + ",\"reason\":\"12月30日报送备案的《二〇二五年森林防火巡查规定》确认后才补录\"}");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode view = json.readTree(answer.getBody());
    JsonNode filed = figures(view).get("documents.filed");
    assertThat(filed.path("value").asLong()).isEqualTo(confirmed + 1);
    assertThat(filed.path("confirmedValue").asLong()).isEqualTo(confirmed);
    assertThat(filed.path("amendment").path("originalValue").asText()).isEqualTo(String.valueOf(confirmed));
    assertThat(filed.path("amendment").path("reason").asText()).contains("确认后才补录");
    assertThat(filed.path("amendment").path("amendedBy").asText()).contains("李静");
    assertThat(filed.path("amendment").path("amendedAt").asText()).contains("+08:00");
    // the amended value now agrees with the recount: no difference left to show
    assertThat(filed.path("liveValue").isNull() || filed.path("liveValue").isMissingNode()).isTrue();
    assertThat(view.path("amendments")).hasSize(1);
    assertThat(view.path("amendments").get(0).path("previousValue").asText()).isEqualTo(String.valueOf(confirmed));
    assertThat(view.path("amendments").get(0).path("label").asText()).isEqualTo("报送备案");
    // the same value again is no amendment
    assertThat(post("legal", path, "{\"key\":\"documents.filed\",\"value\":" + (confirmed + 1) + ",\"reason\":\"重复\"}")
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.withBasicAuth("auditor", "demo").getForObject("/api/reports/annual.csv?year=" + YEAR, String.class))
        .contains("\"报送备案\",\"" + (confirmed + 1) + "\"");
  }

  @Test
  @Order(5)
  @DisplayName("R-C-02 the report paragraphs of the confirmed year as DOCX: headings, sentences and table from the confirmed figures")
  void paragraphsDocx() throws Exception {
    ResponseEntity<String> unconfirmed = rest.withBasicAuth("legal", "demo")
        .getForEntity("/api/reports/annual/2024/paragraphs.docx", String.class);
    assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(detail(unconfirmed)).contains("尚未确认");
    assertThat(rest.withBasicAuth("drafter", "demo").getForEntity("/api/reports/annual/" + YEAR + "/paragraphs.docx", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    byte[] docx = docx();
    JsonNode view = get("legal", "/api/reports/annual?year=" + YEAR);
    Map<String, JsonNode> figures = figures(view);
    long published = figures.get("documents.published").path("value").asLong();
    long filed = figures.get("documents.filed").path("value").asLong();
    assertThat(published).isEqualTo(Math.round(atConfirmation.get("documents.published")));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      String text = String.join("\n", paragraphs);
      assertThat(paragraphs).contains("一、规范性文件", "二、合法性审核", "三、公平竞争审查", "四、重大行政决策", "五、清理", "六、统计数据");
      assertThat(doc.getParagraphs().stream().filter(p -> p.getText().equals("一、规范性文件")).findFirst().orElseThrow().getStyle())
          .isEqualTo(ReportDocx.HEADING_STYLE);
      assertThat(text).contains("全年共制定行政规范性文件" + published + "件");
      // the figures say nothing of legality reviews per document issued yet: no 「均经合法性审核」 claimed
      if (!figures.containsKey("documents.published.reviewed")) {
        assertThat(text).doesNotContain("均经合法性审核");
      }
      // the amended value, not the confirmed one
      assertThat(text).contains("报送备案" + filed + "件");
      assertThat(text).contains("更正记录").contains("确认后才补录");
      String confirmedOn = view.path("confirmation").path("confirmedOn").asText();
      assertThat(text).contains("以上数据已于" + ReportDocx.chineseDate(confirmedOn) + "由李静");
      XWPFTable table = doc.getTables().get(0);
      assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("指标");
      assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("数值");
      assertThat(table.getRow(0).getCell(2).getText()).isEqualTo("单位");
      Map<String, String> rows = new HashMap<>();
      table.getRows().forEach(r -> rows.put(r.getCell(0).getText(), r.getCell(1).getText()));
      assertThat(rows.get(figures.get("documents.published").path("label").asText().strip())).isEqualTo(String.valueOf(published));
      assertThat(rows.get(figures.get("documents.filed").path("label").asText().strip() + "（已更正，原为" + Math.round(atConfirmation.get("documents.filed")) + "）"))
          .isEqualTo(String.valueOf(filed));
    }
  }

  @Test
  @Order(6)
  @DisplayName("the DOCX opens in LibreOffice: soffice --headless --convert-to pdf gives a non-empty PDF")
  void docxOpensInLibreOffice() throws Exception {
    Path soffice = List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice").stream()
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: the conversion check is skipped");
    Path dir = Files.createTempDirectory("nf-docx");
    try {
      Path file = dir.resolve("paragraphs.docx");
      Files.write(file, docx());
      Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"),
          "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
      Path pdf = dir.resolve("paragraphs.pdf");
      assertThat(pdf).exists();
      byte[] bytes = Files.readAllBytes(pdf);
      assertThat(bytes.length).isGreaterThan(1000);
      assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      // kept for a look (target/ is not committed)
      Files.createDirectories(Path.of("target"));
      Files.copy(pdf, Path.of("target/report-paragraphs-" + YEAR + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  byte[] docx() {
    ResponseEntity<byte[]> answer = rest.withBasicAuth("legal", "demo")
        .getForEntity("/api/reports/annual/" + YEAR + "/paragraphs.docx", byte[].class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith(AnnualReportController.DOCX);
    assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo(YEAR + "年度法治政府建设年度报告段落.docx");
    return answer.getBody();
  }
}
