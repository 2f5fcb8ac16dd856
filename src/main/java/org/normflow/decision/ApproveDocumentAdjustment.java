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

  ApproveDocumentAdjustment(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getVariable(CATALOGUE_ITEM_ID) instanceof Number itemId) {
      catalogue.approveProposedAdjustment(itemId.longValue(), DecisionCase.id(execution), Actors.of(execution));
    }
  }
}
