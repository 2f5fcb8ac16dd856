package org.normflow.decision;

import static org.normflow.document.Rows.*;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.normflow.validation.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The major-decision part of the registry; runs in the engine's transaction when called from a delegate. */
@Repository
public class DecisionRepository {

  /** Kinds of report kept for a decision. */
  public static final String PROPOSAL = "PROPOSAL";
  public static final String START_DECISION = "START_DECISION";
  public static final String OUTSIDE_PROCEDURE = "OUTSIDE_PROCEDURE";
  public static final String PARTICIPATION = "PARTICIPATION";
  public static final String CONSULTATION_ADOPTION = "CONSULTATION_ADOPTION";
  public static final String HEARING = "HEARING";
  public static final String EXPERT_SELECTION = "EXPERT_SELECTION";
  public static final String EXPERT_ADOPTION = "EXPERT_ADOPTION";
  public static final String RISK = "RISK";
  public static final String LEGALITY = "LEGALITY";
  public static final String INTEGRITY = "INTEGRITY";
  public static final String FAIR_COMPETITION = "FAIR_COMPETITION";
  public static final String DEFERRAL_RESPONSE = "DEFERRAL_RESPONSE";
  public static final String PUBLICATION = "PUBLICATION";
  /** Issue 24 point 4, R-MD-19: the request-report to the Party committee and its answer. */
  public static final String PARTY_COMMITTEE_REPORT = "PARTY_COMMITTEE_REPORT";
  /** Issue 24 point 7, R-MD-15: the legal office's view whether an adjustment is 一般 or 重大. */
  public static final String ADJUSTMENT_CLASS_REVIEW = "ADJUSTMENT_CLASS_REVIEW";
  /** Issue 24 point 7, R-MD-15: the publication of a suspension or stop of the published decision. */
  public static final String MEASURE_PUBLICATION = "MEASURE_PUBLICATION";
  public static final String PROGRESS = "PROGRESS";
  public static final String SUSPENSION = "SUSPENSION";
  public static final String EVALUATION = "EVALUATION";
  /** R-MD-18: the legal office's applicability finding (summary; the facts are in nf_decision_applicability). */
  public static final String APPLICABILITY = "APPLICABILITY";
  /** R-MD-18: a missing procedure found by the legality review, made up. */
  public static final String MAKE_UP = "MAKE_UP";
  /** R-MD-07: the decision organ's judgement whether the risk is controllable. */
  public static final String RISK_JUDGEMENT = "RISK_JUDGEMENT";
  /** The drafting unit proposes, after a failed review, that the organ not proceed (issue 24). */
  public static final String STOP_PROPOSAL = "STOP_PROPOSAL";
  /** The head's decision on that proposal: finding STOP or CONTINUE (R-MD-09, R-ND-04, issue 24). */
  public static final String STOP_DECISION = "STOP_DECISION";
  /** R-MD-08: the organ classified the item as an exploratory reform without clear state provision. */
  public static final String EXPLORATORY_REFORM = "EXPLORATORY_REFORM";
  /** 713 Art 30: the meeting of a discussion round (details in nf_decision_meeting). */
  public static final String MEETING = "MEETING";
  /** R-MD-14: the executing unit, 执行时限 and 反馈 duty the head set after the organ approved. */
  public static final String EXECUTION_TERMS = "EXECUTION_TERMS";
  /** Issue 24 point 12: the amended text of a decision approved with amendments (修改后同意). */
  public static final String AMENDED = "AMENDED";
  /** The legal office's supervision: a prompt to evaluate, or the urging of a missing progress report. */
  public static final String SUPERVISION = "SUPERVISION";
  /** A progress report not made in time (R-MD-14, R-C-03). */
  public static final String REPORT_OVERDUE = "REPORT_OVERDUE";
  /** A progress report still owed when execution was interrupted (prompt, report, suspension). */
  public static final String REPORT_NOT_MADE = "REPORT_NOT_MADE";

