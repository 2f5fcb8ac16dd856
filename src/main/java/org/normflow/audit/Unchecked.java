package org.normflow.audit;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine reads the workbench makes after {@link WorkbenchAccess} decided which cases the reader may see:
 * history, names and groups are then read without the reader's own engine checks (a legal officer holds
 * no READ on a case they never worked on, yet reads its file here). Only reads go through here.
 */
@Component
class Unchecked {

  private final ObjectProvider<ProcessEngine> engine;

  Unchecked(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  <T> T read(Supplier<T> read) {
    CommandContext current = Context.getCommandContext();
    if (current != null) {
      return current.runWithoutAuthorization(read::get);
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(command -> command.runWithoutAuthorization(read::get));
  }

  ProcessEngine engine() {
    return engine.getObject();
  }
}
