package org.normflow.catalogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_OpenDecisionCases, R-MD-01 (issue 10): every item of the published catalogue opens its
 * major-decision case for its lead unit (the unit's drafters find the proposal task in their list).
 */
@Component("openCatalogueDecisions")
class OpenCatalogueDecisions implements JavaDelegate {

  private final CatalogueCases cases;
  private final CatalogueService catalogue;

  OpenCatalogueDecisions(CatalogueCases cases, CatalogueService catalogue) {
    this.cases = cases;
    this.catalogue = catalogue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = CatalogueSteps.year(execution);
    int opened = cases.openAll(year).size();
    catalogue.recordEvent(year, "OPENED", "目录公布，" + opened + " 个事项已启动决策程序", null);
  }
}
