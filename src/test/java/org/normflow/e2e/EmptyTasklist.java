package org.normflow.e2e;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Other test classes share the journeys' database and move the engine clock, leaving cases whose
 * tasks were created "in the future" at the top of every list. A clerk's Tasklist shows the bureau's
 * real cases, so each browser journey starts from an empty one.
 */
final class EmptyTasklist {

  private EmptyTasklist() {}

  static void clear(RuntimeService runtimeService, IdentityService identityService) {
    identityService.clearAuthentication();
    runtimeService.createProcessInstanceQuery().rootProcessInstances().list()
        .forEach(pi -> runtimeService.deleteProcessInstance(
            pi.getId(), "browser journey starts from an empty Tasklist", true, true));
  }
}
