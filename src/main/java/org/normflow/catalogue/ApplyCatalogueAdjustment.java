package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.decision.DecisionRepository;
import org.normflow.decision.DecisionStage;
import org.normflow.identity.DraftingUnits;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_ApplyAdjustment, R-MD-01 (issue 10): the approved adjustment is applied to the published
 * catalogue and recorded (what, why, proposed by, approved by): an added item opens its major-decision
 * case for its lead unit; a removed item whose case had not got past its start ends that case.
 */
@Component("applyCatalogueAdjustment")
class ApplyCatalogueAdjustment implements JavaDelegate {

  private final CatalogueService catalogue;
  private final CatalogueCases cases;
  private final DraftingUnits units;
  private final DecisionRepository decisions;

  ApplyCatalogueAdjustment(CatalogueService catalogue, CatalogueCases cases, DraftingUnits units,
      DecisionRepository decisions) {
    this.catalogue = catalogue;
    this.cases = cases;
    this.units = units;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = CatalogueSteps.year(execution);
    String kind = (String) execution.getVariable(PENDING_KIND);
    Object itemValue = execution.getVariable(PENDING_ITEM);
    Long itemId = itemValue == null ? null : ((Number) itemValue).longValue();
    String unit = (String) execution.getVariable(PENDING_UNIT);
    Map<String, String> unitNames = CatalogueSteps.units(units);
    String completion = (String) execution.getVariable(PENDING_COMPLETION);
    CatalogueItem item = catalogue.adjust(year, kind, itemId, (String) execution.getVariable(PENDING_TITLE),
        unit == null ? null : unitNames.get(unit), unit, completion == null ? null : LocalDate.parse(completion),
        (String) execution.getVariable(PENDING_REASON), (String) execution.getVariable(PENDING_PROPOSED_BY),
        (String) execution.getVariable(ADJUSTMENT_APPROVED_BY));
    if ("ADD".equals(kind)) {
      cases.open(item);
    } else if ("REMOVE".equals(kind) && item.decisionId() != null) {
      decisions.find(item.decisionId()).ifPresent(d -> {
        execution.getProcessEngineServices().getRuntimeService()
            .deleteProcessInstance(d.processInstanceId(), "目录调整：事项调出年度决策事项目录");
        decisions.updateStage(d.id(), DecisionStage.NOT_STARTED);
      });
    }
  }
}
