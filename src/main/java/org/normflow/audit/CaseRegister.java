package org.normflow.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.normflow.decision.DecisionStage;
import org.normflow.document.Stage;
import org.normflow.validation.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The case register (案件台账): every normative document and major decision of the registry, with its
 * case reference (案件编号), 文号, title, unit, kind, year, stage and the overdue / late flags, as one
 * reader may see it. The annual figures and the compliance checks start from these rows, so they
 * reconcile with the register by construction. The register page itself (filters, paging, sorting, the
 * issue 23 columns) reads the per-case summary instead: {@link RegisterPage}, {@link CaseSummary}.
 */
@Service
public class CaseRegister {

  public static final String DOCUMENT = "DOCUMENT";
  public static final String DECISION = "DECISION";
  static final Map<String, String> KIND_LABELS = Map.of(DOCUMENT, "行政规范性文件", DECISION, "重大行政决策");
  static final Map<String, String> KIND_PREFIX = Map.of(DOCUMENT, "规", DECISION, "决");

  /** One line of the register. caseId and processInstanceId stay on the server. */
  public record CaseRow(
      String reference,
      String kind,
      String kindLabel,
      String number,
      String title,
      String unit,
      String unitName,
      String issuingUnit,
      int year,
      String stage,
      String stageLabel,
      boolean overdue,
      String overdueNote,
      boolean late,
      String lateNote,
      String registeredAt,
      boolean closed,
      @JsonIgnore String caseId,
      @JsonIgnore String processInstanceId,
      @JsonIgnore Instant created,
      @JsonIgnore String linkedCaseId) {}

  /** Search and filters of the register page; null or blank means "any". */
  public record Filter(String q, String kind, String unit, Integer year, String stage, Boolean overdue, Boolean late) {

    public static Filter none() {
      return new Filter(null, null, null, null, null, null, null);
    }

    boolean accepts(CaseRow r) {
      if (q != null && !q.isBlank()) {
        String needle = q.strip().toLowerCase(Locale.ROOT);
        boolean hit = contains(r.reference(), needle) || contains(r.number(), needle) || contains(r.title(), needle);
        if (!hit) {
          return false;
        }
      }
      return (blank(kind) || kind.equals(r.kind()))
          && (blank(unit) || unit.equals(r.unit()))
          && (year == null || year == r.year())
          && (blank(stage) || stage.equals(r.stage()))
          && (overdue == null || overdue == r.overdue())
          && (late == null || late == r.late());
    }

    private static boolean contains(String s, String needle) {
      return s != null && s.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }

  public record Option(String value, String label) {}

  private final JdbcClient jdbc;
  private final HistoryService history;
  private final TaskService tasks;
  private final Unchecked unchecked;
  private final Names names;
  private final CaseSummary summary;

  CaseRegister(JdbcClient jdbc, HistoryService history, TaskService tasks, Unchecked unchecked, Names names, CaseSummary summary) {
    this.summary = summary;
    this.jdbc = jdbc;
    this.history = history;
    this.tasks = tasks;
    this.unchecked = unchecked;
    this.names = names;
  }

  /**
   * Gives the cases the summary shows without a workbench reference theirs (new cases, once), then
   * refreshes their summary rows: a cheap indexed look-up when there is nothing to do.
   */
  void assignPendingReferences() {
    List<String> pending = jdbc.sql("SELECT case_id FROM nf_case_summary WHERE assigned_reference IS NULL")
        .query(String.class).list();
    if (!pending.isEmpty()) {
      assignReferences();
      summary.refresh(pending);
    }
  }

  /** Every case the reader may see, newest first. */
  List<CaseRow> rows(WorkbenchAccess.Reader reader) {
    return all().stream().filter(r -> reader.mayRead(r.unit())).toList();
  }

