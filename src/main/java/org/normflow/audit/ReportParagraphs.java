package org.normflow.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 规范性文件, 合法性审核, 公平竞争审查, 重大行政决策 and 清理 paragraphs of the annual rule-of-law report
 * (法治政府建设年度报告, issue 23 point 5), each sentence built from the confirmed figures by key with the wording
 * such reports use (「全年共制定行政规范性文件X件，均经合法性审核，合法性审核率100%；按时报送备案X件……」). A figure
 * the year's report does not have leaves its sentence (or clause) out; nothing is claimed that the figures do
 * not show (「均经」 only when every document issued was reviewed).
 */
final class ReportParagraphs {

  record Paragraph(String heading, List<String> sentences) {

    String text() {
      return String.join("", sentences);
    }
  }

  static final List<String> HEADINGS = List.of("规范性文件", "合法性审核", "公平竞争审查", "重大行政决策", "清理");
  static final String NONE = "本年度确认的统计数据中无本部分指标。";

  private final Map<String, Number> figures;

  private ReportParagraphs(Map<String, Number> figures) {
    this.figures = figures;
  }

  static List<Paragraph> of(int year, Map<String, Number> figures) {
    ReportParagraphs p = new ReportParagraphs(figures);
    return List.of(
        paragraph(HEADINGS.get(0), p.documents(year)),
        paragraph(HEADINGS.get(1), p.legality()),
        paragraph(HEADINGS.get(2), p.fairCompetition()),
        paragraph(HEADINGS.get(3), p.decisions(year)),
        paragraph(HEADINGS.get(4), p.cleanup()));
  }

  private static Paragraph paragraph(String heading, List<String> sentences) {
    return new Paragraph(heading, sentences.isEmpty() ? List.of(NONE) : sentences);
  }

  // ------------------------------------------------------------------ 规范性文件

  private List<String> documents(int year) {
    List<String> out = new ArrayList<>();
    List<String> intake = new ArrayList<>();
    has("documents.registered", n -> intake.add("登记起草行政规范性文件" + n + "件"));
    if (has("documents.identified.normative") || has("documents.identified.notNormative")) {
      List<String> found = new ArrayList<>();
      has("documents.identified.normative", n -> found.add("认定属于行政规范性文件的" + n + "件"));
      has("documents.identified.notNormative", n -> found.add("认定不属于行政规范性文件的" + n + "件"));
      intake.add("经制定机关法制机构认定，" + String.join("、", found));
    }
    positive("documents.withdrawn", n -> intake.add("起草单位撤回" + n + "件"));
    sentence(out, intake, "");

    if (has("documents.published")) {
      long published = count("documents.published");
      StringBuilder s = new StringBuilder();
      if (published == 0) {
        s.append(year).append("年未制定公布行政规范性文件");
      } else {
        s.append("全年共制定行政规范性文件").append(published).append("件");
        if (has("documents.published.reviewed")) {
          long reviewed = count("documents.published.reviewed");
          String rate = rate("rates.legalityReview", reviewed, published);
          if (reviewed == published) {
            s.append("，均经合法性审核，合法性审核率").append(rate);
          } else {
            s.append("，其中经合法性审核").append(reviewed).append("件、未经合法性审核").append(published - reviewed)
                .append("件，合法性审核率").append(rate);
          }
        } else if (has("rates.legalityReview")) {
          s.append("，合法性审核率").append(percent(figures.get("rates.legalityReview")));
        }
        positive("documents.deliberated", n -> s.append("；经集体审议").append(n).append("件"));
      }
      out.add(s.append("。").toString());
    } else {
      positive("documents.deliberated", n -> out.add("全年经集体审议行政规范性文件" + n + "件。"));
    }

    if (has("documents.filed")) {
      long filed = count("documents.filed");
      StringBuilder s = new StringBuilder();
      if (filed == 0) {
        s.append("全年未报送备案行政规范性文件");
      } else if (has("documents.filed.onTime") && has("documents.filed.late")) {
        long late = count("documents.filed.late");
        long onTime = count("documents.filed.onTime");
        s.append(late == 0 && onTime == filed ? "按时报送备案" + filed + "件，均在规定期限内报送"
            : "报送备案" + filed + "件，其中按时报送备案" + onTime + "件、逾期报送备案" + late + "件");
      } else {
        s.append("报送备案").append(filed).append("件");
      }
      has("rates.filing", n -> s.append("，备案率").append(percent(n)));
      has("rates.filingOnTime", n -> s.append("，按时备案率").append(percent(n)));
      out.add(s.append("。").toString());
    }

    List<String> participation = new ArrayList<>();
    has("consultation.documents", n -> participation.add("向社会公开征求意见的行政规范性文件" + n + "件"));
    has("comments.documents", n -> participation.add("收到公众意见" + n + "条"));
    sentence(out, participation, "");
    List<String> taken = new ArrayList<>();
    positive("comments.adopted", n -> taken.add("采纳" + n + "条"));
    positive("comments.partly", n -> taken.add("部分采纳" + n + "条"));
    positive("comments.notAdopted", n -> taken.add("未予采纳" + n + "条"));
    if (!taken.isEmpty()) {
      out.add("对公开征求意见中收到的意见逐条研究处理，" + String.join("、", taken) + "。");
    }

    List<String> validity = new ArrayList<>();
    has("documents.inForce", n -> validity.add("截至" + year + "年底，现行有效的行政规范性文件" + n + "件"));
    List<String> ended = new ArrayList<>();
    positive("documents.abolished", n -> ended.add("废止" + n + "件"));
    positive("documents.declaredInvalid", n -> ended.add("宣布失效" + n + "件"));
    positive("documents.expired", n -> ended.add("有效期届满自动失效" + n + "件"));
    if (!ended.isEmpty()) {
      validity.add("全年" + String.join("、", ended));
    }
    sentence(out, validity, "");
    return out;
  }

