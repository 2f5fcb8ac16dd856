package org.normflow.consultation;

import static org.normflow.document.Rows.*;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Public consultations (公开征求意见) and their comments, in the registry. Comments are inserted by the
 * public endpoint only (never through the engine) and never deleted; moderation changes their status
 * and is logged in nf_comment_moderation.
 */
@Repository
public class ConsultationRepository {

  public static final String PENDING = "PENDING";
  public static final String PUBLISHED = "PUBLISHED";
  public static final String HIDDEN = "HIDDEN";
  /** The clause of a comment on the draft as a whole. */
  public static final String GENERAL = "总体意见";

  private final JdbcClient jdbc;

  ConsultationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A comment as staff see it; personal data is never put into published feedback (R-C-05). */
  public record Comment(
      long id, int number, String commenterName, String commenterPhone, String commenterEmail, String content,
      String disposition, String dispositionReason, String clause, String status, String moderationReason,
      String moderationNote, java.sql.Timestamp receivedAt) {

    public String clauseOrGeneral() {
      return clause == null || clause.isBlank() ? GENERAL : clause;
    }

    /** When it arrived, Beijing time. */
    public String receivedAtText() {
      return receivedAt == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
          .format(receivedAt.toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")));
    }
  }

  record Notice(
      String id, String caseId, String caseType, String ruleId, String noticeText, String channel, int minDays,
      String dayKind, int periodDays, String shortenedGround, String shortenedReason, String publishedNotice,
      LocalDate openedOn, LocalDate closesOn, String createdBy, String caseTitle, String draftingUnit,
      String unitName, String draftText, String explanation, List<String> clauses) {}

  void open(Notice n) {
    jdbc.sql(
            "INSERT INTO nf_consultation (id, case_id, case_type, rule_id, notice_text, channel, min_days, day_kind, "
                + "period_days, shortened_ground, shortened_reason, published_notice, opened_on, closes_on, "
                + "created_by, created_at, case_title, drafting_unit, unit_name, draft_text, explanation, clauses) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            n.id(), n.caseId(), n.caseType(), n.ruleId(), n.noticeText(), n.channel(), n.minDays(), n.dayKind(),
            n.periodDays(), n.shortenedGround(), n.shortenedReason(), n.publishedNotice(), n.openedOn(),
            n.closesOn(), n.createdBy(), now(), n.caseTitle(), n.draftingUnit(), n.unitName(), n.draftText(),
            n.explanation(), String.join("\n", n.clauses()))
        .update();
  }

  /** The notice of the case's latest consultation as the public reads it. */
  record PublishedNotice(String caseId, String channel, String text, LocalDate openedOn, LocalDate closesOn) {}

  Optional<PublishedNotice> latestNotice(String caseId) {
    return latest(caseId).filter(c -> c.publishedNotice() != null)
        .map(c -> new PublishedNotice(c.caseId(), c.channel(), c.publishedNotice(), c.openedOn(), c.closesOn()));
  }

  /** A consultation as the public page and the staff read it. */
  public record Consultation(
      String id, String caseId, String caseType, String caseTitle, String draftingUnit, String unitName,
      String draftText, String explanation, List<String> clauses, String channel, String publishedNotice,
      int periodDays, String dayKind, LocalDate openedOn, LocalDate closesOn, LocalDate closedOn,
      String adoptionSummary, String adoptionReport, LocalDate reportPublishedOn) {

    /** Open on that day: the period has begun, its last day has not passed and it was not closed. */
    public boolean openOn(LocalDate day) {
      return closedOn == null && !day.isBefore(openedOn) && !day.isAfter(closesOn);
    }
  }

  private static final String CONSULTATION_COLUMNS =
      "id, case_id, case_type, case_title, drafting_unit, unit_name, draft_text, explanation, clauses, channel, "
          + "published_notice, period_days, day_kind, opened_on, closes_on, closed_on, adoption_summary, "
          + "adoption_report, report_published_on";

  private static Consultation consultation(ResultSet rs, int i) throws SQLException {
    String clauses = rs.getString("clauses");
    return new Consultation(
        rs.getString("id"), rs.getString("case_id"), rs.getString("case_type"), rs.getString("case_title"),
        rs.getString("drafting_unit"), rs.getString("unit_name"), rs.getString("draft_text"),
        rs.getString("explanation"),
        clauses == null || clauses.isBlank() ? List.of(GENERAL) : Arrays.asList(clauses.split("\n")),
        rs.getString("channel"), rs.getString("published_notice"), rs.getInt("period_days"),
        rs.getString("day_kind"), localDate(rs, "opened_on"), localDate(rs, "closes_on"),
        localDate(rs, "closed_on"), rs.getString("adoption_summary"), rs.getString("adoption_report"),
        localDate(rs, "report_published_on"));
  }

  /** The case's latest consultation (a case consulted again after a missing-procedure finding has several). */
  public Optional<Consultation> latest(String caseId) {
    return jdbc.sql("SELECT " + CONSULTATION_COLUMNS + " FROM nf_consultation WHERE case_id = ? "
            + "ORDER BY created_at DESC, opened_on DESC")
        .param(caseId)
        .query(ConsultationRepository::consultation)
        .list()
        .stream()
        .findFirst();
  }

  public Optional<Consultation> byId(String id) {
    return jdbc.sql("SELECT " + CONSULTATION_COLUMNS + " FROM nf_consultation WHERE id = ?")
        .param(id).query(ConsultationRepository::consultation).optional();
  }

  /** Consultations open on that day or closed since {@code closedSince}, newest first. */
  public List<Consultation> openOrClosedSince(LocalDate today, LocalDate closedSince) {
    return jdbc.sql("SELECT " + CONSULTATION_COLUMNS + " FROM nf_consultation WHERE published_notice IS NOT NULL "
            + "AND opened_on <= ? AND (closed_on IS NULL OR closed_on >= ? OR report_published_on >= ?) "
            + "ORDER BY opened_on DESC, created_at DESC")
        .params(today, closedSince, closedSince)
        .query(ConsultationRepository::consultation)
        .list();
  }

  /** Every consultation, newest first (the staff list filters by unit). */
  public List<Consultation> all() {
    return jdbc.sql("SELECT " + CONSULTATION_COLUMNS + " FROM nf_consultation ORDER BY opened_on DESC, created_at DESC")
        .query(ConsultationRepository::consultation).list();
  }

  /** A new comment; throws DuplicateKeyException when a comment with the same key is already stored. */
  record NewComment(
      String consultationId, String caseId, String caseType, String name, String phone, String email, String content,
      String clause, String dedupKey) {}

  long insertComment(NewComment c) {
    org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO nf_public_comment (consultation_id, case_id, case_type, commenter_name, commenter_phone, "
                + "commenter_email, content, clause, status, dedup_key, received_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(c.consultationId(), c.caseId(), c.caseType(), c.name(), c.phone(), c.email(), c.content(),
            c.clause(), PENDING, c.dedupKey(), now())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** The text and clause stored under a de-duplication key (a form token's comment), if any. */
  java.util.Optional<String> commentWithKey(String dedupKey) {
    return jdbc.sql("SELECT content, clause FROM nf_public_comment WHERE dedup_key = ?").param(dedupKey)
        .query((rs, i) -> rs.getString("content") + "\n" + rs.getString("clause")).optional();
  }

  boolean hasCommentWithKey(String dedupKey) {
    return jdbc.sql("SELECT COUNT(*) FROM nf_public_comment WHERE dedup_key = ?").param(dedupKey)
        .query(Integer.class).single() > 0;
  }

  public List<Comment> comments(String consultationId) {
    List<Comment> result = new ArrayList<>();
    List<Map<String, Object>> rows =
        jdbc.sql(
                "SELECT id, commenter_name, commenter_phone, commenter_email, content, disposition, disposition_reason, "
                    + "clause, status, moderation_reason, moderation_note, received_at "
                    + "FROM nf_public_comment WHERE consultation_id = ? ORDER BY id")
            .param(consultationId)
            .query()
            .listOfRows();
    int n = 1;
    for (Map<String, Object> r : rows) {
      result.add(
          new Comment(
              ((Number) r.get("id")).longValue(), n++, (String) r.get("commenter_name"),
              (String) r.get("commenter_phone"), (String) r.get("commenter_email"), (String) r.get("content"),
              (String) r.get("disposition"), (String) r.get("disposition_reason"), (String) r.get("clause"),
              (String) r.get("status"), (String) r.get("moderation_reason"), (String) r.get("moderation_note"),
              (java.sql.Timestamp) r.get("received_at")));
    }
    return result;
  }

  /** Counts by moderation status. */
  public Map<String, Integer> statusCounts(String consultationId) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>(Map.of(PENDING, 0, PUBLISHED, 0, HIDDEN, 0));
    jdbc.sql("SELECT status, COUNT(*) FROM nf_public_comment WHERE consultation_id = ? GROUP BY status")
        .param(consultationId)
        .query((rs, i) -> counts.put(rs.getString(1), rs.getInt(2)))
        .list();
    return counts;
  }

  /** Publishes or hides a comment; the act is logged, the comment itself is never deleted. */
  void moderate(long commentId, String status, String reason, String note, String by) {
    jdbc.sql("UPDATE nf_public_comment SET status = ?, moderation_reason = ?, moderation_note = ?, moderated_by = ?, "
            + "moderated_at = ? WHERE id = ?")
        .params(status, reason, note, by, now(), commentId)
        .update();
    jdbc.sql("INSERT INTO nf_comment_moderation (comment_id, status, reason, note, moderated_by, moderated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)")
        .params(commentId, status, reason, note, by, now())
        .update();
  }

  void dispose(long commentId, String disposition, String reason, String by) {
    jdbc.sql(
            "UPDATE nf_public_comment SET disposition = ?, disposition_reason = ?, disposed_by = ?, disposed_at = ? WHERE id = ?")
        .params(disposition, reason, by, now(), commentId)
        .update();
  }

  void close(String id, LocalDate closedOn, int count) {
    jdbc.sql("UPDATE nf_consultation SET closed_on = ?, comment_count = ? WHERE id = ?")
        .params(closedOn, count, id)
        .update();
  }

  /** The adoption report, published on the public page from that day. */
  void report(String id, String report, String summary, LocalDate publishedOn) {
    jdbc.sql("UPDATE nf_consultation SET adoption_report = ?, adoption_summary = ?, report_published_on = ? WHERE id = ?")
        .params(report, summary, publishedOn, id).update();
  }

  public Map<String, Object> find(String id) {
    return jdbc.sql("SELECT * FROM nf_consultation WHERE id = ?").param(id).query().singleRow();
  }

  /** The latest draft of a case as the registry holds it, for the notice's snapshot; null when none. */
  String latestDraft(String caseId, String caseType) {
    if ("DECISION".equals(caseType)) {
      List<String> plans = jdbc.sql("SELECT plan_label, plan_text FROM nf_decision_version WHERE decision_id = ? "
              + "AND version_no = (SELECT MAX(version_no) FROM nf_decision_version WHERE decision_id = ?) ORDER BY id")
          .params(caseId, caseId)
          .query((rs, i) -> (rs.getString(1) == null ? "" : rs.getString(1) + "：\n")
              + (rs.getString(2) == null ? "" : rs.getString(2)))
          .list();
      return plans.isEmpty() ? null : String.join("\n\n", plans);
    }
    return jdbc.sql("SELECT draft_text FROM nf_document_version WHERE document_id = ? ORDER BY version_no DESC")
        .param(caseId).query(String.class).list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  /** The organ or lead unit of the case as registered, or null. */
  String caseOrgan(String caseId, String caseType) {
    String sql = "DECISION".equals(caseType)
        ? "SELECT lead_unit FROM nf_decision WHERE id = ?"
        : "SELECT issuing_unit FROM nf_document WHERE id = ?";
    return jdbc.sql(sql).param(caseId).query(String.class).list().stream().findFirst().orElse(null);
  }
}
