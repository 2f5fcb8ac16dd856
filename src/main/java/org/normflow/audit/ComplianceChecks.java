package org.normflow.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.normflow.decision.DecisionSettings;
import org.normflow.document.DocumentSettings;
import org.normflow.document.Stage;
import org.normflow.head.HeadSettings;
import org.normflow.identity.Groups;
import org.normflow.process.HearingVariables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Compliance checks (合规检查): every rule of RULES.md that can be checked from the record, evaluated for
 * one case from the registry (so a record written around the engine, e.g. by a migration or by hand in
 * the database, is judged the same way) and, where only the engine knows it, from the engine's history of
 * the case: who completed a step, when its task existed, every value a date field took (issue 22, {@link
 * RecordHistory}). Each check gives a verdict, the evidence in words and the rule's legal basis in words.
 * Settings come from the same typed classes the procedures use ({@link DocumentSettings}, {@link
 * DecisionSettings}, {@link HeadSettings}), so a bureau that changes one changes its checks too.
 */
@Service
class ComplianceChecks {

  static final String MET = "MET";
  static final String VIOLATED = "VIOLATED";
  static final String NOT_APPLICABLE = "NOT_APPLICABLE";
  static final Map<String, String> VERDICT_LABELS = Map.of(MET, "符合", VIOLATED, "不符合", NOT_APPLICABLE, "不适用");

  static final Map<String, String> LEGALITY_OUTCOMES = Map.of(
      "LAWFUL", "合法", "LAWFUL_AFTER_AMENDMENT", "修改后合法", "MISSING_PROCEDURE", "程序缺失，退回补正",
      "UNLAWFUL", "不合法", "NO_CLEAR_PROVISION", "国家尚无明确规定（探索性改革）");
  static final Set<String> MAY_PROCEED = Set.of("LAWFUL", "LAWFUL_AFTER_AMENDMENT", "NO_CLEAR_PROVISION");
  static final Map<String, String> VOTES = Map.of("APPROVE", "同意", "APPROVE_WITH_AMENDMENTS", "修改后同意",
      "DEFER", "暂缓决策", "REJECT", "不同意");
  static final EnumSet<Stage> AFTER_DELIBERATION =
      EnumSet.of(Stage.DELIBERATED, Stage.PUBLISHED, Stage.FILED, Stage.IN_FORCE, Stage.EXPIRED, Stage.ABOLISHED);
  static final EnumSet<Stage> PUBLISHED =
      EnumSet.of(Stage.PUBLISHED, Stage.FILED, Stage.IN_FORCE, Stage.EXPIRED, Stage.ABOLISHED);

  // the legal basis of each check, in words
  static final String BASIS_37 = "《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）";
  static final String BASIS_115 = "《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）";
  static final String BASIS_713 = "《重大行政决策程序暂行条例》（国务院令第713号）";

  /** One rule checked on one case. rule is the rule id for tests and links; it is not shown to readers. */
  record Check(String rule, String requirement, String verdict, String verdictLabel, String evidence, String basis) {}

  /** The verdict on one case. */
  record CaseVerdict(String reference, String kindLabel, String title, String number, String unitName,
      int violations, String verdictLabel, List<Check> checks, @JsonIgnore String caseId) {}

  /** One violation in the cross-case list. */
  record Violation(String reference, String kindLabel, String title, String unitName, String rule, String requirement,
      String evidence, String basis) {}

  private final JdbcClient jdbc;
  private final HeadSettings heads;
  private final DocumentSettings documentSettings;
  private final DecisionSettings decisionSettings;
  private final RecordHistory history;

  /** The rule table of the document's reviews, for the final consultation minimum (R-ND-02); null: the recorded minimums only. */
  private final org.camunda.bpm.engine.DecisionService rules;

  ComplianceChecks(JdbcClient jdbc, HeadSettings heads, DocumentSettings documentSettings,
      DecisionSettings decisionSettings, RecordHistory history) {
    this(jdbc, heads, documentSettings, decisionSettings, history, null);
  }

  @org.springframework.beans.factory.annotation.Autowired
  ComplianceChecks(JdbcClient jdbc, HeadSettings heads, DocumentSettings documentSettings,
      DecisionSettings decisionSettings, RecordHistory history, org.camunda.bpm.engine.DecisionService rules) {
    this.jdbc = jdbc;
    this.heads = heads;
    this.documentSettings = documentSettings;
    this.decisionSettings = decisionSettings;
    this.history = history;
    this.rules = rules;
  }

  CaseVerdict verdict(CaseRegister.CaseRow row) {
    List<Check> checks = CaseRegister.DOCUMENT.equals(row.kind()) ? document(row.caseId(), row.processInstanceId())
        : decision(row.caseId(), row.processInstanceId());
    int violations = (int) checks.stream().filter(c -> c.verdict().equals(VIOLATED)).count();
    return new CaseVerdict(row.reference(), row.kindLabel(), row.title(), row.number(), row.unitName(), violations,
        violations == 0 ? "未发现问题" : "发现 " + violations + " 项问题", checks, row.caseId());
  }

  List<Violation> violations(List<CaseRegister.CaseRow> rows) {
    List<Violation> all = new ArrayList<>();
    for (CaseRegister.CaseRow row : rows) {
      for (Check c : verdict(row).checks()) {
        if (c.verdict().equals(VIOLATED)) {
          all.add(new Violation(row.reference(), row.kindLabel(), row.title(), row.unitName(), c.rule(), c.requirement(),
              c.evidence(), c.basis()));
        }
      }
    }
    return all;
  }

  // ------------------------------------------------------------------ normative documents

  private List<Check> document(String id, String processInstanceId) {
    Map<String, Object> d = jdbc.sql("SELECT * FROM nf_document WHERE id = ?").param(id).query().singleRow();
    Stage stage = Stage.valueOf((String) get(d, "stage"));
    List<RecordHistory.Step> steps = history.steps(processInstanceId);
    List<Check> checks = new ArrayList<>();
    Check held = consultation(id, AFTER_DELIBERATION.contains(stage), "R-ND-02",
        "公开征求意见期限不少于法定最少天数，缩短须有理由", BASIS_37 + "；《优化营商环境条例》第六十二条");
    checks.add(finalMinimum(id, d, held));
    checks.add(dispositions(id));
    checks.add(fairCompetition(id, d, stage));
    checks.add(legalityBeforeDeliberation(id, stage));
    checks.add(legalityReviewer(id, steps, "R-ND-04", BASIS_115));
    checks.add(reviewPeriod(id, "R-ND-05", BASIS_115));
    checks.add(numbering(d, stage));
    checks.add(signing(id, d, stage));
    checks.add(publicationDate(id, d, steps));
    checks.add(effectiveDate(d));
    checks.add(filing(d, steps));
    checks.add(administrator(steps, registryActors(id, d)));
    checks.add(offeredTo(steps));
    checks.add(recordIntact("R-C-02", processInstanceId, DOCUMENT_IN_PROCEDURE.contains(stage), stage.label(), BASIS_37));
    return checks;
  }

