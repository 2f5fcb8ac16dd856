package org.normflow.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Every annual figure's one definition (issue 23): what is counted, which recorded date puts it in the
 * year, what is excluded, and the rules it checks. A count is a SQL scalar subquery over the registry's
 * own records; a rate divides two counts. Only dates up to 31 December of the year decide a figure, so a
 * past year's figures stay as they were when cases move on (docs/auditing.md lists them all).
 *
 * <p>Placeholders: {@code :from}/{@code :to} the year's first day and the next year's first day (dates),
 * {@code :fromTs}/{@code :toTs} the same instants in Beijing time (timestamps), {@code :year} the year;
 * {@code {DOC d}} scopes a document alias, {@code {DEC m}} a decision alias, {@code {CASE x.col}} a
 * column holding a document's or a decision's id, {@code {UNIT x.col}} a drafting-unit column,
 * {@code {ROUND c}} a cleanup round (one with a document of the unit), to the reader's units (nothing for
 * a reader of every case). The year's decision catalogue is the bureau's and public: not scoped.
 */
final class FigureDefinitions {

  /**
   * A counted figure: the rows of {@code from} (a table with its alias, the reader's scope and, where an
   * index can narrow it, the year) that satisfy {@code where}; with {@code distinct}, the distinct values of
   * that column among them. Counts over the same {@code from} are taken in one pass.
   */
  record Count(String key, String label, String unit, String definition, String rules, String from, String where,
      String distinct) {

    Count(String key, String label, String unit, String definition, String rules, String from, String where) {
      this(key, label, unit, definition, rules, from, where, null);
    }

    String aggregate() {
      return distinct == null ? "COUNT(CASE WHEN " + where + " THEN 1 END)"
          : "COUNT(DISTINCT CASE WHEN " + where + " THEN " + distinct + " END)";
    }
  }

  /** A rate: part / whole in per cent, one decimal; null when the whole is 0. */
  record Rate(String key, String label, String part, String whole, String definition, String rules) {}

  record Group(String title, List<Object> figures) {}

  static final String[][] LEGALITY = {{"LAWFUL", "合法"}, {"LAWFUL_AFTER_AMENDMENT", "修改后合法"},
      {"MISSING_PROCEDURE", "程序缺失，退回补正"}, {"UNLAWFUL", "不合法"}, {"NO_CLEAR_PROVISION", "国家尚无明确规定（探索性改革）"}};
  static final String[][] FCR = {{"PASSES", "符合公平竞争审查标准"}, {"EXCEPTION", "适用例外规定"}, {"FAILS", "不符合，不得出台或调整"}};
  static final String[][] CLEANUP = {{"KEEP", "继续有效"}, {"AMEND", "修改"}, {"ABOLISH", "废止"}, {"DECLARE_INVALID", "宣布失效"}};

