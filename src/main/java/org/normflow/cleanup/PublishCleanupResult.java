package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.CLEANUP_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_PublishCleanupResult (periodic-cleanup), R-ND-11: the organ decided, the head signed and
 * the decision was published (Task_PublishDecision): the three lists (继续有效 / 废止 / 失效) take effect on
 * the publication date and the registry is updated in one step: abolished and declared-invalid documents leave force
 * (they stay in the registry, with the round that ended them), their validity cases end. A document not
 * on the valid list is no longer a basis of administration.
 */
@Component("publishCleanupResult")
class PublishCleanupResult implements JavaDelegate {

  private final CleanupRepository registry;
  private final DocumentCases cases;
  private final OrganDecisions organ;

  PublishCleanupResult(CleanupRepository registry, DocumentCases cases, OrganDecisions organ) {
    this.registry = registry;
    this.cases = cases;
    this.organ = organ;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(CLEANUP_ID)).longValue();
    OrganDecisionRepository.Decision decision = organ.current(execution);
    if (!"APPROVE".equals(decision.decision()) || decision.signedOn() == null || decision.publishedOn() == null) {
      throw new IllegalStateException("清理结果须经机关决定、签发并公布后方能生效" + org.normflow.validation.LegalBasis.cite("R-ND-11"));
    }
    registry.publish(id, decision.publishedOn(), decision.channel(), decision.number());
    for (String outcome : new String[] {"ABOLISH", "DECLARE_INVALID"}) {
      for (String documentId : registry.documentsWithOutcome(id, outcome)) {
        cases.endValidityCase(documentId, null);
      }
    }
  }
}
