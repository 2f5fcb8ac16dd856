package org.normflow.consultation;

import static org.normflow.document.Rows.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Public consultations (公开征求意见) and their comments, in the registry. */
@Repository
public class ConsultationRepository {

  private final JdbcClient jdbc;

  ConsultationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A comment as staff see it; personal data is never put into published feedback (R-C-05). */
  public record Comment(
      long id, int number, String commenterName, String commenterPhone, String commenterEmail, String content,
      String disposition, String dispositionReason) {}

  record Notice(
      String id, String caseId, String caseType, String ruleId, String noticeText, String channel, int minDays,
      String dayKind, int periodDays, String shortenedGround, String shortenedReason, String publishedNotice,
      LocalDate openedOn, LocalDate closesOn, String createdBy) {}

  void open(Notice n) {
    jdbc.sql(
            "INSERT INTO nf_consultation (id, case_id, case_type, rule_id, notice_text, channel, min_days, day_kind, "
                + "period_days, shortened_ground, shortened_reason, published_notice, opened_on, closes_on, "
                + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            n.id(), n.caseId(), n.caseType(), n.ruleId(), n.noticeText(), n.channel(), n.minDays(), n.dayKind(),
            n.periodDays(), n.shortenedGround(), n.shortenedReason(), n.publishedNotice(), n.openedOn(),
            n.closesOn(), n.createdBy(), now())
        .update();
  }

  /** The notice of the case's latest consultation as the public reads it. */
  record PublishedNotice(String caseId, String channel, String text, LocalDate openedOn, LocalDate closesOn) {}

  java.util.Optional<PublishedNotice> latestNotice(String caseId) {
    return jdbc.sql(
            "SELECT case_id, channel, published_notice, opened_on, closes_on FROM nf_consultation "
                + "WHERE case_id = ? AND published_notice IS NOT NULL ORDER BY created_at DESC")
        .param(caseId)
        .query((rs, i) -> new PublishedNotice(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate()))
        .list()
        .stream()
        .findFirst();
  }

  void addComment(String consultationId, String caseId, String caseType, String name, String phone, String email, String content) {
    jdbc.sql(
            "INSERT INTO nf_public_comment (consultation_id, case_id, case_type, commenter_name, commenter_phone, "
                + "commenter_email, content, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(consultationId, caseId, caseType, name, phone, email, content, now())
        .update();
  }

  public List<Comment> comments(String consultationId) {
    List<Comment> result = new java.util.ArrayList<>();
    List<Map<String, Object>> rows =
        jdbc.sql(
                "SELECT id, commenter_name, commenter_phone, commenter_email, content, disposition, disposition_reason "
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
              (String) r.get("disposition"), (String) r.get("disposition_reason")));
    }
    return result;
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

  void report(String id, String report) {
    jdbc.sql("UPDATE nf_consultation SET adoption_report = ? WHERE id = ?").params(report, id).update();
  }

  public Map<String, Object> find(String id) {
    return jdbc.sql("SELECT * FROM nf_consultation WHERE id = ?").param(id).query().singleRow();
  }

}
