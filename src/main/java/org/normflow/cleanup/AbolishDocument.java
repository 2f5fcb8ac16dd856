package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.ABOLITION_ID;
import static org.normflow.process.CleanupVariables.DOCUMENT_ID;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_AbolishDocument (document-abolition), R-ND-11: the head approved, signed the decision and
 * it was published (Task_PublishDecision): the document is abolished (已废止) as of the publication date;
 * it stays in the registry with the abolition that ended it, and its validity case ends. Nothing is
 * abolished before the signed decision is published.
 */
@Component("abolishDocument")
class AbolishDocument implements JavaDelegate {

  private final CleanupRepository registry;
  private final DocumentCases cases;
  private final OrganDecisions organ;

  AbolishDocument(CleanupRepository registry, DocumentCases cases, OrganDecisions organ) {
    this.registry = registry;
    this.cases = cases;
    this.organ = organ;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = (String) execution.getVariable(DOCUMENT_ID);
    long abolitionId = ((Number) execution.getVariable(ABOLITION_ID)).longValue();
    Map<String, Object> abolition = registry.abolition(abolitionId);
    OrganDecisionRepository.Decision decision = organ.current(execution);
    if (!"APPROVE".equals(decision.decision()) || decision.signedOn() == null || decision.publishedOn() == null) {
      throw new IllegalStateException("废止须经主要负责人决定、签发并公布" + org.normflow.validation.LegalBasis.cite("R-ND-11"));
    }
    CleanupRepository.Doc doc = registry.document(id).orElseThrow();
    String reason = String.valueOf(abolition.get("REASON") != null ? abolition.get("REASON") : abolition.get("reason"));
    if (!registry.end(id, CleanupRepository.ABOLISHED, decision.publishedOn(), reason, null, abolitionId)) {
      throw new IllegalStateException("文件 " + doc.docNumber() + " 已不是有效文件，不能废止");
    }
    Object replacement = abolition.get("REPLACEMENT_DOC_NUMBER") != null ? abolition.get("REPLACEMENT_DOC_NUMBER")
        : abolition.get("replacement_doc_number");
    String replacedBy = replacement == null ? null
        : registry.documentByNumber(replacement.toString()).map(CleanupRepository.Doc::id).orElse(null);
    registry.event(id, "ABOLISHED", reason + "（" + decision.number() + "，" + decision.publishedOn() + " 公布）", doc.docNumber(), null, doc.validUntil(), null, null, abolitionId, replacedBy,
        null);
    cases.endValidityCase(id, replacedBy);
  }
}