  private Check consultation(String caseId, boolean required, String rule, String requirement, String basis) {
    List<Map<String, Object>> rows = jdbc.sql(
            "SELECT period_days, min_days, day_kind, shortened_reason, shortened_ground, opened_on, closes_on "
                + "FROM nf_consultation WHERE case_id = ? ORDER BY opened_on")
        .param(caseId).query().listOfRows();
    if (rows.isEmpty()) {
      return required
          ? new Check(rule, requirement, VIOLATED, VERDICT_LABELS.get(VIOLATED), "案件已进入集体讨论（审议），但没有任何公开征求意见的记录。", basis)
          : new Check(rule, requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "尚未公开征求意见。", basis);
    }
    List<String> evidence = new ArrayList<>();
    boolean ok = true;
    for (Map<String, Object> c : rows) {
      int period = ((Number) get(c, "period_days")).intValue();
      int min = ((Number) get(c, "min_days")).intValue();
      String unit = "WORKING_DAYS".equals(get(c, "day_kind")) ? "个工作日" : "日";
      String reason = (String) get(c, "shortened_reason");
      String line = "征求意见自 " + day(get(c, "opened_on")) + " 至 " + day(get(c, "closes_on")) + "，期限 " + period + unit
          + "（最少 " + min + unit + "）";
      if (period < min) {
        if (reason == null || reason.isBlank()) {
          ok = false;
          line += "，短于最少期限且没有记录缩短理由";
        } else {
          line += "，已记录缩短理由：" + reason;
        }
      }
      evidence.add(line + "。");
    }
    return check(rule, requirement, ok, String.join("\n", evidence), basis);
  }

  /**
   * R-ND-02 (722 Art 62, issue 24 point 3): the consultation is measured against the document's final
   * minimum, the one its confirmed facts give (the rule table normative-document-reviews on the legal
   * office's market finding, whenever it was confirmed, also at legality review), not only against the
   * minimum the notice was published under. A market document consulted for 7 working days is 不符合.
   */
  private Check finalMinimum(String id, Map<String, Object> d, Check held) {
    if (rules == null || !held.verdict().equals(MET)) {
      return held;
    }
    boolean market = Boolean.TRUE.equals(get(d, "concerns_market"));
    org.camunda.bpm.dmn.engine.DmnDecisionResultEntries plan;
    try {
      plan = rules.evaluateDecisionByKey("normative-document-reviews").variables(Map.of("marketConfirmed", market))
          .evaluate().getSingleResult();
    } catch (RuntimeException noTable) {
      return held;
    }
    int min = ((Number) plan.get("consultationMinDays")).intValue();
    boolean working = "WORKING_DAYS".equals(plan.get("consultationDayKind"));
    String unit = working ? "个工作日" : "日";
    List<Map<String, Object>> rows = jdbc.sql(
            "SELECT period_days, min_days, day_kind, shortened_reason, opened_on, closes_on FROM nf_consultation "
                + "WHERE case_id = ? ORDER BY opened_on")
        .param(id).query().listOfRows();
    for (Map<String, Object> c : rows) {
      boolean sameKind = working == "WORKING_DAYS".equals(get(c, "day_kind"));
      int period = ((Number) get(c, "period_days")).intValue();
      long span = java.time.temporal.ChronoUnit.DAYS.between(localDate(get(c, "opened_on")), localDate(get(c, "closes_on")));
      boolean longEnough = sameKind ? period >= min : !working && span >= min;
      String reason = (String) get(c, "shortened_reason");
      boolean shortenedUnderThisMinimum = sameKind && ((Number) get(c, "min_days")).intValue() >= min
          && reason != null && !reason.isBlank();
      if (longEnough || shortenedUnderThisMinimum) {
        return held;
      }
    }
    return new Check(held.rule(), held.requirement(), VIOLATED, VERDICT_LABELS.get(VIOLATED), held.evidence()
        + "\n文件" + (market ? "经确认涉及经营者经济活动" : "") + "，最终适用的征求意见最少期限为 " + min + unit
        + "，没有一次公开征求意见达到该期限（期限提高后应当重新征求意见）。", held.basis());
  }

  private Check dispositions(String caseId) {
    String requirement = "每条公众意见在合法性审查前均有处理结果（采纳、部分采纳或不采纳并说明理由）";
    String basis = BASIS_37;
    // comments hidden by moderation (spam, abuse: not opinions on the draft) need no disposition
    long comments = count("SELECT COUNT(*) FROM nf_public_comment WHERE case_id = ? AND status <> 'HIDDEN'", caseId);
    if (comments == 0) {
      return new Check("R-ND-02", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "没有收到公众意见。", basis);
    }
    long open = count("SELECT COUNT(*) FROM nf_public_comment WHERE case_id = ? AND status <> 'HIDDEN' AND disposition IS NULL", caseId);
    long reviews = count("SELECT COUNT(*) FROM nf_legality_review WHERE case_id = ?", caseId);
    if (open > 0 && reviews > 0) {
      return check("R-ND-02", requirement, false,
          "共收到 " + comments + " 条公众意见，其中 " + open + " 条没有处理结果，案件已送合法性审查。", basis);
    }
    return check("R-ND-02", requirement, true,
        "共收到 " + comments + " 条公众意见，" + (open == 0 ? "均已作出处理结果。" : open + " 条尚待处理，尚未送合法性审查。"), basis);
  }

