package org.normflow.decision;

import static org.normflow.process.DecisionImplementationVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.validation.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_OpenImplementation (decision-implementation), R-MD-14: checks what major-decision passed
 * in (a registered decision with its executing unit named) and starts with execution not suspended.
 */
@Component("openImplementation")
class OpenImplementation implements JavaDelegate {

  private final DecisionRepository decisions;

  OpenImplementation(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = DecisionCase.id(execution);
    if (id == null || decisions.find(id).isEmpty()) {
      throw new FormValidationException(List.of("决策执行须由已登记的重大行政决策发起（缺少决策编号）"));
    }
    execution.setVariable(EXECUTION_SUSPENDED, false);
    execution.setVariable(EVALUATION_ORDERED, false);
  }
}
