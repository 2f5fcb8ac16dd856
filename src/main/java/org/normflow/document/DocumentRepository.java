package org.normflow.document;

import org.normflow.validation.NotFoundException;
import static org.normflow.document.Rows.*;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The normative-document part of the registry; runs in the engine's transaction when called from a delegate. */
@Repository
public class DocumentRepository {

  private static final String COLUMNS =
      "id, reference, process_instance_id, title, doc_type, issuing_unit, concerns_market, "
          + "major_decision, trial, stage, doc_number, planned_effective_date, published_on, effective_on, "
          + "valid_until, filing_due, filed_on, filing_late, withdrawn_reason, procedure_track, decision_id, signed_on, "
          + "signed_by, signing_authorization_id, signing_note, publication_channel, "
          + "early_effect_ground, early_effect_reason, identification_requested_reason, identification_finding, "
          + "identification_reason, identified_by, identified_at, claimed_market, market_account, "
          + "claimed_major_decision, major_decision_account, fcr_applies, fcr_finding_reason, major_decision_applies, "
          + "track_finding_reason, created_by, drafting_unit, created_at, updated_at";

  private final JdbcClient jdbc;

  DocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The fields a drafter gives when starting a case. {@code identificationRequestedReason} is the reason
   * given when the drafter asks the legal office to decide whether the draft is a normative document at
   * all (R-ND-13), null otherwise. Whether it affects rights and obligations is not asked: every normative
   * document does, and gets the legality review (R-ND-04).
   */
  public record NewDocument(
      String id,
      String processInstanceId,
      String title,
      String docType,
      String issuingUnit,
      boolean concernsMarket,
      boolean majorDecision,
      boolean trial,
      LocalDate plannedEffectiveDate,
      String identificationRequestedReason,
      String createdBy,
      String draftingUnit,
      String marketAccount,
      String majorDecisionAccount) {}

  public void insert(NewDocument d) {
    Timestamp now = now();
    jdbc.sql(
            "INSERT INTO nf_document (id, process_instance_id, title, doc_type, issuing_unit, "
                + "concerns_market, major_decision, trial, stage, planned_effective_date, filing_late, "
                + "identification_requested_reason, created_by, drafting_unit, claimed_market, market_account, "
                + "claimed_major_decision, major_decision_account, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.id(), d.processInstanceId(), d.title(), d.docType(), d.issuingUnit(),
            d.concernsMarket(), d.majorDecision(), d.trial(), Stage.DRAFTING.name(), d.plannedEffectiveDate(),
            d.identificationRequestedReason(), d.createdBy(), d.draftingUnit(), d.concernsMarket(),
            d.marketAccount(), d.majorDecision(), d.majorDecisionAccount(), now, now)
        .update();
  }

  /**
   * The legal office's finding (R-ND-13, R-ND-03, R-ND-12, R-MD-18): whether the draft is a normative
   * document, and for one that is, whether fair competition review and the major-decision track apply,
   * each with its reason, who and when. From then on {@code concerns_market} and {@code major_decision}
   * hold the confirmed facts (the drafter's claims stay in {@code claimed_*}). Recorded once per document.
   */
  public void recordFinding(Finding f) {
    String confirmed =
        f.fcrApplies() == null
            ? ""
            : "concerns_market = " + (f.fcrApplies() ? "TRUE" : "FALSE") + ", major_decision = "
                + (f.majorDecisionApplies() ? "TRUE" : "FALSE") + ", ";
    int rows =
        jdbc.sql(
                "UPDATE nf_document SET " + confirmed + "identification_finding = ?, identification_reason = ?, "
                    + "fcr_applies = ?, fcr_finding_reason = ?, major_decision_applies = ?, track_finding_reason = ?, "
                    + "identified_by = ?, identified_at = ?, updated_at = ? WHERE id = ? AND identification_finding IS NULL")
            .params(
                f.finding(), f.reason(), f.fcrApplies(), f.fcrReason(), f.majorDecisionApplies(), f.trackReason(),
                f.identifiedBy(), now(), now(), f.documentId())
            .update();
    if (rows != 1) {
      throw new IllegalStateException("文件 " + f.documentId() + " 已有认定结论，不能再次认定");
    }
  }

