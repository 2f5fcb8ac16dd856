package org.normflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normflow.audit.SeededCases.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The workbench's register, access, exports, compliance checks and annual figures over the seeded 2011 cases. */
@NormFlowSpringTest
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class WorkbenchTests {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @BeforeEach
  void seed() {
    SeededCases.seed(jdbc);
  }

  @org.junit.jupiter.api.AfterAll
  void removeSeeded() {
    SeededCases.remove(jdbc);
  }

  JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as(user + " GET " + path).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  List<String> titles(JsonNode page) {
    List<String> titles = new ArrayList<>();
    page.path("rows").forEach(r -> titles.add(r.path("title").asText()));
    return titles;
  }

  @Test
  @DisplayName("case register: auditors and the legal office read every case, a drafter only the unit's, others 403")
  void registerByAuthorization() throws Exception {
    assertThat(titles(get("auditor", "/api/audit/cases?year=2011"))).hasSize(6);
    assertThat(titles(get("legal", "/api/audit/cases?year=2011"))).hasSize(6);
    assertThat(titles(get("drafter", "/api/audit/cases?year=2011")))
        .containsExactlyInAnyOrder("二〇一一年危险化学品安全管理办法", "二〇一一年防汛物资储备办法（草案）",
            "二〇一一年烟花爆竹经营许可暂行办法", "二〇一一年城市应急避难场所建设规划");
    assertThat(titles(get("drafter2", "/api/audit/cases?year=2011")))
        .containsExactlyInAnyOrder("二〇一一年应急救援队伍管理规定", "二〇一一年应急物资集中采购决策");
    for (String other : List.of("expert", "leader", "advisor")) {
      assertThat(rest.withBasicAuth(other, "demo").getForEntity("/api/audit/cases", String.class).getStatusCode())
          .as(other).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(rest.withBasicAuth(other, "demo").getForEntity("/api/reports/annual?year=2011", String.class).getStatusCode())
          .as(other).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(rest.getForEntity("/api/audit/cases", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // a case of another unit is not found for the drafter, not even by its reference
    String reference = reference(get("auditor", "/api/audit/cases?q=应急救援队伍"));
    assertThat(rest.withBasicAuth("drafter", "demo").getForEntity("/api/audit/cases/" + reference, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("the legal office uses Cockpit (the workbench); a drafter still does not")
  void legalOfficeHasCockpit() throws Exception {
    org.normflow.WebappSession legal = new org.normflow.WebappSession(port);
    assertThat(legal.login("cockpit", "legal", "demo")).isEqualTo(200);
    assertThat(legal.get("/api/audit/me").body()).contains("\"workbench\":true").contains("\"readOnly\":true");
    org.normflow.WebappSession drafter = new org.normflow.WebappSession(port);
    assertThat(drafter.login("cockpit", "drafter", "demo")).isNotEqualTo(200);
  }

  @Test
  @DisplayName("case register: references in order of registration, search, filters and counts")
  void registerSearchAndFilters() throws Exception {
    JsonNode page = get("auditor", "/api/audit/cases?year=2011");
    Map<String, String> refs = new HashMap<>();
    page.path("rows").forEach(r -> refs.put(r.path("title").asText(), r.path("reference").asText()));
    assertThat(refs.get("二〇一一年危险化学品安全管理办法")).isEqualTo("规2011-001");
    assertThat(refs.get("二〇一一年烟花爆竹经营许可暂行办法")).isEqualTo("规2011-002");
    assertThat(refs.get("二〇一一年应急救援队伍管理规定")).isEqualTo("规2011-003");
    assertThat(refs.get("二〇一一年城市应急避难场所建设规划")).isEqualTo("决2011-001");
    assertThat(page.path("counts").path("documents").asInt()).isEqualTo(4);
    assertThat(page.path("counts").path("decisions").asInt()).isEqualTo(2);
    assertThat(page.path("counts").path("late").asInt()).isEqualTo(1);
    assertThat(page.path("rows").toString()).doesNotContain("seed2011").doesNotContain("processInstanceId");

    assertThat(titles(get("auditor", "/api/audit/cases?q=X应急规〔2011〕1号"))).containsExactly("二〇一一年危险化学品安全管理办法");
    assertThat(titles(get("auditor", "/api/audit/cases?q=决2011-002"))).containsExactly("二〇一一年应急物资集中采购决策");
    assertThat(titles(get("auditor", "/api/audit/cases?year=2011&late=true"))).containsExactly("二〇一一年应急救援队伍管理规定");
    assertThat(titles(get("auditor", "/api/audit/cases?year=2011&kind=DECISION&unit=unit-rescue")))
        .containsExactly("二〇一一年应急物资集中采购决策");
    assertThat(titles(get("auditor", "/api/audit/cases?year=2011&stage=UNDER_REVIEW"))).containsExactly("二〇一一年防汛物资储备办法（草案）");
    JsonNode row = get("auditor", "/api/audit/cases?q=应急救援队伍").path("rows").get(0);
    assertThat(row.path("stageLabel").asText()).isEqualTo("已备案");
    assertThat(row.path("unitName").asText()).isEqualTo("应急救援科");
    assertThat(row.path("lateNote").asText()).contains("2011-07-01").contains("2011-06-19");
  }

  @Test
  @DisplayName("R-C-05 issue 29 the case file shows commenters' names and contacts to auditors, never to the administrator")
  void commentersPersonalDataNotForTheAdministrator() throws Exception {
    String reference = reference(get("auditor", "/api/audit/cases?q=X应急规〔2011〕1号"));
    assertThat(get("auditor", "/api/audit/cases/" + reference).toString()).contains("张三");
    String admin = get("admin", "/api/audit/cases/" + reference).toString();
    assertThat(admin).doesNotContain("张三").contains("社会公众（个人信息不予显示）");
  }

  @Test
  @DisplayName("case register exported as XLSX (Apache POI) and CSV with the same rows")
  void registerExports() throws Exception {
    ResponseEntity<byte[]> xlsx = rest.withBasicAuth("legal", "demo").getForEntity("/api/audit/cases.xlsx?year=2011", byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("案件台账.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      Sheet sheet = book.getSheet("案件台账");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("案件编号");
      assertThat(sheet.getLastRowNum()).isEqualTo(1 + 6);
      List<String> titles = new ArrayList<>();
      for (int i = 2; i <= sheet.getLastRowNum(); i++) {
        titles.add(sheet.getRow(i).getCell(3).getStringCellValue());
      }
      assertThat(titles).containsExactlyInAnyOrderElementsOf(titles(get("legal", "/api/audit/cases?year=2011")));
    }
    ResponseEntity<byte[]> csv = rest.withBasicAuth("legal", "demo").getForEntity("/api/audit/cases.csv?year=2011&kind=DOCUMENT", byte[].class);
    String text = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF\"案件编号\",\"类型\",\"文号\",\"标题\"");
    assertThat(text.split("\r\n")).hasSize(1 + 4);
    assertThat(text).contains("\"规2011-001\",\"行政规范性文件\",\"X应急规〔2011〕1号\",\"二〇一一年危险化学品安全管理办法\"");
  }

  Map<String, JsonNode> checks(String user, String reference) throws Exception {
    Map<String, JsonNode> byRequirement = new HashMap<>();
    for (JsonNode c : get(user, "/api/audit/cases/" + reference + "/compliance").path("checks")) {
      byRequirement.merge(c.path("rule").asText() + (c.path("verdict").asText().equals("VIOLATED") ? "!" : ""), c, (a, b) -> a);
    }
    return byRequirement;
  }

  List<String> violated(String reference) throws Exception {
    List<String> rules = new ArrayList<>();
    for (JsonNode c : get("auditor", "/api/audit/cases/" + reference + "/compliance").path("checks")) {
      if (c.path("verdict").asText().equals("VIOLATED")) {
        rules.add(c.path("rule").asText());
      }
      assertThat(c.path("basis").asText()).as("legal basis in words").contains("《");
      assertThat(c.path("evidence").asText()).isNotBlank();
    }
    return rules;
  }

  @Test
  @DisplayName("R-ND-02 R-ND-03 R-ND-04 R-ND-05 R-ND-07 R-ND-08 R-ND-09 R-ND-14 compliance: a clean document passes, every seeded violation is caught")
  void documentCompliance() throws Exception {
    assertThat(violated("规2011-001")).isEmpty();
    assertThat(violated("规2011-003")).containsExactlyInAnyOrder(
        "R-ND-02", // consultation of 3 working days against 7, no reason
        "R-ND-02", // a comment without a disposition when the legality review began
        "R-ND-03", // concerns the market, published, no fair competition review
        "R-ND-04", // deliberated on 05-01, reviewed only on 05-10
        "R-ND-05", // reviewed after the review's due date
        "R-ND-07", // published without a number
        "R-ND-14", // signed by someone who is not the head, without an authorization
        "R-ND-08", // effective 5 days after publication without a reason
        "R-ND-09"); // filed late
    JsonNode verdict = get("auditor", "/api/audit/cases/规2011-003/compliance");
    assertThat(verdict.path("verdictLabel").asText()).isEqualTo("发现 9 项问题");
    assertThat(verdict.toString()).contains("短于最少期限且没有记录缩短理由").contains("于 2011-07-01 备案（逾期）");
  }

  @Test
  @DisplayName("R-MD-04 R-MD-08 R-MD-11 R-MD-12 compliance: a clean decision passes, every seeded violation is caught")
  void decisionCompliance() throws Exception {
    assertThat(violated("决2011-001")).isEmpty();
    assertThat(violated("决2011-002")).containsExactlyInAnyOrder(
        "R-MD-04", // 10 days against 30, no reason
        "R-MD-08", // discussed without a legality review
        "R-MD-11", // a member spoke after the head decided
        "R-MD-11", // the head departed from the majority (REJECT) without a reason
        "R-MD-12"); // implementing, never published
    JsonNode verdict = get("auditor", "/api/audit/cases/决2011-002/compliance");
    assertThat(verdict.toString()).contains("与多数意见（不同意）不一致，没有说明理由").contains("其后仍有 1 名组成人员发表意见");
  }

  @Test
  @DisplayName("cross-case violation list names each case, the requirement, the evidence and the basis")
  void crossCaseViolations() throws Exception {
    JsonNode list = get("auditor", "/api/audit/compliance?year=2011");
    List<String> cases = new ArrayList<>();
    list.path("violations").forEach(v -> cases.add(v.path("reference").asText()));
    assertThat(cases).contains("规2011-003", "决2011-002").doesNotContain("规2011-001", "决2011-001");
    assertThat(list.path("casesChecked").asInt()).isEqualTo(6);
    // a drafter's list covers the unit's cases only
    JsonNode drafter = get("drafter", "/api/audit/compliance?year=2011");
    drafter.path("violations").forEach(v -> assertThat(v.path("reference").asText()).isNotIn("规2011-003", "决2011-002"));
  }

  Map<String, Double> figures(JsonNode report) {
    Map<String, Double> out = new HashMap<>();
    report.path("sections").forEach(s -> s.path("figures").forEach(f -> out.put(f.path("key").asText(), f.path("value").asDouble())));
    return out;
  }

  @Test
  @DisplayName("R-C-02 R-ND-04 R-ND-09 R-ND-11 annual figures: every number of the seeded year, as the seed built it")
  void annualFigures() throws Exception {
    JsonNode report = get("auditor", "/api/reports/annual?year=2011");
    Map<String, Double> f = figures(report);
    // each value is counted from SeededCases' own construction (see the comments there), not from the report
    Map<String, Double> expected = new HashMap<>();
    expected.put("documents.registered", 4.0);
    expected.put("documents.drafted", 4.0);
    expected.put("documents.deliberated", 2.0);           // D1, D2
    expected.put("documents.published", 3.0);             // D1, D2, D4
    expected.put("documents.published.reviewed", 2.0);    // D4 was published without a review
    expected.put("documents.published.unreviewed", 1.0);
    expected.put("rates.legalityReview", 66.7);
    expected.put("documents.filingDue", 3.0);             // due 9 Apr, 19 Jun, 1 Jul
    expected.put("documents.filed", 2.0);
    expected.put("documents.filed.onTime", 1.0);
    expected.put("documents.filed.late", 1.0);
    expected.put("documents.filingDue.filed", 2.0);
    expected.put("documents.filingDue.onTime", 1.0);      // D2 was filed 12 days late
    expected.put("rates.filing", 66.7);
    expected.put("rates.filingOnTime", 33.3);
    expected.put("documents.inForce", 2.0);               // D4 was abolished on 1 November
    expected.put("documents.abolished", 1.0);
    expected.put("review.documents", 3.0);
    expected.put("review.documents.LAWFUL", 1.0);
    expected.put("review.documents.LAWFUL_AFTER_AMENDMENT", 1.0);
    expected.put("review.documents.UNLAWFUL", 1.0);
    expected.put("review.decisions", 1.0);
    expected.put("review.decisions.LAWFUL", 1.0);
    expected.put("decisions.reviewed", 1.0);
    expected.put("consultation.documents", 2.0);
    expected.put("consultation.decisions", 2.0);
    expected.put("comments.documents", 3.0);              // the hidden advertisement is not a comment
    expected.put("comments.decisions", 1.0);
    expected.put("comments.adopted", 1.0);
    expected.put("comments.partly", 1.0);
    expected.put("comments.notAdopted", 1.0);
    expected.put("comments.open", 1.0);
    expected.put("comments.hidden", 1.0);
    expected.put("catalogue.items", 2.0);
    expected.put("decisions.registered", 2.0);
    expected.put("decisions.hearings", 1.0);
    expected.put("decisions.expertArgumentations", 1.0);
    expected.put("decisions.riskAssessments", 1.0);
    expected.put("decisions.discussed", 2.0);
    expected.put("decisions.decided", 2.0);
    expected.put("decisions.decided.riskAssessed", 1.0);
    expected.put("rates.catalogueCoverage", 0.0);         // neither decision was started from a catalogue item
    expected.put("rates.riskAssessment", 50.0);
    expected.put("decisions.evaluated", 1.0);
    expected.put("cleanup.rounds", 1.0);
    expected.put("cleanup.documents", 2.0);
    expected.put("cleanup.KEEP", 1.0);
    expected.put("cleanup.ABOLISH", 1.0);
    Map<String, Double> nonZero = new HashMap<>();
    f.forEach((k, v) -> { if (v != 0.0) nonZero.put(k, v); });
    expected.values().removeIf(v -> v == 0.0);
    assertThat(nonZero).isEqualTo(expected);
    // every figure says what it counts and which rules it checks
    report.path("sections").forEach(s -> s.path("figures").forEach(fig -> {
      assertThat(fig.path("definition").asText()).as(fig.path("key").asText()).isNotBlank();
      assertThat(fig.path("rules").asText()).as(fig.path("key").asText()).matches("R-[A-Z]+-\\d\\d.*");
    }));
    // durations: the documents' legality reviews took 9, 15 and 12 days; one went past its due date
    JsonNode review = report.path("durations").get(0);
    assertThat(review.path("key").asText()).isEqualTo("legalityReview.documents");
    assertThat(review.path("count").asInt()).isEqualTo(3);
    assertThat(review.path("median").asDouble()).isEqualTo(12.0);
    assertThat(review.path("p90").asDouble()).isEqualTo(15.0);
    assertThat(review.path("overLimit").asInt()).isEqualTo(1);
    assertThat(report.path("durations").get(1).path("count").asInt()).isEqualTo(1);

    // the drafter's figures are the unit's: D1, D3 and D4 are hazchem's
    Map<String, Double> drafter = figures(get("drafter", "/api/reports/annual?year=2011"));
    assertThat(drafter.get("documents.drafted")).isEqualTo(3.0);
    assertThat(drafter.get("documents.filed.late")).isEqualTo(0.0);
    assertThat(drafter.get("cleanup.documents")).isEqualTo(2.0);

    // a year no calendar has is refused in Chinese, never counted
    for (String year : List.of("-5", "0", "99999", "abc")) {
      ResponseEntity<String> refused = rest.withBasicAuth("auditor", "demo").getForEntity("/api/reports/annual?year=" + year, String.class);
      assertThat(refused.getStatusCode()).as(year).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    String csv = rest.withBasicAuth("auditor", "demo").getForObject("/api/reports/annual.csv?year=2011", String.class);
    assertThat(csv).contains("\"行政规范性文件\",\"制定并公布的行政规范性文件\",\"3\",\"件\"")
        .contains("\"备案率\",\"66.7\",\"%\"");
  }

  @Test
  @DisplayName("R-MD-11 R-MD-13 a major decision's case file: every report and opinion in full, with names; its dossier")
  void decisionCaseFile() throws Exception {
    JsonNode file = get("auditor", "/api/audit/cases/决2011-002");
    List<String> papers = new ArrayList<>();
    file.path("papers").forEach(p -> papers.add(p.path("title").asText() + "|" + p.path("who").asText() + "|" + p.path("content").asText()));
    assertThat(papers).anySatisfy(p -> assertThat(p).startsWith("组成人员意见（第 1 轮讨论）|冯军（局领导（局务会））|表决：不同意")
        .contains("不同意，预算依据不足。"));
    assertThat(papers).anySatisfy(p -> assertThat(p).startsWith("行政首长决定（第 1 轮讨论）|吴刚"));
    Map<String, String> facts = new HashMap<>();
    file.path("facts").forEach(f -> facts.put(f.path("label").asText(), f.path("value").asText()));
    assertThat(facts).containsEntry("决定", "同意").containsEntry("当前阶段", "决策执行").containsEntry("起草科室", "应急救援科");
    assertThat(file.path("compliance").path("violations").asInt()).isEqualTo(5);
    assertThat(get("auditor", "/api/audit/cases/决2011-001").path("papers").toString()).contains("听证报告", "风险评估报告", "决策后评估报告");
    ResponseEntity<byte[]> zip = rest.withBasicAuth("auditor", "demo").getForEntity("/api/audit/cases/决2011-002/dossier.zip", byte[].class);
    assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> names = new ArrayList<>();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip.getBody()), StandardCharsets.UTF_8)) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names).contains("决2011-002/清单-SHA256.txt", "决2011-002/03-合规检查.txt")
        .anySatisfy(n -> assertThat(n).contains("05-报告与意见/").contains("行政首长决定"));
  }

  static String reference(JsonNode page) {
    return page.path("rows").get(0).path("reference").asText();
  }
}
