package org.normflow.decision;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.normflow.catalogue.CatalogueItem.ItemStatus;
import org.normflow.catalogue.CatalogueService;
import org.normflow.process.MajorDecisionVariables;
import org.springframework.stereotype.Component;

/**
 * Keeps the registry's stage in step with the process: BPMN execution listeners say {@code
 * ${decisionStages.enter(execution, 'HEARING')}}, end events {@code ${decisionStages.end(execution,
 * 'REJECTED', 'REJECTED')}} (stage, catalogue item status).
 */
@Component("decisionStages")
public class DecisionStages {

  private final DecisionRepository decisions;
  private final CatalogueService catalogue;

  DecisionStages(DecisionRepository decisions, CatalogueService catalogue) {
    this.decisions = decisions;
    this.catalogue = catalogue;
  }

  public void enter(DelegateExecution execution, String stage) {
    decisions.updateStage(DecisionCase.id(execution), DecisionStage.valueOf(stage));
  }

  /** The procedure ends: final stage of the decision and final status of its catalogue item. */
  public void end(DelegateExecution execution, String stage, String itemStatus) {
    enter(execution, stage);
    Object item = execution.getVariable(MajorDecisionVariables.CATALOGUE_ITEM_ID);
    if (item instanceof Number id) {
      LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Shanghai"));
      catalogue.markStatus(id.longValue(), ItemStatus.valueOf(itemStatus), null, today);
    }
  }
}
