package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.CATALOGUE_ITEM_ID;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.normflow.catalogue.CatalogueItem.ItemStatus;
import org.normflow.catalogue.CatalogueService;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_Archive, R-MD-13: the whole record stays in the registry; the catalogue item is complete
 * (R-MD-01).
 */
@Component("archiveDecision")
class ArchiveDecision implements JavaDelegate {

  private final DecisionRepository decisions;
  private final CatalogueService catalogue;

  ArchiveDecision(DecisionRepository decisions, CatalogueService catalogue) {
    this.decisions = decisions;
    this.catalogue = catalogue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = DecisionCase.id(execution);
    decisions.updateStage(id, DecisionStage.ARCHIVED);
    Object item = execution.getVariable(CATALOGUE_ITEM_ID);
    if (item instanceof Number n) {
      catalogue.markStatus(n.longValue(), ItemStatus.COMPLETED, null, today());
    }
  }

  /** Today on the engine clock, so tests move it with ClockUtil. */
  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Shanghai"));
  }
}
