package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.DOCUMENT_ID;
import static org.normflow.process.CleanupVariables.REVIEW_DOCUMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.normflow.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Who works on a document's validity evaluation and cleanup review: its drafting unit (起草科室) as the
 * registry records it, never a variable a form could write. Bean {@code cleanupUnits}, used by {@code
 * camunda:candidateGroups="${cleanupUnits.documentGroup(execution)}"} (document-validity) and {@code
 * ${cleanupUnits.reviewGroup(execution)}} (periodic-cleanup). A document without a unit (seeded before
 * units existed) goes to the whole role {@code drafters}.
 */
@Component("cleanupUnits")
public class CleanupUnits {

  private final CleanupRepository registry;

  CleanupUnits(CleanupRepository registry) {
    this.registry = registry;
  }

  public String documentGroup(DelegateExecution execution) {
    return groupOf((String) execution.getVariable(DOCUMENT_ID));
  }

  public String reviewGroup(DelegateExecution execution) {
    return groupOf((String) execution.getVariable(REVIEW_DOCUMENT_ID));
  }

  String groupOf(String documentId) {
    if (documentId == null) {
      return Groups.ID_DRAFTERS;
    }
    return registry.document(documentId).map(CleanupRepository.Doc::draftingUnit).filter(u -> u != null)
        .orElse(Groups.ID_DRAFTERS);
  }
}
