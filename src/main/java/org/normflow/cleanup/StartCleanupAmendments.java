package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.CLEANUP_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_StartCleanupAmendments (periodic-cleanup, asynchronous), R-ND-11: for each document the
 * round decided to amend, a new normative-document case for its drafting unit, linked to the document,
 * which stays on the valid list and in force until the amendment enters into force.
 */
@Component("startCleanupAmendments")
class StartCleanupAmendments implements JavaDelegate {

  private final CleanupRepository registry;
  private final DocumentCases cases;

  StartCleanupAmendments(CleanupRepository registry, DocumentCases cases) {
    this.registry = registry;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(CLEANUP_ID)).longValue();
    for (String documentId : registry.documentsWithOutcome(id, "AMEND")) {
      CleanupRepository.Doc doc = registry.document(documentId).orElseThrow();
      String instance = cases.startAmendment(doc, "规范性文件清理决定修订（第 " + id + " 轮）");
      registry.recordAmendmentInstance(id, documentId, instance);
    }
  }
}
