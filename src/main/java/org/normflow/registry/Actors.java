package org.normflow.registry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did a step (R-C-02): the task's assignee, else the authenticated user. */
public final class Actors {

  private Actors() {}

  public static String of(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return current(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
  }

  public static String of(DelegateExecution execution) {
    return current(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
  }

  private static String current(Authentication authentication) {
    return authentication == null ? null : authentication.getUserId();
  }
}
