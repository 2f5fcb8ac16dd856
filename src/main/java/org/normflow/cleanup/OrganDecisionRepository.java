package org.normflow.cleanup;

import static org.normflow.document.Rows.now;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organ's decisions on cleanup rounds, abolitions and continuations (R-ND-10, R-ND-11, R-ND-14) and
 * how each was signed, published and reported to the filing body ({@code nf_organ_decision}). The gates
 * of the models read the decision from here, not from a variable. Runs in the engine's transaction.
 */
@Repository
public class OrganDecisionRepository {

  public static final String CLEANUP = "CLEANUP";
  public static final String ABOLITION = "ABOLITION";
  public static final String VALIDITY = "VALIDITY";

  private final JdbcClient jdbc;

  OrganDecisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One decision as the registry holds it. */
  public record Decision(long id, String processInstanceId, String subject, String subjectRef, String mode,
      String decision, String reason, String decidedBy, Long meetingId, LocalDate decidedOn, String number,
      String signedBy, LocalDate signedOn, LocalDate publishedOn, String channel, LocalDate effectiveOn,
      LocalDate statedValidUntil, LocalDate filingDue, LocalDate filedOn, boolean filingLate) {}

  public long open(String processInstanceId, String businessKey, String subject, String subjectRef, String mode) {
    jdbc.sql("INSERT INTO nf_organ_decision (process_instance_id, business_key, subject, subject_ref, decided_by_mode, "
            + "created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(processInstanceId, businessKey, subject, subjectRef, mode, now())
        .update();
    return jdbc.sql("SELECT MAX(id) FROM nf_organ_decision WHERE process_instance_id = ?").param(processInstanceId)
        .query(Long.class).single();
  }

  public Optional<Decision> get(long id) {
    return jdbc.sql("SELECT id, process_instance_id, subject, subject_ref, decided_by_mode, decision, reason, decided_by, "
            + "meeting_id, decided_on, decision_number, signed_by, signed_on, published_on, publication_channel, "
            + "effective_on, stated_valid_until, filing_due, filed_on, filing_late FROM nf_organ_decision WHERE id = ?")
        .param(id)
        .query((rs, n) -> new Decision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), (Long) rs.getObject(9, Long.class),
            date(rs.getDate(10)), rs.getString(11), rs.getString(12), date(rs.getDate(13)), date(rs.getDate(14)),
            rs.getString(15), date(rs.getDate(16)), date(rs.getDate(17)), date(rs.getDate(18)), date(rs.getDate(19)),
            rs.getBoolean(20)))
        .optional();
  }

  /** Records the organ's decision once: a decision already taken is never rewritten. */
  public void decide(long id, String decision, String reason, String decidedBy, Long authorizationId, Long meetingId,
      LocalDate decidedOn) {
    int rows = jdbc.sql("UPDATE nf_organ_decision SET decision = ?, reason = ?, decided_by = ?, authorization_id = ?, "
            + "meeting_id = ?, decided_on = ?, decided_at = ? WHERE id = ? AND decision IS NULL")
        .params(decision, reason, decidedBy, authorizationId, meetingId, decidedOn, now(), id)
        .update();
    requireOne(rows, id, "机关决定已作出，不能重复决定");
  }

  public void sign(long id, String number, int year, int sequence, String signedBy, LocalDate signedOn) {
    requireOne(jdbc.sql("UPDATE nf_organ_decision SET decision_number = ?, number_year = ?, number_seq = ?, signed_by = ?, "
            + "signed_on = ? WHERE id = ? AND signed_on IS NULL")
        .params(number, year, sequence, signedBy, signedOn, id).update(), id, "决定已签发，不能重复签发");
  }

  public void publish(long id, LocalDate on, String channel, LocalDate effectiveOn, LocalDate statedValidUntil,
      LocalDate filingDue, String filingAuthority) {
    requireOne(jdbc.sql("UPDATE nf_organ_decision SET published_on = ?, publication_channel = ?, effective_on = ?, "
            + "stated_valid_until = ?, filing_due = ?, filing_authority = ? WHERE id = ? AND published_on IS NULL")
        .params(on, channel, effectiveOn, statedValidUntil, filingDue, filingAuthority, id).update(), id,
        "决定已公布，不能重复公布");
  }

  public void file(long id, LocalDate on, String authority, boolean late) {
    requireOne(jdbc.sql("UPDATE nf_organ_decision SET filed_on = ?, filing_authority = ?, filing_late = ? "
            + "WHERE id = ? AND filed_on IS NULL")
        .params(on, authority, late, id).update(), id, "已报送备案，不能重复报送");
  }

  public void flagFilingLate(long id) {
    jdbc.sql("UPDATE nf_organ_decision SET filing_late = TRUE WHERE id = ?").param(id).update();
  }

  public void recordOverdueNote(long id, String note) {
    jdbc.sql("UPDATE nf_organ_decision SET filing_overdue_note = ? WHERE id = ?").params(note, id).update();
  }

  /** Every decision on one subject, oldest first (the case file shows them). */
  public java.util.List<Map<String, Object>> of(String subject, String subjectRef) {
    return jdbc.sql("SELECT * FROM nf_organ_decision WHERE subject = ? AND subject_ref = ? ORDER BY id")
        .params(subject, subjectRef).query().listOfRows();
  }

  private static LocalDate date(java.sql.Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static void requireOne(int rows, long id, String problem) {
    if (rows != 1) {
      throw new org.normflow.validation.FormValidationException(java.util.List.of(problem + "（第 " + id + " 号）"));
    }
  }
}