  private Check fairCompetition(String id, Map<String, Object> d, Stage stage) {
    String requirement = "涉及经营者经济活动的文件经公平竞争审查后方可出台";
    String basis = "《公平竞争审查条例》（国务院令第783号）第二条、第十二条、第十八条";
    // the legal office's finding decides (R-MD-18); records from before the finding existed have the drafter's account only
    Object finding = d.containsKey("fcr_applies") ? get(d, "fcr_applies") : null;
    boolean applies = finding != null ? Boolean.TRUE.equals(finding) : Boolean.TRUE.equals(get(d, "concerns_market"));
    if (!applies) {
      return new Check("R-ND-03", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE),
          finding != null ? "法制机构认定不涉及经营者经济活动，无需公平竞争审查。" : "文件不涉及市场主体的生产经营活动。", basis);
    }
    List<String> conclusions = jdbc.sql("SELECT conclusion FROM nf_fair_competition_review WHERE document_id = ? ORDER BY id")
        .param(id).query(String.class).list();
    Map<String, String> labels = Map.of("PASSES", "符合审查标准", "EXCEPTION", "适用例外规定", "FAILS", "违反审查标准");
    if (conclusions.isEmpty()) {
      return PUBLISHED.contains(stage)
          ? check("R-ND-03", requirement, false, "文件涉及市场主体的生产经营活动，已公布，但没有公平竞争审查记录。", basis)
          : new Check("R-ND-03", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "尚未进行公平竞争审查，文件未公布。", basis);
    }
    String last = conclusions.get(conclusions.size() - 1);
    boolean ok = !("FAILS".equals(last) && PUBLISHED.contains(stage));
    return check("R-ND-03", requirement, ok, "公平竞争审查结论：" + labels.getOrDefault(last, "（未知结论）")
        + (ok ? "。" : "，文件仍已公布。"), basis);
  }

  private Check legalityBeforeDeliberation(String id, Stage stage) {
    String requirement = "集体审议前经合法性审核，且审核结论允许提交审议（未经审核或审核不合法的不得提交）";
    List<Map<String, Object>> meetings = jdbc.sql(
            "SELECT meeting_date, recorded_at FROM nf_deliberation WHERE document_id = ? ORDER BY meeting_date, id")
        .param(id).query().listOfRows();
    if (meetings.isEmpty()) {
      return AFTER_DELIBERATION.contains(stage)
          ? check("R-ND-04", requirement, false, "文件处于“" + stage.label() + "”阶段，但没有集体审议记录。", BASIS_115)
          : new Check("R-ND-04", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "尚未集体审议。", BASIS_115);
    }
    LocalDate meeting = localDate(get(meetings.get(0), "meeting_date"));
    return reviewedBefore(id, meeting, "R-ND-04", requirement, "集体审议（" + AuditTime.day(meeting) + "）", BASIS_115);
  }

  /** The latest finished legality review on or before the date must let the case proceed. */
  private Check reviewedBefore(String caseId, LocalDate date, String rule, String requirement, String what, String basis) {
    List<Map<String, Object>> reviews = jdbc.sql(
            "SELECT outcome, reviewed_on, legal_risk_statement FROM nf_legality_review WHERE case_id = ? "
                + "AND reviewed_on IS NOT NULL ORDER BY reviewed_on, id")
        .param(caseId).query().listOfRows();
    Map<String, Object> latest = null;
    for (Map<String, Object> r : reviews) {
      if (!localDate(get(r, "reviewed_on")).isAfter(date)) {
        latest = r;
      }
    }
    if (latest == null) {
      // issue 22: a discussion dated before the conclusion names both dates
      return check(rule, requirement, false, reviews.isEmpty() ? what + "之前没有作出结论的合法性审查。"
          : what + "早于合法性审查结论的日期（" + day(get(reviews.get(0), "reviewed_on")) + "）：讨论之前没有作出结论的合法性审查。", basis);
    }
    String outcome = (String) get(latest, "outcome");
    String found = "合法性审查结论：" + LEGALITY_OUTCOMES.getOrDefault(outcome, "（未知结论）") + "（"
        + day(get(latest, "reviewed_on")) + "），" + what;
    if (!MAY_PROCEED.contains(outcome)) {
      return check(rule, requirement, false, found + "；该结论不允许提交讨论。", basis);
    }
    if ("NO_CLEAR_PROVISION".equals(outcome) && get(latest, "legal_risk_statement") == null) {
      return check(rule, requirement, false, found + "；未载明法律风险。", basis);
    }
    return check(rule, requirement, true, found + "。", basis);
  }

  private Check reviewPeriod(String caseId, String rule, String basis) {
    String requirement = "合法性审查在审查期限内作出结论，超期督办，不得默认通过";
    List<Map<String, Object>> reviews = jdbc.sql(
            "SELECT started_on, due_on, reviewed_on, escalated_at, early_opinion_reason FROM nf_legality_review "
                + "WHERE case_id = ? ORDER BY started_on, id")
        .param(caseId).query().listOfRows();
    if (reviews.isEmpty()) {
      return new Check(rule, requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "尚未送合法性审查。", basis);
    }
    boolean ok = true;
    List<String> lines = new ArrayList<>();
    LocalDate today = AuditTime.today();
    for (Map<String, Object> r : reviews) {
      LocalDate due = localDate(get(r, "due_on"));
      LocalDate reviewed = localDate(get(r, "reviewed_on"));
      String line = "送审 " + day(get(r, "started_on")) + "，期限至 " + AuditTime.day(due);
      if (reviewed == null) {
        line += due.isBefore(today) ? "，已超期尚未作出结论" : "，审查中";
        ok &= !due.isBefore(today);
      } else {
        line += "，于 " + AuditTime.day(reviewed) + " 作出结论" + (reviewed.isAfter(due) ? "（超期）" : "");
        ok &= !reviewed.isAfter(due);
      }
      if (get(r, "escalated_at") != null) {
        line += "；已督办（" + AuditTime.time(((Timestamp) get(r, "escalated_at")).toInstant()) + "）";
      }
      if (get(r, "early_opinion_reason") != null) {
        line += "；提前出具意见的理由：" + get(r, "early_opinion_reason");
      }
      lines.add(line + "。");
    }
    return check(rule, requirement, ok, String.join("\n", lines), basis);
  }

  private Check numbering(Map<String, Object> d, Stage stage) {
    String requirement = "统一登记、统一编号、统一印发：公布的文件有文号";
    if (!PUBLISHED.contains(stage) && get(d, "published_on") == null) {
      return new Check("R-ND-07", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "文件尚未公布。", BASIS_37);
    }
    Object number = get(d, "doc_number");
    return check("R-ND-07", requirement, number != null,
        number != null ? "文号：" + number + "。" : "文件已公布，但没有统一编号。", BASIS_37);
  }

  private Check signing(String id, Map<String, Object> d, Stage stage) {
    String requirement = "由主要负责人在集体审议之后签发；他人签发须有主要负责人本人记录的授权";
    String basis = BASIS_37 + "；本地规定";
    if (!PUBLISHED.contains(stage)) {
      return new Check("R-ND-14", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "文件尚未公布。", basis);
    }
    Object signedBy = get(d, "signed_by");
    if (signedBy == null) {
      return check("R-ND-14", requirement, false, "文件已公布，但没有签发记录。", basis);
    }
    boolean ok = true;
    boolean byHead = heads.getHead().equals(signedBy);
    Object authorizationId = get(d, "signing_authorization_id");
    LocalDate signed = localDate(get(d, "signed_on"));
    String found = "签发日期 " + AuditTime.day(signed) + "，" + (byHead ? "由主要负责人签发。"
        : authorizationId != null ? "由受权人依第 " + authorizationId + " 号授权签发。" : "签发人不是主要负责人，且没有授权记录。");
    ok &= byHead || authorizationId != null;
    if (!byHead && authorizationId != null) {
      String recorded = authorizationRecordedByOther(((Number) authorizationId).longValue());
      if (recorded != null) {
        ok = false;
        found += recorded;
      }
    }
    // issue 22: signing follows the deliberation (deliberation → number → signing)
    LocalDate deliberated = jdbc.sql("SELECT MAX(meeting_date) FROM nf_deliberation WHERE document_id = ?").param(id)
        .query(java.sql.Date.class).optional().map(java.sql.Date::toLocalDate).orElse(null);
    if (signed != null && deliberated != null && signed.isBefore(deliberated)) {
      ok = false;
      found += "签发日期（" + AuditTime.day(signed) + "）早于集体审议日期（" + AuditTime.day(deliberated) + "）。";
    }
    return check("R-ND-14", requirement, ok, found, basis);
  }

  /**
   * R-ND-14: an authorization is the head's own act. The words when someone else recorded it (an
   * administrator submitting the head's form, as an earlier release allowed), null when the head did.
   */
  private String authorizationRecordedByOther(long authorizationId) {
    Map<String, Object> a = jdbc.sql("SELECT head, recorded_by FROM nf_head_authorization WHERE id = ?").param(authorizationId)
        .query().listOfRows().stream().findFirst().orElse(null);
    if (a == null) {
      return "第 " + authorizationId + " 号授权没有记录。";
    }
    Object head = get(a, "head");
    Object recordedBy = get(a, "recorded_by");
    return head != null && head.equals(recordedBy) ? null
        : "第 " + authorizationId + " 号授权由 " + recordedBy + " 记录，不是主要负责人 " + head + " 本人。";
  }

  /**
   * R-ND-04 / R-MD-08, R-C-07 (issue 22): a legality review is concluded by the legal office, never by an
   * administrator or anyone else. Who concluded it is read from the engine's history (the user who
   * completed Task_LegalityReview) and from the registry, with the groups that user belongs to.
   */
  private Check legalityReviewer(String caseId, List<RecordHistory.Step> steps, String rule, String basis) {
    String requirement = "合法性审查意见由法制机构作出";
    List<String> lines = new ArrayList<>();
    boolean ok = true;
    Set<String> seen = new java.util.LinkedHashSet<>();
    for (RecordHistory.Step step : steps) {
      if ("legality-review".equals(step.processKey()) && "Task_LegalityReview".equals(step.taskKey())) {
        seen.add(step.completedBy() == null ? "" : step.completedBy());
        String problem = notLegalOffice(step.completedBy());
        lines.add("合法性审查意见于 " + AuditTime.day(step.completedOn()) + " 由 " + person(step.completedBy()) + " 作出"
            + (problem == null ? "。" : "，" + problem + "。"));
        ok &= problem == null;
      }
    }
    for (Map<String, Object> r : jdbc.sql("SELECT reviewed_by, reviewed_on FROM nf_legality_review WHERE case_id = ? "
        + "AND reviewed_on IS NOT NULL ORDER BY reviewed_on, id").param(caseId).query().listOfRows()) {
      String by = (String) get(r, "reviewed_by");
      if (by != null && seen.contains(by)) {
        continue;
      }
      String problem = notLegalOffice(by);
      lines.add("登记的合法性审查结论（" + day(get(r, "reviewed_on")) + "）由 " + person(by) + " 作出"
          + (problem == null ? "。" : "，" + problem + "。"));
      ok &= problem == null;
    }
    if (lines.isEmpty()) {
      return new Check(rule, requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "尚未作出合法性审查结论。", basis);
    }
    return check(rule, requirement, ok, String.join("\n", lines), basis);
  }

  private String notLegalOffice(String user) {
    if (user == null) {
      return "没有记录作出人";
    }
    Set<String> groups = history.groupsOf(user);
    if (groups.contains(Groups.ID_ADMIN)) {
      return "其为系统管理员，不是法制机构的审查人员";
    }
    return groups.contains(Groups.ID_LEGAL_OFFICE) ? null : "其不属于法制机构";
  }

  private static String person(String user) {
    return user == null ? "（未记录）" : user;
  }

  /** Who the registry names for the document's steps (for records with no engine history). */
  private Map<String, String> registryActors(String id, Map<String, Object> d) {
    Map<String, String> actors = new java.util.LinkedHashMap<>();
    if (get(d, "signed_by") != null) {
      actors.put("签发", (String) get(d, "signed_by"));
    }
    for (Map<String, Object> r : jdbc.sql("SELECT reviewed_by FROM nf_legality_review WHERE case_id = ? AND reviewed_by IS NOT NULL")
        .param(id).query().listOfRows()) {
      actors.put("合法性审查", (String) get(r, "reviewed_by"));
    }
    return actors;
  }

  /**
   * R-C-07, R-C-06 (issue 22): the administrator keeps the system running and never does a clerk's or the
   * organ's step. Every step of the case (and of every process it called) completed by a member of
   * camunda-admin is named, with its date; a record without engine history is judged on the people the
   * registry names.
   */
  private Check administrator(List<RecordHistory.Step> steps, Map<String, String> registryActors) {
    String requirement = "系统管理员不办理办事人员或决策机关的步骤，每一步由其办理人本人完成";
    String basis = "《重大行政决策程序暂行条例》第三十三条；" + BASIS_37 + "；本系统安全规则";
    List<String> found = new ArrayList<>();
    for (RecordHistory.Step step : steps) {
      if (step.completedBy() != null && history.groupsOf(step.completedBy()).contains(Groups.ID_ADMIN)) {
        found.add("任务「" + step.taskName() + "」于 " + AuditTime.day(step.completedOn()) + " 由系统管理员 " + step.completedBy() + " 办结。");
      }
    }
    registryActors.forEach((what, user) -> {
      if (history.groupsOf(user).contains(Groups.ID_ADMIN) && found.stream().noneMatch(f -> f.contains(user))) {
        found.add("登记簿记载" + what + "由系统管理员 " + user + " 办理。");
      }
    });
    if (!found.isEmpty()) {
      return check("R-C-07", requirement, false, String.join("\n", found), basis);
    }
    return check("R-C-07", requirement, true, steps.isEmpty()
        ? "登记簿记载的办理人均不是系统管理员（本案没有引擎办理记录）。"
        : "共 " + steps.size() + " 个已办结的任务，均不是由系统管理员办结。", basis);
  }

  /**
   * R-ND-08, R-ND-16 (issue 22): the publication date is true: not before signing, not before the public
   * consultation ended, not before the publication task existed and not after it was completed (a date
   * typed into the task that lies outside the task's own life is not when it happened).
   */
  private Check publicationDate(String id, Map<String, Object> d, List<RecordHistory.Step> steps) {
    String requirement = "公布日期真实：不早于签发、不早于公开征求意见结束、不早于公布任务产生，也不晚于公布任务办结";
    String basis = "《优化营商环境条例》第六十四条；" + BASIS_37;
    LocalDate published = localDate(get(d, "published_on"));
    if (published == null) {
      return new Check("R-ND-08", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "文件尚未公布。", basis);
    }
    List<String> found = new ArrayList<>();
    List<String> facts = new ArrayList<>();
    LocalDate signed = localDate(get(d, "signed_on"));
    if (signed != null) {
      facts.add("签发于 " + AuditTime.day(signed));
      if (published.isBefore(signed)) {
        found.add("公布日期（" + AuditTime.day(published) + "）早于签发日期（" + AuditTime.day(signed) + "）");
      }
    }
    LocalDate consultationEnd = jdbc.sql("SELECT MAX(COALESCE(closed_on, closes_on)) FROM nf_consultation WHERE case_id = ?")
        .param(id).query(java.sql.Date.class).optional().map(java.sql.Date::toLocalDate).orElse(null);
    if (consultationEnd != null) {
      facts.add("公开征求意见至 " + AuditTime.day(consultationEnd) + " 结束");
      if (published.isBefore(consultationEnd)) {
        found.add("公布日期（" + AuditTime.day(published) + "）早于公开征求意见结束日期（" + AuditTime.day(consultationEnd) + "）");
      }
    }
    RecordHistory.Step task = last(steps, "normative-document", "Task_Publication");
    if (task != null) {
      facts.add("公布任务于 " + AuditTime.day(task.createdOn()) + " 产生、" + AuditTime.day(task.completedOn()) + " 办结");
      if (published.isBefore(task.createdOn())) {
        found.add("公布日期（" + AuditTime.day(published) + "）早于公布任务产生的日期（" + AuditTime.day(task.createdOn()) + "）");
      }
      if (published.isAfter(task.completedOn())) {
        found.add("公布日期（" + AuditTime.day(published) + "）晚于公布任务办结的日期（" + AuditTime.day(task.completedOn()) + "）");
      }
    }
    String evidence = "公布于 " + AuditTime.day(published) + (facts.isEmpty() ? "" : "；" + String.join("；", facts));
    return found.isEmpty() ? check("R-ND-08", requirement, true, evidence + "。", basis)
        : check("R-ND-08", requirement, false, evidence + "。\n" + String.join("；", found) + "。", basis);
  }

  /** The last completed task of that key in that process, or null. */
  private static RecordHistory.Step last(List<RecordHistory.Step> steps, String processKey, String taskKey) {
    RecordHistory.Step found = null;
    for (RecordHistory.Step step : steps) {
      if (processKey.equals(step.processKey()) && taskKey.equals(step.taskKey())) {
        found = step;
      }
    }
    return found;
  }

  private Check effectiveDate(Map<String, Object> d) {
    int effectiveMinDays = documentSettings.getEffectiveMinDays();
    String requirement = "公布后施行，施行日期一般不早于公布后 " + effectiveMinDays + " 日，提前须有理由";
    String basis = "《优化营商环境条例》第六十四条、第六十五条；" + BASIS_37;
    LocalDate published = localDate(get(d, "published_on"));
    if (published == null) {
      return new Check("R-ND-08", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "文件尚未公布。", basis);
    }
    LocalDate effective = localDate(get(d, "effective_on"));
    if (effective == null) {
      return check("R-ND-08", requirement, false, "公布于 " + AuditTime.day(published) + "，没有施行日期。", basis);
    }
    String found = "公布于 " + AuditTime.day(published) + "，施行于 " + AuditTime.day(effective);
    if (effective.isBefore(published)) {
      return check("R-ND-08", requirement, false, found + "：施行早于公布。", basis);
    }
    long days = ChronoUnit.DAYS.between(published, effective);
    Object reason = get(d, "early_effect_reason");
    if (days < effectiveMinDays && reason == null) {
      return check("R-ND-08", requirement, false, found + "（间隔 " + days + " 日，少于 " + effectiveMinDays
          + " 日），没有记录提前施行的理由。", basis);
    }
    return check("R-ND-08", requirement, true, found + "（间隔 " + days + " 日）" + (reason == null ? "。" : "，提前施行理由：" + reason + "。"), basis);
  }

  private Check filing(Map<String, Object> d, List<RecordHistory.Step> steps) {
    String requirement = "公布后在备案期限内报送备案，备案日期不早于公布、不早于备案任务产生";
    String basis = BASIS_37 + "；本地规定";
    LocalDate published = localDate(get(d, "published_on"));
    LocalDate due = localDate(get(d, "filing_due"));
    if (published == null || due == null) {
      return new Check("R-ND-09", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "文件尚未公布。", basis);
    }
    LocalDate filed = localDate(get(d, "filed_on"));
    boolean flagged = Boolean.TRUE.equals(get(d, "filing_late"));
    String found = "公布于 " + AuditTime.day(published) + "，备案期限至 " + AuditTime.day(due);
    if (filed == null) {
      boolean overdue = due.isBefore(AuditTime.today());
      return overdue || flagged
          ? check("R-ND-09", requirement, false, found + "，期限已过，尚未备案。", basis)
          : new Check("R-ND-09", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), found + "，尚未到期。", basis);
    }
    boolean late = filed.isAfter(due) || flagged;
    List<String> untrue = new ArrayList<>();
    // issue 22: a filing dated before the publication it files, or before its task existed, did not happen then
    if (filed.isBefore(published)) {
      untrue.add("备案日期（" + AuditTime.day(filed) + "）早于公布日期（" + AuditTime.day(published) + "）");
    }
    RecordHistory.Step task = last(steps, "normative-document", "Task_Filing");
    if (task != null && filed.isBefore(task.createdOn())) {
      untrue.add("备案日期（" + AuditTime.day(filed) + "）早于备案任务产生的日期（" + AuditTime.day(task.createdOn()) + "）");
    }
    if (task != null && filed.isAfter(task.completedOn())) {
      untrue.add("备案日期（" + AuditTime.day(filed) + "）晚于备案任务办结的日期（" + AuditTime.day(task.completedOn()) + "）");
    }
    return check("R-ND-09", requirement, !late && untrue.isEmpty(), found + "，于 " + AuditTime.day(filed) + " 备案"
        + (late ? "（逾期）。" : "。") + (untrue.isEmpty() ? "" : "\n" + String.join("；", untrue) + "。"), basis);
  }

  // ------------------------------------------------------------------ major decisions

  private List<Check> decision(String id, String processInstanceId) {
    Map<String, Object> d = jdbc.sql("SELECT * FROM nf_decision WHERE id = ?").param(id).query().singleRow();
    List<RecordHistory.Step> steps = history.steps(processInstanceId);
    List<Map<String, Object>> opinions = jdbc.sql(
            "SELECT id, discussion_round, member_id, member_role, vote, opinion, created_at FROM nf_decision_opinion "
                + "WHERE decision_id = ? AND member_role IN ('MEMBER', 'HEAD') ORDER BY created_at, id")
        .param(id).query().listOfRows();
    boolean discussed = !opinions.isEmpty();
    List<Check> checks = new ArrayList<>();
    checks.add(consultation(id, discussed && !hasReport(id, "PARTICIPATION") && !hasReport(id, "OUTSIDE_PROCEDURE"),
        "R-MD-04", "公开征求意见期限一般不少于 " + decisionSettings.getConsultationMinDays() + " 日，缩短须说明理由并在公告中载明",
        BASIS_713 + "第十五条"));
    String requirement = "集体讨论前经合法性审查；未经审查或经审查不合法的，不得提交讨论";
    if (!discussed) {
      checks.add(new Check("R-MD-08", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "尚未集体讨论。", BASIS_713 + "第二十五条"));
    } else {
      LocalDate first = localDateTime(get(opinions.get(0), "created_at"));
      String documentId = (String) get(d, "document_id");
      Check own = reviewedBefore(id, first, "R-MD-08", requirement, "集体讨论（" + AuditTime.day(first) + "）", BASIS_713 + "第二十五条");
      if (own.verdict().equals(VIOLATED) && documentId != null) {
        Check viaDocument = reviewedBefore(documentId, first, "R-MD-08", requirement, "集体讨论（" + AuditTime.day(first) + "）", BASIS_713 + "第二十五条");
        own = viaDocument.verdict().equals(MET) ? viaDocument : own;
      }
      checks.add(own);
    }
    checks.add(legalityReviewer(id, steps, "R-MD-08", BASIS_713 + "第二十五条"));
    checks.add(reviewPeriod(id, "R-MD-09", BASIS_713 + "第二十六条、第二十八条"));
    checks.add(hearing(processInstanceId, steps));
    checks.addAll(discussion(opinions));
    checks.add(headActs(id));
    checks.add(publication(id, d, steps));
    Map<String, String> actors = new java.util.LinkedHashMap<>();
    for (Map<String, Object> r : jdbc.sql("SELECT reviewed_by FROM nf_legality_review WHERE case_id = ? AND reviewed_by IS NOT NULL")
        .param(id).query().listOfRows()) {
      actors.put("合法性审查", (String) get(r, "reviewed_by"));
    }
    checks.add(administrator(steps, actors));
    checks.add(offeredTo(steps));
    String decisionStage = (String) get(d, "stage");
    checks.add(recordIntact("R-MD-13", processInstanceId, !DECISION_ENDED.contains(decisionStage),
        labelOf(decisionStage), BASIS_713 + "第三十三条"));
    return checks;
  }

  private static String labelOf(String decisionStage) {
    try {
      return org.normflow.decision.DecisionStage.valueOf(decisionStage).label();
    } catch (IllegalArgumentException | NullPointerException e) {
      return String.valueOf(decisionStage);
    }
  }

  /** Document stages in which its procedure must still be running in the engine. */
  static final EnumSet<Stage> DOCUMENT_IN_PROCEDURE = EnumSet.of(Stage.DRAFTING, Stage.UNDER_REVIEW, Stage.DELIBERATED);
  /** Decision stages in which its procedure has ended. */
  static final Set<String> DECISION_ENDED = Set.of("NOT_STARTED", "OUTSIDE_PROCEDURE", "REJECTED", "NOT_PROCEEDED", "RETURNED_TO_DOCUMENT",
      "STOPPED", "SUPERSEDED", "ARCHIVED");

  /**
   * R-C-02, R-MD-13, R-C-07 (issue 22): the case's record is whole and its statutory clocks run. A case
   * whose engine history was deleted, whose process was deleted while the registry still shows it in
   * procedure, or that is suspended or has its timers suspended or without retries, is 不符合.
   */
  private Check recordIntact(String rule, String processInstanceId, boolean inProcedure, String stageLabel, String basis) {
    String requirement = "办理记录完整保存，不得删除案件或其历史，不得挂起案件或其期限定时器";
    RecordHistory.Intact intact = history.intact(processInstanceId);
    if (intact == null) {
      return new Check(rule, requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE),
          "本案没有引擎办理记录（登记簿中的历史案件）。", basis);
    }
    if (intact.erased()) {
      return check(rule, requirement, false, "登记簿记载本案由系统办理（当前阶段“" + stageLabel
          + "”），但系统中已没有它的办理记录：案件及其历史已被删除。", basis);
    }
    List<String> found = new ArrayList<>();
    if (intact.end() != null && intact.deleteReason() != null && inProcedure) {
      found.add("办理流程于 " + AuditTime.time(intact.end()) + " 被删除终止，登记簿仍为“" + stageLabel + "”");
    }
    found.addAll(intact.stopped());
    return found.isEmpty()
        ? check(rule, requirement, true, intact.end() == null ? "办理记录完整，流程正在办理。" : "办理记录完整，流程已于 "
            + AuditTime.time(intact.end()) + " 办结。", basis)
        : check(rule, requirement, false, String.join("；", found) + "。", basis);
  }

  /**
   * R-C-06, R-C-07 (issue 22): each step was completed by someone it was offered to: a candidate user or a
   * member of a candidate group of its task (a task the process assigned to one person, e.g. the head's, is
   * judged by its own step). An administrator who claimed or assigned a task to someone outside its group,
   * who then completed it, shows here.
   */
  private Check offeredTo(List<RecordHistory.Step> steps) {
    String requirement = "每一步由该任务的办理人范围内的人员完成（认领或指派不能把任务交给范围之外的人）";
    String basis = "本系统安全规则；" + BASIS_37;
    if (steps.isEmpty()) {
      return new Check("R-C-06", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "本案没有引擎办理记录。", basis);
    }
    List<String> found = new ArrayList<>();
    int judged = 0;
    for (RecordHistory.Step step : steps) {
      if (step.candidateGroups().isEmpty() && step.candidateUsers().isEmpty()) {
        continue;
      }
      judged++;
      String by = step.completedBy();
      boolean offered = by != null && (step.candidateUsers().contains(by)
          || history.groupsOf(by).stream().anyMatch(step.candidateGroups()::contains));
      if (!offered) {
        found.add("任务「" + step.taskName() + "」于 " + AuditTime.day(step.completedOn()) + " 由 " + person(by)
            + " 办结，其不在该任务的办理人范围（" + String.join("、", step.candidateGroups()) + "）内。");
      }
    }
    return found.isEmpty()
        ? check("R-C-06", requirement, true, "共 " + judged + " 个按办理人范围分派的任务，均由范围内的人员办结。", basis)
        : check("R-C-06", requirement, false, String.join("\n", found), basis);
  }

  /**
   * R-MD-05, R-ND-16 (issue 22): the hearing was held on the date its notice announced (a changed date is a
   * new notice, not a field filled in again later), the participants were published after the notice, and
   * the materials were delivered at least {@code normflow.decision.hearing-materials-days} before the day
   * it was held. Read from the history of the case's hearing (every value each date field took).
   */
  private Check hearing(String processInstanceId, List<RecordHistory.Step> steps) {
    String requirement = "听证会在公告确定的日期举行；参加人名单在公告后公布；听证材料至少在听证会举行 "
        + decisionSettings.getHearingMaterialsDays() + " 日前送达";
    String basis = BASIS_713 + "第十七条";
    Map<String, List<RecordHistory.Value>> values = history.values(processInstanceId, Set.of(HearingVariables.HEARING_DATE,
        HearingVariables.HEARING_HELD_ON, HearingVariables.MATERIALS_DELIVERED_ON, HearingVariables.PARTICIPANTS_PUBLISHED_ON));
    List<LocalDate> announced = dates(values.get(HearingVariables.HEARING_DATE));
    if (announced.isEmpty()) {
      return new Check("R-MD-05", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "没有举行听证的记录。", basis);
    }
    LocalDate notice = announced.get(0);
    LocalDate held = lastOf(dates(values.get(HearingVariables.HEARING_HELD_ON)));
    LocalDate delivered = lastOf(dates(values.get(HearingVariables.MATERIALS_DELIVERED_ON)));
    LocalDate participants = lastOf(dates(values.get(HearingVariables.PARTICIPANTS_PUBLISHED_ON)));
    RecordHistory.Step noticeTask = last(steps, "hearing", "Task_HearingNotice");
    List<String> facts = new ArrayList<>();
    List<String> found = new ArrayList<>();
    facts.add("听证公告确定的听证日期为 " + AuditTime.day(notice)
        + (noticeTask == null ? "" : "（公告于 " + AuditTime.day(noticeTask.completedOn()) + " 发布）"));
    for (LocalDate later : announced) {
      if (!later.equals(notice)) {
        found.add("听证日期在公告后被改为 " + AuditTime.day(later) + "（公告确定的日期为 " + AuditTime.day(notice) + "），没有新的听证公告");
        break;
      }
    }
    if (participants != null) {
      facts.add("参加人名单于 " + AuditTime.day(participants) + " 公布");
      if (noticeTask != null && participants.isBefore(noticeTask.completedOn())) {
        found.add("参加人名单公布日期（" + AuditTime.day(participants) + "）早于听证公告发布日期（"
            + AuditTime.day(noticeTask.completedOn()) + "）");
      }
    }
    if (held != null) {
      facts.add("听证会于 " + AuditTime.day(held) + " 举行");
      if (!held.equals(notice)) {
        found.add("听证会举行日期（" + AuditTime.day(held) + "）不是公告确定的日期（" + AuditTime.day(notice) + "）");
      }
    }
    LocalDate hearingDay = held != null ? held : lastOf(announced);
    if (delivered != null) {
      facts.add("材料于 " + AuditTime.day(delivered) + " 送达");
      int minimum = decisionSettings.getHearingMaterialsDays();
      long days = ChronoUnit.DAYS.between(delivered, hearingDay);
      if (days < minimum) {
        found.add("材料送达日期（" + AuditTime.day(delivered) + "）距听证会（" + AuditTime.day(hearingDay) + "）仅 " + days
            + " 日，少于 " + minimum + " 日");
      }
    }
    String evidence = String.join("；", facts) + "。";
    return found.isEmpty() ? check("R-MD-05", requirement, true, evidence, basis)
        : check("R-MD-05", requirement, false, evidence + "\n" + String.join("；", found) + "。", basis);
  }

  /**
   * R-ND-14 (issue 22): the head's decisions in a major decision done by a deputy rest on an authorization
   * the head recorded himself.
   */
  private Check headActs(String id) {
    String requirement = "主要负责人的决定由其本人作出；他人代行须依主要负责人本人记录的授权";
    String basis = BASIS_713 + "第三十条；本地规定";
    List<Long> used = jdbc.sql("SELECT DISTINCT authorization_id FROM nf_decision_report WHERE decision_id = ? "
        + "AND authorization_id IS NOT NULL").param(id).query(Long.class).list();
    if (used.isEmpty()) {
      return new Check("R-ND-14", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "没有代行主要负责人职责的记录。", basis);
    }
    List<String> found = new ArrayList<>();
    for (Long authorization : used) {
      String recorded = authorizationRecordedByOther(authorization);
      if (recorded != null) {
        found.add(recorded);
      }
    }
    return found.isEmpty()
        ? check("R-ND-14", requirement, true, "代行依据的第 " + used.stream().map(String::valueOf)
            .collect(java.util.stream.Collectors.joining("、")) + " 号授权均由主要负责人本人记录。", basis)
        : check("R-ND-14", requirement, false, String.join("\n", found), basis);
  }

  private static List<LocalDate> dates(List<RecordHistory.Value> values) {
    List<LocalDate> dates = new ArrayList<>();
    for (RecordHistory.Value v : values) {
      LocalDate date = v.value() instanceof java.util.Date at ? AuditTime.date(at)
          : v.value() instanceof String text && text.length() >= 10 && text.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")
              ? LocalDate.parse(text.substring(0, 10)) : null;
      if (date != null) {
        dates.add(date);
      }
    }
    return dates;
  }

  private static LocalDate lastOf(List<LocalDate> dates) {
    return dates.isEmpty() ? null : dates.get(dates.size() - 1);
  }

  private List<Check> discussion(List<Map<String, Object>> opinions) {
    String basis = BASIS_713 + "第三十条";
    String orderRequirement = "集体讨论时组成人员先充分发表意见，行政首长最后发表意见并作出决定";
    String reasonRequirement = "行政首长的决定与多数人意见不一致的，说明理由";
    Map<Integer, List<Map<String, Object>>> rounds = new java.util.TreeMap<>();
    opinions.forEach(o -> rounds.computeIfAbsent(((Number) get(o, "discussion_round")).intValue(), r -> new ArrayList<>()).add(o));
    List<String> order = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    boolean orderOk = true;
    boolean reasonOk = true;
    boolean anyHead = false;
    for (var round : rounds.entrySet()) {
      List<Map<String, Object>> members = round.getValue().stream().filter(o -> "MEMBER".equals(get(o, "member_role"))).toList();
      Map<String, Object> headOpinion = round.getValue().stream().filter(o -> "HEAD".equals(get(o, "member_role")))
          .reduce((a, b) -> b).orElse(null);
      if (headOpinion == null) {
        continue;
      }
      anyHead = true;
      Instant headAt = ((Timestamp) get(headOpinion, "created_at")).toInstant();
      long before = members.stream().filter(m -> !((Timestamp) get(m, "created_at")).toInstant().isAfter(headAt)).count();
      long after = members.size() - before;
      String prefix = "第 " + round.getKey() + " 轮：";
      if (members.isEmpty()) {
        orderOk = false;
        order.add(prefix + "行政首长于 " + AuditTime.time(headAt) + " 作出决定，没有组成人员的意见记录。");
      } else if (after > 0) {
        orderOk = false;
        order.add(prefix + "行政首长于 " + AuditTime.time(headAt) + " 作出决定，其后仍有 " + after + " 名组成人员发表意见。");
      } else {
        order.add(prefix + members.size() + " 名组成人员先发表意见，行政首长于 " + AuditTime.time(headAt) + " 最后作出决定。");
      }
      Map<String, Integer> votes = new HashMap<>();
      members.forEach(m -> votes.merge(String.valueOf(get(m, "vote")), 1, Integer::sum));
      String majority = votes.entrySet().stream().filter(e -> e.getValue() * 2 > members.size())
          .map(Map.Entry::getKey).findFirst().orElse(null);
      String headVote = (String) get(headOpinion, "vote");
      String text = String.valueOf(get(headOpinion, "opinion"));
      if (majority == null) {
        reasons.add(prefix + "组成人员没有多数意见，行政首长决定：" + VOTES.getOrDefault(headVote, "（未记录）") + "。");
      } else if (majority.equals(headVote)) {
        reasons.add(prefix + "行政首长的决定（" + VOTES.getOrDefault(headVote, "（未记录）") + "）与多数意见一致。");
      } else if (text.contains("理由：")) {
        reasons.add(prefix + "行政首长的决定（" + VOTES.getOrDefault(headVote, "（未记录）") + "）与多数意见（"
            + VOTES.getOrDefault(majority, majority) + "）不一致，已说明理由："
            + text.substring(text.indexOf("理由：") + 3).split("\n")[0] + "。");
      } else {
        reasonOk = false;
        reasons.add(prefix + "行政首长的决定（" + VOTES.getOrDefault(headVote, "（未记录）") + "）与多数意见（"
            + VOTES.getOrDefault(majority, majority) + "）不一致，没有说明理由。");
      }
    }
    if (!anyHead) {
      return List.of(
          new Check("R-MD-11", orderRequirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "尚未作出决定。", basis),
          new Check("R-MD-11", reasonRequirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "尚未作出决定。", basis));
    }
    return List.of(check("R-MD-11", orderRequirement, orderOk, String.join("\n", order), basis),
        check("R-MD-11", reasonRequirement, reasonOk, String.join("\n", reasons), basis));
  }

  private Check publication(String id, Map<String, Object> d, List<RecordHistory.Step> steps) {
    String requirement = "决策作出后公布，并说明公众意见、专家论证意见的采纳情况；公布日期不早于决定、不早于公布任务产生，也不晚于其办结";
    String basis = BASIS_713 + "第三十二条";
    Set<String> after = Set.of("IMPLEMENTING", "POST_EVALUATION", "SUSPENDED", "STOPPED", "SUPERSEDED", "ARCHIVED");
    String stage = (String) get(d, "stage");
    List<String> reports = jdbc.sql("SELECT content FROM nf_decision_report WHERE decision_id = ? AND kind = 'PUBLICATION' ORDER BY id")
        .param(id).query(String.class).list();
    if (!after.contains(stage) && reports.isEmpty()) {
      return new Check("R-MD-12", requirement, NOT_APPLICABLE, VERDICT_LABELS.get(NOT_APPLICABLE), "决策尚未进入执行阶段。", basis);
    }
    if (reports.isEmpty()) {
      return check("R-MD-12", requirement, false, "决策已进入执行阶段，但没有公布记录。", basis);
    }
    // issue 22: the date the publication step recorded (「公布日期：2026-01-01」) against the decision and the task
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("公布日期：(\\d{4}-\\d{2}-\\d{2})")
        .matcher(reports.get(reports.size() - 1));
    LocalDate published = m.find() ? LocalDate.parse(m.group(1)) : null;
    if (published == null) {
      return check("R-MD-12", requirement, true, "有决策公布记录。", basis);
    }
    List<String> found = new ArrayList<>();
    LocalDate decided = jdbc.sql("SELECT MAX(created_at) FROM nf_decision_opinion WHERE decision_id = ? AND member_role = 'HEAD'")
        .param(id).query(Timestamp.class).optional().map(ComplianceChecks::localDateTime).orElse(null);
    if (decided != null && published.isBefore(decided)) {
      found.add("公布日期（" + AuditTime.day(published) + "）早于行政首长作出决定的日期（" + AuditTime.day(decided) + "）");
    }
    RecordHistory.Step task = last(steps, "major-decision", "Task_Publication");
    if (task != null && published.isBefore(task.createdOn())) {
      found.add("公布日期（" + AuditTime.day(published) + "）早于公布任务产生的日期（" + AuditTime.day(task.createdOn()) + "）");
    }
    if (task != null && published.isAfter(task.completedOn())) {
      found.add("公布日期（" + AuditTime.day(published) + "）晚于公布任务办结的日期（" + AuditTime.day(task.completedOn()) + "）");
    }
    String evidence = "决策公布于 " + AuditTime.day(published) + (decided == null ? "" : "，行政首长于 " + AuditTime.day(decided) + " 作出决定")
        + (task == null ? "" : "，公布任务于 " + AuditTime.day(task.createdOn()) + " 产生、" + AuditTime.day(task.completedOn()) + " 办结") + "。";
    return found.isEmpty() ? check("R-MD-12", requirement, true, evidence, basis)
        : check("R-MD-12", requirement, false, evidence + "\n" + String.join("；", found) + "。", basis);
  }

  // ------------------------------------------------------------------ helpers

  private boolean hasReport(String decisionId, String kind) {
    return jdbc.sql("SELECT COUNT(*) FROM nf_decision_report WHERE decision_id = ? AND kind = ?")
        .params(decisionId, kind).query(Long.class).single() > 0;
  }

  private long count(String sql, String caseId) {
    return jdbc.sql(sql).param(caseId).query(Long.class).single();
  }

  private static Check check(String rule, String requirement, boolean ok, String evidence, String basis) {
    String verdict = ok ? MET : VIOLATED;
    return new Check(rule, requirement, verdict, VERDICT_LABELS.get(verdict), evidence, basis);
  }

  /** Column maps from JdbcClient are case-insensitive on H2 and PostgreSQL alike (LinkedCaseInsensitiveMap). */
  private static Object get(Map<String, Object> row, String column) {
    return row.get(column);
  }

  private static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }

  private static LocalDate localDateTime(Object value) {
    return ((Timestamp) value).toInstant().atZone(AuditTime.ZONE).toLocalDate();
  }

  private static String day(Object value) {
    return AuditTime.day(localDate(value));
  }

  static Comparator<CaseVerdict> worstFirst() {
    return Comparator.comparing(CaseVerdict::violations).reversed();
  }
}