  /** One case by its reference, if the reader may see it (404 otherwise, so references cannot be probed). */
  CaseRow byReference(WorkbenchAccess.Reader reader, String reference) {
    // the case a reference names, looked up directly: the one given at registration, or the workbench's own
    // 案件编号 of a case registered without one
    List<String> ids = casesReferencedAs(reference);
    if (ids.isEmpty()) {
      // perhaps a case not numbered yet: number the cases waiting for a reference, then look again
      assignReferences();
      ids = casesReferencedAs(reference);
    }
    return select(ids).stream().filter(r -> r.reference().equals(reference) && reader.mayRead(r.unit()))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("没有案件编号为 " + reference + " 的案件，或您无权查阅"));
  }

  private List<String> casesReferencedAs(String reference) {
    return jdbc.sql("SELECT id FROM nf_document WHERE reference = :r UNION SELECT id FROM nf_decision WHERE reference = :r "
        + "UNION SELECT case_id FROM nf_case_reference WHERE reference = :r").param("r", reference).query(String.class).list();
  }

  /**
   * The reference a reader knows the case by: the one given at registration (登记号, 决策编号, issue 10);
   * a case registered before references were given keeps the workbench's own 案件编号.
   */
  private static String reference(String registered, String assigned) {
    return registered != null && !registered.isBlank() ? registered : assigned;
  }

  /** Every case of the registry, references assigned, flags computed; newest first. */
  List<CaseRow> all() {
    return select(null);
  }

