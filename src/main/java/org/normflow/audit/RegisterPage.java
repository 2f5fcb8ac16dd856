package org.normflow.audit;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.normflow.decision.DecisionStage;
import org.normflow.document.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The register page (案件台账) read from the per-case summary ({@link CaseSummary}): filters, the year of any
 * recorded date, counts of the filtered set, one sorted page, and the whole filtered set for the exports.
 * A drafter's unit scope is part of the SQL. Overdue is computed here, against the engine's clock, because
 * it changes with time and not with a step: open tasks past their due date, legality reviews past their
 * limit, and published documents not filed by their filing deadline.
 */
@Service
class RegisterPage {

  static final Map<String, String> FCR_LABELS = Map.of("PASSES", "符合审查标准", "EXCEPTION", "适用例外规定", "FAILS", "不符合审查标准");
  static final Map<String, String> CLEANUP_LABELS =
      Map.of("KEEP", "继续有效", "AMEND", "修改", "ABOLISH", "废止", "DECLARE_INVALID", "宣布失效");

  /** One line of the register page and of its exports. Dates are yyyy-MM-dd, the registration time Beijing time. */
  record Row(String reference, String kind, String kindLabel, String number, String title, String unit, String unitName,
      String issuingUnit, int year, String stage, String stageLabel, String registeredAt, String publishedOn,
      String effectiveOn, String legalityOutcome, String legalityOutcomeLabel, String legalityReviewedOn,
      String fcrConclusion, String fcrLabel, String filingDue, String filedOn, boolean late, String lateNote,
      String cleanupOutcome, String cleanupLabel, String cleanupAt, boolean withoutReview, boolean overdue,
      String overdueNote, boolean closed) {}

  record Result(List<Row> rows, Map<String, Object> counts, int page, int size, int pages, String sort, String dir) {}

  private static final String OVERDUE = "(s.case_id IN (SELECT r.case_id FROM nf_legality_review r "
      + "WHERE r.reviewed_on IS NULL AND r.due_on < :today) "
      + "OR COALESCE(s.process_instance_id, '-') IN (SELECT e.ROOT_PROC_INST_ID_ FROM ACT_RU_TASK t "
      + "JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ WHERE t.DUE_DATE_ < :now AND e.ROOT_PROC_INST_ID_ IS NOT NULL) "
      + "OR (s.stage = 'PUBLISHED' AND s.filed_on IS NULL AND s.filing_due IS NOT NULL AND s.filing_due < :today))";

  private final JdbcClient jdbc;
  private final Names names;
  private final CaseRegister register;

  RegisterPage(JdbcClient jdbc, Names names, CaseRegister register) {
    this.jdbc = jdbc;
    this.names = names;
    this.register = register;
  }

  Result page(WorkbenchAccess.Reader reader, RegisterQuery query) {
    register.assignPendingReferences();
    Where where = where(reader, query);
    Map<String, Object> counts = counts(where);
    long total = (Long) counts.get("total");
    int pages = (int) Math.max(1, (total + query.size() - 1) / query.size());
    String sql = "SELECT s.*, " + OVERDUE + " AS overdue_now FROM (SELECT * FROM nf_case_summary s" + where.sql
        + query.orderBy() + " OFFSET " + (long) (query.page() - 1) * query.size() + " ROWS FETCH NEXT " + query.size()
        + " ROWS ONLY) s" + query.orderBy();
    List<Row> rows = rows(sql, where.params);
    return new Result(rows, counts, query.page(), query.size(), pages, query.sort(), query.ascending() ? "asc" : "desc");
  }

  /** Every row of the filtered register, in the page's order: what the exports write. */
  List<Row> all(WorkbenchAccess.Reader reader, RegisterQuery query) {
    register.assignPendingReferences();
    Where where = where(reader, query);
    return rows("SELECT s.*, " + OVERDUE + " AS overdue_now FROM nf_case_summary s" + where.sql + query.orderBy(), where.params);
  }