  public static final String ROLE_MEMBER = "MEMBER";
  public static final String ROLE_HEAD = "HEAD";
  public static final String ROLE_EXPERT = "EXPERT";

  private static final String COLUMNS =
      "id, reference, process_instance_id, title, lead_unit, executing_unit, executing_group, catalogue_item_id, previous_decision_id, "
          + "document_id, stage, outcome, created_by, drafting_unit, created_at, updated_at";

  private final JdbcClient jdbc;
  private final org.normflow.validation.Grounds grounds;

  DecisionRepository(JdbcClient jdbc, org.normflow.validation.Grounds grounds) {
    this.jdbc = jdbc;
    this.grounds = grounds;
  }

  /**
   * documentId: the normative document whose procedure this decision is (R-ND-12), else null;
   * draftingUnit: the drafting unit (起草科室) whose members get the decision's drafter tasks.
   */
  public void insert(String id, String processInstanceId, String title, String leadUnit, Long catalogueItemId,
      String previousDecisionId, String documentId, String createdBy, String draftingUnit) {
    Timestamp now = now();
    jdbc.sql("INSERT INTO nf_decision (id, process_instance_id, title, lead_unit, catalogue_item_id, "
            + "previous_decision_id, document_id, stage, created_by, drafting_unit, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, processInstanceId, title, leadUnit, catalogueItemId, previousDecisionId, documentId,
            DecisionStage.PROPOSED.name(), createdBy, draftingUnit, now, now)
        .update();
  }

  /** Issue 10: the decision's number (catalogue year and item), given once at registration. */
  public void setReference(String id, String reference) {
    jdbc.sql("UPDATE nf_decision SET reference = ? WHERE id = ?").params(reference, id).update();
  }

  /** The internal id of the decision with this number, or the text itself (the API takes either). */
  public String resolve(String idOrReference) {
    return jdbc.sql("SELECT id FROM nf_decision WHERE reference = ?")
        .param(idOrReference).query(String.class).list().stream().findFirst().orElse(idOrReference);
  }

  public void updateStage(String id, DecisionStage stage) {
    requireOne(jdbc.sql("UPDATE nf_decision SET stage = ?, updated_at = ? WHERE id = ?")
        .params(stage.name(), now(), id).update(), id);
  }

  public void setLeadUnit(String id, String leadUnit) {
    requireOne(jdbc.sql("UPDATE nf_decision SET lead_unit = ?, updated_at = ? WHERE id = ?")
        .params(leadUnit, now(), id).update(), id);
  }

  /** R-MD-14: the executing unit the decision organ named: its group (a drafting unit) and its name. */
  public void setExecutingUnit(String id, String group, String name) {
    requireOne(jdbc.sql("UPDATE nf_decision SET executing_group = ?, executing_unit = ?, updated_at = ? WHERE id = ?")
        .params(group, name, now(), id).update(), id);
  }

  /** The executing unit's group of the decision run by this process instance, if named. */
  public java.util.Optional<String> executingGroupOfInstance(String processInstanceId) {
    return jdbc.sql("SELECT executing_group FROM nf_decision WHERE process_instance_id = ? AND executing_group IS NOT NULL")
        .param(processInstanceId).query(String.class).optional();
  }

