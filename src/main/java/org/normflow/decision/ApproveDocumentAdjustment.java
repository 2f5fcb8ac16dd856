package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.CATALOGUE_ITEM_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.normflow.catalogue.CatalogueService;
import org.normflow.trust.Actors;
import org.springframework.stereotype.Component;

/**
 * Gateway_ReturnToDocument (start), issue 24 point 9, R-MD-01: a normative document handled as a major
 * decision whose matter was not in the year's catalogue entered it only as a proposed adjustment
 * (RegisterDecision); the organ's decision to approve the matter (reached only on the way out of
 * Gateway_HeadDecision's approval) approves the adjustment, recorded with the deciding head. An item
 * already in the catalogue, or an item of a decision that is not approved, is left as it is.
 */
@Component("approveDocumentAdjustment")
class ApproveDocumentAdjustment implements ExecutionListener {

  private final CatalogueService catalogue;
  private final DecisionRepository decisions;

  ApproveDocumentAdjustment(CatalogueService catalogue, DecisionRepository decisions) {
    this.catalogue = catalogue;
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getVariable(CATALOGUE_ITEM_ID) instanceof Number itemId) {
      String id = DecisionCase.id(execution);
      catalogue.approveProposedAdjustment(itemId.longValue(), id, decidedBy(id, execution));
    }
  }

  /**
   * The head who decided at the organ's meeting approves the adjustment with the decision; the step that
   * reaches this gateway is the office's minutes, so the current user is not the one who decided.
   */
  private String decidedBy(String decisionId, DelegateExecution execution) {
    return decisions.get(decisionId).opinions().stream()
        .filter(o -> DecisionRepository.ROLE_HEAD.equals(o.role()))
        .reduce((first, last) -> last)
        .map(DecisionRecord.Opinion::memberId)
        .orElseGet(() -> Actors.of(execution));
  }
}