  /** The given cases (all when null), references assigned, flags computed; newest first. */
  private List<CaseRow> select(List<String> caseIds) {
    if (caseIds == null) {
      assignReferences();
    } else if (caseIds.isEmpty()) {
      return List.of();
    }
    String only = caseIds == null ? "" : " WHERE id IN (:ids)";
    Map<String, Object> params = caseIds == null ? Map.of() : Map.of("ids", caseIds);
    Map<String, String> references = new HashMap<>();
    jdbc.sql("SELECT case_id, reference FROM nf_case_reference" + only.replace("id IN", "case_id IN")).params(params)
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
        .forEach(e -> references.put(e.getKey(), e.getValue()));
    LocalDate today = AuditTime.today();
    List<String> processes = caseIds == null ? null
        : jdbc.sql("SELECT process_instance_id FROM nf_document" + only + " UNION SELECT process_instance_id FROM nf_decision" + only)
            .params(params).query(String.class).list().stream().filter(java.util.Objects::nonNull).toList();
    Map<String, String> overdueByCase = processes == null ? overdueNotes(today) : overdueNotes(today, caseIds, processes);
    Map<String, Boolean> closed = closedRoots(processes);
    List<CaseRow> rows = new ArrayList<>();
    jdbc.sql("SELECT id, process_instance_id, title, issuing_unit, stage, doc_number, filing_due, filed_on, filing_late, "
            + "decision_id, drafting_unit, created_at, reference FROM nf_document" + only).params(params)
        .query((rs, n) -> {
          String id = rs.getString("id");
          Stage stage = Stage.valueOf(rs.getString("stage"));
          LocalDate due = date(rs.getDate("filing_due"));
          LocalDate filed = date(rs.getDate("filed_on"));
          boolean lateFlag = rs.getBoolean("filing_late");
          String overdue = overdueByCase.get(id);
          if (filed == null && due != null && due.isBefore(today) && stage == Stage.PUBLISHED) {
            overdue = join(overdue, "备案期限（" + AuditTime.day(due) + "）已过，尚未备案");
          }
          boolean late = lateFlag || (filed != null && due != null && filed.isAfter(due));
          String lateNote = late ? (filed == null ? "未在备案期限（" + AuditTime.day(due) + "）内备案"
              : "备案于 " + AuditTime.day(filed) + "，期限为 " + AuditTime.day(due)) : null;
          Instant created = AuditTime.instant(rs.getTimestamp("created_at"));
          String unit = rs.getString("drafting_unit");
          String pi = rs.getString("process_instance_id");
          return new CaseRow(reference(rs.getString("reference"), references.get(id)), DOCUMENT, KIND_LABELS.get(DOCUMENT),
              rs.getString("doc_number"),
              rs.getString("title"), unit, unit == null ? "（未记录科室）" : names.group(unit), rs.getString("issuing_unit"),
              AuditTime.year(created), stage.name(), stage.label(), overdue != null, overdue, late, lateNote,
              AuditTime.time(created), pi == null || closed.getOrDefault(pi, false), id, pi, created,
              rs.getString("decision_id"));
        })
        .list()
        .forEach(rows::add);
    jdbc.sql("SELECT d.id, d.process_instance_id, d.title, d.lead_unit, d.stage, d.document_id, d.drafting_unit, "
            + "d.created_at, doc.doc_number, d.reference FROM nf_decision d LEFT JOIN nf_document doc ON doc.id = d.document_id"
            + only.replace("id IN", "d.id IN")).params(params)
        .query((rs, n) -> {
          String id = rs.getString("id");
          DecisionStage stage = DecisionStage.valueOf(rs.getString("stage"));
          Instant created = AuditTime.instant(rs.getTimestamp("created_at"));
          String unit = rs.getString("drafting_unit");
          String overdue = overdueByCase.get(id);
          String pi = rs.getString("process_instance_id");
          return new CaseRow(reference(rs.getString("reference"), references.get(id)), DECISION, KIND_LABELS.get(DECISION),
              rs.getString("doc_number"),
              rs.getString("title"), unit, unit == null ? "（未记录科室）" : names.group(unit), rs.getString("lead_unit"),
              AuditTime.year(created), stage.name(), stage.label(), overdue != null, overdue, false, null,
              AuditTime.time(created), pi == null || closed.getOrDefault(pi, false), id, pi, created,
              rs.getString("document_id"));
        })
        .list()
        .forEach(rows::add);
    rows.sort(Comparator.comparing(CaseRow::created, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(CaseRow::reference, Comparator.nullsLast(Comparator.reverseOrder())));
    return rows;
  }

  /** Open tasks past their due date and legality reviews past their limit, by case id. */
  private Map<String, String> overdueNotes(LocalDate today) {
    Map<String, String> notes = new HashMap<>();
    Date now = ClockUtil.getCurrentTime();
    List<Task> late = unchecked.read(() -> tasks.createTaskQuery().dueBefore(now).list());
    if (!late.isEmpty()) {
      Map<String, String> caseByRoot = caseIdsByProcessInstance();
      for (Task t : late) {
        HistoricProcessInstance pi = unchecked.read(() ->
            history.createHistoricProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult());
        String root = pi == null ? t.getProcessInstanceId() : pi.getRootProcessInstanceId();
        String caseId = caseByRoot.get(root);
        if (caseId != null) {
          notes.merge(caseId, "待办任务「" + t.getName() + "」已超过办理期限（" + AuditTime.time(t.getDueDate()) + "）", CaseRegister::join);
        }
      }
    }
    jdbc.sql("SELECT case_id, due_on FROM nf_legality_review WHERE reviewed_on IS NULL AND due_on < ?")
        .param(java.sql.Date.valueOf(today))
        .query((rs, n) -> Map.entry(rs.getString(1), date(rs.getDate(2))))
        .list()
        .forEach(e -> notes.merge(e.getKey(), "合法性审查已超过审查期限（" + AuditTime.day(e.getValue()) + "）", CaseRegister::join));
    return notes;
  }

  /** As {@link #overdueNotes(LocalDate)}, for a few cases only: their open tasks and reviews, read directly. */
  private Map<String, String> overdueNotes(LocalDate today, List<String> caseIds, List<String> processes) {
    Map<String, String> notes = new HashMap<>();
    if (!processes.isEmpty()) {
      jdbc.sql("SELECT e.ROOT_PROC_INST_ID_, t.NAME_, t.DUE_DATE_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ "
              + "WHERE t.DUE_DATE_ < :now AND e.ROOT_PROC_INST_ID_ IN (:roots)")
          .param("now", new Timestamp(ClockUtil.getCurrentTime().getTime())).param("roots", processes)
          .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getTimestamp(3)}).list()
          .forEach(t -> {
            String caseId = caseIdsByProcessInstance((String) t[0]);
            if (caseId != null) {
              notes.merge(caseId, "待办任务「" + t[1] + "」已超过办理期限（" + AuditTime.time(((Timestamp) t[2]).toInstant()) + "）",
                  CaseRegister::join);
            }
          });
    }
    jdbc.sql("SELECT case_id, due_on FROM nf_legality_review WHERE reviewed_on IS NULL AND due_on < :today AND case_id IN (:ids)")
        .param("today", java.sql.Date.valueOf(today)).param("ids", caseIds)
        .query((rs, n) -> Map.entry(rs.getString(1), date(rs.getDate(2))))
        .list()
        .forEach(e -> notes.merge(e.getKey(), "合法性审查已超过审查期限（" + AuditTime.day(e.getValue()) + "）", CaseRegister::join));
    return notes;
  }

  private String caseIdsByProcessInstance(String processInstanceId) {
    return jdbc.sql("SELECT id FROM nf_document WHERE process_instance_id = :p UNION SELECT id FROM nf_decision WHERE process_instance_id = :p")
        .param("p", processInstanceId).query(String.class).list().stream().findFirst().orElse(null);
  }

  private Map<String, String> caseIdsByProcessInstance() {
    Map<String, String> map = new HashMap<>();
    jdbc.sql("SELECT process_instance_id, id FROM nf_document WHERE process_instance_id IS NOT NULL UNION ALL "
            + "SELECT process_instance_id, id FROM nf_decision WHERE process_instance_id IS NOT NULL")
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
        .forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
    return map;
  }

  /** Which of the given process instances (all when null) have ended. */
  private Map<String, Boolean> closedRoots(List<String> processInstanceIds) {
    Map<String, Boolean> closed = new HashMap<>();
    if (processInstanceIds != null && processInstanceIds.isEmpty()) {
      return closed;
    }
    unchecked.read(() -> processInstanceIds == null ? history.createHistoricProcessInstanceQuery().finished().list()
            : history.createHistoricProcessInstanceQuery().finished().processInstanceIds(new java.util.HashSet<>(processInstanceIds)).list())
        .forEach(p -> closed.put(p.getId(), true));
    return closed;
  }

  /** Gives every case without a reference the next number of its kind and year, in order of registration. */
  void assignReferences() {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        assignMissing();
        return;
      } catch (DuplicateKeyException raced) {
        // another node numbered the same case or sequence at the same moment: read again and go on
      }
    }
  }

  private void assignMissing() {
    List<Object[]> missing = jdbc.sql(
            "SELECT id, 'DOCUMENT', created_at FROM nf_document WHERE id NOT IN (SELECT case_id FROM nf_case_reference) "
                + "UNION ALL SELECT id, 'DECISION', created_at FROM nf_decision WHERE id NOT IN (SELECT case_id FROM nf_case_reference)")
        .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getTimestamp(3)})
        .list();
    if (missing.isEmpty()) {
      return;
    }
    missing.sort(Comparator.comparing((Object[] m) -> (Timestamp) m[2]).thenComparing(m -> (String) m[0]));
    for (Object[] m : missing) {
      String kind = (String) m[1];
      int year = AuditTime.year(((Timestamp) m[2]).toInstant());
      Integer last = jdbc.sql("SELECT MAX(ref_seq) FROM nf_case_reference WHERE case_kind = ? AND ref_year = ?")
          .params(kind, year).query(Integer.class).optional().orElse(null);
      int seq = last == null ? 1 : last + 1;
      String reference = KIND_PREFIX.get(kind) + year + "-" + String.format("%03d", seq);
      jdbc.sql("INSERT INTO nf_case_reference (case_id, case_kind, ref_year, ref_seq, reference, assigned_at) VALUES (?, ?, ?, ?, ?, ?)")
          .params(m[0], kind, year, seq, reference, new Timestamp(ClockUtil.getCurrentTime().getTime()))
          .update();
    }
  }

  private static LocalDate date(java.sql.Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static String join(String a, String b) {
    return a == null ? b : a + "；" + b;
  }
}