  private static final String DOCS = "nf_document d WHERE {DOC d}";
  /**
   * The documents published in the year, from the register's summary, which records per document whether it
   * was published without a legality opinion of its own or of the major decision it was made by (R-ND-12)
   * on or before the day of publication: the register's filter and this figure are one fact.
   */
  private static final String PUBLISHED_DOCS = "nf_case_summary s WHERE {UNIT s.drafting_unit} AND s.case_kind = 'DOCUMENT' "
      + "AND s.published_on >= :from AND s.published_on < :to";
  private static final String PUBLISHED = "d.published_on >= :from AND d.published_on < :to";
  private static final String REVIEWS = "nf_legality_review r WHERE {CASE r.case_id} AND r.reviewed_on >= :from AND r.reviewed_on < :to";
  private static final String HEAD_VOTES = "nf_decision_opinion o JOIN nf_decision m ON m.id = o.decision_id WHERE {DEC m} "
      + "AND o.member_role = 'HEAD' AND o.created_at >= :fromTs AND o.created_at < :toTs";
  private static final String REPORTS = "nf_decision_report p JOIN nf_decision m ON m.id = p.decision_id "
      + "WHERE {DEC m} AND p.created_at >= :fromTs AND p.created_at < :toTs";
  /** Items of the year's catalogue that are in it: not a refused or pending out-of-catalogue proposal, not removed. */
  private static final String LISTED = "nf_catalogue_item i WHERE i.catalogue_year = :year "
      + "AND i.status NOT IN ('PROPOSED', 'ADJUSTMENT_REFUSED', 'REMOVED') AND EXISTS (SELECT 1 FROM nf_catalogue c "
      + "WHERE c.catalogue_year = i.catalogue_year AND c.published_at IS NOT NULL AND c.published_at < :toTs)";
  private static final String DECIDED = "nf_decision m WHERE {DEC m} AND EXISTS (SELECT 1 FROM nf_decision_opinion o "
      + "WHERE o.decision_id = m.id AND o.member_role = 'HEAD' AND o.vote IN ('APPROVE', 'APPROVE_WITH_AMENDMENTS') "
      + "AND o.created_at >= :fromTs AND o.created_at < :toTs)";
  private static final String ROUNDS = "nf_cleanup c WHERE {ROUND c} AND c.published_on >= :from AND c.published_on < :to";
  private static final String ITEMS = "nf_cleanup_item i JOIN nf_cleanup c ON c.id = i.cleanup_id WHERE {UNIT i.drafting_unit} "
      + "AND c.published_on >= :from AND c.published_on < :to";
  private static final String COMMENTS = "nf_public_comment c WHERE {CASE c.case_id} AND c.received_at >= :fromTs "
      + "AND c.received_at < :toTs";
  private static final String CONSULTATIONS = "nf_consultation c WHERE {CASE c.case_id} AND c.opened_on >= :from AND c.opened_on < :to";
  private static final String MEASURES = "nf_decision_measure x JOIN nf_decision m ON m.id = x.decision_id WHERE {DEC m} "
      + "AND x.decided_at >= :fromTs AND x.decided_at < :toTs";
  private static final String ALL = "1 = 1";

  private FigureDefinitions() {}

  static List<Group> all() {
    List<Group> groups = new ArrayList<>();
    groups.add(new Group("行政规范性文件", documents()));
    groups.add(new Group("合法性审核", legality()));
    groups.add(new Group("公平竞争审查", fairCompetition()));
    groups.add(new Group("公开征求意见", consultation()));
    groups.add(new Group("重大行政决策", decisions()));
    groups.add(new Group("规范性文件清理", cleanup()));
    return groups;
  }

