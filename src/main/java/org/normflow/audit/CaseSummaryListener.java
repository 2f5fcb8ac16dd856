package org.normflow.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps the register's summary rows ({@link CaseSummary}) up to date as steps happen: every activity of
 * every process notes its process instance, root process instance and business key in the running engine
 * command; when
 * the command closes (before its transaction commits, so the rows commit with the step or not at all), the
 * cases of those processes are derived again. A cleanup round or an abolition reaches its documents
 * through its own table ({@link CaseSummary#casesOfProcesses}).
 */
@Component
class CaseSummaryListener extends AbstractProcessEnginePlugin {

  private final CaseSummary summary;
  private final ThreadLocal<Pending> pending = new ThreadLocal<>();

  CaseSummaryListener(@Lazy CaseSummary summary) {
    this.summary = summary;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    ExecutionListener note = this::note;
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, note);
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, note);
        everyActivity(processDefinition, note);
      }
    });
  }

  private static void everyActivity(ScopeImpl scope, ExecutionListener note) {
    for (ActivityImpl activity : scope.getActivities()) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, note);
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, note);
      everyActivity(activity, note);
    }
  }

  private void note(DelegateExecution execution) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return;
    }
    Pending current = pending.get();
    if (current == null || current.context != context) {
      current = new Pending(context);
      pending.set(current);
      context.registerCommandContextListener(current);
    }
    String root = execution instanceof ExecutionEntity e ? e.getRootProcessInstanceId() : null;
    if (root != null) {
      current.processes.add(root);
    }
    // the instance itself too: a cleanup round or an abolition may run called from another process
    current.processes.add(execution.getProcessInstanceId());
    if (execution.getProcessBusinessKey() != null) {
      current.businessKeys.add(execution.getProcessBusinessKey());
    }
  }

  /** The processes one engine command ran. */
  private final class Pending implements CommandContextListener {

    final CommandContext context;
    final Set<String> processes = new HashSet<>();
    final Set<String> businessKeys = new HashSet<>();

    Pending(CommandContext context) {
      this.context = context;
    }

    @Override
    public void onCommandContextClose(CommandContext commandContext) {
      forget();
      List<String> cases = summary.casesOfProcesses(processes, businessKeys);
      summary.refresh(cases);
    }

    @Override
    public void onCommandFailed(CommandContext commandContext, Throwable t) {
      forget();
    }

    private void forget() {
      if (pending.get() == this) {
        pending.remove();
      }
    }
  }
}