  /** R-MD-15, R-MD-16: an act of the decision organ after the decision, with who decided and when. */
  public void addMeasure(String decisionId, String measure, String ground, String reason, String changes,
      String decidedBy, Long authorizationId) {
    jdbc.sql("INSERT INTO nf_decision_measure (decision_id, measure, ground, reason, changes, decided_by, "
            + "authorization_id, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(decisionId, measure, ground, reason, changes, decidedBy, authorizationId, now())
        .update();
  }

  private String groundLabel(String ground) {
    return DecisionMeasures.GROUND_URGENT_SUSPENSION.equals(ground) ? DecisionMeasures.URGENT_SUSPENSION_LABEL
        : grounds.label(DecisionMeasures.GROUNDS_KIND, ground);
  }

  public List<DecisionRecord.Measure> measures(String decisionId) {
    return jdbc.sql("SELECT measure, ground, reason, changes, decided_by, authorization_id, decided_at "
            + "FROM nf_decision_measure WHERE decision_id = ? ORDER BY id")
        .param(decisionId)
        .query((rs, n) -> new DecisionRecord.Measure(rs.getString("measure"),
            DecisionMeasures.label(rs.getString("measure")), rs.getString("ground"), groundLabel(rs.getString("ground")),
            rs.getString("reason"),
            rs.getString("changes"), rs.getString("decided_by"), nullableLong(rs, "authorization_id"),
            localDateTime(rs, "decided_at")))
        .list();
  }

  public void setOutcome(String id, String outcome) {
    requireOne(jdbc.sql("UPDATE nf_decision SET outcome = ?, updated_at = ? WHERE id = ?")
        .params(outcome, now(), id).update(), id);
  }

  /** Adds plans as the next version number; returns that number. Earlier versions stay untouched (R-MD-03). */
  public int addVersion(String decisionId, List<String[]> labelledPlans, String changeNote, String createdBy) {
    Integer last = jdbc.sql("SELECT MAX(version_no) FROM nf_decision_version WHERE decision_id = ?")
        .param(decisionId).query(Integer.class).optional().orElse(null);
    int next = last == null ? 1 : last + 1;
    for (String[] plan : labelledPlans) {
      jdbc.sql("INSERT INTO nf_decision_version (decision_id, version_no, plan_label, plan_text, change_note, "
              + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .params(decisionId, next, plan[0], plan[1], changeNote, createdBy, now())
          .update();
    }
    return next;
  }

  public void addReport(String decisionId, String kind, String content, String createdBy) {
    addReport(decisionId, kind, content, createdBy, null);
  }

  /** authorizationId: the head's authorization a deputy acted under (R-MD-02, R-MD-16), else null. */
  public void addReport(String decisionId, String kind, String content, String createdBy, Long authorizationId) {
    jdbc.sql("INSERT INTO nf_decision_report (decision_id, kind, content, created_by, authorization_id, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)")
        .params(decisionId, kind, content, createdBy, authorizationId, now())
        .update();
  }

  /**
   * The structured finding of the decision's latest report of a kind, for the annual figures (issue 23):
   * a risk assessment's level, the organ's risk judgement.
   */
  public void recordFinding(String decisionId, String kind, String finding) {
    jdbc.sql("UPDATE nf_decision_report SET finding = ? WHERE id = (SELECT MAX(id) FROM nf_decision_report "
            + "WHERE decision_id = ? AND kind = ?)")
        .params(finding, decisionId, kind).update();
  }

  public boolean hasReport(String decisionId, String kind) {
    return jdbc.sql("SELECT COUNT(*) FROM nf_decision_report WHERE decision_id = ? AND kind = ?")
        .params(decisionId, kind).query(Integer.class).single() > 0;
  }

  public void addOpinion(String decisionId, int round, String memberId, String role, String vote, String opinion,
      String signature) {
    addOpinion(decisionId, round, memberId, role, vote, opinion, signature, null);
  }

  /** authorizationId: the head's authorization a deputy decided under (R-MD-11), else null. */
  public void addOpinion(String decisionId, int round, String memberId, String role, String vote, String opinion,
      String signature, Long authorizationId) {
    jdbc.sql("INSERT INTO nf_decision_opinion (decision_id, discussion_round, member_id, member_role, vote, opinion, "
            + "signature, authorization_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(decisionId, round, memberId, role, vote, opinion, signature, authorizationId, now())
        .update();
  }

  public List<DecisionRecord.Opinion> opinions(String decisionId) {
    return jdbc.sql("SELECT discussion_round, member_id, member_role, vote, opinion, signature, authorization_id, "
            + "created_at FROM nf_decision_opinion WHERE decision_id = ? ORDER BY id")
        .param(decisionId)
        .query((rs, n) -> new DecisionRecord.Opinion(rs.getInt("discussion_round"), rs.getString("member_id"),
            rs.getString("member_role"), rs.getString("vote"), rs.getString("opinion"), rs.getString("signature"),
            nullableLong(rs, "authorization_id"), localDateTime(rs, "created_at")))
        .list();
  }

  public List<DecisionRecord.Opinion> opinions(String decisionId, int round, String role) {
    return opinions(decisionId).stream().filter(o -> o.round() == round && o.role().equals(role)).toList();
  }

  public List<DecisionRecord.Report> reports(String decisionId) {
    return jdbc.sql("SELECT kind, content, created_by, authorization_id, created_at FROM nf_decision_report "
            + "WHERE decision_id = ? ORDER BY id")
        .param(decisionId)
        .query((rs, n) -> new DecisionRecord.Report(rs.getString("kind"), rs.getString("content"),
            rs.getString("created_by"), nullableLong(rs, "authorization_id"), localDateTime(rs, "created_at")))
        .list();
  }

  public List<DecisionRecord.Version> versions(String decisionId) {
    return jdbc.sql("SELECT version_no, plan_label, plan_text, change_note, created_by, created_at "
            + "FROM nf_decision_version WHERE decision_id = ? ORDER BY version_no, id")
        .param(decisionId)
        .query((rs, n) -> new DecisionRecord.Version(rs.getInt("version_no"), rs.getString("plan_label"),
            rs.getString("plan_text"), rs.getString("change_note"), rs.getString("created_by"),
            localDateTime(rs, "created_at")))
        .list();
  }

  /** One fact of the legal office's applicability finding (R-MD-18). */
  public record Finding(String fact, Boolean claimed, String claimExplanation, boolean found, String reason,
      String reference) {}

  public void addFindings(String decisionId, List<Finding> findings, String foundBy) {
    Timestamp now = now();
    for (Finding f : findings) {
      jdbc.sql("INSERT INTO nf_decision_applicability (decision_id, fact, claimed, claim_explanation, found, reason, "
              + "reference, found_by, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(decisionId, f.fact(), f.claimed(), f.claimExplanation(), f.found(), f.reason(), f.reference(),
              foundBy, now)
          .update();
    }
  }

  /** The latest finding of each fact, in the order found. */
  public List<Finding> findings(String decisionId) {
    return jdbc.sql("SELECT fact, claimed, claim_explanation, found, reason, reference FROM nf_decision_applicability "
            + "WHERE decision_id = ? ORDER BY id")
        .param(decisionId)
        .query((rs, n) -> {
          boolean claimed = rs.getBoolean("claimed");
          Boolean c = rs.wasNull() ? null : claimed;
          return new Finding(rs.getString("fact"), c, rs.getString("claim_explanation"), rs.getBoolean("found"),
              rs.getString("reason"), rs.getString("reference"));
        })
        .list();
  }

  /** 783 Art 18: one round of a decision's fair competition review. */
  public void addFairCompetitionReview(String decisionId, Integer version, String conclusion, String opinion,
      String ground, String justification, java.time.LocalDate endDate, String endCondition, String reviewedBy) {
    jdbc.sql("INSERT INTO nf_decision_fcr (decision_id, version_no, conclusion, opinion, exception_ground, "
            + "exception_justification, exception_end_date, exception_end_condition, reviewed_by, reviewed_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(decisionId, version, conclusion, opinion, ground, justification,
            endDate == null ? null : java.sql.Date.valueOf(endDate), endCondition, reviewedBy, now())
        .update();
  }

  /** The conclusions of the decision's fair competition reviews, oldest first. */
  public List<String> fairCompetitionConclusions(String decisionId) {
    return jdbc.sql("SELECT conclusion FROM nf_decision_fcr WHERE decision_id = ? ORDER BY id")
        .param(decisionId).query(String.class).list();
  }

  /** 713 Art 30: the meeting of one discussion round. */
  public void addMeeting(String decisionId, int round, java.time.LocalDate date, String kind, String presider,
      String attendees, String recordedBy) {
    jdbc.sql("INSERT INTO nf_decision_meeting (decision_id, discussion_round, meeting_date, meeting_kind, presider, "
            + "attendees, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(decisionId, round, java.sql.Date.valueOf(date), kind, presider, attendees, recordedBy, now())
        .update();
  }

  /** R-MD-11: the organ's meeting (nf_organ_meeting) that decided this round, as the decision's record of it. */
  public void addMeeting(String decisionId, int round, java.time.LocalDate date, String kind, String presider,
      String attendees, String recordedBy, long organMeetingId) {
    jdbc.sql("INSERT INTO nf_decision_meeting (decision_id, discussion_round, meeting_date, meeting_kind, presider, "
            + "attendees, recorded_by, recorded_at, organ_meeting_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(decisionId, round, java.sql.Date.valueOf(date), kind, presider, attendees, recordedBy, now(), organMeetingId)
        .update();
  }

  /** R-MD-14: the 执行时限 and the 反馈 duty the head set with the executing unit. */
  public void setExecutionTerms(String id, java.time.LocalDate deadline, String reportingDuty) {
    requireOne(jdbc.sql("UPDATE nf_decision SET execution_deadline = ?, reporting_duty = ?, updated_at = ? WHERE id = ?")
        .params(java.sql.Date.valueOf(deadline), reportingDuty, now(), id).update(), id);
  }

  /** The meetings recorded for a decision: round, date, kind code, presider, attendees. */
  public List<Object[]> meetings(String decisionId) {
    return jdbc.sql("SELECT discussion_round, meeting_date, meeting_kind, presider, attendees FROM nf_decision_meeting "
            + "WHERE decision_id = ? ORDER BY id")
        .param(decisionId)
        .query((rs, n) -> new Object[] {rs.getInt(1), localDate(rs, "meeting_date"), rs.getString(3), rs.getString(4),
            rs.getString(5)})
        .list();
  }

  /** The decision's registry row without its record details, if it exists. */
  public java.util.Optional<DecisionRecord> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM nf_decision WHERE id = ?")
        .param(id).query(DecisionRepository::map).optional();
  }

  /** The decision with its whole record. */
  public DecisionRecord get(String id) {
    DecisionRecord record = jdbc.sql("SELECT " + COLUMNS + " FROM nf_decision WHERE id = ?")
        .param(id).query(DecisionRepository::map).optional()
        .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的重大行政决策"));
    return record.with(versions(id), reports(id), opinions(id), measures(id));
  }

  /** All decisions, newest first, without their record details; optionally one stage only. */
  public List<DecisionRecord> list(DecisionStage stage) {
    if (stage == null) {
      return jdbc.sql("SELECT " + COLUMNS + " FROM nf_decision ORDER BY created_at DESC, id")
          .query(DecisionRepository::map).list();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM nf_decision WHERE stage = ? ORDER BY created_at DESC, id")
        .param(stage.name()).query(DecisionRepository::map).list();
  }

  static DecisionRecord map(ResultSet rs, int rowNum) throws SQLException {
    DecisionStage stage = DecisionStage.valueOf(rs.getString("stage"));
    long item = rs.getLong("catalogue_item_id");
    Long catalogueItemId = rs.wasNull() ? null : item;
    return new DecisionRecord(rs.getString("id"), rs.getString("reference"), rs.getString("process_instance_id"), rs.getString("title"),
        rs.getString("lead_unit"), rs.getString("executing_unit"), rs.getString("executing_group"), catalogueItemId,
        rs.getString("previous_decision_id"), rs.getString("document_id"), stage, stage.label(), rs.getString("outcome"),
        rs.getString("created_by"), rs.getString("drafting_unit"), localDateTime(rs, "created_at"),
        localDateTime(rs, "updated_at"),
        List.of(), List.of(), List.of(), List.of());
  }



  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static void requireOne(int rows, String id) {
    if (rows != 1) {
      throw new NotFoundException("没有编号为 " + id + " 的重大行政决策");
    }
  }
}
