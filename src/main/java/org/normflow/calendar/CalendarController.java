package org.normflow.calendar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.identity.EngineReads;
import org.normflow.identity.Groups;
import org.normflow.validation.ForbiddenException;
import org.normflow.validation.FormValidationException;
import org.normflow.validation.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar over HTTP (R-C-01): its coverage for everyone signed in (the webapps' banner
 * reads it), a year's table, the updates made, a case's deadlines with what is provisional and what was
 * recalculated; loading a year is for administrators only.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  /** A year's table as the administrator sends it: the days as a list, or as CSV lines date,type,name. */
  record YearTable(String source, List<CalendarUpdates.Day> days, String csv, String confirmation) {}

  private final CalendarCoverage coverage;
  private final CalendarUpdates updates;
  private final CalendarStore store;
  private final CalendarDeadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final IdentityService identity;
  private final HistoryService history;
  private final EngineReads reads;

  CalendarController(CalendarCoverage coverage, CalendarUpdates updates, CalendarStore store,
      CalendarDeadlines deadlines, WorkingDayCalendar workingDays, IdentityService identity, HistoryService history,
      EngineReads reads) {
    this.coverage = coverage;
    this.updates = updates;
    this.store = store;
    this.deadlines = deadlines;
    this.calendar = workingDays;
    this.identity = identity;
    this.history = history;
    this.reads = reads;
  }

  @GetMapping("/status")
  Map<String, Object> status() {
    String user = user();
    Map<String, Object> out = new LinkedHashMap<>(coverage.status());
    out.put("user", user);
    out.put("administrator", isAdmin(user));
    return out;
  }

  @GetMapping("/years")
  List<CalendarStore.Year> years() {
    user();
    return store.years();
  }

  @GetMapping("/years/{year}")
  Map<String, Object> year(@PathVariable int year) {
    user();
    if (!calendar.table().covers(year)) {
      throw new NotFoundException("工作日历尚未载入 " + year + " 年的节假日安排");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("year", year);
    store.years().stream().filter(y -> y.year() == year).findFirst().ifPresent(y -> {
      out.put("source", y.source());
      out.put("loadedBy", y.loadedBy());
      out.put("loadedAt", y.loadedAt());
      out.put("revision", y.revision());
    });
    out.put("days", calendar.table().entriesOf(year).stream()
        .map(e -> Map.of("date", e.date().toString(), "type", e.type().name().toLowerCase(), "name", e.name())).toList());
    return out;
  }

  /** Loads (or corrects) a year's holidays and make-up working days; administrators only. */
  @PutMapping("/years/{year}")
  CalendarUpdates.Result load(@PathVariable int year, @RequestBody(required = false) YearTable table) {
    String user = user();
    if (!isAdmin(user)) {
      throw new ForbiddenException("只有系统管理员可以更新工作日历的节假日安排");
    }
    if (table == null) {
      throw new FormValidationException(List.of("请提交节假日表：依据（source）和逐日安排（days 或 csv）"));
    }
    List<CalendarUpdates.Day> days = table.days() != null && !table.days().isEmpty() ? table.days() : csv(table.csv());
    return updates.load(year, table.source(), days, user, table.confirmation());
  }

  @GetMapping("/updates")
  List<Map<String, Object>> updatesMade() {
    user();
    return store.updates();
  }

  /** A case's deadlines (its called procedures' too): which are provisional, what updates recalculated. */
  @GetMapping("/cases/{processInstanceId}")
  Map<String, Object> caseDeadlines(@PathVariable String processInstanceId) {
    user();
    // the case as the signed-in user may read it (their own authorizations apply)
    HistoricProcessInstance instance =
        history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      throw new NotFoundException("没有找到该案件，或您无权查阅");
    }
    List<String> ids = new ArrayList<>(reads.unchecked(() -> history.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(instance.getRootProcessInstanceId()).list()).stream()
        .map(HistoricProcessInstance::getId).toList());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("processInstanceId", processInstanceId);
    out.put("deadlines", deadlines.of(ids).stream().map(d -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("processInstanceId", d.processInstanceId());
      row.put("label", d.label());
      row.put("variable", d.variable());
      row.put("rule", d.rule());
      row.put("amount", d.amount());
      row.put("startOn", d.startOn());
      row.put("dueAt", d.dueAt());
      row.put("dueOn", deadlines.dayOf(d.dueAt()).toString());
      row.put("provisional", d.provisional());
      row.put("status", d.provisional() ? "暂定（该年节假日安排尚未载入，按周末推算）" : "确定");
      return row;
    }).toList());
    out.put("recalculations", updates.recalculations(ids));
    return out;
  }

  private static List<CalendarUpdates.Day> csv(String csv) {
    List<CalendarUpdates.Day> days = new ArrayList<>();
    if (csv == null) {
      return days;
    }
    for (String line : csv.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] f = trimmed.split("[,，]", 3);
      days.add(new CalendarUpdates.Day(f[0], f.length > 1 ? f[1] : null, f.length > 2 ? f[2] : null));
    }
    return days;
  }

  private String user() {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      throw new ForbiddenException("请先登录");
    }
    return user.getUserId();
  }

  private boolean isAdmin(String userId) {
    return reads.unchecked(() -> identity.createGroupQuery().groupMember(userId).groupId(Groups.ID_ADMIN).count()) > 0;
  }
}
