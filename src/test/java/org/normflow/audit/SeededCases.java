package org.normflow.audit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A known set of cases of the year 2011, written straight into the registry (as a migration or a hand
 * in the database could): two clean cases and two that break every rule the compliance checks know.
 * Written once per database; no other test uses 2011.
 */
public final class SeededCases {

  static final int YEAR = 2011;
  static final String D1 = "seed2011-doc-clean";
  static final String D2 = "seed2011-doc-violations";
  static final String D3 = "seed2011-doc-drafting";
  static final String D4 = "seed2011-doc-abolished";
  static final String M1 = "seed2011-dec-clean";
  static final String M2 = "seed2011-dec-violations";
  static final String HAZCHEM = "unit-hazchem";
  static final String RESCUE = "unit-rescue";

  private SeededCases() {}

  public static synchronized void seed(JdbcClient jdbc) {
    if (jdbc.sql("SELECT COUNT(*) FROM nf_document WHERE id = ?").param(D1).query(Long.class).single() > 0) {
      return;
    }
    // D1: clean, filed on time
    document(jdbc, D1, "二〇一一年危险化学品安全管理办法", HAZCHEM, "FILED", "X应急规〔2011〕1号", false, at(2011, 1, 10),
        day(2011, 3, 8), "leader", day(2011, 3, 10), day(2011, 4, 10), day(2011, 4, 9), day(2011, 4, 1), false, null);
    consultation(jdbc, "c-" + D1, D1, "DOCUMENT", 7, "WORKING_DAYS", 10, null, day(2011, 2, 1), day(2011, 2, 15));
    comment(jdbc, "c-" + D1, D1, "DOCUMENT", "张三", at(2011, 2, 3), "ADOPTED", null);
    // spam hidden by moderation: no disposition needed
    jdbc.sql("INSERT INTO nf_public_comment (consultation_id, case_id, case_type, content, received_at, status) "
            + "VALUES (?, ?, 'DOCUMENT', '广告', ?, 'HIDDEN')")
        .params("c-" + D1, D1, at(2011, 2, 4)).update();
    review(jdbc, "r-" + D1, D1, "DOCUMENT", day(2011, 2, 20), day(2011, 3, 10), "LAWFUL", day(2011, 3, 1));
    deliberation(jdbc, D1, day(2011, 3, 5));
    // D2: every document rule broken
    document(jdbc, D2, "二〇一一年应急救援队伍管理规定", RESCUE, "FILED", null, true, at(2011, 4, 1),
        day(2011, 5, 15), "drafter", day(2011, 5, 20), day(2011, 5, 25), day(2011, 6, 19), day(2011, 7, 1), true, null);
    consultation(jdbc, "c-" + D2, D2, "DOCUMENT", 7, "WORKING_DAYS", 3, null, day(2011, 4, 10), day(2011, 4, 13));
    comment(jdbc, "c-" + D2, D2, "DOCUMENT", "李四", at(2011, 4, 11), null, null);
    comment(jdbc, "c-" + D2, D2, "DOCUMENT", "王五", at(2011, 4, 12), "NOT_ADOPTED", "与上位法不符");
    deliberation(jdbc, D2, day(2011, 5, 1));
    review(jdbc, "r-" + D2, D2, "DOCUMENT", day(2011, 4, 25), day(2011, 5, 5), "LAWFUL_AFTER_AMENDMENT", day(2011, 5, 10));
    // D3: still in review, found unlawful
    document(jdbc, D3, "二〇一一年防汛物资储备办法（草案）", HAZCHEM, "UNDER_REVIEW", null, false, at(2011, 8, 1),
        null, null, null, null, null, null, false, null);
    review(jdbc, "r-" + D3, D3, "DOCUMENT", day(2011, 8, 20), day(2011, 9, 9), "UNLAWFUL", day(2011, 9, 1));
    // D4: published, then abolished in the cleanup
    document(jdbc, D4, "二〇一一年烟花爆竹经营许可暂行办法", HAZCHEM, "ABOLISHED", "X应急规〔2011〕2号", false, at(2011, 2, 1),
        day(2011, 5, 30), "leader", day(2011, 6, 1), day(2011, 7, 1), day(2011, 7, 1), null, false, at(2011, 12, 1));
    // a cleanup round published 1 November: D1 kept, D4 abolished (D4 left force the day it was published)
    jdbc.sql("INSERT INTO nf_cleanup (kind, scope, reason, status, document_count, started_by, started_on, published_on, "
            + "created_at) VALUES ('PERIODIC', 'ALL', '定期清理', 'PUBLISHED', 2, 'legal', ?, ?, ?)")
        .params(day(2011, 10, 1), day(2011, 11, 1), at(2011, 10, 1)).update();
    long round = jdbc.sql("SELECT MAX(id) FROM nf_cleanup WHERE started_on = ?").param(day(2011, 10, 1)).query(Long.class).single();
    cleanupItem(jdbc, round, D1, "X应急规〔2011〕1号", HAZCHEM, "KEEP", "继续适用");
    cleanupItem(jdbc, round, D4, "X应急规〔2011〕2号", HAZCHEM, "ABOLISH", "已被新规定替代");
    jdbc.sql("UPDATE nf_document SET ended_on = ?, ended_by_cleanup_id = ?, end_reason = '已被新规定替代' WHERE id = ?")
        .params(day(2011, 11, 1), round, D4).update();

    // M1: clean decision
    decision(jdbc, M1, "二〇一一年城市应急避难场所建设规划", HAZCHEM, "IMPLEMENTING", "APPROVE", at(2011, 2, 1));
    consultation(jdbc, "c-" + M1, M1, "DECISION", 30, "CALENDAR_DAYS", 30, null, day(2011, 3, 1), day(2011, 3, 31));
    comment(jdbc, "c-" + M1, M1, "DECISION", "赵六", at(2011, 3, 2), "PARTLY", "部分意见已吸收");
    review(jdbc, "r-" + M1, M1, "DECISION", day(2011, 3, 25), day(2011, 4, 5), "LAWFUL", day(2011, 4, 1));
    opinion(jdbc, M1, "deputy1", "MEMBER", "APPROVE", "同意。", at(2011, 4, 10, 9));
    opinion(jdbc, M1, "deputy2", "MEMBER", "APPROVE", "同意。", at(2011, 4, 10, 9));
    opinion(jdbc, M1, "leader", "HEAD", "APPROVE", "同意", at(2011, 4, 10, 10));
    report(jdbc, M1, "HEARING", "听证报告全文", at(2011, 3, 10));
    report(jdbc, M1, "EXPERT_ADOPTION", "专家论证意见采纳情况", at(2011, 3, 15));
    report(jdbc, M1, "RISK", "风险评估报告", at(2011, 3, 20));
    report(jdbc, M1, "PUBLICATION", "决策公布", at(2011, 4, 15));
    report(jdbc, M1, "EVALUATION", "决策后评估报告", at(2011, 10, 15));
    // M2: discussed without review, head first and against the majority without a reason, never published
    decision(jdbc, M2, "二〇一一年应急物资集中采购决策", RESCUE, "IMPLEMENTING", "APPROVE", at(2011, 3, 1));
    consultation(jdbc, "c-" + M2, M2, "DECISION", 30, "CALENDAR_DAYS", 10, null, day(2011, 3, 10), day(2011, 3, 20));
    opinion(jdbc, M2, "deputy2", "MEMBER", "REJECT", "不同意，预算依据不足。", at(2011, 4, 20, 8));
    opinion(jdbc, M2, "leader", "HEAD", "APPROVE", "同意", at(2011, 4, 20, 9));
    opinion(jdbc, M2, "deputy1", "MEMBER", "REJECT", "不同意。", at(2011, 4, 20, 10));

    jdbc.sql("INSERT INTO nf_catalogue (catalogue_year, status, published_at, created_at) VALUES (?, ?, ?, ?)")
        .params(YEAR, "PUBLISHED", at(2011, 1, 5), at(2011, 1, 5)).update();
    // written past the engine and the registry's writers: the register's summary rows are derived here
    new CaseSummary(jdbc).refresh(java.util.List.of(D1, D2, D3, D4, M1, M2));
    for (String title : new String[] {"城市应急避难场所建设规划", "应急物资集中采购"}) {
      jdbc.sql("INSERT INTO nf_catalogue_item (catalogue_year, title, lead_unit, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
          .params(YEAR, title, "市应急管理局", "IN_PROGRESS", at(2011, 1, 5), at(2011, 1, 5)).update();
    }
  }

  /** Removes every seeded record: other test classes share this database. */
  public static synchronized void remove(JdbcClient jdbc) {
    java.util.List<String> ids = java.util.List.of(D1, D2, D3, D4, M1, M2);
    for (String id : ids) {
      jdbc.sql("DELETE FROM nf_public_comment WHERE case_id = ?").param(id).update();
      jdbc.sql("DELETE FROM nf_consultation WHERE case_id = ?").param(id).update();
      jdbc.sql("DELETE FROM nf_legality_review WHERE case_id = ?").param(id).update();
      jdbc.sql("DELETE FROM nf_case_reference WHERE case_id = ?").param(id).update();
      jdbc.sql("DELETE FROM nf_case_summary WHERE case_id = ?").param(id).update();
    }
    for (String id : java.util.List.of(D1, D2, D3, D4)) {
      jdbc.sql("DELETE FROM nf_deliberation WHERE document_id = ?").param(id).update();
      jdbc.sql("DELETE FROM nf_cleanup_item WHERE document_id = ?").param(id).update();
      jdbc.sql("DELETE FROM nf_document WHERE id = ?").param(id).update();
    }
    for (String id : java.util.List.of(M1, M2)) {
      jdbc.sql("DELETE FROM nf_decision_opinion WHERE decision_id = ?").param(id).update();
      jdbc.sql("DELETE FROM nf_decision_report WHERE decision_id = ?").param(id).update();
      jdbc.sql("DELETE FROM nf_decision WHERE id = ?").param(id).update();
    }
    jdbc.sql("DELETE FROM nf_cleanup WHERE started_on = ?").param(day(2011, 10, 1)).update();
    jdbc.sql("DELETE FROM nf_catalogue_item WHERE catalogue_year = ?").param(YEAR).update();
    jdbc.sql("DELETE FROM nf_catalogue WHERE catalogue_year = ?").param(YEAR).update();
  }

  private static void document(JdbcClient jdbc, String id, String title, String unit, String stage, String number, boolean market,
      Timestamp created, Date signedOn, String signedBy, Date published, Date effective, Date filingDue, Date filed,
      boolean filingLate, Timestamp updated) {
    jdbc.sql("INSERT INTO nf_document (id, title, doc_type, issuing_unit, concerns_market, major_decision, trial, stage, doc_number, "
            + "signed_on, signed_by, published_on, effective_on, filing_due, filed_on, filing_late, created_by, drafting_unit, "
            + "created_at, updated_at) VALUES (?, ?, '办法', '市应急管理局', ?, FALSE, FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'drafter', ?, ?, ?)")
        .params(id, title, market, stage, number, signedOn, signedBy, published, effective, filingDue, filed, filingLate, unit,
            created, updated == null ? created : updated)
        .update();
  }

  private static void decision(JdbcClient jdbc, String id, String title, String unit, String stage, String outcome, Timestamp created) {
    jdbc.sql("INSERT INTO nf_decision (id, title, lead_unit, stage, outcome, created_by, drafting_unit, created_at, updated_at) "
            + "VALUES (?, ?, '市应急管理局', ?, ?, 'drafter', ?, ?, ?)")
        .params(id, title, stage, outcome, unit, created, created).update();
  }

  private static void consultation(JdbcClient jdbc, String id, String caseId, String type, int min, String dayKind, int period,
      String reason, Date opened, Date closes) {
    jdbc.sql("INSERT INTO nf_consultation (id, case_id, case_type, notice_text, channel, min_days, day_kind, period_days, "
            + "shortened_reason, opened_on, closes_on, closed_on, created_by, created_at) VALUES (?, ?, ?, '征求意见公告', '门户网站', ?, ?, ?, ?, ?, ?, ?, 'drafter', ?)")
        .params(id, caseId, type, min, dayKind, period, reason, opened, closes, closes, new Timestamp(opened.getTime())).update();
  }

  private static void comment(JdbcClient jdbc, String consultation, String caseId, String type, String name, Timestamp at,
      String disposition, String reason) {
    jdbc.sql("INSERT INTO nf_public_comment (consultation_id, case_id, case_type, commenter_name, content, received_at, disposition, "
            + "disposition_reason, status) VALUES (?, ?, ?, ?, '建议修改第三条。', ?, ?, ?, 'PUBLISHED')")
        .params(consultation, caseId, type, name, at, disposition, reason).update();
  }

  private static void review(JdbcClient jdbc, String id, String caseId, String type, Date started, Date due, String outcome, Date reviewed) {
    jdbc.sql("INSERT INTO nf_legality_review (id, case_id, case_type, min_working_days, max_working_days, started_on, due_on, "
            + "outcome, opinion, reviewed_on, reviewed_by) VALUES (?, ?, ?, 5, 15, ?, ?, ?, '审查意见全文', ?, 'legal')")
        .params(id, caseId, type, started, due, outcome, reviewed).update();
  }

  private static void deliberation(JdbcClient jdbc, String documentId, Date date) {
    jdbc.sql("INSERT INTO nf_deliberation (document_id, meeting_kind, meeting_date, participants, outcome, meeting_record, "
            + "recorded_by, recorded_at) VALUES (?, '局务会议', ?, '吴刚、郑伟、冯军', 'APPROVED', '会议纪要', 'legal', ?)")
        .params(documentId, date, new Timestamp(date.getTime())).update();
  }

  private static void opinion(JdbcClient jdbc, String decisionId, String member, String role, String vote, String text, Timestamp at) {
    jdbc.sql("INSERT INTO nf_decision_opinion (decision_id, discussion_round, member_id, member_role, vote, opinion, created_at) "
            + "VALUES (?, 1, ?, ?, ?, ?, ?)")
        .params(decisionId, member, role, vote, text, at).update();
  }

  private static void report(JdbcClient jdbc, String decisionId, String kind, String content, Timestamp at) {
    // a post-evaluation carries its advice as its finding
    jdbc.sql("INSERT INTO nf_decision_report (decision_id, kind, content, finding, created_by, created_at) VALUES (?, ?, ?, ?, 'drafter', ?)")
        .params(decisionId, kind, content, "EVALUATION".equals(kind) ? "CONTINUE" : null, at).update();
  }

  private static void cleanupItem(JdbcClient jdbc, long round, String documentId, String number, String unit, String outcome,
      String reason) {
    jdbc.sql("INSERT INTO nf_cleanup_item (cleanup_id, document_id, doc_number, title, drafting_unit, outcome, reason, "
            + "reviewed_by, reviewed_at, result_list) VALUES (?, ?, ?, '清理的文件', ?, ?, ?, 'legal', ?, ?)")
        .params(round, documentId, number, unit, outcome, reason, at(2011, 10, 20), "ABOLISH".equals(outcome) ? "ABOLISHED" : "VALID")
        .update();
  }

  static Timestamp at(int y, int m, int d) {
    return at(y, m, d, 10);
  }

  static Timestamp at(int y, int m, int d, int hour) {
    return Timestamp.valueOf(LocalDateTime.of(y, m, d, hour, 0));
  }

  static Date day(int y, int m, int d) {
    return Date.valueOf(LocalDate.of(y, m, d));
  }
}
