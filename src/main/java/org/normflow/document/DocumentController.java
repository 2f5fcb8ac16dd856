package org.normflow.document;

import org.normflow.validation.NotFoundException;
import static org.normflow.process.NormativeDocumentVariables.MESSAGE_WITHDRAW;
import static org.normflow.process.NormativeDocumentVariables.WITHDRAWN_BY;
import static org.normflow.process.NormativeDocumentVariables.WITHDRAW_REASON;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.identity.CaseAccess;
import org.normflow.identity.CaseUnits;
import org.normflow.identity.Groups;
import org.normflow.trust.SystemActions;
import org.normflow.validation.ForbiddenException;
import org.normflow.validation.FormValidationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The normative-document registry (authenticated, see RestAuthentication). Each user reads the
 * documents whose case they may read in the engine (their own unit's, the ones they worked on;
 * auditors every one): {@link CaseAccess}.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

  static final String NUMBERED = "文件已编号，撤回须走废止程序";

  private final DocumentRepository documents;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final CaseAccess caseAccess;
  private final CaseUnits caseUnits;

  DocumentController(DocumentRepository documents, RuntimeService runtimeService, IdentityService identityService,
      CaseAccess caseAccess, CaseUnits caseUnits) {
    this.documents = documents;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.caseAccess = caseAccess;
    this.caseUnits = caseUnits;
  }

  /**
   * The registry, optionally of one stage: {@code ?stage=IN_FORCE} or {@code ?status=in_force} (the same;
   * an abolished or lapsed document is never in force, R-ND-11).
   */
  @GetMapping
  List<DocumentRecord> list(@RequestParam(required = false) Stage stage, @RequestParam(required = false) String status) {
    if (stage == null && status != null) {
      try {
        stage = Stage.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "没有这种文件状态");
      }
    }
    CaseAccess.Scope scope = caseAccess.currentUser();
    return documents.list(stage).stream().filter(d -> scope.mayRead(d.processInstanceId(), d.draftingUnit())).toList();
  }

  @GetMapping("/{id}")
  DocumentRecord get(@PathVariable String id) {
    return readable(id);
  }

  /** The document, when the current user may read its case; otherwise 403 (404 when there is none). */
  private DocumentRecord readable(String id) {
    // issue 10: the 登记号 or the 文号 name a document as well as its internal id
    DocumentRecord doc = documents.get(documents.resolve(id));
    if (!caseAccess.currentUser().mayRead(doc.processInstanceId(), doc.draftingUnit())) {
      throw new ForbiddenException("无权查看该文件：只能查看本科室的文件和本人经办的案件");
    }
    return doc;
  }

  /**
   * One version of the draft with its drafting explanation as a text file, for the download link on
   * every task form (clerks logged into Tasklist may read /api with their session).
   */
  @GetMapping(value = "/{id}/versions/{versionNo}/draft", produces = "text/plain;charset=UTF-8")
  ResponseEntity<String> draft(@PathVariable String id, @PathVariable int versionNo) {
    DocumentRecord doc = readable(id);
    DocumentVersion version =
        doc.versions().stream()
            .filter(v -> v.versionNo() == versionNo)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("《" + doc.title() + "》没有第 " + versionNo + " 稿"));
    String text = DraftText.of(doc, version);
    ContentDisposition disposition =
        ContentDisposition.attachment()
            .filename(fileName(doc.title()) + "（第" + versionNo + "稿）.txt", StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
        .body(text);
  }

  /**
   * The title as a file name (R-C-06): characters that no file name may hold, or that mean a path or
   * markup (/ \\ : * ? " < > | and control characters), become "_".
   */
  static String fileName(String title) {
    return title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
  }

  record WithdrawRequest(String reason) {}

  /**
   * A drafter of the document's own unit withdraws it before it is numbered: message {@code
   * Message_WithdrawDocument} to its process instance. Once a number is assigned the document can
   * only be abolished by its own recorded procedure (409). The user's rights are checked here; the
   * correlation itself is NormFlow's action on their behalf ({@link SystemActions}) and runs without
   * the user's engine authorizations, since drafters hold no UPDATE on process instances.
   */
  @PostMapping("/{id}/withdraw")
  Map<String, String> withdraw(@PathVariable String id, @RequestBody WithdrawRequest request) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null || !user.getGroupIds().contains(Groups.ID_DRAFTERS)) {
      throw new ForbiddenException("只有起草科室可以撤回文件");
    }
    DocumentRecord doc = documents.get(documents.resolve(id));
    if (doc.draftingUnit() != null && !caseUnits.unitsOf(user.getUserId()).contains(doc.draftingUnit())) {
      throw new ForbiddenException("只能撤回本科室起草的文件");
    }
    if (doc.docNumber() != null || AFTER_NUMBERING.contains(doc.stage())) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, NUMBERED);
    }
    if (request == null || request.reason() == null || request.reason().isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "请填写撤回理由");
    }
    identityService.clearAuthentication();
    try {
      SystemActions.run(
          () ->
              runtimeService.createMessageCorrelation(MESSAGE_WITHDRAW)
                  .processInstanceId(doc.processInstanceId())
                  .setVariable(WITHDRAW_REASON, request.reason().strip())
                  .setVariable(WITHDRAWN_BY, user.getUserId())
                  .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "文件已办结，不能撤回");
    } catch (FormValidationException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, String.join("；", e.problems()));
    } finally {
      identityService.setAuthentication(user);
    }
    return Map.of("status", "withdrawn", "message", "文件已撤回");
  }

  /** Stages in which the document carries its number (assigned after the deliberation) or has ended. */
  static final Set<Stage> AFTER_NUMBERING =
      EnumSet.of(Stage.PUBLISHED, Stage.FILED, Stage.IN_FORCE, Stage.EXPIRED, Stage.ABOLISHED);

  /** Refusals of this controller answer with their Chinese reason in the body, as the other /api errors do. */
  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ProblemDetail> refused(ResponseStatusException e) {
    return ResponseEntity.status(e.getStatusCode())
        .body(ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason()));
  }
}
