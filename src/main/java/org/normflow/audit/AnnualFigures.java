package org.normflow.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Annual figures (年度统计) for the bureau's annual rule-of-law report (法治政府建设年度报告), computed over
 * the cases of the register the reader may see: a case counts in a year by the date of the event that
 * the figure names (published_on for 公布, filed_on for 备案, reviewed_on for 审查, ...), a case "drafted"
 * in the year is a register row of that year. Every figure is a count of register cases or of their
 * records, so a register filtered the same way gives the same number.
 */
@Service
class AnnualFigures {

  /**
   * One figure: key for machines, label and unit for readers, its written definition (what is counted,
   * which recorded date puts it in the year, what is excluded) and the rules it checks.
   */
  record Figure(String key, String label, Number value, String unit, String definition, String rules) {
    Figure(String key, String label, Number value, String unit) {
      this(key, label, value, unit, null, null);
    }
  }

  record Section(String title, List<Figure> figures) {}

  /** How long a statutory step took against its limit, over the year's finished steps. */
  record Duration(String key, String step, int count, Double median, Double p90, String limit, int overLimit, String unit) {}

  record Report(int year, String title, List<Section> sections, List<Duration> durations, Map<String, Long> register) {}

  static final Map<String, String> CLEANUP_OUTCOMES = Map.of("KEEP", "继续有效", "AMEND", "修改", "ABOLISH", "废止",
      "INVALID", "宣布失效");

  private final JdbcClient jdbc;
  private final org.camunda.bpm.engine.HistoryService history;
  private final Unchecked unchecked;

  AnnualFigures(JdbcClient jdbc, org.camunda.bpm.engine.HistoryService history, Unchecked unchecked) {
    this.jdbc = jdbc;
    this.history = history;
    this.unchecked = unchecked;
  }