  private static List<Object> documents() {
    List<Object> f = new ArrayList<>();
    f.add(new Count("documents.registered", "登记的文件（起草或报送认定）", "件",
        "本年登记（created_at）的全部文件，含后来认定不属于规范性文件的和撤回的。", "R-C-02",
        DOCS, "d.created_at >= :fromTs AND d.created_at < :toTs"));
    f.add(new Count("documents.drafted", "起草的行政规范性文件", "件",
        "本年登记的文件，不含截至年末已认定不属于规范性文件的、已撤回的。", "R-C-02, R-ND-13",
        DOCS, "d.created_at >= :fromTs AND d.created_at < :toTs "
            + "AND (d.identification_finding IS NULL OR d.identification_finding <> 'NOT_NORMATIVE' "
            + "OR d.identified_at IS NULL OR d.identified_at >= :toTs) "
            + "AND (d.withdrawn_on IS NULL OR d.withdrawn_on >= :to)"));
    f.add(new Count("documents.identified.normative", "认定为行政规范性文件", "件",
        "本年作出认定（identified_at）且认定属于规范性文件的。", "R-ND-13",
        DOCS, "d.identification_finding = 'NORMATIVE' AND d.identified_at >= :fromTs AND d.identified_at < :toTs"));
    f.add(new Count("documents.identified.notNormative", "认定不属于行政规范性文件", "件",
        "本年作出认定且认定不属于规范性文件的（不计入起草、制定数）。", "R-ND-13",
        DOCS, "d.identification_finding = 'NOT_NORMATIVE' AND d.identified_at >= :fromTs AND d.identified_at < :toTs"));
    f.add(new Count("documents.withdrawn", "撤回的草案", "件",
        "本年撤回（withdrawn_on）的草案，含经合法性审核不合法、公平竞争审查不通过后撤回的。", "R-ND-04, R-ND-03",
        DOCS, "d.withdrawn_on >= :from AND d.withdrawn_on < :to"));
    f.add(new Count("documents.deliberated", "经集体审议", "件",
        "本年召开审议会议（meeting_date）审议的文件，一件审议多次计一件。", "R-ND-06",
        "nf_deliberation m JOIN nf_document d ON d.id = m.document_id WHERE {DOC d} AND m.meeting_date >= :from "
            + "AND m.meeting_date < :to", ALL, "m.document_id"));
    f.add(new Count("documents.published", "制定并公布的行政规范性文件", "件",
        "本年公布（published_on）的文件。", "R-ND-07, R-ND-08",
        DOCS, PUBLISHED));
    f.add(new Count("documents.published.reviewed", "　其中：公布前经合法性审核", "件",
        "本年公布的文件中，公布之日或之前出具了合法性审核意见的（含作为重大行政决策审查的）。", "R-ND-04",
        PUBLISHED_DOCS, "NOT s.without_review"));
    f.add(new Count("documents.published.unreviewed", "　其中：未经合法性审核即公布", "件",
        "本年公布的文件中，公布之日或之前没有合法性审核意见的（违反应审必审；即案件台账「未经合法性审核即公布」）。", "R-ND-04",
        PUBLISHED_DOCS, "s.without_review"));
    f.add(new Rate("rates.legalityReview", "合法性审核率（应审必审率）", "documents.published.reviewed", "documents.published",
        "本年公布的文件中公布前经合法性审核的比例。", "R-ND-04"));
    f.add(new Count("documents.filingDue", "应报送备案", "件",
        "备案期限（filing_due，公布后法定天数）在本年届满的文件。", "R-ND-09",
        DOCS, "d.filing_due >= :from AND d.filing_due < :to"));
    f.add(new Count("documents.filed", "报送备案", "件",
        "本年报送备案（filed_on）的文件。", "R-ND-09",
        DOCS, "d.filed_on >= :from AND d.filed_on < :to"));
    f.add(new Count("documents.filed.onTime", "　其中：按时备案", "件",
        "本年报送备案且不晚于备案期限的。", "R-ND-09",
        DOCS, "d.filed_on >= :from AND d.filed_on < :to AND NOT d.filing_late "
            + "AND (d.filing_due IS NULL OR d.filed_on <= d.filing_due)"));
    f.add(new Count("documents.filed.late", "　其中：逾期备案", "件",
        "本年报送备案但晚于备案期限的。", "R-ND-09",
        DOCS, "d.filed_on >= :from AND d.filed_on < :to AND (d.filing_late "
            + "OR d.filed_on > d.filing_due)"));
    f.add(new Count("documents.filingDue.filed", "　应备案文件中年末前已备案", "件",
        "备案期限在本年届满的文件中，在本年内报送备案的。", "R-ND-09",
        DOCS, "d.filing_due >= :from AND d.filing_due < :to AND d.filed_on < :to"));
    f.add(new Count("documents.filingDue.onTime", "　应备案文件中按时备案", "件",
        "备案期限在本年届满的文件中，不晚于期限报送备案的。", "R-ND-09",
        DOCS, "d.filing_due >= :from AND d.filing_due < :to AND d.filed_on <= d.filing_due"));
    f.add(new Rate("rates.filing", "备案率", "documents.filingDue.filed", "documents.filingDue",
        "应报送备案的文件中在本年报送备案的比例。", "R-ND-09"));
    f.add(new Rate("rates.filingOnTime", "按时备案率", "documents.filingDue.onTime", "documents.filingDue",
        "应报送备案的文件中在备案期限内报送的比例。", "R-ND-09"));
    f.add(new Count("documents.inForce", "年末有效的行政规范性文件", "件",
        "12月31日有效的文件：已公布，施行日期（无则公布日期）不晚于年末，年末时未废止、未失效、未撤回，有效期未届满。",
        "R-ND-08, R-ND-10",
        DOCS, "d.published_on < :to AND COALESCE(d.effective_on, d.published_on) < :to "
            + "AND (d.ended_on IS NULL OR d.ended_on >= :to) AND (d.withdrawn_on IS NULL OR d.withdrawn_on >= :to) "
            + "AND (d.valid_until IS NULL OR d.valid_until >= :lastDay)"));
    f.add(new Count("documents.abolished", "废止", "件",
        "本年废止（ended_on）的文件，含清理中决定废止和单独废止程序。", "R-ND-11",
        DOCS, "d.stage = 'ABOLISHED' AND d.ended_on >= :from AND d.ended_on < :to"));
    f.add(new Count("documents.declaredInvalid", "宣布失效", "件",
        "本年经清理宣布失效（清理结果公布之日）的文件。", "R-ND-11",
        DOCS, "d.stage = 'EXPIRED' AND d.ended_by_cleanup_id IS NOT NULL "
            + "AND d.ended_on >= :from AND d.ended_on < :to"));
    f.add(new Count("documents.expired", "有效期届满或被替代而失效", "件",
        "本年因有效期届满（届满次日）或被修改后的文件替代而失效的文件，不含清理宣布失效的。", "R-ND-10",
        DOCS, "d.stage = 'EXPIRED' AND d.ended_by_cleanup_id IS NULL "
            + "AND d.ended_on >= :from AND d.ended_on < :to"));
    return f;
  }

