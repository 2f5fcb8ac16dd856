package org.normflow.cleanup;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seeds documents in force straight into the registry and runs a case's asynchronous jobs (issue 11 tests). */
final class Registry {

  private final JdbcClient jdbc;
  private final ProcessEngine engine;

  Registry(JdbcClient jdbc, ProcessEngine engine) {
    this.jdbc = jdbc;
    this.engine = engine;
  }

  /** A document in force, numbered, with one version whose legal basis is given. */
  String seed(String title, String unit, LocalDate validUntil, boolean market, String legalBasis) {
    String id = "SEED-" + UUID.randomUUID().toString().substring(0, 12);
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    jdbc.sql("INSERT INTO nf_document (id, title, doc_type, issuing_unit, concerns_market, major_decision, trial, stage, "
            + "doc_number, published_on, effective_on, valid_until, drafting_unit, created_at, updated_at) "
            + "VALUES (?, ?, '办法', '市应急管理局', ?, FALSE, FALSE, 'IN_FORCE', ?, ?, ?, ?, ?, ?, ?)")
        .params(id, title, market, "X应急规〔2020〕" + id.substring(5) + "号", validUntil.minusYears(5),
            validUntil.minusYears(5), validUntil, unit, now, now)
        .update();
    jdbc.sql("INSERT INTO nf_document_version (document_id, version_no, draft_text, legal_basis, created_at) "
            + "VALUES (?, 1, '正文', ?, ?)")
        .params(id, legalBasis, now)
        .update();
    return id;
  }

  List<String> seedMany(int n, String unit, LocalDate validUntil, String legalBasis) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(seed("批量文件第" + i + "号", unit, validUntil, false, legalBasis));
    }
    return ids;
  }

  String stage(String id) {
    return jdbc.sql("SELECT stage FROM nf_document WHERE id = ?").param(id).query(String.class).single();
  }

  String number(String id) {
    return jdbc.sql("SELECT doc_number FROM nf_document WHERE id = ?").param(id).query(String.class).single();
  }

  Map<String, Object> row(String id) {
    return jdbc.sql("SELECT * FROM nf_document WHERE id = ?").param(id).query().singleRow();
  }

  List<String> eventKinds(String id) {
    return jdbc.sql("SELECT kind FROM nf_document_event WHERE document_id = ? ORDER BY id").param(id)
        .query(String.class).list();
  }

  /** Executes every executable job of the instance (and of the jobs they create) until none is left. */
  int runJobs(String processInstanceId) {
    int ran = 0;
    while (true) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
          .executable().list();
      if (jobs.isEmpty()) {
        return ran;
      }
      for (Job job : jobs) {
        engine.getManagementService().executeJob(job.getId());
        ran++;
      }
    }
  }

  /**
   * The database is shared by every test class: removes what these tests seeded (documents {@code SEED-*}
   * with their versions, events, cleanup items and abolitions; rounds left without documents) and the cases
   * still running for them (validity cases, amendment cases), so that no other class counts them.
   */
  void removeSeeded() {
    var runtime = engine.getRuntimeService();
    List<String> amendments = jdbc.sql("SELECT process_instance_id FROM nf_document WHERE amends_document_id LIKE 'SEED-%' "
        + "AND process_instance_id IS NOT NULL").query(String.class).list();
    runtime.createProcessInstanceQuery().processDefinitionKey("document-validity").processInstanceBusinessKeyLike("SEED-%")
        .list().forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test data removed", true, true));
    amendments.forEach(id -> runtime.deleteProcessInstanceIfExists(id, "test data removed", true, true, false, false));
    jdbc.sql("UPDATE nf_document SET amends_document_id = NULL WHERE amends_document_id LIKE 'SEED-%'").update();
    jdbc.sql("DELETE FROM nf_document_event WHERE document_id LIKE 'SEED-%'").update();
    jdbc.sql("DELETE FROM nf_cleanup_item WHERE document_id LIKE 'SEED-%'").update();
    jdbc.sql("DELETE FROM nf_cleanup WHERE NOT EXISTS (SELECT 1 FROM nf_cleanup_item i WHERE i.cleanup_id = nf_cleanup.id)")
        .update();
    jdbc.sql("DELETE FROM nf_abolition WHERE document_id LIKE 'SEED-%'").update();
    jdbc.sql("DELETE FROM nf_document_version WHERE document_id LIKE 'SEED-%'").update();
    jdbc.sql("DELETE FROM nf_document WHERE id LIKE 'SEED-%'").update();
    jdbc.sql("DELETE FROM nf_case_summary WHERE case_id LIKE 'SEED-%'").update();
  }
}