  /** What the filters offer, from cheap queries over the summary, not from the register's rows. */
  Map<String, Object> options(WorkbenchAccess.Reader reader) {
    register.assignPendingReferences();
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("kinds", List.of(new CaseRegister.Option(CaseRegister.DOCUMENT, CaseRegister.KIND_LABELS.get(CaseRegister.DOCUMENT)),
        new CaseRegister.Option(CaseRegister.DECISION, CaseRegister.KIND_LABELS.get(CaseRegister.DECISION))));
    Where scope = where(reader, null);
    Map<String, String> units = new TreeMap<>();
    jdbc.sql("SELECT DISTINCT s.drafting_unit FROM nf_case_summary s" + scope.sql + (scope.sql.isEmpty() ? " WHERE" : " AND")
            + " s.drafting_unit IS NOT NULL").params(scope.params).query(String.class).list()
        .forEach(u -> units.put(u, names.group(u)));
    options.put("units", units.entrySet().stream().map(e -> new CaseRegister.Option(e.getKey(), e.getValue())).toList());
    options.put("years", years("registered_year", scope));
    // the years any recorded date falls in, for "the year of a date"
    java.util.TreeSet<Integer> dateYears = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
    for (String[] field : RegisterQuery.DATE_FIELDS.values()) {
      jdbc.sql("SELECT DISTINCT s." + field[0] + " FROM nf_case_summary s" + scope.sql).params(scope.params)
          .query((rs, n) -> rs.getObject(1) == null ? null : rs.getInt(1)).list()
          .forEach(y -> { if (y != null) { dateYears.add(y); } });
    }
    options.put("dateYears", dateYears.stream().map(y -> new CaseRegister.Option(String.valueOf(y), y + "年")).toList());
    options.put("dateFields", RegisterQuery.DATE_FIELDS.entrySet().stream()
        .map(e -> new CaseRegister.Option(e.getKey(), e.getValue()[1])).toList());
    List<CaseRegister.Option> stages = new ArrayList<>();
    for (Stage s : Stage.values()) {
      stages.add(new CaseRegister.Option(s.name(), "规范性文件：" + s.label()));
    }
    for (DecisionStage s : DecisionStage.values()) {
      stages.add(new CaseRegister.Option(s.name(), "重大决策：" + s.label()));
    }
    options.put("stages", stages);
    options.put("outcomes", labelled(ComplianceChecks.LEGALITY_OUTCOMES, List.of("LAWFUL", "LAWFUL_AFTER_AMENDMENT",
        "MISSING_PROCEDURE", "UNLAWFUL", "NO_CLEAR_PROVISION"), "未经合法性审核"));
    options.put("fcr", labelled(FCR_LABELS, List.of("PASSES", "EXCEPTION", "FAILS"), "无公平竞争审查记录"));
    options.put("cleanup", labelled(CLEANUP_LABELS, List.of("KEEP", "AMEND", "ABOLISH", "DECLARE_INVALID"), "未经清理"));
    options.put("sorts", List.copyOf(RegisterQuery.SORTS.keySet()));
    options.put("maxSize", RegisterQuery.MAX_SIZE);
    return options;
  }

  private List<CaseRegister.Option> years(String column, Where scope) {
    return jdbc.sql("SELECT DISTINCT s." + column + " FROM nf_case_summary s" + scope.sql + " ORDER BY 1 DESC")
        .params(scope.params).query(Integer.class).list().stream()
        .map(y -> new CaseRegister.Option(String.valueOf(y), y + "年")).toList();
  }

  private static List<CaseRegister.Option> labelled(Map<String, String> labels, List<String> order, String none) {
    List<CaseRegister.Option> options = new ArrayList<>();
    order.forEach(code -> options.add(new CaseRegister.Option(code, labels.get(code))));
    options.add(new CaseRegister.Option(RegisterQuery.NONE, none));
    return options;
  }

  private Map<String, Object> counts(Where where) {
    Map<String, Object> counts = new LinkedHashMap<>();
    jdbc.sql("SELECT COUNT(*), SUM(CASE WHEN s.case_kind = 'DOCUMENT' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN " + OVERDUE + " THEN 1 ELSE 0 END), SUM(CASE WHEN s.filing_late THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN s.without_review THEN 1 ELSE 0 END) FROM nf_case_summary s" + where.sql)
        .params(where.params)
        .query(rs -> {
          rs.next();
          long total = rs.getLong(1);
          counts.put("total", total);
          counts.put("documents", rs.getLong(2));
          counts.put("decisions", total - rs.getLong(2));
          counts.put("overdue", rs.getLong(3));
          counts.put("late", rs.getLong(4));
          counts.put("withoutReview", rs.getLong(5));
          return total;
        });
    Map<String, Long> byStage = new TreeMap<>();
    jdbc.sql("SELECT s.case_kind, s.stage, COUNT(*) FROM nf_case_summary s" + where.sql + " GROUP BY s.case_kind, s.stage")
        .params(where.params)
        .query((rs, n) -> Map.entry(stageLabel(rs.getString(1), rs.getString(2)), rs.getLong(3))).list()
        .forEach(e -> byStage.merge(e.getKey(), e.getValue(), Long::sum));
    counts.put("byStage", byStage);
    return counts;
  }

  private record Where(String sql, Map<String, Object> params) {}

