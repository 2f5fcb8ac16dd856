package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.DOCUMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_MarkExpiredNoDecision, ServiceTask_MarkLapsed and ServiceTask_MarkExpiredAwaitingAmendment
 * (document-validity), R-ND-10: the validity period ended; the document is marked expired (已失效) by the
 * engine, with the reason: no decision was taken in time (the legal office is told), the evaluation let it
 * lapse, or the amendment was not in force by then. It stays in the registry with its history.
 */
@Component("markDocumentExpired")
class MarkDocumentExpired implements JavaDelegate {

  private final CleanupRepository registry;

  MarkDocumentExpired(CleanupRepository registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = (String) execution.getVariable(DOCUMENT_ID);
    CleanupRepository.Doc doc = registry.document(id).orElseThrow();
    String reason = switch (execution.getCurrentActivityId()) {
      case "ServiceTask_MarkLapsed" -> "有效期届满，经评估不再继续施行";
      case "ServiceTask_MarkExpiredAwaitingAmendment" -> "有效期届满，修订后的文件尚未施行";
      default -> "有效期届满，届满前未作出评估决定";
    };
    if (registry.end(id, CleanupRepository.EXPIRED, doc.validUntil().plusDays(1), reason, null, null)) {
      registry.event(id, "EXPIRED", reason, doc.docNumber(), null, doc.validUntil(), null, null, null, null, null);
    }
  }
}
