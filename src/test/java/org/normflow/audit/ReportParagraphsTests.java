package org.normflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The report paragraphs' sentence table (issue 23 point 5) over every figure key of the annual figures: the
 * wording of annual rule-of-law reports, nothing claimed the figures do not show, a missing figure leaves its
 * sentence out. No Spring, no engine: the sentences are a function of the figures.
 */
class ReportParagraphsTests {

  static Map<String, Number> full() {
    Map<String, Number> f = new LinkedHashMap<>();
    f.put("documents.registered", 14);
    f.put("documents.identified.normative", 12);
    f.put("documents.identified.notNormative", 2);
    f.put("documents.withdrawn", 1);
    f.put("documents.published", 10);
    f.put("documents.published.reviewed", 10);
    f.put("documents.deliberated", 10);
    f.put("documents.filed", 10);
    f.put("documents.filed.onTime", 10);
    f.put("documents.filed.late", 0);
    f.put("rates.filing", 100.0);
    f.put("rates.filingOnTime", 100.0);
    f.put("documents.inForce", 56);
    f.put("documents.abolished", 3);
    f.put("documents.declaredInvalid", 1);
    f.put("documents.expired", 0);
    f.put("consultation.documents", 9);
    f.put("comments.documents", 40);
    f.put("comments.adopted", 20);
    f.put("comments.partly", 5);
    f.put("comments.notAdopted", 15);
    f.put("review.documents", 13);
    f.put("review.documents.LAWFUL", 8);
    f.put("review.documents.LAWFUL_AFTER_AMENDMENT", 4);
    f.put("review.documents.MISSING_PROCEDURE", 0);
    f.put("review.documents.UNLAWFUL", 1);
    f.put("review.decisions", 3);
    f.put("review.decisions.LAWFUL", 3);
    f.put("review.adviser", 11);
    f.put("rates.legalityReview", 100.0);
    f.put("fcr.documents", 4);
    f.put("fcr.documents.PASSES", 3);
    f.put("fcr.documents.EXCEPTION", 1);
    f.put("fcr.documents.FAILS", 0);
    f.put("fcr.decisions", 0);
    f.put("catalogue.items", 3);
    f.put("catalogue.adjustments", 1);
    f.put("catalogue.hearingItems", 1);
    f.put("catalogue.completed", 2);
    f.put("rates.catalogueCoverage", 100.0);
    f.put("decisions.started", 3);
    f.put("consultation.decisions", 3);
    f.put("comments.decisions", 12);
    f.put("decisions.hearings", 1);
    f.put("decisions.expertArgumentations", 2);
    f.put("decisions.riskAssessments", 3);
    f.put("decisions.risk.controllable", 3);
    f.put("decisions.risk.uncontrollable", 0);
    f.put("rates.riskAssessment", 100.0);
    f.put("decisions.reviewed", 3);
    f.put("decisions.discussed", 3);
    f.put("decisions.decided", 2);
    f.put("decisions.deferred", 1);
    f.put("decisions.rejected", 0);
    f.put("decisions.adjusted", 0);
    f.put("decisions.suspended", 0);
    f.put("decisions.stopped", 1);
    f.put("decisions.evaluated", 1);
    f.put("cleanup.rounds", 1);
    f.put("cleanup.documents", 60);
    f.put("cleanup.KEEP", 52);
    f.put("cleanup.AMEND", 4);
    f.put("cleanup.ABOLISH", 3);
    f.put("cleanup.DECLARE_INVALID", 1);
    return f;
  }

  static Map<String, String> byHeading(Map<String, Number> figures) {
    Map<String, String> out = new LinkedHashMap<>();
    ReportParagraphs.of(2025, figures).forEach(p -> out.put(p.heading(), p.text()));
    return out;
  }

