package org.normflow.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.normflow.identity.CaseUnits;
import org.springframework.stereotype.Component;

/**
 * Bean {@code executingUnits} (R-MD-14): the candidate group of the executing unit's tasks in {@code
 * decision-implementation} ({@code ${executingUnits.group(execution)}}): the drafting unit the head named
 * in Task_HeadDecision, read from the registry by the decision's process instance (the instance that
 * called this one), never from a variable a form could write.
 */
@Component("executingUnits")
public class ExecutingUnits {

  private final DecisionRepository decisions;
  private final CaseUnits caseUnits;

  ExecutingUnits(DecisionRepository decisions, CaseUnits caseUnits) {
    this.decisions = decisions;
    this.caseUnits = caseUnits;
  }

  /** The executing unit's group; a case with no named unit (none in practice) falls back to its drafting unit. */
  public String group(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (instance != null) {
      var named = decisions.executingGroupOfInstance(instance.getId());
      if (named.isPresent()) {
        return named.get();
      }
      DelegateExecution caller = instance.getSuperExecution();
      instance = caller == null ? null : caller.getProcessInstance();
    }
    return caseUnits.draftingGroup(execution);
  }
}