  /**
   * Every user task with a due date (the steps the law or the bureau times) finished in the year in
   * one of the reader's cases: how long it took in days, against its due date.
   */
  private List<Duration> taskDurations(List<CaseRegister.CaseRow> rows, int year) {
    Set<String> roots = new HashSet<>();
    rows.forEach(r -> { if (r.processInstanceId() != null) roots.add(r.processInstanceId()); });
    java.util.Date from = java.util.Date.from(LocalDate.of(year, 1, 1).atStartOfDay(AuditTime.ZONE).toInstant());
    java.util.Date to = java.util.Date.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(AuditTime.ZONE).toInstant());
    Map<String, List<Double>> days = new java.util.TreeMap<>();
    Map<String, Integer> over = new java.util.HashMap<>();
    for (var t : unchecked.read(() -> history.createHistoricTaskInstanceQuery().finished().finishedAfter(from)
        .finishedBefore(to).list())) {
      if (t.getDueDate() == null || t.getEndTime() == null || !roots.contains(t.getRootProcessInstanceId())
          || !"completed".equals(t.getDeleteReason())) {
        continue;
      }
      String step = t.getName() == null ? "（未命名环节）" : t.getName();
      days.computeIfAbsent(step, k -> new ArrayList<>())
          .add(Math.round((t.getEndTime().getTime() - t.getStartTime().getTime()) / 8640000.0) / 10.0);
      if (t.getEndTime().after(t.getDueDate())) {
        over.merge(step, 1, Integer::sum);
      }
    }
    List<Duration> out = new ArrayList<>();
    days.forEach((step, values) -> out.add(duration("task:" + step, "任务：" + step, values, "按任务办理期限",
        over.getOrDefault(step, 0), "日")));
    return out;
  }

  Report report(List<CaseRegister.CaseRow> rows, int year, boolean everything) {
    Set<String> documents = ids(rows, CaseRegister.DOCUMENT);
    Set<String> decisions = ids(rows, CaseRegister.DECISION);
    Set<String> cases = new HashSet<>(documents);
    cases.addAll(decisions);
    Predicate<Object> inYear = v -> v != null && yearOf(v) == year;

    List<Map<String, Object>> docs = select("SELECT id, stage, published_on, filed_on, filing_due, filing_late, valid_until, "
        + "updated_at FROM nf_document", documents);
    List<Map<String, Object>> reviews = select("SELECT case_id, case_type, outcome, started_on, due_on, reviewed_on, max_working_days "
        + "FROM nf_legality_review", "case_id", cases);
    List<Map<String, Object>> deliberations = select("SELECT document_id, meeting_date FROM nf_deliberation", "document_id", documents);
    List<Map<String, Object>> consultations = select("SELECT id, case_id, opened_on, period_days, min_days, day_kind "
        + "FROM nf_consultation", "case_id", cases);
    List<Map<String, Object>> comments = select("SELECT case_id, received_at, disposition, status FROM nf_public_comment", "case_id", cases);
    List<Map<String, Object>> reports = select("SELECT decision_id, kind, created_at FROM nf_decision_report", "decision_id", decisions);
    List<Map<String, Object>> opinions = select("SELECT decision_id, member_role, created_at FROM nf_decision_opinion", "decision_id", decisions);
    List<Map<String, Object>> cleanups = select("SELECT cleanup_id, document_id, outcome, decided_at FROM nf_cleanup_result", "document_id", documents);

    List<Section> sections = new ArrayList<>();
    // -------------------------------------------------------------- normative documents
    List<Figure> nd = new ArrayList<>();
    nd.add(new Figure("documents.drafted", "起草（登记）的规范性文件", rows.stream()
        .filter(r -> r.kind().equals(CaseRegister.DOCUMENT) && r.year() == year).count(), "件"));
    List<Map<String, Object>> docReviews = reviews.stream().filter(r -> documents.contains(r.get("case_id")) && inYear.test(r.get("reviewed_on"))).toList();
    nd.add(new Figure("documents.reviewed", "完成合法性审核", docReviews.size(), "次"));
    for (String outcome : List.of("LAWFUL", "LAWFUL_AFTER_AMENDMENT", "MISSING_PROCEDURE", "UNLAWFUL")) {
      nd.add(new Figure("documents.reviewed." + outcome, "　其中：" + ComplianceChecks.LEGALITY_OUTCOMES.get(outcome),
          docReviews.stream().filter(r -> outcome.equals(r.get("outcome"))).count(), "次"));
    }
    nd.add(new Figure("documents.deliberated", "经集体审议", deliberations.stream().filter(m -> inYear.test(m.get("meeting_date")))
        .map(m -> m.get("document_id")).distinct().count(), "件"));
    List<Map<String, Object>> published = docs.stream().filter(d -> inYear.test(d.get("published_on"))).toList();
    nd.add(new Figure("documents.published", "公布", published.size(), "件"));
    List<Map<String, Object>> filed = docs.stream().filter(d -> inYear.test(d.get("filed_on"))).toList();
    long filedLate = filed.stream().filter(AnnualFigures::filedLate).count();
    nd.add(new Figure("documents.filed", "报送备案", filed.size(), "件"));
    nd.add(new Figure("documents.filed.onTime", "　其中：按时备案", filed.size() - filedLate, "件"));
    nd.add(new Figure("documents.filed.late", "　其中：逾期备案", filedLate, "件"));
    long publishedAndFiled = published.stream().filter(d -> d.get("filed_on") != null).count();
    nd.add(new Figure("documents.filingRate", "本年公布文件的备案率", published.isEmpty() ? 0 : percent(publishedAndFiled, published.size()), "%"));
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    nd.add(new Figure("documents.inForce", "年末有效的规范性文件", docs.stream().filter(d ->
        Set.of("PUBLISHED", "FILED", "IN_FORCE").contains(d.get("stage")) && d.get("published_on") != null
            && !date(d.get("published_on")).isAfter(yearEnd)).count(), "件"));
    nd.add(new Figure("documents.abolished", "废止", docs.stream().filter(d -> "ABOLISHED".equals(d.get("stage"))
        && inYear.test(d.get("updated_at"))).count(), "件"));
    nd.add(new Figure("documents.lapsed", "失效（有效期届满）", docs.stream().filter(d -> "EXPIRED".equals(d.get("stage"))
        && inYear.test(d.get("valid_until") != null ? d.get("valid_until") : d.get("updated_at"))).count(), "件"));
    sections.add(new Section("行政规范性文件", nd));

    // -------------------------------------------------------------- public participation
    List<Figure> pp = new ArrayList<>();
    pp.add(new Figure("consultations.held", "公开征求意见", consultations.stream().filter(c -> inYear.test(c.get("opened_on"))).count(), "次"));
    List<Map<String, Object>> yearComments = comments.stream().filter(c -> inYear.test(c.get("received_at"))).toList();
    pp.add(new Figure("comments.received", "收到公众意见", yearComments.size(), "条"));
    pp.add(new Figure("comments.adopted", "　其中：采纳", yearComments.stream().filter(c -> "ADOPTED".equals(c.get("disposition"))).count(), "条"));
    pp.add(new Figure("comments.partly", "　其中：部分采纳", yearComments.stream().filter(c -> "PARTLY".equals(c.get("disposition"))).count(), "条"));
    pp.add(new Figure("comments.notAdopted", "　其中：不采纳", yearComments.stream().filter(c -> "NOT_ADOPTED".equals(c.get("disposition"))).count(), "条"));
    pp.add(new Figure("comments.open", "　其中：尚未处理", yearComments.stream().filter(c -> c.get("disposition") == null
        && !"HIDDEN".equals(c.get("status"))).count(), "条"));
    pp.add(new Figure("comments.hidden", "　其中：经审核不予公开", yearComments.stream().filter(c -> "HIDDEN".equals(c.get("status"))).count(), "条"));
    pp.add(new Figure("hearings", "举行听证", reportCount(reports, "HEARING", inYear), "次"));
    pp.add(new Figure("expertArgumentations", "专家论证", reportCount(reports, "EXPERT_ADOPTION", inYear), "次"));
    pp.add(new Figure("riskAssessments", "风险评估", reportCount(reports, "RISK", inYear), "次"));
    sections.add(new Section("公众参与、听证、专家论证与风险评估", pp));

    // -------------------------------------------------------------- major decisions
    List<Figure> md = new ArrayList<>();
    long catalogued = everything
        ? jdbc.sql("SELECT COUNT(*) FROM nf_catalogue_item WHERE catalogue_year = ?").param(year).query(Long.class).single()
        : rows.stream().filter(r -> r.kind().equals(CaseRegister.DECISION) && r.year() == year).count();
    md.add(new Figure("decisions.catalogued", everything ? "列入年度决策事项目录" : "本科室登记的重大行政决策", catalogued, "项"));
    md.add(new Figure("decisions.registered", "启动（登记）的重大行政决策", rows.stream()
        .filter(r -> r.kind().equals(CaseRegister.DECISION) && r.year() == year).count(), "项"));
    md.add(new Figure("decisions.decided", "经集体讨论作出决定", opinions.stream().filter(o -> "HEAD".equals(o.get("member_role"))
        && inYear.test(o.get("created_at"))).map(o -> o.get("decision_id")).distinct().count(), "项"));
    md.add(new Figure("decisions.implementing", "执行中", rows.stream().filter(r -> r.kind().equals(CaseRegister.DECISION)
        && r.year() <= year && "IMPLEMENTING".equals(r.stage())).count(), "项"));
    md.add(new Figure("decisions.postEvaluated", "完成决策后评估", reportCount(reports, "EVALUATION", inYear), "次"));
    sections.add(new Section("重大行政决策", md));

    // -------------------------------------------------------------- cleanup
    List<Figure> cl = new ArrayList<>();
    List<Map<String, Object>> yearCleanups = cleanups.stream().filter(c -> inYear.test(c.get("decided_at"))).toList();
    cl.add(new Figure("cleanup.rounds", "规范性文件清理", yearCleanups.stream().map(c -> c.get("cleanup_id")).distinct().count(), "轮"));
    cl.add(new Figure("cleanup.reviewed", "清理的文件", yearCleanups.size(), "件次"));
    for (var outcome : List.of("KEEP", "AMEND", "ABOLISH", "INVALID")) {
      cl.add(new Figure("cleanup." + outcome, "　其中：" + CLEANUP_OUTCOMES.get(outcome),
          yearCleanups.stream().filter(c -> outcome.equals(c.get("outcome"))).count(), "件"));
    }
    sections.add(new Section("规范性文件清理", cl));

    // -------------------------------------------------------------- durations
    List<Duration> durations = new ArrayList<>();
    List<Double> reviewDays = new ArrayList<>();
    Integer reviewLimit = null;
    for (Map<String, Object> r : reviews) {
      if (inYear.test(r.get("reviewed_on"))) {
        reviewDays.add((double) ChronoUnit.DAYS.between(date(r.get("started_on")), date(r.get("reviewed_on"))));
        reviewLimit = ((Number) r.get("max_working_days")).intValue();
      }
    }
    int reviewOver = (int) reviews.stream().filter(r -> inYear.test(r.get("reviewed_on"))).filter(r -> overReviewLimit(r)).count();
    durations.add(duration("legalityReview", "合法性审查（送审至出具意见）", reviewDays,
        reviewLimit == null ? "按审查期限" : "最长 " + reviewLimit + " 个工作日", reviewOver, "日"));
    List<Double> periods = new ArrayList<>();
    int shortPeriods = 0;
    for (Map<String, Object> c : consultations) {
      if (inYear.test(c.get("opened_on"))) {
        periods.add(((Number) c.get("period_days")).doubleValue());
        if (((Number) c.get("period_days")).intValue() < ((Number) c.get("min_days")).intValue()) {
          shortPeriods++;
        }
      }
    }
    durations.add(duration("consultationPeriod", "公开征求意见期限", periods, "不少于法定最少期限", shortPeriods, "日"));
    List<Double> filingDays = new ArrayList<>();
    for (Map<String, Object> d : filed) {
      if (d.get("published_on") != null) {
        filingDays.add((double) ChronoUnit.DAYS.between(date(d.get("published_on")), date(d.get("filed_on"))));
      }
    }
    durations.add(duration("filing", "公布至备案", filingDays, "在备案期限内", (int) filedLate, "日"));
    durations.addAll(taskDurations(rows, year));

    Map<String, Long> register = new LinkedHashMap<>();
    register.put("documents", rows.stream().filter(r -> r.kind().equals(CaseRegister.DOCUMENT) && r.year() == year).count());
    register.put("decisions", rows.stream().filter(r -> r.kind().equals(CaseRegister.DECISION) && r.year() == year).count());
    return new Report(year, year + " 年度法治政府建设统计（规范性文件与重大行政决策）", sections, durations, register);
  }

  /** CSV of the same report: 分类,指标,数值,单位 then the durations. */
  static String csv(Report report) {
    StringBuilder out = new StringBuilder("\uFEFF分类,指标,数值,单位\r\n");
    for (Section s : report.sections()) {
      for (Figure f : s.figures()) {
        out.append(Csv.row(s.title(), f.label().strip(), String.valueOf(f.value()), f.unit()));
      }
    }
    out.append(Csv.row("办理时长", "环节", "件数", "中位数", "第90百分位", "期限", "超过期限"));
    for (Duration d : report.durations()) {
      out.append(Csv.row("办理时长", d.step(), String.valueOf(d.count()), d.median() == null ? "" : d.median() + d.unit(),
          d.p90() == null ? "" : d.p90() + d.unit(), d.limit(), String.valueOf(d.overLimit())));
    }
    return out.toString();
  }

  private static boolean overReviewLimit(Map<String, Object> r) {
    // the limit is in working days: the review's recorded due date (working-day calendar) decides
    return r.get("due_on") != null && date(r.get("reviewed_on")).isAfter(date(r.get("due_on")));
  }

  private static Duration duration(String key, String step, List<Double> values, String limit, int over, String unit) {
    values.sort(Double::compare);
    return new Duration(key, step, values.size(), quantile(values, 0.5), quantile(values, 0.9), limit, over, unit);
  }

  /** Nearest-rank quantile; null without values. */
  static Double quantile(List<Double> sorted, double q) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(q * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  private static long reportCount(List<Map<String, Object>> reports, String kind, Predicate<Object> inYear) {
    return reports.stream().filter(r -> kind.equals(r.get("kind")) && inYear.test(r.get("created_at"))).count();
  }

  private static boolean filedLate(Map<String, Object> d) {
    return Boolean.TRUE.equals(d.get("filing_late"))
        || (d.get("filing_due") != null && date(d.get("filed_on")).isAfter(date(d.get("filing_due"))));
  }

  private static double percent(long part, long whole) {
    return Math.round(part * 1000.0 / whole) / 10.0;
  }

  private List<Map<String, Object>> select(String sql, Set<String> ids) {
    return select(sql, "id", ids);
  }

  private List<Map<String, Object>> select(String sql, String idColumn, Set<String> ids) {
    return jdbc.sql(sql).query().listOfRows().stream().filter(r -> ids.contains((String) r.get(idColumn))).toList();
  }

  private static Set<String> ids(List<CaseRegister.CaseRow> rows, String kind) {
    Set<String> ids = new HashSet<>();
    rows.stream().filter(r -> r.kind().equals(kind)).forEach(r -> ids.add(r.caseId()));
    return ids;
  }

  static int yearOf(Object value) {
    if (value instanceof Timestamp ts) {
      return ts.toInstant().atZone(AuditTime.ZONE).getYear();
    }
    return date(value).getYear();
  }

  static LocalDate date(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant().atZone(AuditTime.ZONE).toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }
}
