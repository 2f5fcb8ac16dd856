package org.normflow.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.process.MajorDecisionVariables;

/** Who did a step (R-C-02) and which decision it belongs to. */
final class Actors {

  private Actors() {}

  /** The task's assignee, else the authenticated user, else null (engine-driven). */
  static String of(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  static String of(DelegateExecution execution) {
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  static String decisionId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return (String) scope.getVariable(MajorDecisionVariables.DECISION_ID);
  }

  /** Text cut to the 4000 characters a String variable may hold. */
  static String cap(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3990) + "……（略）";
  }
}