  private static List<Object> legality() {
    List<Object> f = new ArrayList<>();
    for (String[] kind : new String[][] {{"documents", "DOCUMENT", "行政规范性文件", "R-ND-04, R-ND-05"},
        {"decisions", "DECISION", "重大行政决策", "R-MD-08, R-MD-09"}}) {
      String ofKind = "r.case_type = '" + kind[1] + "'";
      f.add(new Count("review." + kind[0], kind[2] + "合法性审核（审查）意见", "次",
          "本年出具（reviewed_on）的" + kind[2] + "合法性审核意见；一件多次审核计多次。", kind[3], REVIEWS, ofKind));
      for (String[] outcome : LEGALITY) {
        if (kind[1].equals("DOCUMENT") && outcome[0].equals("NO_CLEAR_PROVISION")) {
          continue;
        }
        f.add(new Count("review." + kind[0] + "." + outcome[0], "　其中：" + outcome[1], "次",
            "同上，审核结论为「" + outcome[1] + "」的。", kind[3], REVIEWS, ofKind + " AND r.outcome = '" + outcome[0] + "'"));
      }
      f.add(new Count("review.adviser." + kind[0], "　其中：听取法律顾问意见", "次",
          "同上，审核中记录了法律顾问或公职律师意见的。", kind[3], REVIEWS, ofKind + " AND r.advisor_opinion IS NOT NULL"));
    }
    f.add(new Count("review.adviser", "法律顾问参与合法性审核", "次",
        "本年出具的合法性审核意见中听取了法律顾问或公职律师意见的（规范性文件与重大行政决策合计）。", "R-ND-04, R-MD-08",
        REVIEWS, "r.advisor_opinion IS NOT NULL"));
    return f;
  }

  private static List<Object> fairCompetition() {
    List<Object> f = new ArrayList<>();
    String docs = "nf_fair_competition_review v JOIN nf_document d ON d.id = v.document_id WHERE {DOC d} "
        + "AND v.reviewed_at >= :fromTs AND v.reviewed_at < :toTs";
    String decs = "nf_decision_fcr v JOIN nf_decision m ON m.id = v.decision_id WHERE {DEC m} "
        + "AND v.reviewed_at >= :fromTs AND v.reviewed_at < :toTs";
    for (String[] kind : new String[][] {{"documents", docs, "行政规范性文件", "R-ND-03"}, {"decisions", decs, "重大行政决策", "R-MD-10"}}) {
      f.add(new Count("fcr." + kind[0], kind[2] + "公平竞争审查", "次", "本年作出（reviewed_at）的" + kind[2] + "公平竞争审查结论。",
          kind[3], kind[1], ALL));
      for (String[] c : FCR) {
        f.add(new Count("fcr." + kind[0] + "." + c[0], "　其中：" + c[1], "次", "同上，结论为「" + c[1] + "」的。", kind[3],
            kind[1], "v.conclusion = '" + c[0] + "'"));
      }
    }
    return f;
  }