  /** The legal office's finding; {@code fcrApplies} and {@code majorDecisionApplies} are null for a document found not normative. */
  public record Finding(
      String documentId, String finding, String reason, Boolean fcrApplies, String fcrReason,
      Boolean majorDecisionApplies, String trackReason, String identifiedBy) {}

  /**
   * R-ND-03: a legality review found the fair competition review missing (R-ND-04 MISSING_PROCEDURE): the
   * document does concern operators' economic activity, whatever the earlier finding said.
   */
  public void confirmMarketByLegalityReview(String id) {
    update(id, "concerns_market = TRUE, fcr_applies = TRUE, fcr_finding_reason = COALESCE(fcr_finding_reason, '') || ?",
        "（合法性审查认定缺少公平竞争审查，须补正）");
  }

  /** R-ND-04, R-MD-18: a MISSING_PROCEDURE finding and the procedures the document runs again. */
  public void recordMakeUp(String documentId, String missingProcedures, String legalityOpinion) {
    jdbc.sql(
            "INSERT INTO nf_document_make_up (document_id, missing_procedures, legality_opinion, recorded_at) "
                + "VALUES (?, ?, ?, ?)")
        .params(documentId, missingProcedures, legalityOpinion, now())
        .update();
  }

  /** The make-up rounds of a document: missing_procedures, legality_opinion, recorded_at. */
  public List<java.util.Map<String, Object>> makeUps(String documentId) {
    return rowsOf(documentId,
        "SELECT missing_procedures, legality_opinion, recorded_at FROM nf_document_make_up WHERE document_id = ? ORDER BY id");
  }

  /** Fair competition reviews of a document, oldest first: conclusion, opinion, exception, reviewed_by, reviewed_at. */
  public List<java.util.Map<String, Object>> fairCompetitionReviews(String documentId) {
    return rowsOf(documentId,
        "SELECT conclusion, opinion, exception_ground, exception_justification, exception_end_date, exception_end_condition, "
            + "reviewed_by, reviewed_at, follow_up, follow_up_reason, follow_up_by, follow_up_at "
            + "FROM nf_fair_competition_review WHERE document_id = ? ORDER BY id");
  }

  /** Public consultations of a document (read from the consultation registry), oldest first. */
  public List<java.util.Map<String, Object>> consultations(String documentId) {
    return rowsOf(documentId,
        "SELECT period_days, day_kind, min_days, shortened_reason, opened_on, closes_on, closed_on, comment_count "
            + "FROM nf_consultation WHERE case_id = ? AND case_type = 'DOCUMENT' ORDER BY opened_on, created_at");
  }

  /** Legality reviews of a document that reached an outcome, oldest first. */
  public List<java.util.Map<String, Object>> legalityReviews(String documentId) {
    return rowsOf(documentId,
        "SELECT outcome, reviewed_on FROM nf_legality_review WHERE case_id = ? AND case_type = 'DOCUMENT' "
            + "AND outcome IS NOT NULL ORDER BY reviewed_on, started_on");
  }

  public void updateStage(String id, Stage stage) {
    int rows =
        jdbc.sql("UPDATE nf_document SET stage = ?, updated_at = ? WHERE id = ?")
            .params(stage.name(), now(), id)
            .update();
    requireOne(rows, id);
  }

  /** R-ND-12: the procedure track the document follows (ORDINARY or MAJOR_DECISION). */
  public void setProcedureTrack(String id, String track) {
    update(id, "procedure_track = ?", track);
  }

  /** R-ND-12: the major decision whose procedure the document follows. */
  public void linkDecision(String id, String decisionId) {
    update(id, "decision_id = ?", decisionId);
  }

  /**
   * R-ND-12 (issue 24): the registry stage of the major decision whose procedure the document followed, read
   * from the decision's own row (nf_decision), never from a variable; empty when none is linked.
   */
  public java.util.Optional<String> linkedDecisionStage(String id) {
    return jdbc.sql("SELECT d.stage FROM nf_document n JOIN nf_decision d ON d.id = n.decision_id WHERE n.id = ?")
        .param(id).query(String.class).optional();
  }

