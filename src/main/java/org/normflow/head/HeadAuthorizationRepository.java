package org.normflow.head;

import static org.normflow.document.Rows.localDate;
import static org.normflow.document.Rows.localDateTime;
import static org.normflow.document.Rows.now;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The authorizations of the head and what was done under them; runs in the engine's transaction. */
@Repository
class HeadAuthorizationRepository {

  static final String HANDED_OVER = "HANDED_OVER";
  static final String HANDED_BACK = "HANDED_BACK";
  static final String ACTED = "ACTED";

  private static final String COLUMNS = "id, head, deputy, case_id, valid_from, valid_until, reason, acts, "
      + "process_instance_id, recorded_by, recorded_at, revoked_by, revoked_at";

  private final JdbcClient jdbc;

  HeadAuthorizationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String head, String deputy, String caseId, LocalDate from, LocalDate until, String reason,
      Set<HeadAct.Kind> acts, String processInstanceId, String recordedBy) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO nf_head_authorization (head, deputy, case_id, valid_from, valid_until, reason, acts, "
            + "process_instance_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(head, deputy, caseId, from, until, reason, actsColumn(acts), processInstanceId, recordedBy, now())
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  Optional<HeadAuthorization> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM nf_head_authorization WHERE id = ?").param(id)
        .query(HeadAuthorizationRepository::map).optional();
  }

  List<HeadAuthorization> list() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM nf_head_authorization ORDER BY id DESC")
        .query(HeadAuthorizationRepository::map).list();
  }

  /** Not revoked and not ended before {@code day}: in force on that day or later. */
  List<HeadAuthorization> notEnded(String head, LocalDate day) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM nf_head_authorization WHERE head = ? AND revoked_at IS NULL "
            + "AND valid_until >= ? ORDER BY id DESC")
        .params(head, day).query(HeadAuthorizationRepository::map).list();
  }

  /** Marks it revoked once; false when it already was. */
  boolean revoke(long id, String by) {
    return jdbc.sql("UPDATE nf_head_authorization SET revoked_by = ?, revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
        .params(by, now(), id).update() == 1;
  }

  void addEvent(long authorizationId, String kind, String taskId, String taskName, String caseId,
      String assigneeBefore, String assigneeAfter, String note, String recordedBy) {
    jdbc.sql("INSERT INTO nf_head_authorization_event (authorization_id, kind, task_id, task_name, case_id, "
            + "assignee_before, assignee_after, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(authorizationId, kind, taskId, taskName, caseId, assigneeBefore, assigneeAfter, note, recordedBy, now())
        .update();
  }

  List<HeadAuthorization.Event> events(long authorizationId) {
    return jdbc.sql("SELECT kind, task_id, task_name, case_id, assignee_before, assignee_after, note, recorded_by, "
            + "recorded_at FROM nf_head_authorization_event WHERE authorization_id = ? ORDER BY id")
        .param(authorizationId)
        .query((rs, n) -> new HeadAuthorization.Event(rs.getString("kind"), rs.getString("task_id"),
            rs.getString("task_name"), rs.getString("case_id"), rs.getString("assignee_before"),
            rs.getString("assignee_after"), rs.getString("note"), rs.getString("recorded_by"),
            localDateTime(rs, "recorded_at")))
        .list();
  }

  /**
   * The registry ids of the case a process instance belongs to, read from NormFlow's registry (never
   * from process variables): the document or decision run by it, and the document or decision linked
   * to that one (a document that is also a major decision, R-ND-12). The first id is the case's own.
   */
  Set<String> caseIds(String processInstanceId) {
    Set<String> ids = new LinkedHashSet<>();
    jdbc.sql("SELECT id, document_id FROM nf_decision WHERE process_instance_id = ?").param(processInstanceId)
        .query((rs, n) -> {
          ids.add(rs.getString("id"));
          if (rs.getString("document_id") != null) {
            ids.add(rs.getString("document_id"));
          }
          return null;
        }).list();
    jdbc.sql("SELECT id, decision_id FROM nf_document WHERE process_instance_id = ?").param(processInstanceId)
        .query((rs, n) -> {
          ids.add(rs.getString("id"));
          if (rs.getString("decision_id") != null) {
            ids.add(rs.getString("decision_id"));
          }
          return null;
        }).list();
    return ids;
  }

  /** The title of a registered document or decision, or empty when no case has this id. */
  /** Issue 10: the internal id of the case a clerk names by its 登记号, 文号 or decision number (or by the id). */
  String resolveCase(String text) {
    return jdbc.sql("SELECT id FROM nf_document WHERE reference = ? OR doc_number = ? "
            + "UNION SELECT id FROM nf_decision WHERE reference = ?")
        .params(text, text, text).query(String.class).list().stream().findFirst().orElse(text);
  }

  /** Issue 10: the number people use for a case (文号, else 登记号 or decision number), the id only without one. */
  String caseReference(String caseId) {
    return jdbc.sql("SELECT COALESCE(doc_number, reference) FROM nf_document WHERE id = ? "
            + "UNION SELECT reference FROM nf_decision WHERE id = ?")
        .params(caseId, caseId).query(String.class).list().stream().filter(r -> r != null).findFirst().orElse(caseId);
  }

  Optional<String> caseTitle(String caseId) {
    Optional<String> document = jdbc.sql("SELECT title FROM nf_document WHERE id = ?").param(caseId)
        .query(String.class).optional();
    return document.isPresent() ? document
        : jdbc.sql("SELECT title FROM nf_decision WHERE id = ?").param(caseId).query(String.class).optional();
  }

  /** R-ND-14: the acts an authorization names, stored as their names in the enum's order (V197). */
  static String actsColumn(Set<HeadAct.Kind> acts) {
    return acts.stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
  }

  /** Read back; a name no longer in {@link HeadAct.Kind} covers nothing. */
  static Set<HeadAct.Kind> acts(String column) {
    Set<HeadAct.Kind> acts = java.util.EnumSet.noneOf(HeadAct.Kind.class);
    if (column != null) {
      for (String name : column.split(",")) {
        HeadAct.Kind.named(name.strip()).ifPresent(acts::add);
      }
    }
    return java.util.Collections.unmodifiableSet(acts);
  }

  static HeadAuthorization map(ResultSet rs, int rowNum) throws SQLException {
    return new HeadAuthorization(rs.getLong("id"), rs.getString("head"), null, rs.getString("deputy"), null,
        rs.getString("case_id"), localDate(rs, "valid_from"), localDate(rs, "valid_until"), rs.getString("reason"),
        acts(rs.getString("acts")), rs.getString("process_instance_id"), rs.getString("recorded_by"), localDateTime(rs, "recorded_at"),
        rs.getString("revoked_by"), localDateTime(rs, "revoked_at"), null, List.of());
  }
}