  private static List<Object> consultation() {
    List<Object> f = new ArrayList<>();
    f.add(new Count("consultation.documents", "行政规范性文件公开征求意见", "次",
        "本年开始（opened_on）的规范性文件公开征求意见。", "R-ND-02", CONSULTATIONS, "c.case_type = 'DOCUMENT'"));
    f.add(new Count("consultation.decisions", "重大行政决策公开征求意见", "次",
        "本年开始（opened_on）的重大行政决策公开征求意见。", "R-MD-04", CONSULTATIONS, "c.case_type = 'DECISION'"));
    String shown = "c.status <> 'HIDDEN'";
    f.add(new Count("comments.documents", "收到对规范性文件的公众意见", "条",
        "本年收到（received_at）的意见，不含经审核不予公开的。", "R-ND-02", COMMENTS, shown + " AND c.case_type = 'DOCUMENT'"));
    f.add(new Count("comments.decisions", "收到对重大行政决策的公众意见", "条",
        "本年收到（received_at）的意见，不含经审核不予公开的。", "R-MD-04", COMMENTS, shown + " AND c.case_type = 'DECISION'"));
    for (String[] d : new String[][] {{"adopted", "ADOPTED", "采纳"}, {"partly", "PARTLY", "部分采纳"}, {"notAdopted", "NOT_ADOPTED", "不予采纳"}}) {
      f.add(new Count("comments." + d[0], "　其中：" + d[2], "条", "本年收到的意见中，年末前处理结果为「" + d[2] + "」的。",
          "R-ND-02, R-MD-12", COMMENTS, shown + " AND c.disposition = '" + d[1] + "' AND COALESCE(c.disposed_at, c.received_at) < :toTs"));
    }
    f.add(new Count("comments.open", "　其中：年末尚未处理", "条", "本年收到的意见中，年末时尚无处理结果的。", "R-ND-02, R-MD-12",
        COMMENTS, shown + " AND (c.disposition IS NULL OR COALESCE(c.disposed_at, c.received_at) >= :toTs)"));
    f.add(new Count("comments.hidden", "经审核不予公开的意见", "条", "本年收到、经审核不予公开（如广告、违法信息）的。", "R-C-05",
        COMMENTS, "c.status = 'HIDDEN'"));
    return f;
  }

