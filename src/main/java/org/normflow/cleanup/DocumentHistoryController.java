package org.normflow.cleanup;

import java.util.List;
import java.util.Map;
import org.normflow.identity.CaseAccess;
import org.normflow.validation.ForbiddenException;
import org.normflow.validation.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A document's life after entry into force (R-ND-10, R-ND-11): evaluations, renewals with the old and new
 * number, expiry, cleanup findings with their round, abolition. Readable by whoever may read the document.
 */
@RestController
class DocumentHistoryController {

  private final CleanupRepository registry;
  private final CaseAccess caseAccess;

  DocumentHistoryController(CleanupRepository registry, CaseAccess caseAccess) {
    this.registry = registry;
    this.caseAccess = caseAccess;
  }

  @GetMapping("/api/documents/{id}/history")
  List<Map<String, Object>> history(@PathVariable String id) {
    CleanupRepository.Doc doc = registry.document(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的规范性文件"));
    if (!caseAccess.currentUser().mayRead(doc.processInstanceId(), doc.draftingUnit())) {
      throw new ForbiddenException("无权查看该文件：只能查看本科室的文件和本人经办的案件");
    }
    return registry.events(id).stream().map(CleanupController::lowerKeys).toList();
  }
}
