package org.normflow.review;

import static org.normflow.document.Rows.*;

import java.time.LocalDate;
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

}
