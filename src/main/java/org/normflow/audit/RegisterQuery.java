package org.normflow.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.normflow.decision.DecisionStage;
import org.normflow.document.Stage;
import org.normflow.validation.FormValidationException;

/**
 * The register page's question, read from the request parameters and checked: filters, the year of one
 * recorded date, page, size and sort order. Every value that reaches SQL is either a bind parameter or
 * taken from the whitelists below, never from the request text. A wrong value is refused (400) with a
 * Chinese message that says which parameter and what it may be.
 */
record RegisterQuery(String q, String kind, String unit, Integer year, String stage, Boolean overdue, Boolean late,
    String outcome, String fcr, String cleanup, Boolean withoutReview, String dateField, Integer dateYear,
    int page, int size, String sort, boolean ascending) {

  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 200;
  /** "No such record": the filter value for cases without a legality review, FCR or cleanup finding. */
  static final String NONE = "NONE";

  /** dateField → the stored year column and what the UI calls it. */
  static final Map<String, String[]> DATE_FIELDS = new LinkedHashMap<>();
  /** sort key → column (or expression over stored columns). */
  static final Map<String, String> SORTS = new LinkedHashMap<>();

  static {
    DATE_FIELDS.put("registered", new String[] {"registered_year", "登记日期"});
    DATE_FIELDS.put("published", new String[] {"published_year", "公布日期"});
    DATE_FIELDS.put("effective", new String[] {"effective_year", "施行日期"});
    DATE_FIELDS.put("reviewed", new String[] {"legality_year", "合法性审核日期"});
    DATE_FIELDS.put("filed", new String[] {"filed_year", "备案日期"});
    DATE_FIELDS.put("cleanup", new String[] {"cleanup_year", "清理日期"});
    SORTS.put("registeredAt", "s.registered_at");
    SORTS.put("reference", "COALESCE(s.reference, s.assigned_reference)");
    SORTS.put("kind", "s.case_kind");
    SORTS.put("number", "s.doc_number");
    SORTS.put("title", "s.title");
    SORTS.put("unit", "s.drafting_unit");
    SORTS.put("stage", "s.stage");
    SORTS.put("publishedOn", "s.published_on");
    SORTS.put("effectiveOn", "s.effective_on");
    SORTS.put("legalityOutcome", "s.legality_outcome");
    SORTS.put("legalityReviewedOn", "s.legality_reviewed_on");
    SORTS.put("fcrConclusion", "s.fcr_conclusion");
    SORTS.put("filingDue", "s.filing_due");
    SORTS.put("filedOn", "s.filed_on");
    SORTS.put("late", "s.filing_late");
    SORTS.put("cleanupOutcome", "s.cleanup_outcome");
    SORTS.put("cleanupAt", "s.cleanup_at");
    SORTS.put("withoutReview", "s.without_review");
  }

  static RegisterQuery from(Map<String, String> params) {
    List<String> problems = new ArrayList<>();
    Reader r = new Reader(params, problems);
    String kind = r.choice("kind", "类型", List.of(CaseRegister.DOCUMENT, CaseRegister.DECISION));
    List<String> stages = new ArrayList<>();
    for (Stage s : Stage.values()) {
      stages.add(s.name());
    }
    for (DecisionStage s : DecisionStage.values()) {
      stages.add(s.name());
    }
    String stage = r.choice("stage", "阶段", stages);
    List<String> outcomes = new ArrayList<>(ComplianceChecks.LEGALITY_OUTCOMES.keySet());
    outcomes.add(NONE);
    String outcome = r.choice("outcome", "合法性审核结论", outcomes);
    String fcr = r.choice("fcr", "公平竞争审查结论", List.of("PASSES", "EXCEPTION", "FAILS", NONE));
    String cleanup = r.choice("cleanup", "清理结果", List.of("KEEP", "AMEND", "ABOLISH", "DECLARE_INVALID", NONE));
    String dateField = r.choice("dateField", "日期种类", List.copyOf(DATE_FIELDS.keySet()));
    Integer dateYear = r.year("dateYear", "日期年份");
    if (dateYear != null && dateField == null) {
      problems.add("按年份筛选日期时，请同时选择日期种类（dateField：" + String.join("、", DATE_FIELDS.keySet()) + "）");
    }
    String sort = r.choice("sort", "排序列", List.copyOf(SORTS.keySet()));
    String dir = r.choice("dir", "排序方向", List.of("asc", "desc"));
    Integer page = r.number("page", "页码", 1, 1_000_000);
    Integer size = r.number("size", "每页条数", 1, MAX_SIZE);
    String q = params.get("q");
    if (q != null && q.length() > 200) {
      problems.add("搜索词不能超过 200 个字符");
    }
    String unit = params.get("unit");
    if (unit != null && unit.length() > 64) {
      problems.add("起草科室（unit）不能超过 64 个字符");
    }
    RegisterQuery query = new RegisterQuery(blank(q) ? null : q.strip(), kind, blank(unit) ? null : unit.strip(),
        r.year("year", "年度"), stage, r.bool("overdue", "办理超期"), r.bool("late", "逾期备案"), outcome, fcr, cleanup,
        r.bool("withoutReview", "未经合法性审核即公布"), dateYear == null ? null : dateField, dateYear,
        page == null ? 1 : page, size == null ? DEFAULT_SIZE : size, sort == null ? "registeredAt" : sort,
        "asc".equals(dir));
    if (!problems.isEmpty()) {
      throw new RegisterParameterException(problems);
    }
    return query;
  }

  /** The whole filtered register, for the exports: the same filters, no paging. */
  static RegisterQuery everything(Map<String, String> params) {
    Map<String, String> unpaged = new LinkedHashMap<>(params);
    unpaged.remove("page");
    unpaged.remove("size");
    return from(unpaged);
  }

  String orderBy() {
    String dir = ascending ? " ASC" : " DESC";
    // then newest first, and the case id so that pages never overlap
    return " ORDER BY " + SORTS.get(sort) + dir + " NULLS LAST, s.registered_at DESC, s.case_id DESC";
  }

  String dateYearColumn() {
    return dateField == null ? null : "s." + DATE_FIELDS.get(dateField)[0];
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** A refused register question: 400 with the Chinese problems, as form refusals are answered. */
  static final class RegisterParameterException extends FormValidationException {
    RegisterParameterException(List<String> problems) {
      super("查询条件有误：", problems);
    }
  }

  /** Reads one parameter after another, collecting every problem before refusing. */
  private record Reader(Map<String, String> params, List<String> problems) {

    String choice(String name, String label, List<String> allowed) {
      String v = params.get(name);
      if (blank(v)) {
        return null;
      }
      if (!allowed.contains(v.strip())) {
        problems.add(label + "（" + name + "）只能是：" + String.join("、", allowed));
        return null;
      }
      return v.strip();
    }

    Boolean bool(String name, String label) {
      String v = params.get(name);
      if (blank(v)) {
        return null;
      }
      return switch (v.strip().toLowerCase(Locale.ROOT)) {
        case "true", "是" -> true;
        case "false", "否" -> false;
        default -> {
          problems.add(label + "（" + name + "）只能是 true 或 false");
          yield null;
        }
      };
    }

    Integer year(String name, String label) {
      return number(name, label, 1900, 2999);
    }

    Integer number(String name, String label, int min, int max) {
      String v = params.get(name);
      if (blank(v)) {
        return null;
      }
      try {
        int n = Integer.parseInt(v.strip());
        if (n >= min && n <= max) {
          return n;
        }
      } catch (NumberFormatException notANumber) {
        // refused below, with what it may be
      }
      problems.add(label + "（" + name + "）须为 " + min + " 至 " + max + " 之间的整数");
      return null;
    }
  }
}
