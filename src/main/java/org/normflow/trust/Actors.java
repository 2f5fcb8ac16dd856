package org.normflow.trust;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who did a step (R-C-02, R-C-06): the user the engine authenticated for the call that completed
 * the task or moved the case, never a form value or the task's assignee field. Steps the engine
 * runs on its own (timers, the job executor) have no actor and record {@code null}.
 */
public final class Actors {

  private Actors() {}

  public static String of(DelegateTask task) {
    return current(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
  }

  public static String of(DelegateExecution execution) {
    return current(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
  }

  private static String current(Authentication authentication) {
    return authentication == null ? null : authentication.getUserId();
  }
}
