package org.normflow.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads of identity and authorization data that NormFlow makes to decide access (a user's units,
 * their grants), without the user's own authorization checks: a clerk may not list authorizations,
 * yet NormFlow must know theirs; the auditors' workbench reads the cases its own access rule opened
 * (audit.Unchecked). Only reads go through here.
 */
@Component
public class EngineReads {

  private final ObjectProvider<ProcessEngine> engine;

  EngineReads(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  public <T> T unchecked(Supplier<T> read) {
    CommandContext current = Context.getCommandContext();
    if (current != null) {
      return current.runWithoutAuthorization(read::get);
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(command -> command.runWithoutAuthorization(read::get));
  }

  public ProcessEngine engine() {
    return engine.getObject();
  }
}
