package org.normflow.review;

import static org.normflow.document.Rows.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Legality reviews (合法性审查), one row per {@code legality-review} instance. */
@Repository
public class LegalityReviewRepository {

  private final JdbcClient jdbc;

  LegalityReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void open(String id, String caseId, String caseType, int min, int max, boolean exploratory, LocalDate startedOn,
      LocalDate dueOn, Integer caseVersion) {
    jdbc.sql(
            "INSERT INTO nf_legality_review (id, case_id, case_type, min_working_days, max_working_days, "
                + "exploratory_reform, started_on, due_on, case_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, caseId, caseType, min, max, exploratory, startedOn, dueOn, caseVersion)
        .update();
  }

  void advisorOpinion(String id, String opinion, String by) {
    jdbc.sql("UPDATE nf_legality_review SET advisor_opinion = ?, advisor_by = ? WHERE id = ?")
        .params(opinion, by, id)
        .update();
  }

  /** The finding of one review, as checked by {@code recordLegalityDecision}. */
  record Decision(String materials, String outcome, String opinion, String legalRiskStatement,
      String missingProcedures, String earlyOpinionGround, String earlyOpinionReason, LocalDate on, String by) {}

  void decision(String id, Decision d) {
    jdbc.sql(
            "UPDATE nf_legality_review SET materials = ?, outcome = ?, opinion = ?, legal_risk_statement = ?, "
                + "missing_procedures = ?, early_opinion_ground = ?, early_opinion_reason = ?, reviewed_on = ?, "
                + "reviewed_by = ? WHERE id = ?")
        .params(d.materials(), d.outcome(), d.opinion(), d.legalRiskStatement(), d.missingProcedures(),
            d.earlyOpinionGround(), d.earlyOpinionReason(), d.on(), d.by(), id)
        .update();
  }

  void reminded(String id) {
    jdbc.sql("UPDATE nf_legality_review SET reminded_at = ? WHERE id = ?").params(now(), id).update();
  }

  void escalated(String id) {
    jdbc.sql("UPDATE nf_legality_review SET escalated_at = ? WHERE id = ?").params(now(), id).update();
  }

  /**
   * Whether a legality review of this case (a document, or the major decision whose procedure it
   * followed) has ended with a written opinion: what the filing package must hold (R-ND-09).
   */
  public boolean opinionGiven(String caseId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM nf_legality_review WHERE case_id = ? AND opinion IS NOT NULL AND reviewed_on IS NOT NULL")
        .param(caseId)
        .query(Long.class)
        .single() > 0;
  }

  public Optional<Map<String, Object>> find(String id) {
    return jdbc.sql("SELECT * FROM nf_legality_review WHERE id = ?").param(id).query().listOfRows().stream().findFirst();
  }

  /**
   * Whether NormFlow's record says fair competition review applies to the reviewed case (R-ND-03,
   * R-MD-10): the legal office's confirmed market fact of a document, or its latest finding on a decision.
   */
  boolean fairCompetitionApplies(String caseType, String caseId) {
    if ("DOCUMENT".equals(caseType)) {
      return jdbc.sql("SELECT COUNT(*) FROM nf_document WHERE id = ? AND (concerns_market = TRUE OR fcr_applies = TRUE)")
          .param(caseId).query(Long.class).single() > 0;
    }
    return jdbc.sql("SELECT found FROM nf_decision_applicability WHERE decision_id = ? AND fact = 'MARKET' ORDER BY id DESC")
        .param(caseId).query(Boolean.class).list().stream().findFirst().orElse(false);
  }

  /** R-MD-09: the reviewer returned the materials (or asked for more) on {@code on}; the review stands still. */
  void returned(String id, String caseId, String reason, String requested, LocalDate on, String by, LocalDate dueOn,
      int remainingWorkingDays, String onReturn) {
    jdbc.sql(
            "INSERT INTO nf_legality_review_return (review_id, case_id, reason, requested, returned_on, returned_by, "
                + "due_on_at_return, remaining_working_days, on_return) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, caseId, reason, requested, on, by, dueOn, remainingWorkingDays, onReturn)
        .update();
  }

  /** The open return of a review (materials out, not yet supplemented), if any. */
  Optional<Map<String, Object>> openReturn(String id) {
    return jdbc.sql("SELECT * FROM nf_legality_review_return WHERE review_id = ? AND resumed_on IS NULL ORDER BY id DESC")
        .param(id).query().listOfRows().stream().findFirst();
  }

  void supplemented(long returnId, String note, String by) {
    jdbc.sql("UPDATE nf_legality_review_return SET supplement_note = ?, supplemented_by = ?, supplemented_at = ? WHERE id = ?")
        .params(note, by, now(), returnId).update();
  }

  /**
   * The review resumes on {@code on} with the new limit; RESTART counts the review from that day again,
   * PAUSE adds the working days the materials were out to those the minimum period does not count.
   */
  void resumed(String id, long returnId, LocalDate on, LocalDate newDueOn, boolean restart, int pausedWorkingDays) {
    jdbc.sql("UPDATE nf_legality_review_return SET resumed_on = ?, new_due_on = ? WHERE id = ?")
        .params(on, newDueOn, returnId).update();
    if (restart) {
      jdbc.sql("UPDATE nf_legality_review SET started_on = ?, due_on = ?, paused_working_days = 0 WHERE id = ?")
          .params(on, newDueOn, id).update();
    } else {
      jdbc.sql("UPDATE nf_legality_review SET due_on = ?, paused_working_days = paused_working_days + ? WHERE id = ?")
          .params(newDueOn, pausedWorkingDays, id).update();
    }
  }

  /** Every return of the reviews of a case, oldest first (the case file and the procedure account show them). */
  public List<Map<String, Object>> returnsOfCase(String caseId) {
    return jdbc.sql("SELECT * FROM nf_legality_review_return WHERE case_id = ? ORDER BY id").param(caseId).query().listOfRows();
  }
}
