package org.normflow.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditors' workbench (issue 13), read by NormFlow's Cockpit plugin with the webapp session:
 * the case register with search, filters, counts and exports; the case file with its diagrams and
 * dossier; the compliance checks; the annual figures. Auditors, the legal office and administrators
 * read every case, a drafter their own unit's cases, anyone else gets 403 ({@link WorkbenchAccess}).
 */
@RestController
class WorkbenchController {

  private final WorkbenchAccess access;
  private final CaseRegister register;
  private final RegisterPage registerPage;
  private final CaseFile caseFile;
  private final ComplianceChecks compliance;
  private final Dossier dossier;
  private final Names names;
  private final org.camunda.bpm.engine.IdentityService identity;

  WorkbenchController(WorkbenchAccess access, CaseRegister register, CaseFile caseFile, ComplianceChecks compliance,
      Dossier dossier, Names names, org.camunda.bpm.engine.IdentityService identity,
      RegisterPage registerPage) {
    this.registerPage = registerPage;
    this.identity = identity;
    this.access = access;
    this.register = register;
    this.caseFile = caseFile;
    this.compliance = compliance;
    this.dossier = dossier;
    this.names = names;
  }

  /** Who is reading: name, whether the workbench is theirs, whether Cockpit should hide its write buttons. */
  @GetMapping("/api/audit/me")
  Map<String, Object> me() {
    Map<String, Object> out = new LinkedHashMap<>();
    org.camunda.bpm.engine.impl.identity.Authentication user =
        identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      throw new org.normflow.validation.ForbiddenException("请先登录");
    }
    out.put("name", names.personWithGroups(user.getUserId()));
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    out.put("readOnly", !groups.contains(org.normflow.identity.Groups.ID_ADMIN));
    boolean workbench;
    boolean everything = false;
    try {
      everything = access.of(user.getUserId()).everything();
      workbench = true;
    } catch (org.normflow.validation.ForbiddenException refused) {
      workbench = false;
    }
    out.put("workbench", workbench);
    out.put("calledProcesses", caseFile.calledProcessNames());
    out.put("everything", everything);
    return out;
  }

  /**
   * One page of the register: filters (q, kind, unit, year, stage, overdue, late, outcome, fcr, cleanup,
   * withoutReview, dateField + dateYear), page (from 1), size (at most 200), sort and dir; see
   * {@link RegisterQuery}. Wrong parameters are refused with 400 and a Chinese message.
   */
  @GetMapping("/api/audit/cases")
  RegisterPage.Result cases(@RequestParam Map<String, String> params) {
    return registerPage.page(access.current(), RegisterQuery.from(params));
  }

  /** What the register's filters offer (units, years, stages, outcomes …) for this reader. */
  @GetMapping("/api/audit/cases/options")
  Map<String, Object> caseOptions() {
    return registerPage.options(access.current());
  }

  @GetMapping("/api/audit/cases.csv")
  ResponseEntity<byte[]> casesCsv(@RequestParam Map<String, String> params) {
    List<RegisterPage.Row> rows = registerPage.all(access.current(), RegisterQuery.everything(params));
    return download(RegisterExport.csv(rows).getBytes(StandardCharsets.UTF_8), "案件台账.csv", "text/csv;charset=UTF-8");
  }

  @GetMapping("/api/audit/cases.xlsx")
  ResponseEntity<byte[]> casesXlsx(@RequestParam Map<String, String> params) {
    List<RegisterPage.Row> rows = registerPage.all(access.current(), RegisterQuery.everything(params));
    String title = "案件台账（导出时间 " + AuditTime.time(ClockUtil.getCurrentTime()) + "，共 " + rows.size() + " 件）";
    return download(RegisterExport.xlsx(rows, title), "案件台账.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  /**
   * The case a process instance belongs to (its own or one it called), for Cockpit's instance pages: a
   * finished instance opens its case file instead of Cockpit's definition page.
   */
  @GetMapping("/api/audit/process-instances/{processInstanceId}")
  Map<String, Object> caseOfProcess(@PathVariable String processInstanceId) {
    WorkbenchAccess.Reader reader = access.current();
    CaseRegister.CaseRow row = caseFile.caseOf(reader, processInstanceId);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("reference", row.reference());
    out.put("title", row.title());
    out.put("kindLabel", row.kindLabel());
    out.put("finished", caseFile.finished(processInstanceId));
    return out;
  }

  /** The cases of one process definition, for Cockpit's definition page (its own list shows instance ids). */
  @GetMapping("/api/audit/process-definitions/{processDefinitionId}/cases")
  List<CaseRegister.CaseRow> casesOfDefinition(@PathVariable String processDefinitionId) {
    return caseFile.casesOfDefinition(access.current(), processDefinitionId);
  }

  @GetMapping("/api/audit/cases/{reference}")
  CaseFile.View caseFile(@PathVariable String reference) {
    WorkbenchAccess.Reader reader = access.current();
    return caseFile.of(reader, register.byReference(reader, reference));
  }

  @GetMapping(value = "/api/audit/cases/{reference}/diagrams/{index}", produces = "application/xml;charset=UTF-8")
  String diagram(@PathVariable String reference, @PathVariable int index) {
    WorkbenchAccess.Reader reader = access.current();
    return caseFile.diagram(register.byReference(reader, reference), index);
  }

  @GetMapping("/api/audit/cases/{reference}/compliance")
  ComplianceChecks.CaseVerdict caseCompliance(@PathVariable String reference) {
    WorkbenchAccess.Reader reader = access.current();
    return compliance.verdict(register.byReference(reader, reference));
  }

  @GetMapping("/api/audit/cases/{reference}/dossier.zip")
  ResponseEntity<byte[]> dossier(@PathVariable String reference) {
    WorkbenchAccess.Reader reader = access.current();
    CaseRegister.CaseRow row = register.byReference(reader, reference);
    byte[] zip = dossier.zip(reader, row, AuditTime.time(ClockUtil.getCurrentTime()), names.personWithGroups(reader.userId()));
    return download(zip, "案卷-" + row.reference() + ".zip", "application/zip");
  }

  /** The cross-case list of violations, and how many cases were checked. */
  @GetMapping("/api/audit/compliance")
  Map<String, Object> violations(@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind) {
    WorkbenchAccess.Reader reader = access.current();
    List<CaseRegister.CaseRow> rows = register.rows(reader).stream()
        .filter(new CaseRegister.Filter(null, kind, null, year, null, null, null)::accepts).toList();
    List<ComplianceChecks.Violation> violations = compliance.violations(rows);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("casesChecked", rows.size());
    out.put("casesWithViolations", violations.stream().map(ComplianceChecks.Violation::reference).distinct().count());
    out.put("violations", violations);
    return out;
  }

  // 年度统计 (/api/reports/annual...) is served by AnnualReportController (issue 23: confirmation, amendments, DOCX)

  private static ResponseEntity<byte[]> download(byte[] body, String fileName, String type) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(type))
        .body(body);
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
