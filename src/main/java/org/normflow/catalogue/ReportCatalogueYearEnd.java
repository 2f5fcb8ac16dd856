package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_YearEndReport, R-MD-01 (issue 10): at year end the catalogue lists each item not completed
 * with its state (from the registry), for the legal office to confirm and publish.
 */
@Component("reportCatalogueYearEnd")
class ReportCatalogueYearEnd implements JavaDelegate {

  private final CatalogueService catalogue;

  ReportCatalogueYearEnd(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = CatalogueSteps.year(execution);
    List<CatalogueItem> open = catalogue.notCompleted(year);
    String report = open.isEmpty() ? year + " 年度目录事项均已办结"
        : year + " 年度目录中未完成的事项共 " + open.size() + " 项：\n"
            + open.stream().map(CatalogueSteps::line).collect(Collectors.joining("\n"));
    execution.setVariable(YEAR_END_REPORT, OfferCatalogueProposals.cap(report));
  }
}