  private static List<Object> decisions() {
    List<Object> f = new ArrayList<>();
    f.add(new Count("catalogue.items", "列入年度决策事项目录", "项",
        "本年度目录（已公布）中的事项：不含未获同意或待审定的目录外建议，不含调出目录的。", "R-MD-01", LISTED, ALL));
    f.add(new Count("catalogue.hearingItems", "　其中：拟听证事项", "项", "同上，目录中标明拟举行听证的。", "R-MD-01, R-MD-05",
        LISTED, "i.hearing_planned"));
    f.add(new Count("catalogue.completed", "　其中：年末已完成", "项", "同上，年末前已完成（completed_on）的。", "R-MD-01",
        LISTED, "i.status = 'COMPLETED' AND i.completed_on < :to"));
    f.add(new Count("catalogue.adjustments", "目录调整", "次", "本年度目录经批准的调整（增加、调出、变更事项）。", "R-MD-01",
        "nf_catalogue_event e WHERE e.catalogue_year = :year", "e.kind IN ('ADD', 'REMOVE', 'CHANGE') AND e.recorded_at < :toTs"));
    f.add(new Count("decisions.registered", "登记的决策事项", "项", "本年登记（created_at）的决策事项，含决定不予启动和不适用决策程序的。", "R-C-02",
        "nf_decision m WHERE {DEC m} AND m.created_at >= :fromTs AND m.created_at < :toTs", ALL));
    f.add(new Count("decisions.started", "启动重大行政决策程序", "项", "本年作出启动决定（决策机关的启动决定记录）的决策。", "R-MD-01, R-MD-02",
        REPORTS, "p.kind = 'START_DECISION'"));
    f.add(new Count("decisions.hearings", "举行听证", "次", "本年形成听证报告的听证会。", "R-MD-05", REPORTS, "p.kind = 'HEARING'"));
    f.add(new Count("decisions.expertArgumentations", "专家论证", "次", "本年形成专家论证意见采纳情况的论证。", "R-MD-06",
        REPORTS, "p.kind = 'EXPERT_ADOPTION'"));
    f.add(new Count("decisions.riskAssessments", "风险评估", "次", "本年形成风险评估报告的评估。", "R-MD-07", REPORTS, "p.kind = 'RISK'"));
    for (String[] l : new String[][] {{"HIGH", "高"}, {"MEDIUM", "中"}, {"LOW", "低"}}) {
      f.add(new Count("decisions.risk." + l[0], "　其中：风险等级" + l[1], "次", "同上，风险等级（规则表参考）为「" + l[1] + "」的。",
          "R-MD-07", REPORTS, "p.kind = 'RISK' AND p.finding = '" + l[0] + "'"));
    }
    f.add(new Count("decisions.risk.controllable", "决策机关判断风险可控", "次", "本年决策机关作出的风险可控判断。", "R-MD-07",
        REPORTS, "p.kind = 'RISK_JUDGEMENT' AND p.finding = 'CONTROLLABLE'"));
    f.add(new Count("decisions.risk.uncontrollable", "决策机关判断风险不可控", "次", "本年决策机关作出的风险不可控判断（调整草案后重新评估）。",
        "R-MD-07", REPORTS, "p.kind = 'RISK_JUDGEMENT' AND p.finding = 'UNCONTROLLABLE'"));
    f.add(new Count("decisions.reviewed", "经合法性审查的决策", "项", "本年出具合法性审查意见的决策，一项多次审查计一项。", "R-MD-08",
        REVIEWS, "r.case_type = 'DECISION'", "r.case_id"));
    f.add(new Count("decisions.discussed", "经集体讨论", "项", "本年经集体讨论、行政首长作出决定（任何结果）的决策。", "R-MD-11",
        HEAD_VOTES, ALL, "o.decision_id"));
    f.add(new Count("decisions.decided", "　其中：决定通过", "项", "同上，决定同意或修改后同意的。", "R-MD-11",
        HEAD_VOTES, "o.vote IN ('APPROVE', 'APPROVE_WITH_AMENDMENTS')", "o.decision_id"));
    f.add(new Count("decisions.deferred", "　其中：暂缓决策", "项", "同上，决定暂缓的。", "R-MD-11", HEAD_VOTES, "o.vote = 'DEFER'",
        "o.decision_id"));
    f.add(new Count("decisions.rejected", "　其中：不予通过", "项", "同上，决定不予通过的。", "R-MD-11", HEAD_VOTES, "o.vote = 'REJECT'",
        "o.decision_id"));
    f.add(new Count("decisions.decided.catalogued", "　决定通过的决策中列入目录的", "项", "本年决定通过的决策中，属于决策事项目录事项的。", "R-MD-01",
        DECIDED, "m.catalogue_item_id IS NOT NULL"));
    f.add(new Count("decisions.decided.riskAssessed", "　决定通过的决策中经风险评估的", "项", "本年决定通过的决策中，决定前形成风险评估报告的。", "R-MD-07",
        DECIDED, "EXISTS (SELECT 1 FROM nf_decision_report p WHERE p.decision_id = m.id AND p.kind = 'RISK' AND p.created_at < :toTs)"));
    f.add(new Rate("rates.catalogueCoverage", "目录化管理覆盖率", "decisions.decided.catalogued", "decisions.decided",
        "本年决定通过的决策中列入决策事项目录的比例。", "R-MD-01"));
    f.add(new Rate("rates.riskAssessment", "重大决策风险评估率", "decisions.decided.riskAssessed", "decisions.decided",
        "本年决定通过的决策中经风险评估的比例。", "R-MD-07"));
    f.add(new Count("decisions.adjusted", "决策调整", "次", "本年决策机关决定一般调整或重大调整（重新决策）的。", "R-MD-15",
        MEASURES, "x.measure IN ('GENERAL_ADJUSTMENT', 'MAJOR_ADJUSTMENT')"));
    f.add(new Count("decisions.suspended", "中止执行", "次", "本年决定中止执行的。", "R-MD-16", MEASURES, "x.measure = 'SUSPEND'"));
    f.add(new Count("decisions.stopped", "停止执行", "次", "本年决定停止执行的。", "R-MD-15", MEASURES, "x.measure = 'STOP'"));
    f.add(new Count("decisions.evaluated", "决策后评估", "次", "本年完成的决策后评估（评估报告）。", "R-MD-15",
        REPORTS, "p.kind = 'EVALUATION' AND p.finding IS NOT NULL"));
    return f;
  }

  private static List<Object> cleanup() {
    List<Object> f = new ArrayList<>();
    f.add(new Count("cleanup.rounds", "开展规范性文件清理", "轮", "本年公布清理结果（published_on）的清理。", "R-ND-11", ROUNDS, ALL));
    f.add(new Count("cleanup.documents", "清理的文件", "件", "本年公布结果的清理中清理的文件。", "R-ND-11", ITEMS, ALL));
    for (String[] o : CLEANUP) {
      f.add(new Count("cleanup." + o[0], "　其中：" + o[1], "件", "同上，清理结论为「" + o[1] + "」的。", "R-ND-11",
          ITEMS, "i.outcome = '" + o[0] + "'"));
    }
    return f;
  }
}
