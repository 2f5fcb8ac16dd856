package org.normflow.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.normflow.identity.Groups;
import org.normflow.validation.ForbiddenException;
import org.normflow.validation.FormValidationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 年度统计 over HTTP (issues 13 and 23): the year's figures (live, or as the legal office confirmed them with
 * the amendments since and today's recount beside), their CSV, the confirmation (年度数据确认) and amendments,
 * and the report paragraphs as a Word document. Everyone the workbench admits reads ({@link WorkbenchAccess});
 * only a member of the legal office confirms and amends, never the administrator (R-C-07), and every such
 * act is kept with who and when (R-C-02).
 */
@RestController
class AnnualReportController {

  record ConfirmationRequest(String note) {}

  record AmendmentRequest(String key, Object value, String reason) {}

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final WorkbenchAccess access;
  private final CaseRegister register;
  private final AnnualFigures annual;
  private final AnnualConfirmations confirmations;
  private final Names names;
  private final IdentityService identity;
  private final Unchecked unchecked;
  private final ObjectMapper json;

  AnnualReportController(WorkbenchAccess access, CaseRegister register, AnnualFigures annual,
      AnnualConfirmations confirmations, Names names, IdentityService identity, Unchecked unchecked, ObjectMapper json) {
    this.access = access;
    this.register = register;
    this.annual = annual;
    this.confirmations = confirmations;
    this.names = names;
    this.identity = identity;
    this.unchecked = unchecked;
    this.json = json;
  }

  @GetMapping("/api/reports/annual")
  AnnualYear.View annual(@RequestParam(required = false) Integer year) {
    WorkbenchAccess.Reader reader = access.current();
    return view(reader, year == null ? AuditTime.today().getYear() : year);
  }

  @GetMapping("/api/reports/annual.csv")
  ResponseEntity<byte[]> annualCsv(@RequestParam(required = false) Integer year) {
    AnnualYear.View view = annual(year);
    return download(AnnualFigures.csv(AnnualYear.asReport(view, json)).getBytes(StandardCharsets.UTF_8),
        view.year() + "年度统计.csv", "text/csv;charset=UTF-8");
  }

  /** 年度数据确认: the legal office keeps the past year's figures as they are now. */
  @PostMapping("/api/reports/annual/{year}/confirmation")
  AnnualYear.View confirm(@PathVariable int year, @RequestBody(required = false) ConfirmationRequest request) {
    WorkbenchAccess.Reader reader = access.current();
    String userId = legalOffice(reader, "确认年度数据");
    checkYear(year);
    if (!AnnualConfirmations.ended(year)) {
      throw new FormValidationException(List.of(year + " 年度尚未结束（今天是 " + AuditTime.day(AuditTime.today())
          + "），年度数据须在该年度结束后确认"));
    }
    confirmations.confirm(liveReport(reader, year), request == null ? null : request.note(), userId);
    return view(reader, year);
  }

  /** A recorded correction of one confirmed figure. */
  @PostMapping("/api/reports/annual/{year}/amendments")
  AnnualYear.View amend(@PathVariable int year, @RequestBody(required = false) AmendmentRequest request) {
    WorkbenchAccess.Reader reader = access.current();
    String userId = legalOffice(reader, "更正年度数据");
    checkYear(year);
    if (request == null) {
      throw new FormValidationException(List.of("请提交要更正的指标（key）、更正后的数值（value）和更正理由（reason）"));
    }
    confirmations.amend(year, request.key(), request.value(), request.reason(), userId);
    return view(reader, year);
  }

  /** The report paragraphs of a confirmed year as a Word document. */
  @GetMapping("/api/reports/annual/{year}/paragraphs.docx")
  ResponseEntity<byte[]> paragraphs(@PathVariable int year) {
    WorkbenchAccess.Reader reader = access.current();
    if (!reader.everything()) {
      throw new ForbiddenException("年度报告段落依据全局数据生成，仅供法制机构和监督审计人员下载");
    }
    checkYear(year);
    AnnualConfirmations.Stored stored = confirmations.find(year).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.CONFLICT, year + " 年度数据尚未确认：报告段落只依据法制机构确认的年度数据生成，请先确认年度数据"));
    AnnualYear.View view = AnnualYear.confirmed(stored, confirmations.amendments(year), null, permissions(reader), names);
    byte[] docx = ReportDocx.of(view, ReportParagraphs.of(year, AnnualYear.values(view)));
    return download(docx, year + "年度法治政府建设年度报告段落.docx", DOCX);
  }

  private AnnualYear.View view(WorkbenchAccess.Reader reader, int year) {
    checkYear(year);
    AnnualYear.Permissions may = permissions(reader);
    Optional<AnnualConfirmations.Stored> stored = confirmations.find(year);
    if (stored.isPresent() && reader.everything()) {
      return AnnualYear.confirmed(stored.get(), confirmations.amendments(year), liveReport(reader, year), may, names);
    }
    return AnnualYear.live(liveReport(reader, year), may, stored.orElse(null), names);
  }

  /** The one place the live figures are computed. */
  private AnnualFigures.Report liveReport(WorkbenchAccess.Reader reader, int year) {
    return annual.report(reader, year);
  }

  private AnnualYear.Permissions permissions(WorkbenchAccess.Reader reader) {
    Set<String> groups = groups(reader.userId());
    boolean legal = groups.contains(Groups.ID_LEGAL_OFFICE) && !groups.contains(Groups.ID_ADMIN);
    return new AnnualYear.Permissions(reader.userId(), legal, legal);
  }

  /** R-C-07: the legal office confirms and amends; the administrator never acts in the procedure. */
  private String legalOffice(WorkbenchAccess.Reader reader, String act) {
    Set<String> groups = groups(reader.userId());
    if (groups.contains(Groups.ID_ADMIN)) {
      throw new ForbiddenException("系统管理员负责系统运行，不能" + act + "：年度数据由法制机构确认和更正");
    }
    if (!groups.contains(Groups.ID_LEGAL_OFFICE)) {
      throw new ForbiddenException("只有法制机构可以" + act + "；监督审计人员和起草科室可以查阅");
    }
    return reader.userId();
  }

  private Set<String> groups(String userId) {
    return unchecked.read(() -> identity.createGroupQuery().groupMember(userId).list()).stream().map(Group::getId)
        .collect(Collectors.toSet());
  }

  private static void checkYear(int year) {
    if (year < 1949 || year > 9999) {
      throw new FormValidationException(List.of("年度“" + year + "”无效"));
    }
  }

  private static ResponseEntity<byte[]> download(byte[] body, String fileName, String type) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(type))
        .body(body);
  }
}
