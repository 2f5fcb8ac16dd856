package org.normflow.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.catalogue.CatalogueItem.ItemStatus;
import org.normflow.process.MajorDecisionVariables;
import org.normflow.process.ProcessKeys;
import org.normflow.trust.SystemActions;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Issue 10, R-MD-01: each item of a published catalogue (and each item an approved adjustment adds)
 * opens its major-decision case for its lead unit; nobody types an item number. The case is the
 * system's (no starter): its drafter tasks go to the item's lead unit, recorded on the item.
 */
@Service
class CatalogueCases {

  private final CatalogueService catalogue;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  CatalogueCases(CatalogueService catalogue, @Lazy RuntimeService runtimeService, @Lazy IdentityService identityService) {
    this.catalogue = catalogue;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** Opens the case of every item of the year not yet taken up; returns the items opened. */
  List<CatalogueItem> openAll(int year) {
    List<CatalogueItem> opened = new ArrayList<>();
    for (CatalogueItem item : catalogue.items(year)) {
      if (item.status() == ItemStatus.PLANNED && item.decisionId() == null) {
        open(item);
        opened.add(item);
      }
    }
    return opened;
  }

  void open(CatalogueItem item) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      SystemActions.run(() -> {
        runtimeService.startProcessInstanceByKey(ProcessKeys.MAJOR_DECISION,
            Map.of(MajorDecisionVariables.CATALOGUE_ITEM_ID, Long.toString(item.id())));
      });
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