  // ------------------------------------------------------------------ 合法性审核

  private List<String> legality() {
    List<String> out = new ArrayList<>();
    review(out, "review.documents", "全年对行政规范性文件开展合法性审核", "全年无行政规范性文件提请合法性审核。");
    review(out, "review.decisions", "对重大行政决策事项开展合法性审查", "全年无重大行政决策事项提请合法性审查。");
    if (has("rates.legalityReview")) {
      Number rate = figures.get("rates.legalityReview");
      out.add(isHundred(rate) ? "做到应审必审，应审必审率100%。" : "应审必审率" + percent(rate) + "，未达到应审必审要求。");
    }
    positive("review.adviser", n -> out.add("充分发挥法律顾问作用，法律顾问在合法性审核中出具法律意见" + n + "份。"));
    return out;
  }

  private void review(List<String> out, String key, String opening, String none) {
    breakdown(out, key, opening, none, "件次", new String[][] {{"LAWFUL", "审核意见为合法的"},
        {"LAWFUL_AFTER_AMENDMENT", "修改后合法的"}, {"MISSING_PROCEDURE", "要求补充法定程序的"},
        {"UNLAWFUL", "认定不合法、不得出台的"}, {"NO_CLEAR_PROVISION", "认定国家尚无明确规定、按探索性改革处理的"}});
  }

  /** "opening N unit，其中 part a、part b。" over a figure and its sub-figures by suffix; the none sentence at 0. */
  private void breakdown(List<String> out, String key, String opening, String none, String unit, String[][] suffixes) {
    if (!has(key)) {
      return;
    }
    long total = count(key);
    if (total == 0) {
      out.add(none);
      return;
    }
    List<String> parts = new ArrayList<>();
    for (String[] suffix : suffixes) {
      positive(key + "." + suffix[0], n -> parts.add(suffix[1] + n + unit));
    }
    out.add(opening + total + unit + (parts.isEmpty() ? "" : "，其中" + String.join("、", parts)) + "。");
  }

  // ------------------------------------------------------------------ 公平竞争审查

  private List<String> fairCompetition() {
    List<String> out = new ArrayList<>();
    fcr(out, "fcr.documents", "对涉及经营主体经济活动的行政规范性文件开展公平竞争审查",
        "全年无须开展公平竞争审查的行政规范性文件。");
    fcr(out, "fcr.decisions", "对涉及经营主体经济活动的重大行政决策开展公平竞争审查", "全年无须开展公平竞争审查的重大行政决策。");
    return out;
  }

  private void fcr(List<String> out, String key, String opening, String none) {
    breakdown(out, key, opening, none, "件", new String[][] {{"PASSES", "符合审查标准的"}, {"EXCEPTION", "适用例外规定的"},
        {"FAILS", "违反审查标准、不予出台或修改后出台的"}});
  }

  // ------------------------------------------------------------------ 重大行政决策

