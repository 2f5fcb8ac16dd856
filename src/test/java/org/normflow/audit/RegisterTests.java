package org.normflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register answers an auditor's questions (issue 23, point 4; R-C-02: the register proves the record):
 * the new columns, filters by them and by the year of any recorded date, server-side paging and sorting,
 * the drafter's unit scope, refusals of wrong parameters and exports of the filtered set. Expected cases
 * are counted from how {@link RegisterCases} built them, never from the register's own answers.
 */
@NormFlowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterTests {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  RegisterCases built;
  int thisYear;

  @BeforeAll
  void build() {
    built = new RegisterCases(DocumentDriver.uniqueId("p").replaceAll("[^A-Za-z0-9]", ""), 37);
    built.write(jdbc);
    thisYear = built.today.getYear();
  }

  @AfterAll
  void remove() {
    built.remove(jdbc);
  }

  JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as(user + " GET " + path + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  /**
   * The register's answer for our cases only: q = the fixture's marker, plus the given parameters. (The
   * test client encodes the address itself: Chinese goes in as it is.)
   */
  String mine(String params) {
    return "/api/audit/cases?q=" + URLEncoder.encode(built.marker, StandardCharsets.UTF_8) + (params.isEmpty() ? "" : "&" + params);
  }

  /** Every title the register lists for a question, page after page. */
  List<String> allTitles(String user, String params) throws Exception {
    List<String> titles = new ArrayList<>();
    int pages;
    int page = 1;
    do {
      JsonNode answer = get(user, mine(params + "&size=7&page=" + page));
      answer.path("rows").forEach(r -> titles.add(r.path("title").asText()));
      pages = answer.path("pages").asInt();
      page++;
    } while (page <= pages);
    return titles;
  }

  @Test
  @DisplayName("R-C-02 register: pages of 7 cover every case once, the total and the counts are those built")
  void pagingCoversEveryCaseOnce() throws Exception {
    JsonNode first = get("auditor", mine("size=7"));
    assertThat(first.path("counts").path("total").asInt()).isEqualTo(built.cases.size());
    assertThat(first.path("pages").asInt()).isEqualTo((built.cases.size() + 6) / 7);
    assertThat(first.path("rows")).hasSize(7);
    assertThat(first.path("counts").path("late").asInt()).isEqualTo(built.titles(RegisterCases.Built::late).size());
    assertThat(first.path("counts").path("withoutReview").asInt()).isEqualTo(built.titles(RegisterCases.Built::withoutReview).size());
    List<String> titles = allTitles("auditor", "");
    assertThat(titles).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(built.titles(b -> true));
    // a page past the end is empty, not an error
    assertThat(get("auditor", mine("size=7&page=99")).path("rows")).isEmpty();
  }

  @Test
  @DisplayName("R-C-02 register: sorted by any whitelisted column, both ways, dates without a value last")
  void sorting() throws Exception {
    JsonNode asc = get("auditor", mine("size=200&sort=publishedOn&dir=asc"));
    List<String> published = new ArrayList<>();
    asc.path("rows").forEach(r -> published.add(r.path("publishedOn").isNull() ? null : r.path("publishedOn").asText()));
    List<String> expected = built.cases.stream().map(b -> b.published() == null ? null : b.published().toString())
        .sorted(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).toList();
    assertThat(published).containsExactlyElementsOf(expected);
    JsonNode desc = get("auditor", mine("size=200&sort=title&dir=desc"));
    List<String> titles = new ArrayList<>();
    desc.path("rows").forEach(r -> titles.add(r.path("title").asText()));
    assertThat(titles).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(desc.path("sort").asText()).isEqualTo("title");
    assertThat(desc.path("dir").asText()).isEqualTo("desc");
  }

  @Test
  @DisplayName("R-C-02 register: documents issued this year without a legality review, late filings, outcomes, FCR and cleanup by filters alone")
  void filtersAnswerTheAuditorsQuestions() throws Exception {
    assertThat(allTitles("auditor", "dateField=published&dateYear=" + thisYear + "&withoutReview=true"))
        .containsExactlyInAnyOrderElementsOf(built.titles(b -> b.withoutReview() && b.published().getYear() == thisYear));
    assertThat(allTitles("auditor", "late=true")).containsExactlyInAnyOrderElementsOf(built.titles(RegisterCases.Built::late));
    assertThat(allTitles("auditor", "late=false")).containsExactlyInAnyOrderElementsOf(built.titles(b -> !b.late()));
    assertThat(allTitles("auditor", "dateField=filed&dateYear=" + thisYear + "&late=true"))
        .containsExactlyInAnyOrderElementsOf(built.titles(b -> b.late() && b.filed() != null && b.filed().getYear() == thisYear));
    assertThat(allTitles("auditor", "outcome=NONE")).containsExactlyInAnyOrderElementsOf(built.titles(b -> b.outcome() == null));
    assertThat(allTitles("auditor", "outcome=LAWFUL_AFTER_AMENDMENT"))
        .containsExactlyInAnyOrderElementsOf(built.titles(b -> "LAWFUL_AFTER_AMENDMENT".equals(b.outcome())));
    assertThat(allTitles("auditor", "dateField=reviewed&dateYear=" + (thisYear - 1)))
        .containsExactlyInAnyOrderElementsOf(built.titles(b -> b.reviewed() != null && b.reviewed().getYear() == thisYear - 1));
    assertThat(allTitles("auditor", "fcr=EXCEPTION")).containsExactlyInAnyOrderElementsOf(built.titles(b -> "EXCEPTION".equals(b.fcr())));
    assertThat(allTitles("auditor", "fcr=NONE")).containsExactlyInAnyOrderElementsOf(built.titles(b -> b.fcr() == null));
    assertThat(allTitles("auditor", "cleanup=ABOLISH&dateField=cleanup&dateYear=" + thisYear))
        .containsExactlyInAnyOrderElementsOf(built.titles(b -> "ABOLISH".equals(b.cleanup())));
    assertThat(allTitles("auditor", "dateField=registered&dateYear=" + (thisYear - 1)))
        .containsExactlyInAnyOrderElementsOf(built.titles(b -> true));
    assertThat(allTitles("auditor", "dateField=effective&dateYear=" + (thisYear + 1)))
        .containsExactlyInAnyOrderElementsOf(built.titles(b -> b.published() != null && b.published().plusDays(30).getYear() == thisYear + 1));
  }

  @Test
  @DisplayName("R-C-02 register: every column shows the recorded fact with its recorded date")
  void columns() throws Exception {
    RegisterCases.Built b = built.cases.get(12); // published this year, reviewed before (amended), recorded late, FCR passed
    JsonNode row = get("auditor", "/api/audit/cases?q=" + b.title()).path("rows").get(0);
    assertThat(row.path("publishedOn").asText()).isEqualTo(b.published().toString());
    assertThat(row.path("effectiveOn").asText()).isEqualTo(b.published().plusDays(30).toString());
    assertThat(row.path("legalityOutcomeLabel").asText()).isEqualTo("修改后合法");
    assertThat(row.path("legalityReviewedOn").asText()).isEqualTo(b.reviewed().toString());
    assertThat(row.path("fcrLabel").asText()).isEqualTo("符合审查标准");
    assertThat(row.path("filingDue").asText()).isEqualTo(b.filingDue().toString());
    assertThat(row.path("late").asBoolean()).isTrue();
    assertThat(row.path("withoutReview").asBoolean()).isFalse();
    assertThat(row.path("reference").asText()).isNotBlank();
    RegisterCases.Built cleaned = built.cases.get(2); // abolished in this year's cleanup
    JsonNode kept = get("auditor", "/api/audit/cases?q=" + cleaned.title()).path("rows").get(0);
    assertThat(kept.path("cleanupLabel").asText()).isEqualTo("废止");
    assertThat(kept.path("cleanupAt").asText()).isEqualTo(built.today.toString());
  }

  @Test
  @DisplayName("R-C-02 register: a drafter sees only the own unit's cases, in the rows, the counts and the options")
  void drafterScope() throws Exception {
    List<String> hazchem = built.titles(b -> SeededCases.HAZCHEM.equals(b.unit()));
    assertThat(allTitles("drafter", "")).containsExactlyInAnyOrderElementsOf(hazchem);
    assertThat(get("drafter", mine("")).path("counts").path("total").asInt()).isEqualTo(hazchem.size());
    // asking for another unit gives nothing rather than that unit's cases
    assertThat(get("drafter", mine("unit=" + SeededCases.RESCUE)).path("counts").path("total").asInt()).isZero();
    Set<String> units = new HashSet<>();
    get("drafter", "/api/audit/cases/options").path("units").forEach(u -> units.add(u.path("value").asText()));
    assertThat(units).containsOnly(SeededCases.HAZCHEM);
  }

  @Test
  @DisplayName("register: wrong parameters are refused with 400 and a Chinese message, never 500")
  void badParameters() {
    Map<String, String> refusals = Map.of(
        "size=201", "每页条数", "size=0", "每页条数", "page=0", "页码", "page=abc", "页码", "sort=password", "排序列",
        "dir=up", "排序方向", "outcome=GOOD", "合法性审核结论", "year=20x5", "年度", "dateYear=2025", "日期种类",
        "late=maybe", "逾期备案");
    refusals.forEach((params, word) -> {
      ResponseEntity<String> answer = rest.withBasicAuth("auditor", "demo").getForEntity("/api/audit/cases?" + params, String.class);
      assertThat(answer.getStatusCode()).as(params).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(params).contains(word);
      ResponseEntity<String> export = rest.withBasicAuth("auditor", "demo").getForEntity("/api/audit/cases.csv?" + params, String.class);
      if (!params.startsWith("size") && !params.startsWith("page")) {
        assertThat(export.getStatusCode()).as("csv " + params).isEqualTo(HttpStatus.BAD_REQUEST);
      }
    });
  }

  @Test
  @DisplayName("R-C-02 register exports: the filtered set, not the page, with the page's columns under Chinese headings")
  void exports() throws Exception {
    String params = "q=" + URLEncoder.encode(built.marker, StandardCharsets.UTF_8) + "&withoutReview=true&size=2&page=1";
    ResponseEntity<byte[]> csv = rest.withBasicAuth("legal", "demo").getForEntity("/api/audit/cases.csv?" + params, byte[].class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    String[] lines = new String(csv.getBody(), StandardCharsets.UTF_8).substring(1).split("\r?\n");
    assertThat(lines[0].replace("\"", "").split(",")).containsExactly(RegisterExport.HEADINGS);
    assertThat(Arrays.asList(RegisterExport.HEADINGS)).contains("公布日期", "施行日期", "合法性审核结论", "合法性审核日期",
        "公平竞争审查结论", "备案日期", "逾期备案", "清理结果", "未经合法性审核即公布");
    List<String> expected = built.titles(RegisterCases.Built::withoutReview);
    assertThat(lines).hasSize(1 + expected.size());
    for (String title : expected) {
      assertThat(String.join("\n", lines)).contains(title);
    }
    ResponseEntity<byte[]> xlsx = rest.withBasicAuth("legal", "demo").getForEntity("/api/audit/cases.xlsx?" + params, byte[].class);
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.getBody()))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum() - 1).isEqualTo(expected.size());
      for (int i = 0; i < RegisterExport.HEADINGS.length; i++) {
        assertThat(sheet.getRow(1).getCell(i).getStringCellValue()).isEqualTo(RegisterExport.HEADINGS[i]);
      }
    }
  }

  @Test
  @DisplayName("register options come from the summary: units, registration years and the years of every recorded date")
  void options() throws Exception {
    JsonNode options = get("auditor", "/api/audit/cases/options");
    List<String> dateYears = new ArrayList<>();
    options.path("dateYears").forEach(y -> dateYears.add(y.path("value").asText()));
    assertThat(dateYears).contains(String.valueOf(thisYear), String.valueOf(thisYear - 1), String.valueOf(thisYear + 1));
    List<String> fields = new ArrayList<>();
    options.path("dateFields").forEach(f -> fields.add(f.path("label").asText()));
    assertThat(fields).containsExactly("登记日期", "公布日期", "施行日期", "合法性审核日期", "备案日期", "清理日期");
    assertThat(options.path("years").toString()).contains(String.valueOf(thisYear - 1));
  }

  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired org.normflow.calendar.WorkingDayCalendar workingDays;

  /** The register's row of one case, by its title, as the auditor reads it. */
  JsonNode rowOf(String title) throws Exception {
    JsonNode rows = get("auditor", "/api/audit/cases?q=" + title).path("rows");
    assertThat(rows).as(title).hasSize(1);
    return rows.get(0);
  }

  @Test
  @DisplayName("R-C-02 register: the summary row follows a real case through the engine, step by step")
  void summaryFollowsTheCase() throws Exception {
    DocumentDriver driver = new DocumentDriver(engine, workingDays);
    String title = "台账跟随测试" + DocumentDriver.uniqueId("t").replaceAll("[^A-Za-z0-9]", "") + "办法";
    try {
      var pi = driver.start(DocumentDriver.uniqueId("REG"), title, true, false);
      JsonNode row = rowOf(title);
      assertThat(row.path("stage").asText()).isEqualTo("DRAFTING");
      assertThat(row.path("reference").asText()).isNotBlank();
      assertThat(row.path("closed").asBoolean()).isFalse();
      assertThat(row.path("fcrConclusion").isNull()).isTrue();
      driver.draft(pi);
      driver.fairCompetition(pi, DocumentDriver.fcrPasses());
      assertThat(rowOf(title).path("fcrConclusion").asText()).isEqualTo("PASSES");
      driver.consultation(pi, 30, null);
      assertThat(rowOf(title).path("legalityOutcome").isNull()).isTrue();
      driver.legalityReview(pi, "LAWFUL");
      row = rowOf(title);
      assertThat(row.path("legalityOutcome").asText()).isEqualTo("LAWFUL");
      assertThat(row.path("legalityReviewedOn").asText()).isEqualTo(driver.today().toString());
      driver.deliberate(pi, "APPROVED");
      driver.sign(pi);
      LocalDate published = driver.today();
      driver.publish(pi, published, published.plusDays(30), null);
      row = rowOf(title);
      assertThat(row.path("stage").asText()).isEqualTo("PUBLISHED");
      assertThat(row.path("publishedOn").asText()).isEqualTo(published.toString());
      assertThat(row.path("effectiveOn").asText()).isEqualTo(published.plusDays(30).toString());
      assertThat(row.path("withoutReview").asBoolean()).as("reviewed before publication").isFalse();
      assertThat(row.path("filedOn").isNull()).isTrue();
      assertThat(row.path("number").asText()).isNotBlank();
      driver.file(pi, published);
      row = rowOf(title);
      assertThat(row.path("filedOn").asText()).isEqualTo(published.toString());
      assertThat(row.path("late").asBoolean()).isFalse();
      // and the filters find it by the year of its dates
      assertThat(get("auditor", "/api/audit/cases?q=" + title
          + "&dateField=filed&dateYear=" + published.getYear() + "&late=false&outcome=LAWFUL&fcr=PASSES").path("counts").path("total").asInt())
          .isEqualTo(1);
      DocumentDriver.setClock(published.plusDays(30), 1);
      assertThat(driver.runDueTimers(pi.getId())).isEqualTo(1);
      assertThat(rowOf(title).path("stage").asText()).isEqualTo("IN_FORCE");
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
  }
}
