package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.PERIODIC_ROUND;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_StartPeriodicCleanup (cleanup-schedule), R-ND-11: on each date of the configured cycle
 * ({@code normflow.cleanup.cycle}, timer StartEvent_CleanupCycle) starts a periodic-cleanup round of every
 * document in force.
 */
@Component("startPeriodicCleanup")
class StartPeriodicCleanup implements JavaDelegate {

  private final RuntimeService runtime;
  private final IdentityService identity;

  StartPeriodicCleanup(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SystemEngine.run(identity, true,
        () -> runtime.startProcessInstanceByKey(ProcessKeys.PERIODIC_CLEANUP, Map.of(PERIODIC_ROUND, true)));
  }
}