  private List<String> decisions(int year) {
    List<String> out = new ArrayList<>();
    if (has("catalogue.items")) {
      StringBuilder s = new StringBuilder("编制并向社会公布" + year + "年度重大行政决策事项目录，列入目录事项"
          + count("catalogue.items") + "项");
      positive("catalogue.hearingItems", n -> s.append("，其中须举行听证的").append(n).append("项"));
      positive("catalogue.adjustments", n -> s.append("；年内调整目录").append(n).append("次"));
      positive("catalogue.completed", n -> s.append("；目录事项已完成决策").append(n).append("项"));
      has("rates.catalogueCoverage", n -> s.append("，重大行政决策目录化管理覆盖率").append(percent(n)));
      out.add(s.append("。").toString());
    }
    has("decisions.started", n -> out.add("全年启动重大行政决策程序" + n + "项。"));
    List<String> steps = new ArrayList<>();
    has("consultation.decisions", n -> steps.add("公开征求意见" + n + "项"));
    has("comments.decisions", n -> steps.add("收到公众意见" + n + "条"));
    has("decisions.hearings", n -> steps.add("举行听证" + n + "次"));
    has("decisions.expertArgumentations", n -> steps.add("组织专家论证" + n + "次"));
    if (has("decisions.riskAssessments")) {
      StringBuilder s = new StringBuilder("开展风险评估" + count("decisions.riskAssessments") + "项");
      if (has("decisions.risk.controllable") || has("decisions.risk.uncontrollable")) {
        List<String> levels = new ArrayList<>();
        has("decisions.risk.controllable", n -> levels.add("风险可控的" + n + "项"));
        has("decisions.risk.uncontrollable", n -> levels.add("风险不可控的" + n + "项"));
        s.append("（").append(String.join("、", levels)).append("）");
      }
      steps.add(s.toString());
    }
    has("rates.riskAssessment", n -> steps.add("重大决策风险评估率" + percent(n)));
    sentence(out, steps, "在决策过程中，");
    List<String> deciding = new ArrayList<>();
    has("decisions.reviewed", n -> deciding.add("经合法性审查" + n + "项"));
    if (has("decisions.discussed")) {
      StringBuilder s = new StringBuilder("提交集体讨论决定" + count("decisions.discussed") + "项");
      List<String> outcomes = new ArrayList<>();
      has("decisions.decided", n -> outcomes.add("决定通过" + n + "项"));
      positive("decisions.deferred", n -> outcomes.add("暂缓决策" + n + "项"));
      positive("decisions.rejected", n -> outcomes.add("不予通过" + n + "项"));
      if (!outcomes.isEmpty()) {
        s.append("，其中").append(String.join("、", outcomes));
      }
      deciding.add(s.toString());
    } else {
      has("decisions.decided", n -> deciding.add("经集体讨论决定通过" + n + "项"));
    }
    sentence(out, deciding, "");
    List<String> after = new ArrayList<>();
    positive("decisions.adjusted", n -> after.add("调整" + n + "项"));
    positive("decisions.suspended", n -> after.add("暂停执行" + n + "项"));
    positive("decisions.stopped", n -> after.add("停止执行" + n + "项"));
    if (!after.isEmpty()) {
      out.add("决策执行中，根据实际情况" + String.join("、", after) + "。");
    }
    has("decisions.evaluated", n -> out.add("对" + n + "项重大行政决策开展决策后评估。"));
    return out;
  }

  // ------------------------------------------------------------------ 清理

  private List<String> cleanup() {
    List<String> out = new ArrayList<>();
    if (has("cleanup.rounds") && count("cleanup.rounds") == 0) {
      out.add("本年度未组织开展行政规范性文件集中清理。");
      return out;
    }
    StringBuilder s = new StringBuilder();
    has("cleanup.rounds", n -> s.append("组织开展行政规范性文件清理").append(n).append("次"));
    if (has("cleanup.documents")) {
      s.append(s.isEmpty() ? "" : "，").append("共清理行政规范性文件").append(count("cleanup.documents")).append("件");
      List<String> outcomes = new ArrayList<>();
      has("cleanup.KEEP", n -> outcomes.add("继续有效" + n + "件"));
      has("cleanup.AMEND", n -> outcomes.add("修改" + n + "件"));
      has("cleanup.ABOLISH", n -> outcomes.add("废止" + n + "件"));
      has("cleanup.DECLARE_INVALID", n -> outcomes.add("宣布失效" + n + "件"));
      if (!outcomes.isEmpty()) {
        s.append("，其中").append(String.join("、", outcomes));
      }
    }
    if (!s.isEmpty()) {
      out.add(s.append("，清理结果向社会公布。").toString());
    }
    return out;
  }

  // ------------------------------------------------------------------ helpers

  private static void sentence(List<String> out, List<String> clauses, String opening) {
    if (!clauses.isEmpty()) {
      out.add(opening + String.join("，", clauses) + "。");
    }
  }

  private boolean has(String key) {
    return figures.get(key) != null;
  }

  private void has(String key, java.util.function.Consumer<String> use) {
    if (has(key)) {
      use.accept(AnnualYear.text(figures.get(key)));
    }
  }

  /** Only when the figure exists and is above zero (「其中废止0件」 reads badly). */
  private void positive(String key, java.util.function.Consumer<String> use) {
    if (has(key) && new BigDecimal(figures.get(key).toString()).signum() > 0) {
      use.accept(AnnualYear.text(figures.get(key)));
    }
  }

  private long count(String key) {
    return new BigDecimal(figures.get(key).toString()).longValue();
  }

  /** The rate the figures state, else part / whole computed the same way (one decimal). */
  private String rate(String key, long part, long whole) {
    if (has(key)) {
      return percent(figures.get(key));
    }
    return percent(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
  }

  static String percent(Number n) {
    return AnnualYear.text(n) + "%";
  }

  /** A rate already written as text (12.5). */
  static String percent(String n) {
    return n + "%";
  }

  private static boolean isHundred(Number n) {
    return new BigDecimal(n.toString()).compareTo(BigDecimal.valueOf(100)) == 0;
  }
}
