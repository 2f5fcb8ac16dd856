package org.normflow.trust;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * R-C-06, the trust boundary, installed into the engine so that it holds for every present and
 * future model and for every way in (Tasklist, {@code /engine-rest}, the webapps' {@code
 * /camunda/api/engine}): every command a signed-in user issues passes {@link TrustBoundary} first.
 *
 * <p>Candidates of a task get the engine's {@code TASK_WORK} permission instead of {@code UPDATE}:
 * they may claim and complete, but not set variables outside a form, change dates or candidates,
 * reassign or delegate.
 */
@Component
class TrustBoundaryPlugin implements ProcessEnginePlugin {

  private final FormFields formFields = new FormFields();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
    List<CommandInterceptor> pre = mutable(configuration.getCustomPreCommandInterceptorsTxRequired());
    pre.add(0, new OuterCommand.Marker());
    configuration.setCustomPreCommandInterceptorsTxRequired(pre);
    List<CommandInterceptor> post = mutable(configuration.getCustomPostCommandInterceptorsTxRequired());
    post.add(new TrustBoundary(formFields));
    configuration.setCustomPostCommandInterceptorsTxRequired(post);
  }

  private static List<CommandInterceptor> mutable(List<CommandInterceptor> list) {
    return list == null ? new ArrayList<>() : new ArrayList<>(list);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {}

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {}
}