  /** R-ND-07: the unified number, assigned once; the unique constraint refuses a second use. */
  public void assignNumber(String id, NumberingService.IssuedNumber number) {
    int rows =
        jdbc.sql(
                "UPDATE nf_document SET doc_number = ?, number_year = ?, number_seq = ?, updated_at = ? "
                    + "WHERE id = ? AND doc_number IS NULL")
            .params(number.text(), number.year(), number.sequence(), now(), id)
            .update();
    if (rows != 1) {
      throw new IllegalStateException("文件 " + id + " 已有文号或不存在，不能重复编号");
    }
  }

  /** R-ND-14: who signed, when, and the head's authorization a deputy signed under (else null). */
  public void recordSigning(String id, String signedBy, LocalDate signedOn, Long authorizationId, String note) {
    update(id, "signed_by = ?, signed_on = ?, signing_authorization_id = ?, signing_note = ?",
        signedBy, signedOn, authorizationId, note);
  }

  /** R-ND-08: publication; {@code earlyGround} and {@code earlyReason} only for an effective date sooner than the minimum. */
  public void recordPublication(
      String id, LocalDate publishedOn, String channel, LocalDate effectiveOn, String earlyGround, String earlyReason,
      LocalDate validUntil, LocalDate filingDue) {
    update(
        id,
        "stage = ?, published_on = ?, publication_channel = ?, effective_on = ?, early_effect_ground = ?, "
            + "early_effect_reason = ?, valid_until = ?, filing_due = ?",
        Stage.PUBLISHED.name(), publishedOn, channel, effectiveOn, earlyGround, earlyReason, validUntil, filingDue);
  }

  /** R-ND-10: the 有效期至 the document states for itself (null: none stated, the maximum applies). */
  public void recordStatedValidity(String id, LocalDate statedValidUntil) {
    update(id, "stated_valid_until = ?", statedValidUntil);
  }

  /**
   * R-ND-09: the filing. Filing is not a condition of effect (R-ND-08): a document already in force stays
   * 有效; only a published document not yet in force moves to 已备案.
   */
  public void recordFiling(String id, LocalDate filedOn, String filingPackage, boolean late) {
    update(
        id,
        "stage = CASE WHEN stage = ? THEN ? ELSE stage END, filed_on = ?, filing_package = ?, "
            + "filing_late = (filing_late OR ?)",
        Stage.PUBLISHED.name(), Stage.FILED.name(), filedOn, filingPackage, late);
  }

  /** R-ND-09: the filing deadline passed without a filing. */
  public void flagFilingLate(String id) {
    update(id, "filing_late = TRUE");
  }

  public void withdraw(String id, String reason) {
    update(id, "stage = ?, withdrawn_reason = ?, withdrawn_on = ?", Stage.WITHDRAWN.name(), reason, today());
  }

