package org.normflow.cleanup;

import static org.normflow.document.Rows.now;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry of validity management, cleanup rounds and abolitions (R-ND-10, R-ND-11). A document
 * that lapses or is abolished keeps its row in {@code nf_document} (stage EXPIRED / ABOLISHED, the date,
 * the reason and the round or abolition that ended it); every change after entry into force is an
 * {@code nf_document_event}. Runs in the engine's transaction when called from a step.
 */
@Repository
public class CleanupRepository {

  public static final String IN_FORCE = "IN_FORCE";
  public static final String EXPIRED = "EXPIRED";
  public static final String ABOLISHED = "ABOLISHED";

  private final JdbcClient jdbc;

  CleanupRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What validity management and cleanup read of a document. */
  public record Doc(
      String id, String processInstanceId, String title, String docType, String issuingUnit, String docNumber,
      String stage, boolean trial, boolean concernsMarket, LocalDate validUntil, String draftingUnit,
      Long endedByCleanupId, String amendsDocumentId) {}

  public Optional<Doc> document(String id) {
    return jdbc.sql("SELECT id, process_instance_id, title, doc_type, issuing_unit, doc_number, stage, trial, "
            + "concerns_market, valid_until, drafting_unit, ended_by_cleanup_id, amends_document_id "
            + "FROM nf_document WHERE id = ?")
        .param(id)
        .query((rs, n) -> new Doc(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9),
            rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(), rs.getString(11),
            (Long) rs.getObject(12, Long.class), rs.getString(13)))
        .optional();
  }

  /** The legal basis (制定依据) of the document's latest version, or null. */
  public String currentLegalBasis(String documentId) {
    return jdbc.sql("SELECT legal_basis FROM nf_document_version WHERE document_id = ? ORDER BY version_no DESC")
        .param(documentId).query(String.class).list().stream().filter(b -> b != null).findFirst().orElse(null);
  }

  public Optional<Doc> documentByNumber(String docNumber) {
    return jdbc.sql("SELECT id FROM nf_document WHERE doc_number = ?").param(docNumber).query(String.class).optional()
        .flatMap(this::document);
  }

  public Optional<String> documentOfInstance(String processInstanceId) {
    return jdbc.sql("SELECT id FROM nf_document WHERE process_instance_id = ?").param(processInstanceId)
        .query(String.class).optional();
  }

  // ---- document life after entry into force

  public void event(String documentId, String kind, String detail, String numberBefore, String numberAfter,
      LocalDate validBefore, LocalDate validAfter, Long cleanupId, Long abolitionId, String relatedDocumentId,
      String recordedBy) {
    jdbc.sql("INSERT INTO nf_document_event (document_id, kind, detail, doc_number_before, doc_number_after, "
            + "valid_until_before, valid_until_after, cleanup_id, abolition_id, related_document_id, recorded_by, "
            + "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(documentId, kind, detail, numberBefore, numberAfter, validBefore, validAfter, cleanupId, abolitionId,
            relatedDocumentId, recordedBy, now())
        .update();
  }

  public List<Map<String, Object>> events(String documentId) {
    return jdbc.sql("SELECT kind, detail, doc_number_before, doc_number_after, valid_until_before, valid_until_after, "
            + "cleanup_id, abolition_id, related_document_id, recorded_by, recorded_at FROM nf_document_event "
            + "WHERE document_id = ? ORDER BY id")
        .param(documentId)
        .query()
        .listOfRows();
  }

  /** R-ND-10: continued: re-issued with a new number, published, a new validity period (its own, when stated). */
  public void renew(String id, String newNumber, int year, int sequence, LocalDate publishedOn, String channel,
      LocalDate validUntil, LocalDate statedValidUntil) {
    requireOne(jdbc.sql("UPDATE nf_document SET doc_number = ?, number_year = ?, number_seq = ?, published_on = ?, "
            + "publication_channel = ?, valid_until = ?, stated_valid_until = ?, updated_at = ? WHERE id = ? AND stage = ?")
        .params(newNumber, year, sequence, publishedOn, channel, validUntil, statedValidUntil, now(), id, IN_FORCE)
        .update(), id);
  }

  /**
   * Ends a document in force (EXPIRED: lapsed or declared invalid; ABOLISHED): it stays in the registry
   * with the date, reason and what ended it. Returns false when it was no longer in force.
   */
  public boolean end(String id, String stage, LocalDate on, String reason, Long cleanupId, Long abolitionId) {
    return jdbc.sql("UPDATE nf_document SET stage = ?, ended_on = ?, end_reason = ?, ended_by_cleanup_id = ?, "
            + "ended_by_abolition_id = ?, updated_at = ? WHERE id = ? AND stage = ?")
        .params(stage, on, reason, cleanupId, abolitionId, now(), id, IN_FORCE)
        .update() == 1;
  }

  /** The amendment case belongs to the old document's drafting unit (before its first drafter task). */
  public void assignUnit(String documentId, String unit) {
    jdbc.sql("UPDATE nf_document SET drafting_unit = ?, updated_at = ? WHERE id = ?").params(unit, now(), documentId)
        .update();
  }

  public void linkAmendment(String newDocumentId, String oldDocumentId) {
    jdbc.sql("UPDATE nf_document SET amends_document_id = ?, updated_at = ? WHERE id = ?")
        .params(oldDocumentId, now(), newDocumentId)
        .update();
  }

  // ---- cleanup rounds

  public long openRound(String processInstanceId, String kind, String scope, String scopeLegalBasis, String reason,
      String startedBy, LocalDate startedOn) {
    Timestamp now = now();
    jdbc.sql("INSERT INTO nf_cleanup (process_instance_id, kind, scope, scope_legal_basis, reason, status, "
            + "document_count, started_by, started_on, created_at) VALUES (?, ?, ?, ?, ?, 'REVIEWING', 0, ?, ?, ?)")
        .params(processInstanceId, kind, scope, scopeLegalBasis, reason, startedBy, startedOn, now)
        .update();
    return jdbc.sql("SELECT id FROM nf_cleanup WHERE process_instance_id = ?").param(processInstanceId)
        .query(Long.class).single();
  }

  /**
   * R-ND-11: puts the documents due into the round in one statement: every document in force (for a special
   * cleanup only those whose current legal basis names the repealed law, or that concern market activity),
   * except those already under review in another round not yet published. Returns their ids.
   */
  public List<String> selectDocuments(long cleanupId, String scope, String legalBasis) {
    String filter = switch (scope) {
      case "LEGAL_BASIS" -> " AND EXISTS (SELECT 1 FROM nf_document_version v WHERE v.document_id = d.id "
          + "AND v.version_no = (SELECT MAX(w.version_no) FROM nf_document_version w WHERE w.document_id = d.id) "
          + "AND v.legal_basis LIKE ?)";
      case "MARKET" -> " AND d.concerns_market = TRUE";
      default -> "";
    };
    String sql = "INSERT INTO nf_cleanup_item (cleanup_id, document_id, doc_number, title, drafting_unit) "
        + "SELECT ?, d.id, d.doc_number, d.title, d.drafting_unit FROM nf_document d WHERE d.stage = 'IN_FORCE'"
        + filter
        + " AND NOT EXISTS (SELECT 1 FROM nf_cleanup_item i JOIN nf_cleanup c ON c.id = i.cleanup_id "
        + "WHERE i.document_id = d.id AND c.status <> 'PUBLISHED')";
    var statement = jdbc.sql(sql).param(cleanupId);
    if ("LEGAL_BASIS".equals(scope)) {
      statement = statement.param("%" + legalBasis.replace("\\", "").replace("%", "").replace("_", "") + "%");
    }
    statement.update();
    List<String> ids = jdbc.sql("SELECT document_id FROM nf_cleanup_item WHERE cleanup_id = ? ORDER BY id")
        .param(cleanupId).query(String.class).list();
    jdbc.sql("UPDATE nf_cleanup SET document_count = ? WHERE id = ?").params(ids.size(), cleanupId).update();
    return ids;
  }

  /** R-ND-11: the drafting unit's finding on one document of the round. */
  public void recordReview(long cleanupId, String documentId, String outcome, String reason, String legalBasis,
      String reviewedBy) {
    requireOne(jdbc.sql("UPDATE nf_cleanup_item SET outcome = ?, reason = ?, legal_basis = ?, reviewed_by = ?, "
            + "reviewed_at = ? WHERE cleanup_id = ? AND document_id = ?")
        .params(outcome, reason, legalBasis, reviewedBy, now(), cleanupId, documentId)
        .update(), documentId);
  }

  public Map<String, Integer> outcomeCounts(long cleanupId) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    jdbc.sql("SELECT outcome, COUNT(*) FROM nf_cleanup_item WHERE cleanup_id = ? GROUP BY outcome")
        .param(cleanupId)
        .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
        .list();
    return counts;
  }

  public void setStatus(long cleanupId, String status) {
    jdbc.sql("UPDATE nf_cleanup SET status = ? WHERE id = ?").params(status, cleanupId).update();
  }

  public void confirm(long cleanupId, String confirmedBy, String note) {
    jdbc.sql("UPDATE nf_cleanup SET status = 'CONFIRMED', confirmed_by = ?, confirmation_note = ? WHERE id = ?")
        .params(confirmedBy, note, cleanupId)
        .update();
  }

  /** R-ND-11: the legal office sends a unit's proposal back with its reason; the unit proposes again. */
  public void returnProposal(long cleanupId, String documentId, String reason) {
    requireOne(jdbc.sql("UPDATE nf_cleanup_item SET return_reason = ?, return_count = return_count + 1 "
            + "WHERE cleanup_id = ? AND document_id = ?")
        .params(reason, cleanupId, documentId).update(), documentId);
  }

  /** The documents of the round by their 文号 (only the round's own). */
  public Map<String, String> itemsByNumber(long cleanupId) {
    Map<String, String> byNumber = new java.util.LinkedHashMap<>();
    jdbc.sql("SELECT doc_number, document_id FROM nf_cleanup_item WHERE cleanup_id = ? ORDER BY id").param(cleanupId)
        .query((rs, n) -> byNumber.put(rs.getString(1), rs.getString(2))).list();
    return byNumber;
  }

  public String returnReason(long cleanupId, String documentId) {
    return jdbc.sql("SELECT return_reason FROM nf_cleanup_item WHERE cleanup_id = ? AND document_id = ?")
        .params(cleanupId, documentId).query(String.class).optional().orElse(null);
  }

  /**
   * R-ND-11, in one step: the three lists are fixed from the findings (KEEP and AMEND: remain valid — an
   * amended document stays in force until its amendment is; ABOLISH: abolished; DECLARE_INVALID: lapsed),
   * the documents not on the valid list leave force, and the round is published.
   */
  public void publish(long cleanupId, LocalDate on, String channel, String decisionNumber) {
    jdbc.sql("UPDATE nf_cleanup_item SET result_list = CASE outcome WHEN 'ABOLISH' THEN 'ABOLISHED' "
            + "WHEN 'DECLARE_INVALID' THEN 'LAPSED' ELSE 'VALID' END WHERE cleanup_id = ?")
        .param(cleanupId).update();
    Timestamp now = now();
    for (String[] change : new String[][] {{"ABOLISHED", ABOLISHED, "CLEANUP_ABOLISHED"},
        {"LAPSED", EXPIRED, "CLEANUP_DECLARED_INVALID"}, {"VALID", null, "CLEANUP_KEPT"}}) {
      jdbc.sql("INSERT INTO nf_document_event (document_id, kind, detail, doc_number_before, cleanup_id, recorded_by, "
              + "recorded_at) SELECT i.document_id, ?, i.reason, i.doc_number, i.cleanup_id, i.reviewed_by, ? "
              + "FROM nf_cleanup_item i WHERE i.cleanup_id = ? AND i.result_list = ?")
          .params(change[2], now, cleanupId, change[0])
          .update();
      if (change[1] != null) {
        jdbc.sql("UPDATE nf_document SET stage = ?, ended_on = ?, end_reason = (SELECT i.reason FROM nf_cleanup_item i "
                + "WHERE i.cleanup_id = ? AND i.document_id = nf_document.id), ended_by_cleanup_id = ?, updated_at = ? "
                + "WHERE stage = 'IN_FORCE' AND id IN (SELECT document_id FROM nf_cleanup_item WHERE cleanup_id = ? "
                + "AND result_list = ?)")
            .params(change[1], on, cleanupId, cleanupId, now, cleanupId, change[0])
            .update();
      }
    }
    jdbc.sql("UPDATE nf_cleanup SET status = 'PUBLISHED', published_on = ?, publication_channel = ? WHERE id = ?")
        .params(on, channel, cleanupId).update();
  }

  public List<String> documentsWithOutcome(long cleanupId, String outcome) {
    return jdbc.sql("SELECT document_id FROM nf_cleanup_item WHERE cleanup_id = ? AND outcome = ? ORDER BY id")
        .params(cleanupId, outcome).query(String.class).list();
  }

  public void recordAmendmentInstance(long cleanupId, String documentId, String processInstanceId) {
    jdbc.sql("UPDATE nf_cleanup_item SET amendment_instance_id = ? WHERE cleanup_id = ? AND document_id = ?")
        .params(processInstanceId, cleanupId, documentId).update();
  }

  public List<Map<String, Object>> rounds() {
    return jdbc.sql("SELECT id, process_instance_id, kind, scope, scope_legal_basis, reason, status, document_count, "
            + "started_by, started_on, confirmed_by, confirmation_note, publication_channel, published_on "
            + "FROM nf_cleanup ORDER BY id DESC")
        .query().listOfRows();
  }

  public Optional<Map<String, Object>> round(long id) {
    return jdbc.sql("SELECT id, process_instance_id, kind, scope, scope_legal_basis, reason, status, document_count, "
            + "started_by, started_on, confirmed_by, confirmation_note, publication_channel, published_on "
            + "FROM nf_cleanup WHERE id = ?")
        .param(id).query().listOfRows().stream().findFirst();
  }

  public List<Map<String, Object>> items(long cleanupId) {
    return jdbc.sql("SELECT i.document_id, i.doc_number, i.title, i.drafting_unit, i.outcome, i.reason, i.legal_basis, "
            + "i.reviewed_by, i.reviewed_at, i.result_list, i.amendment_instance_id, d.process_instance_id, d.stage "
            + "FROM nf_cleanup_item i JOIN nf_document d ON d.id = i.document_id WHERE i.cleanup_id = ? ORDER BY i.id")
        .param(cleanupId).query().listOfRows();
  }

  /** The first {@code limit} items for the confirmation summary. */
  public List<Map<String, Object>> firstItems(long cleanupId, int limit) {
    return jdbc.sql("SELECT doc_number, title, outcome FROM nf_cleanup_item WHERE cleanup_id = ? ORDER BY id")
        .param(cleanupId).query().listOfRows().stream().limit(limit).toList();
  }

  // ---- abolition

  public long proposeAbolition(String processInstanceId, String documentId, String ground, String reason,
      String replacement, String channel, String proposedBy) {
    jdbc.sql("INSERT INTO nf_abolition (process_instance_id, document_id, ground, reason, replacement_doc_number, "
            + "publication_channel, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(processInstanceId, documentId, ground, reason, replacement, channel, proposedBy, now())
        .update();
    return jdbc.sql("SELECT MAX(id) FROM nf_abolition WHERE process_instance_id = ?").param(processInstanceId)
        .query(Long.class).single();
  }

  /** The number of a proposal to abolish the document that still waits for the head's decision, if any. */
  public java.util.Optional<Long> pendingAbolition(String documentId) {
    return jdbc.sql("SELECT a.id FROM nf_abolition a WHERE a.document_id = ? AND (a.approved IS NULL OR a.approved = TRUE) AND EXISTS "
            + "(SELECT 1 FROM ACT_RU_EXECUTION e WHERE e.ID_ = a.process_instance_id) ORDER BY a.id")
        .param(documentId).query(Long.class).list().stream().findFirst();
  }

  public void decideAbolition(long id, boolean approved, String opinion, String decidedBy) {
    jdbc.sql("UPDATE nf_abolition SET approved = ?, approval_opinion = ?, decided_by = ?, decided_at = ? WHERE id = ?")
        .params(approved, opinion, decidedBy, now(), id).update();
  }

  public Map<String, Object> abolition(long id) {
    return jdbc.sql("SELECT * FROM nf_abolition WHERE id = ?").param(id).query().singleRow();
  }

  private static void requireOne(int rows, String id) {
    if (rows != 1) {
      throw new IllegalStateException("登记簿中没有可更新的记录：" + id);
    }
  }
}