  /** The WHERE clause of a question; with query null only the reader's scope. */
  private Where where(WorkbenchAccess.Reader reader, RegisterQuery query) {
    List<String> terms = new ArrayList<>();
    Map<String, Object> p = new HashMap<>();
    p.put("today", Date.valueOf(AuditTime.today()));
    p.put("now", new Timestamp(ClockUtil.getCurrentTime().getTime()));
    if (!reader.everything()) {
      if (reader.units().isEmpty()) {
        terms.add("1 = 0");
      } else {
        terms.add("s.drafting_unit IN (:units)");
        p.put("units", reader.units());
      }
    }
    if (query != null) {
      if (query.q() != null) {
        terms.add("(LOWER(COALESCE(s.reference, s.assigned_reference)) LIKE :q ESCAPE '!' OR LOWER(s.assigned_reference) LIKE :q ESCAPE '!' "
            + "OR LOWER(s.doc_number) LIKE :q ESCAPE '!' OR LOWER(s.title) LIKE :q ESCAPE '!')");
        String needle = query.q().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        p.put("q", "%" + needle + "%");
      }
      equal(terms, p, "s.case_kind", "kind", query.kind());
      equal(terms, p, "s.drafting_unit", "unit", query.unit());
      equal(terms, p, "s.registered_year", "year", query.year());
      equal(terms, p, "s.stage", "stage", query.stage());
      equal(terms, p, "s.filing_late", "late", query.late());
      equal(terms, p, "s.without_review", "withoutReview", query.withoutReview());
      recorded(terms, p, "s.legality_outcome", "outcome", query.outcome());
      recorded(terms, p, "s.fcr_conclusion", "fcr", query.fcr());
      recorded(terms, p, "s.cleanup_outcome", "cleanup", query.cleanup());
      equal(terms, p, query.dateYearColumn(), "dateYear", query.dateYear());
      if (query.overdue() != null) {
        terms.add(query.overdue() ? OVERDUE : "NOT " + OVERDUE);
      }
    }
    return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), p);
  }

  private static void equal(List<String> terms, Map<String, Object> p, String column, String name, Object value) {
    if (value != null && column != null) {
      terms.add(column + " = :" + name);
      p.put(name, value);
    }
  }

  /** A code, or NONE for "no such record". */
  private static void recorded(List<String> terms, Map<String, Object> p, String column, String name, String value) {
    if (RegisterQuery.NONE.equals(value)) {
      terms.add(column + " IS NULL");
    } else {
      equal(terms, p, column, name, value);
    }
  }

  private List<Row> rows(String sql, Map<String, Object> params) {
    List<Object[]> raw = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    jdbc.sql(sql).params(params).query(rs -> {
      raw.add(new Object[] {rs.getString("case_id"), rs.getString("process_instance_id")});
      rows.add(row(rs));
    });
    return withNotesAndClosed(rows, raw);
  }

  private Row row(ResultSet rs) throws SQLException {
    String kind = rs.getString("case_kind");
    String unit = rs.getString("drafting_unit");
    String reference = rs.getString("reference") != null ? rs.getString("reference") : rs.getString("assigned_reference");
    Timestamp registered = rs.getTimestamp("registered_at");
    LocalDate due = date(rs.getDate("filing_due"));
    LocalDate filed = date(rs.getDate("filed_on"));
    boolean late = rs.getBoolean("filing_late");
    String lateNote = late ? (filed == null ? "未在备案期限（" + AuditTime.day(due) + "）内备案"
        : "备案于 " + AuditTime.day(filed) + "，期限为 " + AuditTime.day(due)) : null;
    String outcome = rs.getString("legality_outcome");
    String fcr = rs.getString("fcr_conclusion");
    String cleanup = rs.getString("cleanup_outcome");
    String stage = rs.getString("stage");
    return new Row(reference, kind, CaseRegister.KIND_LABELS.get(kind), rs.getString("doc_number"), rs.getString("title"), unit,
        unit == null ? "（未记录科室）" : names.group(unit), rs.getString("issuing_unit"), rs.getInt("registered_year"), stage,
        stageLabel(kind, stage), AuditTime.time(registered.toInstant()), day(rs.getDate("published_on")),
        day(rs.getDate("effective_on")), outcome, outcome == null ? null : ComplianceChecks.LEGALITY_OUTCOMES.getOrDefault(outcome, outcome),
        day(rs.getDate("legality_reviewed_on")), fcr, fcr == null ? null : FCR_LABELS.getOrDefault(fcr, fcr), day(rs.getDate("filing_due")),
        day(rs.getDate("filed_on")), late, lateNote, cleanup, cleanup == null ? null : CLEANUP_LABELS.getOrDefault(cleanup, cleanup),
        rs.getTimestamp("cleanup_at") == null ? null : AuditTime.day(rs.getTimestamp("cleanup_at").toInstant().atZone(AuditTime.ZONE).toLocalDate()),
        rs.getBoolean("without_review"), rs.getBoolean("overdue_now"), null, false);
  }

  /** Why each overdue row is overdue, and whether its process has ended: asked for these rows only. */
  private List<Row> withNotesAndClosed(List<Row> rows, List<Object[]> raw) {
    Map<String, String> notes = new HashMap<>();
    Map<String, Boolean> ended = new HashMap<>();
    List<String> overdueIds = new ArrayList<>();
    List<String> overdueRoots = new ArrayList<>();
    List<String> roots = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String pi = (String) raw.get(i)[1];
      if (pi != null) {
        roots.add(pi);
      }
      if (rows.get(i).overdue()) {
        overdueIds.add((String) raw.get(i)[0]);
        if (pi != null) {
          overdueRoots.add(pi);
        }
      }
    }
    LocalDate today = AuditTime.today();
    Map<String, String> caseByRoot = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      if (raw.get(i)[1] != null) {
        caseByRoot.put((String) raw.get(i)[1], (String) raw.get(i)[0]);
      }
    }
    for (List<String> chunk : chunks(overdueRoots)) {
      jdbc.sql("SELECT e.ROOT_PROC_INST_ID_, t.NAME_, t.DUE_DATE_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ "
              + "WHERE t.DUE_DATE_ < :now AND e.ROOT_PROC_INST_ID_ IN (:roots) ORDER BY t.DUE_DATE_")
          .param("now", new Timestamp(ClockUtil.getCurrentTime().getTime())).param("roots", chunk)
          .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), AuditTime.time(rs.getTimestamp(3).toInstant())}).list()
          .forEach(t -> notes.merge(caseByRoot.get(t[0]), "待办任务「" + t[1] + "」已超过办理期限（" + t[2] + "）", RegisterPage::join));
    }
    for (List<String> chunk : chunks(overdueIds)) {
      jdbc.sql("SELECT case_id, due_on FROM nf_legality_review WHERE reviewed_on IS NULL AND due_on < :today AND case_id IN (:ids)")
          .param("today", Date.valueOf(today)).param("ids", chunk)
          .query((rs, n) -> Map.entry(rs.getString(1), AuditTime.day(date(rs.getDate(2))))).list()
          .forEach(e -> notes.merge(e.getKey(), "合法性审查已超过审查期限（" + e.getValue() + "）", RegisterPage::join));
    }
    for (List<String> chunk : chunks(roots)) {
      jdbc.sql("SELECT ID_ FROM ACT_HI_PROCINST WHERE END_TIME_ IS NOT NULL AND ID_ IN (:roots)").param("roots", chunk)
          .query(String.class).list().forEach(id -> ended.put(id, true));
    }
    List<Row> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      String caseId = (String) raw.get(i)[0];
      String pi = (String) raw.get(i)[1];
      String note = notes.get(caseId);
      if (r.overdue() && "PUBLISHED".equals(r.stage()) && r.filedOn() == null && r.filingDue() != null
          && LocalDate.parse(r.filingDue()).isBefore(today)) {
        note = join(note, "备案期限（" + r.filingDue() + "）已过，尚未备案");
      }
      out.add(new Row(r.reference(), r.kind(), r.kindLabel(), r.number(), r.title(), r.unit(), r.unitName(), r.issuingUnit(),
          r.year(), r.stage(), r.stageLabel(), r.registeredAt(), r.publishedOn(), r.effectiveOn(), r.legalityOutcome(),
          r.legalityOutcomeLabel(), r.legalityReviewedOn(), r.fcrConclusion(), r.fcrLabel(), r.filingDue(), r.filedOn(), r.late(),
          r.lateNote(), r.cleanupOutcome(), r.cleanupLabel(), r.cleanupAt(), r.withoutReview(), r.overdue(), note,
          pi == null || ended.getOrDefault(pi, false)));
    }
    return out;
  }

  private static List<List<String>> chunks(List<String> ids) {
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 500) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
    }
    return chunks;
  }

  static String stageLabel(String kind, String stage) {
    try {
      return CaseRegister.DECISION.equals(kind) ? DecisionStage.valueOf(stage).label() : Stage.valueOf(stage).label();
    } catch (IllegalArgumentException unknown) {
      return stage;
    }
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static String day(Date d) {
    return d == null ? null : AuditTime.day(d.toLocalDate());
  }

  private static String join(String a, String b) {
    return a == null ? b : a + "；" + b;
  }
}