  public void recordFairCompetitionReview(
      String documentId, String conclusion, String opinion, String ground, String justification, LocalDate endDate,
      String endCondition, String reviewedBy) {
    jdbc.sql(
            "INSERT INTO nf_fair_competition_review (document_id, conclusion, opinion, exception_ground, "
                + "exception_justification, exception_end_date, exception_end_condition, reviewed_by, reviewed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(documentId, conclusion, opinion, ground, justification, endDate, endCondition, reviewedBy, now())
        .update();
  }

  /**
   * R-ND-03, 783 Art 18: the drafting unit's decision after a failing fair competition review, written on
   * that review's row (the latest); false when the latest review of the document did not fail or was
   * already followed up.
   */
  public boolean recordFcrFollowUp(String documentId, String followUp, String reason, String by) {
    return jdbc.sql(
            "UPDATE nf_fair_competition_review SET follow_up = ?, follow_up_reason = ?, follow_up_by = ?, follow_up_at = ? "
                + "WHERE id = (SELECT MAX(id) FROM nf_fair_competition_review WHERE document_id = ?) "
                + "AND conclusion = 'FAILS' AND follow_up IS NULL")
        .params(followUp, reason, by, now(), documentId)
        .update() == 1;
  }

  /** R-ND-02 (722 Art 62(1), 783 Art 16): operators and trade associations heard on the draft. */
  public void recordOperatorsHeard(String documentId, String enterprises, String associations, String method,
      LocalDate heardOn, String summary, String by) {
    jdbc.sql(
            "INSERT INTO nf_operators_hearing (document_id, enterprises, associations, method, heard_on, summary, "
                + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(documentId, enterprises, associations, method, heardOn, summary, by, now())
        .update();
  }

  /** The hearings of operators and trade associations on a document, oldest first. */
  public List<Map<String, Object>> operatorsHearings(String documentId) {
    return jdbc.sql("SELECT * FROM nf_operators_hearing WHERE document_id = ? ORDER BY id").param(documentId).query().listOfRows();
  }

  /** R-ND-14: the head did not sign this version: why, and what follows (RETURN or NOT_ISSUE). */
  public void recordSigningRefusal(
      String documentId, Integer versionNo, String action, String reason, String by, Long authorizationId, String note) {
    jdbc.sql(
            "INSERT INTO nf_signing_refusal (document_id, version_no, action, reason, refused_by, authorization_id, note, "
                + "refused_on, refused_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(documentId, versionNo, action, reason, by, authorizationId, note, today(), now())
        .update();
  }

  /** The head's refusals to sign, oldest first (the case file shows them). */
  public List<Map<String, Object>> signingRefusals(String documentId) {
    return jdbc.sql("SELECT * FROM nf_signing_refusal WHERE document_id = ? ORDER BY id").param(documentId).query().listOfRows();
  }

  public void recordDeliberation(
      String documentId, String meetingKind, LocalDate meetingDate, String presider, String participants,
      String outcome, String record, boolean materialChange, String recordedBy) {
    jdbc.sql(
            "INSERT INTO nf_deliberation (document_id, meeting_kind, meeting_date, presider, participants, outcome, "
                + "meeting_record, material_change, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(documentId, meetingKind, meetingDate, presider, participants, outcome, record, materialChange,
            recordedBy, now())
        .update();
  }

  /** The latest fair competition conclusion of a document, if it was reviewed. */
  public Optional<String> latestFairCompetitionConclusion(String documentId) {
    return jdbc.sql(
            "SELECT conclusion FROM nf_fair_competition_review WHERE document_id = ? ORDER BY id DESC")
        .param(documentId)
        .query(String.class)
        .list()
        .stream()
        .findFirst();
  }

  /** Meeting records of a document: kind, date, participants, outcome, record. */
  public List<java.util.Map<String, Object>> deliberations(String documentId) {
    return rowsOf(documentId,
        "SELECT meeting_kind, meeting_date, presider, participants, outcome, meeting_record, material_change, "
            + "recorded_by, recorded_at "
            + "FROM nf_deliberation WHERE document_id = ? ORDER BY id");
  }

  private void update(String id, String assignments, Object... values) {
    Object[] params = new Object[values.length + 2];
    System.arraycopy(values, 0, params, 0, values.length);
    params[values.length] = now();
    params[values.length + 1] = id;
    int rows = jdbc.sql("UPDATE nf_document SET " + assignments + ", updated_at = ? WHERE id = ?").params(params).update();
    requireOne(rows, id);
  }

  /** Adds the next version (1, 2, ...) and returns its number; earlier versions stay untouched. */
  public int addVersion(String documentId, DocumentVersion v) {
    Integer last =
        jdbc.sql("SELECT MAX(version_no) FROM nf_document_version WHERE document_id = ?")
            .param(documentId)
            .query(Integer.class)
            .optional()
            .orElse(null);
    int next = last == null ? 1 : last + 1;
    jdbc.sql(
            "INSERT INTO nf_document_version (document_id, version_no, draft_text, draft_file_name, purpose, "
                + "legal_basis, drafting_process, main_content, change_note, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            documentId, next, v.draftText(), v.draftFileName(), v.purpose(), v.legalBasis(), v.draftingProcess(),
            v.mainContent(), v.changeNote(), v.createdBy(), now())
        .update();
    return next;
  }

  public Optional<DocumentRecord> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM nf_document WHERE id = ?")
        .param(id)
        .query(DocumentRepository::map)
        .optional()
        .map(d -> d.withVersions(versions(id)));
  }

  /** Issue 10: the document's 登记号, given once at registration. */
  public void setReference(String id, String reference) {
    jdbc.sql("UPDATE nf_document SET reference = ? WHERE id = ?").params(reference, id).update();
  }

  /** The internal id of the document with this 登记号 or 文号, or the text itself (the API takes any of the three). */
  public String resolve(String idOrReference) {
    return jdbc.sql("SELECT id FROM nf_document WHERE reference = ? OR doc_number = ?")
        .params(idOrReference, idOrReference).query(String.class).list().stream().findFirst().orElse(idOrReference);
  }

  public DocumentRecord get(String id) {
    return find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的规范性文件"));
  }

  public List<DocumentRecord> list(Stage stage) {
    if (stage == null) {
      return jdbc.sql("SELECT " + COLUMNS + " FROM nf_document ORDER BY created_at DESC")
          .query(DocumentRepository::map)
          .list();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM nf_document WHERE stage = ? ORDER BY created_at DESC")
        .param(stage.name())
        .query(DocumentRepository::map)
        .list();
  }

  public List<DocumentVersion> versions(String documentId) {
    return jdbc.sql(
            "SELECT version_no, draft_text, draft_file_name, purpose, legal_basis, drafting_process, main_content, "
                + "change_note, created_by, created_at FROM nf_document_version WHERE document_id = ? "
                + "ORDER BY version_no")
        .param(documentId)
        .query(
            (rs, n) ->
                new DocumentVersion(
                    rs.getInt("version_no"),
                    rs.getString("draft_text"),
                    rs.getString("draft_file_name"),
                    rs.getString("purpose"),
                    rs.getString("legal_basis"),
                    rs.getString("drafting_process"),
                    rs.getString("main_content"),
                    rs.getString("change_note"),
                    rs.getString("created_by"),
                    localDateTime(rs, "created_at")))
        .list();
  }

  static DocumentRecord map(ResultSet rs, int rowNum) throws SQLException {
    Stage stage = Stage.valueOf(rs.getString("stage"));
    return new DocumentRecord(
        rs.getString("id"),
        rs.getString("reference"),
        rs.getString("process_instance_id"),
        rs.getString("title"),
        rs.getString("doc_type"),
        rs.getString("issuing_unit"),
        rs.getBoolean("concerns_market"),
        rs.getBoolean("major_decision"),
        rs.getBoolean("trial"),
        stage,
        stage.label(),
        rs.getString("doc_number"),
        localDate(rs, "planned_effective_date"),
        localDate(rs, "published_on"),
        localDate(rs, "effective_on"),
        localDate(rs, "valid_until"),
        localDate(rs, "filing_due"),
        localDate(rs, "filed_on"),
        rs.getBoolean("filing_late"),
        rs.getString("withdrawn_reason"),
        rs.getString("procedure_track"),
        rs.getString("decision_id"),
        localDate(rs, "signed_on"),
        rs.getString("signed_by"),
        signingAuthorization(rs),
        rs.getString("signing_note"),
        rs.getString("publication_channel"),
        rs.getString("early_effect_ground"),
        rs.getString("early_effect_reason"),
        identification(rs),
        rs.getString("created_by"),
        rs.getString("drafting_unit"),
        localDateTime(rs, "created_at"),
        localDateTime(rs, "updated_at"),
        List.of());
  }

  private static DocumentRecord.Identification identification(ResultSet rs) throws SQLException {
    String finding = rs.getString("identification_finding");
    Boolean fcr = bool(rs, "fcr_applies");
    Boolean major = bool(rs, "major_decision_applies");
    return new DocumentRecord.Identification(
        rs.getString("identification_requested_reason"),
        finding,
        DocumentRecord.Identification.label(finding),
        rs.getString("identification_reason"),
        rs.getString("identified_by"),
        localDateTime(rs, "identified_at"),
        bool(rs, "claimed_market"),
        rs.getString("market_account"),
        bool(rs, "claimed_major_decision"),
        rs.getString("major_decision_account"),
        fcr,
        DocumentRecord.Identification.fcrLabel(fcr),
        rs.getString("fcr_finding_reason"),
        major,
        DocumentRecord.Identification.trackLabel(major),
        rs.getString("track_finding_reason"));
  }

  private static Boolean bool(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }

  private static Long signingAuthorization(ResultSet rs) throws SQLException {
    long id = rs.getLong("signing_authorization_id");
    return rs.wasNull() ? null : id;
  }

  private static void requireOne(int rows, String id) {
    if (rows != 1) {
      throw new NotFoundException("没有编号为 " + id + " 的规范性文件");
    }
  }

  /** The rows a query about one document returns, each as column → value. */
  private List<java.util.Map<String, Object>> rowsOf(String documentId, String sql) {
    return jdbc.sql(sql).param(documentId).query().listOfRows();
  }
}
