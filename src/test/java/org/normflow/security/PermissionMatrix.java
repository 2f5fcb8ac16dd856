package org.normflow.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may do what (issue 15): one table, read by {@link PermissionMatrixTests}, which checks every cell
 * through the API named in the row, and which is the table of docs/security.md (the test fails when the
 * page's table differs from this one and prints the table to paste).
 */
final class PermissionMatrix {

  private PermissionMatrix() {}

  /** The roles of DESIGN.md as demo users, and the public (no login). */
  enum Role {
    PUBLIC(null, "公众"),
    DRAFTER("drafter", "起草科室（本科室）"),
    OTHER_DRAFTER("drafter2", "起草科室（他科室）"),
    LEGAL("legal", "法制机构"),
    ADVISOR("advisor", "法律顾问"),
    FCR("fcr", "公平竞争审查"),
    EXPERT("expert", "专家"),
    INTEGRITY("integrity", "廉洁性审查"),
    HEAD("leader", "主要负责人"),
    MEMBER("deputy1", "局领导成员"),
    /** The organ's office (办公室): its meeting tasks only (R-MD-11); it reads the cases it has tasks in, nothing more. */
    OFFICE("office", "办公室"),
    AUDITOR("auditor", "监督审计"),
    ADMIN("admin", "系统管理员");

    final String user;
    final String label;

    Role(String user, String label) {
      this.user = user;
      this.label = label;
    }
  }

  /** Where a row is checked. */
  enum Via {
    ENGINE_REST("/engine-rest"), API("/api"), WEBAPP("webapp API"), PAGE("page");

    final String label;

    Via(String label) {
      this.label = label;
    }
  }

  record Row(String id, String action, Via via, String request, Set<Role> allowed) {
    boolean allows(Role role) {
      return allowed.contains(role);
    }
  }

  private static final Role[] CLERKS = {Role.DRAFTER, Role.OTHER_DRAFTER, Role.LEGAL, Role.ADVISOR, Role.FCR,
      Role.EXPERT, Role.INTEGRITY, Role.HEAD, Role.MEMBER, Role.OFFICE, Role.AUDITOR, Role.ADMIN};

  static final List<Row> ROWS = new ArrayList<>();

  private static void row(String id, String action, Via via, String request, Role... allowed) {
    ROWS.add(new Row(id, action, via, request, allowed.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(allowed[0], allowed)));
  }

  static {
    // starting each process (the start form, over the engine's REST API)
    row("start.normative-document", "start a normative document", Via.ENGINE_REST,
        "POST /process-definition/key/normative-document/start", Role.DRAFTER, Role.OTHER_DRAFTER);
    row("start.major-decision", "start a major decision (in-year adjustment)", Via.ENGINE_REST,
        "POST /process-definition/key/major-decision/start", Role.DRAFTER, Role.OTHER_DRAFTER);
    row("start.decision-catalogue", "start the year's decision catalogue", Via.ENGINE_REST,
        "POST /process-definition/key/decision-catalogue/start", Role.LEGAL);
    row("start.head-authorization", "record a head authorization", Via.ENGINE_REST,
        "POST /process-definition/key/head-authorization/start", Role.HEAD);
    row("start.periodic-cleanup", "start a special cleanup", Via.ENGINE_REST,
        "POST /process-definition/key/periodic-cleanup/start", Role.LEGAL);
    row("start.document-abolition", "propose abolishing a document", Via.ENGINE_REST,
        "POST /process-definition/key/document-abolition/start", Role.LEGAL);
    row("start.document-challenge", "register a 行政复议 body's incidental review (R-ND-15)", Via.ENGINE_REST,
        "POST /process-definition/key/document-challenge/start", Role.LEGAL);
    // a case (a normative document of the drafter's unit, waiting at drafting)
    row("case.task", "see the case's open task", Via.ENGINE_REST, "GET /task/{id}",
        Role.DRAFTER, Role.AUDITOR, Role.ADMIN);
    row("case.variables", "read the case's data", Via.ENGINE_REST, "GET /process-instance/{id}/variables",
        Role.DRAFTER, Role.LEGAL, Role.AUDITOR, Role.ADMIN);
    row("case.history", "read the case's history", Via.ENGINE_REST, "GET /history/process-instance/{id}",
        Role.DRAFTER, Role.LEGAL, Role.AUDITOR, Role.ADMIN);
    row("case.trail", "read the case's audit trail", Via.API, "GET /api/audit/processes/{id}",
        Role.AUDITOR, Role.ADMIN);
    row("case.workbench", "open the case in the auditors' workbench", Via.API, "GET /api/audit/cases/{reference}",
        Role.DRAFTER, Role.LEGAL, Role.AUDITOR, Role.ADMIN);
    row("case.registry", "read the case's registry record", Via.API, "GET /api/documents/{id}",
        Role.DRAFTER, Role.LEGAL, Role.AUDITOR, Role.ADMIN);
    row("case.withdraw", "withdraw the document", Via.API, "POST /api/documents/{id}/withdraw", Role.DRAFTER);
    // the registry as a whole
    row("registry.list", "list the registry of documents", Via.API, "GET /api/documents", CLERKS);
    row("registry.catalogue", "read a decision catalogue", Via.API, "GET /api/catalogue/{year}", CLERKS);
    row("registry.public", "read the public list of documents in force", Via.PAGE, "GET /public/documents",
        Role.values());
    // public comments
    row("comments.submit", "comment on an open consultation", Via.API,
        "POST /api/public/consultations/{case}/comments", Role.values());
    row("comments.read", "read comments with the commenters' contacts", Via.API,
        "GET /api/consultations/{id}/comments", Role.DRAFTER, Role.AUDITOR);
    row("comments.moderate", "publish or hide a comment", Via.API, "POST /api/consultations/{id}/moderation",
        Role.DRAFTER);
    // the catalogue (R-MD-01) is written only by its Tasklist procedure (issue 22): see start.decision-catalogue
    // the working-day calendar (R-C-01)
    row("calendar.read", "read the working-day calendar", Via.API, "GET /api/calendar/years/{year}", CLERKS);
    row("calendar.change", "load a year's holidays into the calendar", Via.API, "PUT /api/calendar/years/{year}",
        Role.ADMIN);
    // the webapps
    row("webapp.tasklist", "log into Tasklist", Via.WEBAPP, "POST /camunda/api/admin/auth/user/default/login/tasklist",
        CLERKS);
    row("webapp.cockpit", "log into Cockpit", Via.WEBAPP, "POST /camunda/api/admin/auth/user/default/login/cockpit",
        Role.LEGAL, Role.AUDITOR, Role.ADMIN);
    row("webapp.admin", "log into Admin", Via.WEBAPP, "POST /camunda/api/admin/auth/user/default/login/admin",
        Role.ADMIN);
    row("webapp.cockpit-api", "use Cockpit's plugin API (with a Tasklist session)", Via.WEBAPP,
        "GET /camunda/api/cockpit/plugin/base/default/process-instance", Role.LEGAL, Role.AUDITOR, Role.ADMIN);
    row("webapp.create-user", "create a user (with a Tasklist session and its CSRF token)", Via.WEBAPP,
        "POST /camunda/api/engine/engine/default/user/create", Role.ADMIN);
    // administration over REST
    row("admin.create-user", "create a user", Via.ENGINE_REST, "POST /user/create", Role.ADMIN);
    row("admin.authorization", "grant an authorization", Via.ENGINE_REST, "POST /authorization/create", Role.ADMIN);
    row("admin.deployment", "list deployments", Via.ENGINE_REST, "GET /deployment/{id}", Role.AUDITOR, Role.ADMIN);
    // the tasks of a case, per whom the task is offered to: see it, claim it, complete it
    for (TaskKind kind : TaskKind.values()) {
      row("task." + kind.id + ".see", "see a task " + kind.offeredTo, Via.ENGINE_REST, "GET /task/{id}",
          kind.see().toArray(Role[]::new));
      row("task." + kind.id + ".claim", "claim a task " + kind.offeredTo, Via.ENGINE_REST, "POST /task/{id}/claim",
          kind.workers.toArray(Role[]::new));
      row("task." + kind.id + ".complete", "complete a task " + kind.offeredTo, Via.ENGINE_REST,
          "POST /task/{id}/complete", kind.workers.toArray(Role[]::new));
    }
  }

  /**
   * Whom a task is offered to (its candidate group or its assignee). The first six are the tasks of a
   * normative document; the others those of a major decision that a normative document does not have.
   */
  enum TaskKind {
    UNIT("unit", "of the case's drafting unit", false, Role.DRAFTER),
    LEGAL("legal", "of the legal office", false, Role.LEGAL),
    ADVISORS("advisors", "of the legal advisers", false, Role.ADVISOR),
    FCR("fcr", "of fair competition review", false, Role.FCR),
    LEADERSHIP("leadership", "of the leadership", false, Role.HEAD, Role.MEMBER),
    HEAD("head", "assigned to the head", true, Role.HEAD),
    EXPERT("expert", "assigned to a named expert (a major decision's expert opinion)", true, Role.EXPERT),
    MEMBER("member", "assigned to a leadership member (a major decision's member opinion)", true, Role.MEMBER),
    INTEGRITY("integrity", "of the integrity reviewers (a major decision's integrity review)", false, Role.INTEGRITY),
    HEAD_DECISION("head-decision", "assigned to the head (a major decision's head decision)", true, Role.HEAD),
    OFFICE("office", "of the organ's office (the meeting's attendance and minutes, R-MD-11)", false, Role.OFFICE);

    final String id;
    final String offeredTo;
    /** Assigned to one person by the process (not offered to a group to claim). */
    final boolean assigned;
    final Set<Role> workers;

    TaskKind(String id, String offeredTo, boolean assigned, Role... workers) {
      this.id = id;
      this.offeredTo = offeredTo;
      this.assigned = assigned;
      this.workers = EnumSet.of(workers[0], workers);
    }

    Set<Role> see() {
      Set<Role> see = EnumSet.copyOf(workers);
      see.add(Role.AUDITOR);
      see.add(Role.ADMIN);
      return see;
    }
  }

  static Row row(String id) {
    return ROWS.stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row " + id));
  }

  /** The table of docs/security.md: one line per row, ✓ allowed, · refused (401/403/404). */
  static String markdown() {
    StringBuilder table = new StringBuilder("| action | via | request |");
    for (Role role : Role.values()) {
      table.append(' ').append(role.label).append(" |");
    }
    table.append("\n|---|---|---|").append("---|".repeat(Role.values().length)).append('\n');
    for (Row row : ROWS) {
      table.append("| ").append(row.action()).append(" | ").append(row.via().label).append(" | `")
          .append(row.request()).append("` |");
      for (Role role : Role.values()) {
        table.append(row.allows(role) ? " ✓ |" : " · |");
      }
      table.append('\n');
    }
    return table.toString();
  }

  static String users() {
    return Set.of(Role.values()).stream().map(r -> r.label + " = " + (r.user == null ? "no login" : r.user))
        .sorted().collect(Collectors.joining(", "));
  }
}
