package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.AMENDMENT_INSTANCE_ID;
import static org.normflow.process.CleanupVariables.DOCUMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_StartAmendment (document-validity), R-ND-10: the evaluation decided to amend: a new
 * normative-document case is opened for the same drafting unit, linked to this document, which stays in
 * force until the amendment enters into force (then Message_AmendmentInForce ends it).
 */
@Component("startDocumentAmendment")
class StartDocumentAmendment implements JavaDelegate {

  private final CleanupRepository registry;
  private final DocumentCases cases;

  StartDocumentAmendment(CleanupRepository registry, DocumentCases cases) {
    this.registry = registry;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CleanupRepository.Doc doc = registry.document((String) execution.getVariable(DOCUMENT_ID)).orElseThrow();
    execution.setVariable(AMENDMENT_INSTANCE_ID, cases.startAmendment(doc, "有效期届满前评估决定修订"));
  }
}
