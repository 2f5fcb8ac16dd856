package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.catalogue.CatalogueItem.ItemStatus;
import org.springframework.stereotype.Component;

/**
 * Task_KeepCatalogue (create), R-MD-01 (issue 10): the published catalogue with each item's state, and
 * the items as a choice list ({@code valuesKey: itemOptions}) for an adjustment.
 */
@Component("offerCatalogueKeeping")
class OfferCatalogueKeeping implements TaskListener {

  private final CatalogueService catalogue;

  OfferCatalogueKeeping(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    List<CatalogueItem> items = catalogue.items(CatalogueSteps.year(task));
    Map<String, String> options = new LinkedHashMap<>();
    items.stream().filter(i -> i.status() != ItemStatus.REMOVED && i.status().inCatalogue())
        .forEach(i -> options.put(Long.toString(i.id()), "第 " + i.itemNo() + " 项 " + i.title()));
    task.setVariable(ITEM_OPTIONS, CatalogueSteps.options(options));
    task.setVariable(CATALOGUE_SUMMARY, OfferCatalogueProposals.cap(
        items.stream().map(CatalogueSteps::line).collect(Collectors.joining("\n"))));
    // a new round starts empty: the previous adjustment's values stay in history and the registry
    for (String name : List.of(KEEP_ACTION, ADJUSTMENT_KIND, ADJUSTED_ITEM, ADJUSTED_TITLE, ADJUSTED_UNIT,
        ADJUSTED_COMPLETION, ADJUSTMENT_REASON, ADJUSTMENT_DECISION, ADJUSTMENT_DECISION_REASON)) {
      task.getExecution().removeVariable(name);
    }
  }
}
