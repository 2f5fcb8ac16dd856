package org.normflow.document;

import org.normflow.validation.NotFoundException;
import static org.normflow.process.NormativeDocumentVariables.MESSAGE_WITHDRAW;
import static org.normflow.process.NormativeDocumentVariables.WITHDRAWN_BY;
import static org.normflow.process.NormativeDocumentVariables.WITHDRAW_REASON;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.identity.Groups;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The normative-document registry (authenticated, see RestAuthentication). */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

  private final DocumentRepository documents;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  DocumentController(DocumentRepository documents, RuntimeService runtimeService, IdentityService identityService) {
    this.documents = documents;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @GetMapping
  List<DocumentRecord> list(@RequestParam(required = false) Stage stage) {
    return documents.list(stage);
  }

  @GetMapping("/{id}")
  DocumentRecord get(@PathVariable String id) {
    return documents.get(id);
  }

  /**
   * One version of the draft with its drafting explanation as a text file, for the download link on
   * every task form (clerks logged into Tasklist may read /api with their session).
   */
  @GetMapping(value = "/{id}/versions/{versionNo}/draft", produces = "text/plain;charset=UTF-8")
  ResponseEntity<String> draft(@PathVariable String id, @PathVariable int versionNo) {
    DocumentRecord doc = documents.get(id);
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
   * A drafter withdraws a document before publication: message {@code Message_WithdrawDocument} to its
   * process instance. The user's rights are checked here (drafters only); the correlation itself runs
   * without the user's engine authorizations, since drafters hold no UPDATE on process instances.
   */
  @PostMapping("/{id}/withdraw")
  Map<String, String> withdraw(@PathVariable String id, @RequestBody WithdrawRequest request) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null || !user.getGroupIds().contains(Groups.ID_DRAFTERS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有起草科室可以撤回文件");
    }
    if (request.reason() == null || request.reason().isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "请填写撤回理由");
    }
    DocumentRecord doc = documents.get(id);
    identityService.clearAuthentication();
    try {
      runtimeService.createMessageCorrelation(MESSAGE_WITHDRAW)
          .processInstanceId(doc.processInstanceId())
          .setVariable(WITHDRAW_REASON, request.reason().strip())
          .setVariable(WITHDRAWN_BY, user.getUserId())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "文件已办结，不能撤回");
    } catch (FormValidationException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, String.join("；", e.problems()));
    } finally {
      identityService.setAuthentication(user);
    }
    return Map.of("status", "withdrawn", "message", "文件已撤回");
  }
}
