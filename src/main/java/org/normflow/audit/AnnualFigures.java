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
 * Annual figures (年度统计) for the bureau's annual rule-of-law report (法治政府建设年度报告): every figure
 * by its one definition in {@link FigureDefinitions} (what is counted, the recorded date that puts it in
 * a year, what is excluded, the rules it checks), over the cases the reader may see. Only recorded dates
 * up to 31 December decide a year, never today's stage, so a past year's figures stay as they were.
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

  private final JdbcClient jdbc;
  private final org.camunda.bpm.engine.HistoryService history;
  private final Unchecked unchecked;
  private final org.springframework.transaction.support.TransactionTemplate readOnly;
  private final boolean postgres;

  AnnualFigures(JdbcClient jdbc, org.camunda.bpm.engine.HistoryService history, Unchecked unchecked,
      org.springframework.transaction.PlatformTransactionManager transactions, javax.sql.DataSource dataSource) {
    this.jdbc = jdbc;
    this.history = history;
    this.unchecked = unchecked;
    this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.postgres = isPostgres(dataSource);
  }

  private static boolean isPostgres(javax.sql.DataSource dataSource) {
    try (java.sql.Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    } catch (java.sql.SQLException e) {
      return false;
    }
  }

  /**
   * Every user task with a due date (the steps the law or the bureau times) finished in the year in
   * one of the reader's cases: how long it took in days, against its due date.
   */
  private List<Duration> taskDurations(WorkbenchAccess.Reader reader, int year) {
    Set<String> roots = new HashSet<>(jdbc.sql(scoped("SELECT d.process_instance_id FROM nf_document d WHERE {DOC d} "
            + "AND d.process_instance_id IS NOT NULL UNION ALL SELECT m.process_instance_id FROM nf_decision m "
            + "WHERE {DEC m} AND m.process_instance_id IS NOT NULL", reader))
        .params(reader.everything() ? Map.of() : Map.of("units", reader.units().isEmpty() ? List.of("-") : List.copyOf(reader.units())))
        .query(String.class).list());
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

  /**
   * The year's figures over the cases the reader may see, each by its one definition
   * ({@link FigureDefinitions}): every count is one scalar subquery, all of them in one statement.
   */
  Report report(WorkbenchAccess.Reader reader, int year) {
    List<FigureDefinitions.Group> groups = FigureDefinitions.all();
    List<FigureDefinitions.Count> counts = new ArrayList<>();
    groups.forEach(g -> g.figures().forEach(f -> { if (f instanceof FigureDefinitions.Count c) counts.add(c); }));
    Map<String, Long> values = counts(reader, year, counts);
    List<Section> sections = new ArrayList<>();
    for (FigureDefinitions.Group g : groups) {
      List<Figure> figures = new ArrayList<>();
      for (Object f : g.figures()) {
        if (f instanceof FigureDefinitions.Count c) {
          figures.add(new Figure(c.key(), c.label(), values.get(c.key()), c.unit(), c.definition(), c.rules()));
        } else if (f instanceof FigureDefinitions.Rate r) {
          long whole = values.get(r.whole());
          figures.add(new Figure(r.key(), r.label(), whole == 0 ? null : percent(values.get(r.part()), whole), "%",
              r.definition() + "（" + label(groups, r.part()) + " ÷ " + label(groups, r.whole()) + "；分母为 0 时不计算）",
              r.rules()));
        }
      }
      String title = g.title();
      if (title.equals("重大行政决策")) {
        title += catalogueNote(year);
      }
      sections.add(new Section(title, figures));
    }
    List<Duration> durations = new ArrayList<>(reviewDurations(reader, year));
    durations.addAll(taskDurations(reader, year));
    Map<String, Long> register = new LinkedHashMap<>();
    register.put("documents", values.get("documents.registered"));
    register.put("decisions", values.get("decisions.registered"));
    return new Report(year, year + " 年度法治政府建设统计（规范性文件与重大行政决策）", sections, durations, register);
  }

  private static String label(List<FigureDefinitions.Group> groups, String key) {
    for (FigureDefinitions.Group g : groups) {
      for (Object f : g.figures()) {
        if (f instanceof FigureDefinitions.Count c && c.key().equals(key)) {
          return c.label().strip().replaceFirst("^其中：", "");
        }
      }
    }
    return key;
  }

  private String catalogueNote(int year) {
    return jdbc.sql("SELECT published_at FROM nf_catalogue WHERE catalogue_year = ? AND published_at IS NOT NULL")
        .param(year).query(Timestamp.class).optional()
        .map(t -> "（" + year + " 年度决策事项目录于 " + AuditTime.day(date(t)) + " 公布）")
        .orElse("（" + year + " 年度决策事项目录尚未公布）");
  }

  /**
   * Every count of the year in one statement: one pass over each table (the counts over the same rows are
   * aggregates of one SELECT), the passes joined as one row. The year's bounds are written into the
   * statement as literals (they come from an int, not from a reader), so PostgreSQL plans each year's
   * statement for its own dates instead of reusing a generic plan.
   */
  private Map<String, Long> counts(WorkbenchAccess.Reader reader, int year, List<FigureDefinitions.Count> counts) {
    Map<String, List<Integer>> byFrom = new LinkedHashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      byFrom.computeIfAbsent(counts.get(i).from(), k -> new ArrayList<>()).add(i);
    }
    StringBuilder sql = new StringBuilder("SELECT * FROM ");
    int pass = 0;
    for (Map.Entry<String, List<Integer>> e : byFrom.entrySet()) {
      sql.append(pass == 0 ? "" : " CROSS JOIN ").append("(SELECT ");
      for (int j = 0; j < e.getValue().size(); j++) {
        int i = e.getValue().get(j);
        sql.append(j == 0 ? "" : ", ").append(counts.get(i).aggregate()).append(" AS c").append(i);
      }
      sql.append(" FROM ").append(e.getKey()).append(") p").append(pass++);
    }
    var statement = jdbc.sql(scoped(withYear(sql.toString(), year), reader));
    if (!reader.everything()) {
      statement = statement.param("units", reader.units().isEmpty() ? List.of("-") : List.copyOf(reader.units()));
    }
    var query = statement;
    return readOnly.execute(tx -> {
      if (postgres) {
        // one statement of many aggregates looks expensive to PostgreSQL's planner, whose JIT compilation of it
        // then costs more than the whole count (seconds against tens of milliseconds)
        jdbc.sql("SET LOCAL jit = off").update();
      }
      return query.query(rs -> {
        Map<String, Long> values = new LinkedHashMap<>();
        rs.next();
        for (int i = 0; i < counts.size(); i++) {
          values.put(counts.get(i).key(), rs.getLong("c" + i));
        }
        return values;
      });
    });
  }

  /** The year's bounds as SQL literals: dates, and timestamps as the JVM writes Beijing-time instants. */
  static String withYear(String sql, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate next = first.plusYears(1);
    java.time.format.DateTimeFormatter ts = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    return sql
        .replaceAll(":fromTs\\b", "TIMESTAMP '" + ts.format(local(first)) + "'")
        .replaceAll(":toTs\\b", "TIMESTAMP '" + ts.format(local(next)) + "'")
        .replaceAll(":from\\b", "DATE '" + first + "'")
        .replaceAll(":to\\b", "DATE '" + next + "'")
        .replaceAll(":lastDay\\b", "DATE '" + next.minusDays(1) + "'")
        .replaceAll(":year\\b", String.valueOf(year));
  }

  /** Midnight in Beijing as the server's local time, the way timestamps are stored (engine clock, JVM zone). */
  private static java.time.LocalDateTime local(LocalDate day) {
    return day.atStartOfDay(AuditTime.ZONE).withZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDateTime();
  }

  private static final java.util.regex.Pattern SCOPE = java.util.regex.Pattern.compile("\\{(DOC|DEC|CASE|UNIT|ROUND) ([a-z_.]+)}");

  /** The definition's SQL with its scope placeholders filled for the reader. */
  static String scoped(String sql, WorkbenchAccess.Reader reader) {
    return SCOPE.matcher(sql).replaceAll(m -> {
      if (reader.everything()) {
        return "1 = 1";
      }
      String col = m.group(2);
      return switch (m.group(1)) {
        case "DOC", "DEC" -> col + ".drafting_unit IN (:units)";
        case "UNIT" -> col + " IN (:units)";
        case "CASE" -> col + " IN (SELECT id FROM nf_document WHERE drafting_unit IN (:units) "
            + "UNION ALL SELECT id FROM nf_decision WHERE drafting_unit IN (:units))";
        default -> "EXISTS (SELECT 1 FROM nf_cleanup_item ri WHERE ri.cleanup_id = " + col + ".id AND ri.drafting_unit IN (:units))";
      };
    });
  }

  /** Legality reviews (documents and decisions apart), consultation periods and filing times of the year. */
  private List<Duration> reviewDurations(WorkbenchAccess.Reader reader, int year) {
    List<Duration> out = new ArrayList<>();
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("from", java.sql.Date.valueOf(LocalDate.of(year, 1, 1)));
    params.put("to", java.sql.Date.valueOf(LocalDate.of(year + 1, 1, 1)));
    if (!reader.everything()) {
      params.put("units", reader.units().isEmpty() ? List.of("-") : List.copyOf(reader.units()));
    }
    for (String[] kind : new String[][] {{"DOCUMENT", "legalityReview.documents", "规范性文件合法性审核（送审至出具意见）"},
        {"DECISION", "legalityReview.decisions", "重大行政决策合法性审查（送审至出具意见）"}}) {
      List<Map<String, Object>> rows = jdbc.sql(scoped("SELECT r.started_on, r.reviewed_on, r.due_on, r.max_working_days "
              + "FROM nf_legality_review r WHERE {CASE r.case_id} AND r.case_type = '" + kind[0] + "' "
              + "AND r.reviewed_on >= :from AND r.reviewed_on < :to", reader))
          .params(params).query().listOfRows();
      List<Double> days = new ArrayList<>();
      java.util.Set<Integer> limits = new java.util.TreeSet<>();
      int over = 0;
      for (Map<String, Object> r : rows) {
        days.add((double) ChronoUnit.DAYS.between(date(r.get("started_on")), date(r.get("reviewed_on"))));
        limits.add(((Number) r.get("max_working_days")).intValue());
        if (r.get("due_on") != null && date(r.get("reviewed_on")).isAfter(date(r.get("due_on")))) {
          over++;
        }
      }
      out.add(duration(kind[1], kind[2], days, limits.isEmpty() ? "按审查期限"
          : "最长 " + limits.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("/")) + " 个工作日",
          over, "日"));
    }
    List<Double> periods = new ArrayList<>();
    int[] shortPeriods = {0};
    jdbc.sql(scoped("SELECT c.period_days, c.min_days FROM nf_consultation c WHERE {CASE c.case_id} "
            + "AND c.opened_on >= :from AND c.opened_on < :to", reader))
        .params(params).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).list()
        .forEach(p -> {
          periods.add((double) p[0]);
          if (p[0] < p[1]) {
            shortPeriods[0]++;
          }
        });
    out.add(duration("consultationPeriod", "公开征求意见期限", periods, "不少于法定最少期限", shortPeriods[0], "日"));
    List<Double> filingDays = new ArrayList<>();
    int[] late = {0};
    jdbc.sql(scoped("SELECT d.published_on, d.filed_on, d.filing_due, d.filing_late FROM nf_document d WHERE {DOC d} "
            + "AND d.filed_on >= :from AND d.filed_on < :to AND d.published_on IS NOT NULL", reader))
        .params(params).query().listOfRows()
        .forEach(d -> {
          filingDays.add((double) ChronoUnit.DAYS.between(date(d.get("published_on")), date(d.get("filed_on"))));
          if (filedLate(d)) {
            late[0]++;
          }
        });
    out.add(duration("filing", "公布至备案", filingDays, "在备案期限内", late[0], "日"));
    return out;
  }

  /** CSV of the same report: 分类,指标,数值,单位 then the durations. */
  static String csv(Report report) {
    StringBuilder out = new StringBuilder("\uFEFF分类,指标,数值,单位\r\n");
    for (Section s : report.sections()) {
      for (Figure f : s.figures()) {
        out.append(Csv.row(s.title(), f.label().strip(), f.value() == null ? "—" : String.valueOf(f.value()), f.unit()));
      }
    }
    out.append(Csv.row("办理时长", "环节", "件数", "中位数", "第90百分位", "期限", "超过期限"));
    for (Duration d : report.durations()) {
      out.append(Csv.row("办理时长", d.step(), String.valueOf(d.count()), d.median() == null ? "" : d.median() + d.unit(),
          d.p90() == null ? "" : d.p90() + d.unit(), d.limit(), String.valueOf(d.overLimit())));
    }
    return out.toString();
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


  private static boolean filedLate(Map<String, Object> d) {
    return Boolean.TRUE.equals(d.get("filing_late"))
        || (d.get("filing_due") != null && date(d.get("filed_on")).isAfter(date(d.get("filing_due"))));
  }

  private static double percent(long part, long whole) {
    return Math.round(part * 1000.0 / whole) / 10.0;
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
