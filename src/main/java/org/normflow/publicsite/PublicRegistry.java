package org.normflow.publicsite;

import static org.normflow.document.Rows.localDate;

import java.time.LocalDate;
import java.util.List;
import org.normflow.catalogue.CatalogueItem;
import org.normflow.decision.DecisionStage;
import org.normflow.document.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the public page lists from the registry: normative documents in force (and those no longer in
 * force), the published decision catalogues, and published major decisions. Read only; nothing here
 * holds personal data.
 */
@Repository
class PublicRegistry {

  private final JdbcClient jdbc;

  PublicRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Document(String number, String title, String issuingUnit, LocalDate publishedOn, LocalDate effectiveOn,
      LocalDate validUntil, String stage) {}

  /** Documents with a number in the given stages, newest first. */
  List<Document> documents(List<Stage> stages) {
    String marks = String.join(", ", stages.stream().map(s -> "?").toList());
    return jdbc.sql("SELECT doc_number, title, issuing_unit, published_on, effective_on, valid_until, stage "
            + "FROM nf_document WHERE doc_number IS NOT NULL AND stage IN (" + marks + ") "
            + "ORDER BY published_on DESC, doc_number DESC")
        .params(stages.stream().map(Enum::name).toList())
        .query((rs, i) -> new Document(rs.getString(1), rs.getString(2), rs.getString(3), localDate(rs, "published_on"),
            localDate(rs, "effective_on"), localDate(rs, "valid_until"), Stage.valueOf(rs.getString(7)).label()))
        .list();
  }

  /** Clauses of a document a 行政复议 body ordered stopped (R-ND-15), with the decision that did. */
  record StoppedClauses(String number, String title, String reviewBody, String decisionNumber, LocalDate decidedOn,
      String clauses) {}

  /** Every order of a 行政复议 body stopping clauses of a document still on the record, newest first. */
  List<StoppedClauses> stoppedClauses() {
    return jdbc.sql("SELECT d.doc_number, d.title, c.review_body, c.outcome_number, c.outcome_on, c.stopped_clauses "
            + "FROM nf_challenge c JOIN nf_document d ON d.id = c.document_id "
            + "WHERE c.stopped_clauses IS NOT NULL AND d.doc_number IS NOT NULL ORDER BY c.outcome_on DESC, c.id DESC")
        .query((rs, i) -> new StoppedClauses(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            localDate(rs, "outcome_on"), rs.getString(6)))
        .list();
  }

  /** A published cleanup round (R-ND-11) with its three lists. */
  record CleanupRound(long id, String kind, LocalDate publishedOn, String channel, List<Listed> valid,
      List<Listed> abolished, List<Listed> lapsed) {}

  record Listed(String number, String title, String reason) {}

  /** Every published cleanup round, newest first, with the documents on each of its lists. */
  List<CleanupRound> publishedCleanups() {
    return jdbc.sql("SELECT id, kind, published_on, publication_channel FROM nf_cleanup WHERE published_on IS NOT NULL "
            + "ORDER BY published_on DESC, id DESC")
        .query((rs, i) -> new CleanupRound(rs.getLong(1), "PERIODIC".equals(rs.getString(2)) ? "定期清理" : "专项清理",
            localDate(rs, "published_on"), rs.getString(4), listed(rs.getLong(1), "VALID"), listed(rs.getLong(1), "ABOLISHED"),
            listed(rs.getLong(1), "LAPSED")))
        .list();
  }

  private List<Listed> listed(long cleanup, String list) {
    return jdbc.sql("SELECT doc_number, title, reason FROM nf_cleanup_item WHERE cleanup_id = ? AND result_list = ? "
            + "ORDER BY doc_number")
        .params(cleanup, list)
        .query((rs, i) -> new Listed(rs.getString(1), rs.getString(2), "VALID".equals(list) ? null : rs.getString(3)))
        .list();
  }

  record CatalogueEntry(int year, String title, String leadUnit, LocalDate plannedCompletion, boolean adjustment,
      String adjustmentReason, String status) {}

  /** The items of every published catalogue, newest year first. */
  List<CatalogueEntry> publishedCatalogues() {
    return jdbc.sql("SELECT i.catalogue_year, i.title, i.lead_unit, i.planned_completion, i.adjustment, "
            + "i.adjustment_reason, i.status FROM nf_catalogue_item i JOIN nf_catalogue c "
            + "ON c.catalogue_year = i.catalogue_year WHERE c.status = 'PUBLISHED' "
            // a drafter's proposed adjustment is not part of the catalogue until the head approves it
            + "AND i.status NOT IN ('PROPOSED', 'ADJUSTMENT_REFUSED') "
            + "ORDER BY i.catalogue_year DESC, i.id")
        .query((rs, i) -> new CatalogueEntry(rs.getInt(1), rs.getString(2), rs.getString(3),
            localDate(rs, "planned_completion"), rs.getBoolean(5), rs.getString(6),
            itemLabel(rs.getString(7))))
        .list();
  }

  record Decision(String title, String leadUnit, String stage, LocalDate publishedOn, String publication) {}

  /** Major decisions that were published (their publication record), newest first. */
  List<Decision> publishedDecisions() {
    return jdbc.sql("SELECT d.title, d.lead_unit, d.stage, r.created_at, r.content FROM nf_decision d "
            + "JOIN nf_decision_report r ON r.decision_id = d.id AND r.kind = 'PUBLICATION' "
            + "ORDER BY r.created_at DESC")
        .query((rs, i) -> new Decision(rs.getString(1), rs.getString(2), label(rs.getString(3)),
            rs.getTimestamp(4).toLocalDateTime().toLocalDate(), rs.getString(5)))
        .list();
  }

  private static String itemLabel(String status) {
    try {
      return CatalogueItem.ItemStatus.valueOf(status).label();
    } catch (IllegalArgumentException unknown) {
      return status;
    }
  }

  private static String label(String stage) {
    try {
      return DecisionStage.valueOf(stage).label();
    } catch (IllegalArgumentException unknown) {
      return stage;
    }
  }
}
