package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** What the organ's decision changes on the subject's own record (the round, the document). */
@Component
class OrganDecisionSteps {

  private final CleanupRepository registry;

  OrganDecisionSteps(CleanupRepository registry) {
    this.registry = registry;
  }

  void decided(DelegateExecution execution, OrganDecisionRepository.Decision current, String decision, String reason,
      String by) {
    switch (current.subject()) {
      case OrganDecisionRepository.CLEANUP -> {
        long id = Long.parseLong(current.subjectRef());
        registry.setStatus(id, "APPROVE".equals(decision) ? "DECIDED" : "RETURNED");
        execution.setVariable(ORGAN_RETURN_REASON, "RETURN".equals(decision) ? reason : null);
      }
      case OrganDecisionRepository.VALIDITY -> {
        CleanupRepository.Doc doc = registry.document(current.subjectRef()).orElseThrow();
        registry.event(doc.id(), "ORGAN_DECIDED_" + decision, reason, doc.docNumber(), null, doc.validUntil(), null,
            null, null, null, by);
        execution.setVariable(VALIDITY_OUTCOME, decision);
      }
      default -> { }
    }
  }
}
