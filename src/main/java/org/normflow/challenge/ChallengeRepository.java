package org.normflow.challenge;

import static org.normflow.document.Rows.now;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry of incidental reviews (附带审查, R-ND-15): {@code nf_challenge}, one row per request of a
 * 行政复议 body, with the written answer, its escalation and the body's outcome. The challenged document is
 * read from {@code nf_document}. Runs in the engine's transaction when called from a step.
 */
@Repository
public class ChallengeRepository {

  private final JdbcClient jdbc;

  ChallengeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What a challenge needs of the document: a published document has a publication date. */
  record Document(String id, String title, String docNumber, String stage, LocalDate publishedOn) {}

  Optional<Document> documentByNumber(String docNumber) {
    return jdbc.sql("SELECT id, title, doc_number, stage, published_on FROM nf_document WHERE doc_number = ?")
        .param(docNumber)
        .query((rs, n) -> new Document(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate()))
        .optional();
  }

  /** A challenge still open (no outcome yet) for the same body's case on the same document. */
  Optional<Long> openChallenge(String documentId, String reviewCaseNumber) {
    return jdbc.sql("SELECT id FROM nf_challenge WHERE document_id = ? AND review_case_number = ? AND outcome IS NULL")
        .params(documentId, reviewCaseNumber).query(Long.class).optional();
  }

  long register(String processInstanceId, String documentId, String reviewBody, String reviewCaseNumber,
      LocalDate receivedOn, String questionedClauses, LocalDate answerDue, String registeredBy) {
    jdbc.sql("INSERT INTO nf_challenge (process_instance_id, document_id, review_body, review_case_number, received_on, "
            + "questioned_clauses, answer_due, registered_by, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(processInstanceId, documentId, reviewBody, reviewCaseNumber, receivedOn, questionedClauses, answerDue,
            registeredBy, now())
        .update();
    return jdbc.sql("SELECT MAX(id) FROM nf_challenge WHERE process_instance_id = ?").param(processInstanceId)
        .query(Long.class).single();
  }

  /** The answer's last day, or null for a challenge not on the registry. */
  LocalDate answerDue(long id) {
    return jdbc.sql("SELECT answer_due FROM nf_challenge WHERE id = ?").param(id).query(LocalDate.class).optional()
        .orElse(null);
  }

  void reminded(long id) {
    jdbc.sql("UPDATE nf_challenge SET reminded_at = ? WHERE id = ?").params(now(), id).update();
  }

  void escalated(long id) {
    jdbc.sql("UPDATE nf_challenge SET escalated_at = ? WHERE id = ?").params(now(), id).update();
  }

  void overdueMeasures(long id, String measures, String by) {
    jdbc.sql("UPDATE nf_challenge SET overdue_measures = ?, overdue_measures_by = ? WHERE id = ?")
        .params(measures, by, id).update();
  }

  void answered(long id, LocalDate sentOn, String reference, String summary, boolean late, String by) {
    jdbc.sql("UPDATE nf_challenge SET answer_sent_on = ?, answer_reference = ?, answer_summary = ?, answered_late = ?, "
            + "answered_by = ? WHERE id = ?")
        .params(sentOn, reference, summary, late, by, id).update();
  }

  void outcome(long id, String outcome, LocalDate on, String number, String stoppedClauses, String note,
      String followUp, String by) {
    jdbc.sql("UPDATE nf_challenge SET outcome = ?, outcome_on = ?, outcome_number = ?, stopped_clauses = ?, "
            + "outcome_note = ?, follow_up = ?, outcome_by = ? WHERE id = ?")
        .params(outcome, on, number, stoppedClauses, note, followUp, by, id).update();
  }

  void followUpStarted(long id, String instanceId) {
    jdbc.sql("UPDATE nf_challenge SET follow_up_instance_id = ? WHERE id = ?").params(instanceId, id).update();
  }

  /** One challenge as the record shows it. */
  public record Challenge(long id, String documentId, String reviewBody, String reviewCaseNumber, LocalDate receivedOn,
      String questionedClauses, LocalDate answerDue, LocalDate answerSentOn, Boolean answeredLate, String outcome,
      LocalDate outcomeOn, String outcomeNumber, String stoppedClauses, String followUp) {

    /** The outcome in the words of the outcome form. */
    public String outcomeLabel() {
      return outcome == null ? "待复议机关作出结论" : ChallengeOutcome.label(outcome);
    }
  }

  Optional<Challenge> challenge(long id) {
    return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(ChallengeRepository::row).optional();
  }

  /** Every challenge of a document, oldest first (the case file and the public page show them). */
  public List<Challenge> ofDocument(String documentId) {
    return jdbc.sql(SELECT + "WHERE document_id = ? ORDER BY received_on, id").param(documentId)
        .query(ChallengeRepository::row).list();
  }

  /** The clauses of a document a 行政复议 body ordered stopped, with the decision that did: for the public page. */
  public List<Challenge> stoppedClauses(String documentId) {
    return ofDocument(documentId).stream().filter(c -> c.stoppedClauses() != null).toList();
  }

  private static final String SELECT = "SELECT id, document_id, review_body, review_case_number, received_on, "
      + "questioned_clauses, answer_due, answer_sent_on, answered_late, outcome, outcome_on, outcome_number, "
      + "stopped_clauses, follow_up FROM nf_challenge ";

  private static Challenge row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Challenge(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs, 5), rs.getString(6),
        date(rs, 7), date(rs, 8), (Boolean) rs.getObject(9), rs.getString(10), date(rs, 11), rs.getString(12),
        rs.getString(13), rs.getString(14));
  }

  private static LocalDate date(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
    java.sql.Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