  @Test
  @DisplayName("every figure key of the year makes its sentence, in the five sections, with the reports' wording")
  void everyKey() {
    Map<String, String> text = byHeading(full());
    assertThat(text.keySet()).containsExactly("规范性文件", "合法性审核", "公平竞争审查", "重大行政决策", "清理");
    assertThat(text.get("规范性文件"))
        .contains("登记起草行政规范性文件14件")
        .contains("认定属于行政规范性文件的12件、认定不属于行政规范性文件的2件")
        .contains("全年共制定行政规范性文件10件，均经合法性审核，合法性审核率100%")
        .contains("按时报送备案10件，均在规定期限内报送，备案率100%，按时备案率100%")
        .contains("采纳20条、部分采纳5条、未予采纳15条")
        .contains("截至2025年底，现行有效的行政规范性文件56件")
        .contains("废止3件、宣布失效1件")
        .doesNotContain("有效期届满自动失效0件");
    assertThat(text.get("合法性审核"))
        .contains("全年对行政规范性文件开展合法性审核13件次，其中审核意见为合法的8件次、修改后合法的4件次、认定不合法、不得出台的1件次")
        .contains("对重大行政决策事项开展合法性审查3件次")
        .contains("应审必审率100%")
        .contains("法律意见11份");
    assertThat(text.get("公平竞争审查"))
        .contains("开展公平竞争审查4件，其中符合审查标准的3件、适用例外规定的1件")
        .contains("全年无须开展公平竞争审查的重大行政决策");
    assertThat(text.get("重大行政决策"))
        .contains("列入目录事项3项，其中须举行听证的1项；年内调整目录1次；目录事项已完成决策2项，重大行政决策目录化管理覆盖率100%")
        .contains("全年启动重大行政决策程序3项")
        .contains("举行听证1次").contains("组织专家论证2次").contains("开展风险评估3项（风险可控的3项、风险不可控的0项）")
        .contains("提交集体讨论决定3项，其中决定通过2项、暂缓决策1项")
        .contains("停止执行1项")
        .contains("对1项重大行政决策开展决策后评估");
    assertThat(text.get("清理")).contains("组织开展行政规范性文件清理1次，共清理行政规范性文件60件，其中继续有效52件、修改4件、废止3件、宣布失效1件");
  }

  @Test
  @DisplayName("not all documents reviewed or filed on time: the numbers and the rate are said, never 「均经」")
  void honestWhenNotAll() {
    Map<String, Number> f = full();
    f.put("documents.published.reviewed", 8);
    f.put("rates.legalityReview", 80.0);
    f.put("documents.filed.onTime", 7);
    f.put("documents.filed.late", 3);
    f.put("rates.filingOnTime", 70.0);
    Map<String, String> text = byHeading(f);
    assertThat(text.get("规范性文件"))
        .contains("全年共制定行政规范性文件10件，其中经合法性审核8件、未经合法性审核2件，合法性审核率80%")
        .contains("报送备案10件，其中按时报送备案7件、逾期报送备案3件，备案率100%，按时备案率70%")
        .doesNotContain("均经").doesNotContain("均在规定期限内");
    assertThat(text.get("合法性审核")).contains("应审必审率80%，未达到应审必审要求").doesNotContain("做到应审必审");
    // without a stated rate the rate is computed the same way (one decimal)
    f.remove("rates.legalityReview");
    f.put("documents.published.reviewed", 2);
    f.put("documents.published", 3);
    assertThat(byHeading(f).get("规范性文件")).contains("其中经合法性审核2件、未经合法性审核1件，合法性审核率66.7%");
  }

  @Test
  @DisplayName("a figure the year's report lacks leaves its sentence out; a section without figures says so")
  void missingFigures() {
    Map<String, Number> today = new LinkedHashMap<>();
    today.put("documents.published", 2);
    today.put("documents.filed", 1);
    today.put("documents.filed.onTime", 1);
    today.put("documents.filed.late", 0);
    today.put("comments.adopted", 0);
    today.put("comments.partly", 0);
    today.put("comments.notAdopted", 0);
    Map<String, String> text = byHeading(today);
    assertThat(text.get("规范性文件")).isEqualTo("全年共制定行政规范性文件2件。按时报送备案1件，均在规定期限内报送。");
    assertThat(text.get("公平竞争审查")).isEqualTo(ReportParagraphs.NONE);
    assertThat(text.get("重大行政决策")).isEqualTo(ReportParagraphs.NONE);
    Map<String, Number> none = new LinkedHashMap<>();
    none.put("documents.published", 0);
    none.put("cleanup.rounds", 0);
    text = byHeading(none);
    assertThat(text.get("规范性文件")).isEqualTo("2025年未制定公布行政规范性文件。");
    assertThat(text.get("清理")).isEqualTo("本年度未组织开展行政规范性文件集中清理。");
    assertThat(ReportParagraphs.of(2025, Map.of())).allSatisfy(p -> assertThat(p.sentences()).isEqualTo(List.of(ReportParagraphs.NONE)));
  }
}
