package org.normflow.audit;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The register's row of each case (nf_case_summary, V175), derived from the registry with SQL: the case
 * itself, its latest legality review with a review date, its latest fair competition review, its latest
 * cleanup finding, its filing dates and whether it was published without a legality review reviewed on or
 * before its publication day. {@link CaseSummaryListener} refreshes the cases an engine command touched;
 * writers outside the engine call {@link #refresh}; bulk loads call {@link #refreshAll}.
 */
@Service
public class CaseSummary {

  /** One derived row; the years are Beijing years of the recorded dates. */
  record Derived(String caseId, String kind, String reference, String assignedReference, String number, String title,
      String unit, String issuingUnit, String stage, String processInstanceId, String linkedCaseId, Timestamp registeredAt,
      Date publishedOn, Date effectiveOn, String legalityOutcome, Date legalityReviewedOn, String fcrConclusion,
      Date filingDue, Date filedOn, boolean filingLate, String cleanupOutcome, Timestamp cleanupAt, boolean withoutReview) {

    Object[] values(Timestamp now) {
      return new Object[] {kind, reference, assignedReference, number, title, unit, issuingUnit, stage, processInstanceId,
          linkedCaseId, registeredAt, AuditTime.year(registeredAt.toInstant()), publishedOn, year(publishedOn), effectiveOn,
          year(effectiveOn), legalityOutcome, legalityReviewedOn, year(legalityReviewedOn), fcrConclusion, filingDue, filedOn,
          year(filedOn), filingLate, cleanupOutcome, cleanupAt, cleanupAt == null ? null : AuditTime.year(cleanupAt.toInstant()),
          withoutReview, now, caseId};
    }

    private static Integer year(Date d) {
      return d == null ? null : d.toLocalDate().getYear();
    }
  }

  private static final String COLUMNS = "case_kind, reference, assigned_reference, doc_number, title, drafting_unit, "
      + "issuing_unit, stage, process_instance_id, linked_case_id, registered_at, registered_year, published_on, "
      + "published_year, effective_on, effective_year, legality_outcome, legality_reviewed_on, legality_year, "
      + "fcr_conclusion, filing_due, filed_on, filed_year, filing_late, cleanup_outcome, cleanup_at, cleanup_year, "
      + "without_review, refreshed_at, case_id";
  private static final String INSERT = "INSERT INTO nf_case_summary (" + COLUMNS + ") VALUES ("
      + "?, ".repeat(29) + "?)";
  /** Every column but the last (case_id), which is the key. */
  private static final String UPDATE = "UPDATE nf_case_summary SET "
      + String.join(" = ?, ", java.util.Arrays.asList(COLUMNS.split(",\\s*")).subList(0, 29)) + " = ? WHERE case_id = ?";

  /** The latest legality review that has a review date. */
  private static final String LEGALITY = "(SELECT r.%s FROM nf_legality_review r WHERE r.case_id = %s AND r.reviewed_on IS NOT NULL "
      + "ORDER BY r.reviewed_on DESC, r.id DESC FETCH FIRST 1 ROWS ONLY)";

  private static final String DOCUMENTS = "SELECT d.id, 'DOCUMENT' AS kind, d.reference, cr.reference AS assigned, d.doc_number, "
      + "d.title, d.drafting_unit, d.issuing_unit, d.stage, d.process_instance_id, d.decision_id AS linked, d.created_at, "
      + "d.published_on, d.effective_on, "
      + LEGALITY.formatted("outcome", "d.id") + " AS legality_outcome, "
      + LEGALITY.formatted("reviewed_on", "d.id") + " AS legality_reviewed_on, "
      + "(SELECT f.conclusion FROM nf_fair_competition_review f WHERE f.document_id = d.id "
      + "ORDER BY f.reviewed_at DESC, f.id DESC FETCH FIRST 1 ROWS ONLY) AS fcr, "
      + "d.filing_due, d.filed_on, d.filing_late, "
      + "(SELECT i.outcome FROM nf_cleanup_item i WHERE i.document_id = d.id AND i.outcome IS NOT NULL AND i.reviewed_at IS NOT NULL "
      + "ORDER BY i.reviewed_at DESC, i.id DESC FETCH FIRST 1 ROWS ONLY) AS cleanup_outcome, "
      + "(SELECT MAX(i.reviewed_at) FROM nf_cleanup_item i WHERE i.document_id = d.id AND i.outcome IS NOT NULL) AS cleanup_at, "
      // published, and no legality opinion, its own or that of the major decision it was made by (R-ND-12), was
      // given on or before the day of publication: the annual figures count the same flag (rates.legalityReview)
      + "CASE WHEN d.published_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM nf_legality_review r WHERE r.case_id = d.id "
      + "AND r.reviewed_on IS NOT NULL AND r.reviewed_on <= d.published_on) AND NOT EXISTS (SELECT 1 FROM nf_legality_review r "
      + "WHERE r.case_id = d.decision_id AND r.reviewed_on IS NOT NULL AND r.reviewed_on <= d.published_on) "
      + "THEN TRUE ELSE FALSE END AS without_review "
      + "FROM nf_document d LEFT JOIN nf_case_reference cr ON cr.case_id = d.id";

  private static final String DECISIONS = "SELECT m.id, 'DECISION' AS kind, m.reference, cr.reference AS assigned, doc.doc_number, "
      + "m.title, m.drafting_unit, m.lead_unit AS issuing_unit, m.stage, m.process_instance_id, m.document_id AS linked, "
      + "m.created_at, CAST(NULL AS DATE) AS published_on, CAST(NULL AS DATE) AS effective_on, "
      + LEGALITY.formatted("outcome", "m.id") + " AS legality_outcome, "
      + LEGALITY.formatted("reviewed_on", "m.id") + " AS legality_reviewed_on, "
      + "(SELECT f.conclusion FROM nf_decision_fcr f WHERE f.decision_id = m.id "
      + "ORDER BY f.reviewed_at DESC, f.id DESC FETCH FIRST 1 ROWS ONLY) AS fcr, "
      + "CAST(NULL AS DATE) AS filing_due, CAST(NULL AS DATE) AS filed_on, FALSE AS filing_late, "
      + "CAST(NULL AS VARCHAR(20)) AS cleanup_outcome, CAST(NULL AS TIMESTAMP) AS cleanup_at, FALSE AS without_review "
      + "FROM nf_decision m LEFT JOIN nf_case_reference cr ON cr.case_id = m.id LEFT JOIN nf_document doc ON doc.id = m.document_id";

  private final JdbcTemplate template;
  private final JdbcClient jdbc;

  @org.springframework.beans.factory.annotation.Autowired
  public CaseSummary(JdbcTemplate template) {
    this.template = template;
    this.jdbc = JdbcClient.create(template);
  }

  /** For writers that hold only a JdbcClient (test fixtures): {@link #refresh} works, the bulk methods do not. */
  public CaseSummary(JdbcClient jdbc) {
    this.template = null;
    this.jdbc = jdbc;
  }

  /** Derives the rows of the given cases again; a case no longer in the registry loses its row. */
  public void refresh(Collection<String> caseIds) {
    Set<String> ids = new HashSet<>(caseIds);
    ids.remove(null);
    if (ids.isEmpty()) {
      return;
    }
    Timestamp now = now();
    List<Derived> rows = new ArrayList<>();
    rows.addAll(jdbc.sql(DOCUMENTS + " WHERE d.id IN (:ids)").param("ids", ids).query(CaseSummary::derived).list());
    rows.addAll(jdbc.sql(DECISIONS + " WHERE m.id IN (:ids)").param("ids", ids).query(CaseSummary::derived).list());
    for (Derived row : rows) {
      ids.remove(row.caseId());
      // UPDATE first: a concurrent refresh of the same case then waits for the row lock instead of colliding
      if (jdbc.sql(UPDATE).params(row.values(now)).update() == 0) {
        jdbc.sql(INSERT).params(row.values(now)).update();
      }
    }
    if (!ids.isEmpty()) {
      jdbc.sql("DELETE FROM nf_case_summary WHERE case_id IN (:ids)").param("ids", ids).update();
    }
  }

  public void refresh(String caseId) {
    refresh(List.of(caseId));
  }

  /** Derives every row again, set by set: after a bulk load (CaseGenerator) or to repair the table. */
  public void refreshAll() {
    template.update("DELETE FROM nf_case_summary");
    insertWhere("");
  }

  /** Gives the cases that have no row yet theirs (at start-up: cases written before V175 or by hand). */
  public int refreshMissing() {
    return insertWhere(" WHERE NOT EXISTS (SELECT 1 FROM nf_case_summary s WHERE s.case_id = %s.id)");
  }

  private int insertWhere(String where) {
    Timestamp now = now();
    List<Object[]> batch = new ArrayList<>();
    int[] written = {0};
    for (String[] select : new String[][] {{DOCUMENTS, "d"}, {DECISIONS, "m"}}) {
      template.query(select[0] + where.formatted(select[1]), rs -> {
        batch.add(derived(rs, 0).values(now));
        if (batch.size() == 1000) {
          written[0] += flush(batch);
        }
      });
    }
    written[0] += flush(batch);
    return written[0];
  }

  private int flush(List<Object[]> batch) {
    if (batch.isEmpty()) {
      return 0;
    }
    template.batchUpdate(INSERT, batch);
    int n = batch.size();
    batch.clear();
    return n;
  }

  /**
   * The cases the given process instances ran for: a case's own process (a called one has it as root), a
   * process whose business key is the case id (validity management), a cleanup round's documents and an
   * abolished document.
   */
  List<String> casesOfProcesses(Collection<String> roots, Collection<String> businessKeys) {
    if (roots.isEmpty()) {
      return List.of();
    }
    Set<String> keys = new HashSet<>(businessKeys);
    keys.add("");
    return jdbc.sql("SELECT id FROM nf_document WHERE process_instance_id IN (:roots) OR id IN (:keys) "
            + "UNION SELECT id FROM nf_decision WHERE process_instance_id IN (:roots) OR id IN (:keys) "
            // a cleanup round's findings and an abolition change documents outside their own process
            + "UNION SELECT i.document_id FROM nf_cleanup_item i JOIN nf_cleanup c ON c.id = i.cleanup_id "
            + "WHERE c.process_instance_id IN (:roots) "
            + "UNION SELECT a.document_id FROM nf_abolition a WHERE a.process_instance_id IN (:roots)")
        .param("roots", roots).param("keys", keys).query(String.class).list();
  }

  private static Derived derived(ResultSet rs, int n) throws SQLException {
    return new Derived(rs.getString("id"), rs.getString("kind"), blankToNull(rs.getString("reference")), rs.getString("assigned"),
        rs.getString("doc_number"), rs.getString("title"), rs.getString("drafting_unit"), rs.getString("issuing_unit"),
        rs.getString("stage"), rs.getString("process_instance_id"), rs.getString("linked"), rs.getTimestamp("created_at"),
        rs.getDate("published_on"), rs.getDate("effective_on"), rs.getString("legality_outcome"), rs.getDate("legality_reviewed_on"),
        rs.getString("fcr"), rs.getDate("filing_due"), rs.getDate("filed_on"), late(rs),
        rs.getString("cleanup_outcome"), rs.getTimestamp("cleanup_at"), rs.getBoolean("without_review"));
  }

  /** Late as the register has always said: recorded late, or filed after the filing deadline. */
  private static boolean late(ResultSet rs) throws SQLException {
    Date due = rs.getDate("filing_due");
    Date filed = rs.getDate("filed_on");
    return rs.getBoolean("filing_late") || (filed != null && due != null && filed.after(due));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }
}
