package org.normflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.normflow.CaseGenerator;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 23: the annual figures against an independent count. {@link CaseGenerator} writes ten years'
 * worth of closed cases into three years of their own (1996–1998: no other test uses them) and counts,
 * as it decides each case, what every figure must show in every year its facts fall into — cases
 * registered in one year and reviewed, published, filed, ended in the next, papers found not normative,
 * drafts withdrawn as unlawful, late filings, comments disposed after the year ended, fair competition
 * reviews, catalogue items, risk assessments, measures, evaluations, a cleanup round a year. Every figure of
 * every year from 1996 to the last year a generated fact falls into is checked against that count;
 * nothing is read back from the report to make an expectation.
 */
@NormFlowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedYearsFiguresTests {

  private static final String PREFIX = "figgen";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired ObjectMapper json;

  private CaseGenerator.Written written;

  @BeforeAll
  void generate() {
    written = new CaseGenerator(dataSource, 23L).finished(PREFIX, 2500, 1996, 1998);
  }

  @AfterAll
  void remove() {
    String like = PREFIX + "-%";
    jdbc.sql("DELETE FROM nf_cleanup_item WHERE document_id LIKE ?").param(like).update();
    jdbc.sql("DELETE FROM nf_cleanup WHERE reason LIKE ?").param(PREFIX + " %").update();
    jdbc.sql("DELETE FROM nf_catalogue_item WHERE decision_id LIKE ?").param(like).update();
    jdbc.sql("DELETE FROM nf_catalogue WHERE catalogue_year BETWEEN 1996 AND 1998").update();
    for (String sql : List.of("DELETE FROM nf_fair_competition_review WHERE document_id LIKE ?",
        "DELETE FROM nf_decision_fcr WHERE decision_id LIKE ?", "DELETE FROM nf_decision_report WHERE decision_id LIKE ?",
        "DELETE FROM nf_decision_measure WHERE decision_id LIKE ?", "DELETE FROM nf_case_summary WHERE case_id LIKE ?","DELETE FROM nf_public_comment WHERE case_id LIKE ?", "DELETE FROM nf_consultation WHERE case_id LIKE ?",
        "DELETE FROM nf_legality_review WHERE case_id LIKE ?", "DELETE FROM nf_deliberation WHERE document_id LIKE ?",
        "DELETE FROM nf_decision_opinion WHERE decision_id LIKE ?", "DELETE FROM nf_case_reference WHERE case_id LIKE ?",
        "DELETE FROM nf_document WHERE id LIKE ?", "DELETE FROM nf_decision WHERE id LIKE ?")) {
      jdbc.sql(sql).param(like).update();
    }
  }

  @Test
  @DisplayName("R-C-02 R-ND-04 R-ND-09 R-ND-10 R-ND-13 R-MD-08 R-MD-11 every figure of every generated year equals the generator's own count")
  void everyFigureOfEveryYear() throws Exception {
    int lastYear = written.expected().keySet().stream().mapToInt(k -> Integer.parseInt(k.substring(k.indexOf('@') + 1))).max()
        .orElseThrow();
    assertThat(lastYear).as("facts fall into years after the cases were registered").isGreaterThan(1998);
    List<String> checked = new ArrayList<>();
    for (int year = 1996; year <= lastYear; year++) {
      Map<String, JsonNode> figures = figures(year);
      for (Map.Entry<String, JsonNode> f : figures.entrySet()) {
        String key = f.getKey();
        if (key.startsWith("rates.")) {
          continue;
        }
        assertThat(f.getValue().path("value").asLong()).as(key + "@" + year).isEqualTo(written.expected(key, year));
        checked.add(key);
      }
      // the rates divide the generator's counts, not the report's
      assertRate(figures, "rates.legalityReview", year, "documents.published.reviewed", "documents.published");
      assertRate(figures, "rates.filing", year, "documents.filingDue.filed", "documents.filingDue");
      assertRate(figures, "rates.filingOnTime", year, "documents.filingDue.onTime", "documents.filingDue");
      assertRate(figures, "rates.catalogueCoverage", year, "decisions.decided.catalogued", "decisions.decided");
      assertRate(figures, "rates.riskAssessment", year, "decisions.decided.riskAssessed", "decisions.decided");
    }
    // the generated years hold every kind of fact the generator writes, so the check is not vacuous
    for (String key : List.of("documents.drafted", "documents.identified.notNormative", "documents.withdrawn",
        "documents.published", "documents.filed.late", "documents.inForce", "documents.abolished", "documents.expired",
        "review.documents.UNLAWFUL", "review.decisions", "comments.adopted", "comments.open", "decisions.decided",
        "decisions.rejected", "fcr.documents.EXCEPTION", "fcr.decisions", "catalogue.items", "catalogue.completed",
        "decisions.risk.HIGH", "decisions.suspended", "decisions.evaluated", "cleanup.rounds", "cleanup.AMEND")) {
      assertThat(written.expected().keySet()).as(key).anyMatch(k -> k.startsWith(key + "@"));
    }
    // a draft registered in one year and found not normative or withdrawn in the next still counts as drafted there
    assertThat(written.expected("documents.drafted", 1997)).isLessThan(written.expected("documents.registered", 1997));
    assertThat(checked).hasSizeGreaterThan(60 * (lastYear - 1995) / 2);
  }

  @Test
  @DisplayName("R-C-02 a past year's figures stay when cases move on: a later step does not change them")
  void pastYearStaysWhenCasesMoveOn() throws Exception {
    Map<String, JsonNode> before = figures(1997);
    // a document in force at the end of 1997 is abolished in 2020, and a withdrawn draft of 1997 gets another change
    String inForce = jdbc.sql("SELECT id FROM nf_document WHERE id LIKE ? AND stage = 'IN_FORCE' AND published_on < ? ORDER BY id")
        .params(PREFIX + "-%", java.sql.Date.valueOf("1997-12-31")).query(String.class).list().get(0);
    jdbc.sql("UPDATE nf_document SET stage = 'ABOLISHED', ended_on = ?, updated_at = ? WHERE id = ?")
        .params(java.sql.Date.valueOf("2020-06-01"), java.sql.Timestamp.valueOf("2020-06-01 10:00:00"), inForce).update();
    try {
      Map<String, JsonNode> after = figures(1997);
      for (String key : before.keySet()) {
        assertThat(after.get(key).path("value")).as(key).isEqualTo(before.get(key).path("value"));
      }
      assertThat(figures(2020).get("documents.abolished").path("value").asLong())
          .isEqualTo(written.expected("documents.abolished", 2020) + 1);
    } finally {
      jdbc.sql("UPDATE nf_document SET stage = 'IN_FORCE', ended_on = NULL WHERE id = ?").param(inForce).update();
    }
  }

  private void assertRate(Map<String, JsonNode> figures, String rate, int year, String part, String whole) {
    long p = written.expected(part, year);
    long w = written.expected(whole, year);
    JsonNode value = figures.get(rate).path("value");
    if (w == 0) {
      assertThat(value.isNull()).as(rate + "@" + year + " without a base").isTrue();
    } else {
      assertThat(value.asDouble()).as(rate + "@" + year).isEqualTo(Math.round(p * 1000.0 / w) / 10.0);
    }
  }

  private Map<String, JsonNode> figures(int year) throws Exception {
    JsonNode report = json.readTree(rest.withBasicAuth("auditor", "demo")
        .getForObject("/api/reports/annual?year=" + year, String.class));
    Map<String, JsonNode> out = new LinkedHashMap<>();
    report.path("sections").forEach(s -> s.path("figures").forEach(f -> out.put(f.path("key").asText(), f)));
    assertThat(out).as("figures of " + year).isNotEmpty();
    return out;
  }
}
