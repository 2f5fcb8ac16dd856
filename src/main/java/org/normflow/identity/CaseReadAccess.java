package org.normflow.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.normflow.trust.Actors;
import org.springframework.stereotype.Component;

/**
 * Per-case read access (issue 8): nobody but auditors and administrators holds a read grant over a
 * whole process definition; instead a user reads exactly the cases they work on. This engine plugin
 * adds, by a BPMN parse listener, to every user task of every model (present and future):
 *
 * <ul>
 *   <li>on create, assignment and update: READ on the task's process instance and on every process
 *       instance above it (the case that called it), runtime ({@code PROCESS_INSTANCE}) and history
 *       ({@code HISTORIC_PROCESS_INSTANCE}, which outlives the instance), for the task's candidate
 *       groups, candidate users and assignee. That is what Tasklist needs to show the case's title,
 *       number and unit in the task list (the filter's variables), the task's history tab, and the
 *       registry's "cases I may read";
 *   <li>at the start of a top-level case: the same READ for the user who started it.
 * </ul>
 *
 * <p>The grants are written through the engine's own authorization manager inside the running
 * command (so they commit or roll back with the step) and without the user's own authorization
 * checks: users hold no right to create authorizations. The listeners are built-in, so they also run
 * when an administrator modifies an instance with custom listeners skipped.
 */
@Component
class CaseReadAccess extends AbstractProcessEnginePlugin {

  static final TaskListener GRANT_TASK_PEOPLE = CaseReadAccess::grantTaskPeople;
  static final ExecutionListener GRANT_STARTER = CaseReadAccess::grantStarter;
  static final ExecutionListener MARK_STARTED = execution -> KnownGrants.started(execution.getProcessInstanceId());

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // HISTORIC_PROCESS_INSTANCE grants keep a case readable after it ended (runtime grants on a
    // PROCESS_INSTANCE are deleted with the instance); the engine honours them only with this switch
    configuration.setEnableHistoricInstancePermissions(true);
    EngineExtensions.postParseListeners(configuration).add(new GrantListeners());
    EngineExtensions.addSession(configuration, KnownGrants.class, KnownGrants::new);
  }

  static class GrantListeners extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, GRANT_TASK_PEOPLE);
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, GRANT_TASK_PEOPLE);
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, GRANT_TASK_PEOPLE);
    }

    @Override
    public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEvent) {
      if (scope instanceof ProcessDefinitionEntity) {
        startEvent.addBuiltInListener(ExecutionListener.EVENTNAME_START, MARK_STARTED);
        startEvent.addBuiltInListener(ExecutionListener.EVENTNAME_START, GRANT_STARTER);
      }
    }
  }

  static void grantTaskPeople(DelegateTask task) {
    if (task.getExecution() == null) {
      return; // a stand-alone task belongs to no case
    }
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      } else if (link.getUserId() != null) {
        users.add(link.getUserId());
      }
    }
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
    }
    CaseGrants.grantRead(task.getExecution(), groups, users);
  }

  static void grantStarter(DelegateExecution execution) {
    String starter = Actors.of(execution);
    if (starter != null && execution.getProcessInstance().getSuperExecution() == null) {
      CaseGrants.grantRead(execution, List.of(), List.of(starter));
    }
  }
}
