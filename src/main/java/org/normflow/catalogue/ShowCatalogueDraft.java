package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ApproveCatalogue and Task_PartyCommitteeConsent (create), R-MD-01 (issue 10, issue 24 point 4): the
 * draft catalogue as the head (and the organ's office reporting it to the Party committee) reads it, item by
 * item from the registry, and whether a collective discussion must come first (configuration).
 */
@Component("showCatalogueDraft")
class ShowCatalogueDraft implements TaskListener {

  private final CatalogueService catalogue;
  private final CatalogueSettings settings;

  ShowCatalogueDraft(CatalogueService catalogue, CatalogueSettings settings) {
    this.catalogue = catalogue;
    this.settings = settings;
  }

  @Override
  public void notify(DelegateTask task) {
    String draft = catalogue.items(CatalogueSteps.year(task)).stream().map(CatalogueSteps::line)
        .collect(Collectors.joining("\n"));
    task.setVariable(CATALOGUE_DRAFT, OfferCatalogueProposals.cap(draft));
    task.setVariable(DISCUSSION_REQUIRED, settings.isCollectiveDiscussion());
  }
}
