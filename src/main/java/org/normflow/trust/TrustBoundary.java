package org.normflow.trust;

import static org.normflow.trust.CommandFields.is;
import static org.normflow.trust.CommandFields.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.normflow.identity.Groups;

/**
 * R-C-06 at the engine's door. A command a signed-in user issues from outside the engine is checked
 * here, inside its transaction and before it does anything:
 *
 * <ul>
 *   <li>a task submission (Tasklist's submit-form, REST complete or resolve) carries only the fields
 *       the task's Camunda Form lets the clerk write, each of the field's type; a task claimed by
 *       someone else is theirs to complete; an unclaimed one is claimed by whoever completes it;
 *   <li>a start carries only the start form's fields, no business key of its own and no start
 *       instructions (the system numbers the case and starts it at its start event);
 *   <li>the case's data is never changed outside a form, the case never moved by messages, signals,
 *       modifications, errors, escalations or jobs run early, and a task's statutory dates, name and
 *       description never changed by hand;
 *   <li>comments and attachments are written only by whoever works the task;
 *   <li>a clerk claims only for themselves and may give back a task they hold.
 * </ul>
 *
 * Commands issued by NormFlow's delegates and listeners while a command runs, by the job executor,
 * and by NormFlow's own code inside {@link SystemActions#run} are not the clerk's and pass.
 */
final class TrustBoundary extends CommandInterceptor {

  /** Changing a case's data outside a task form. */
  static final Set<String> VARIABLE_WRITES = Set.of(
      "AbstractSetVariableCmd", "AbstractPatchVariablesCmd", "AbstractRemoveVariableCmd",
      "SetVariablesToProcessInstancesBatchCmd", "DeleteHistoricVariableInstanceCmd",
      "DeleteHistoricVariableInstancesByProcessInstanceIdCmd");

  /** Moving a case other than by completing its tasks. */
  static final Set<String> CASE_MOVES = Set.of(
      "CorrelateMessageCmd", "CorrelateAllMessageCmd", "MessageEventReceivedCmd", "SignalEventReceivedCmd",
      "SignalCmd", "EvaluateStartConditionCmd", "StartProcessInstanceAtActivitiesCmd",
      "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd", "ProcessInstanceModificationCmd",
      "ProcessInstanceModificationBatchCmd", "RestartProcessInstancesCmd", "RestartProcessInstancesBatchCmd",
      "MigrateProcessInstanceCmd", "MigrateProcessInstanceBatchCmd", "HandleTaskBpmnErrorCmd",
      "HandleTaskEscalationCmd", "ExecuteJobsCmd", "SetJobDuedateCmd", "RecalculateJobDuedateCmd",
      "DeleteJobCmd");

  /**
   * Deleting tasks: every task of NormFlow belongs to a case, where the engine would refuse it only
   * after the fact with a server error; a clerk's request is refused up front with a clear answer.
   */
  static final Set<String> TASK_DELETES = Set.of("DeleteTaskCmd");

  /** A task's statutory dates and what it is called. */
  static final Set<String> TASK_EDITS = Set.of("SaveTaskCmd", "AbstractSetTaskPropertyCmd");

  /** Notes on a task, which become part of the case file. */
  static final Set<String> TASK_NOTES = Set.of(
      "AddCommentCmd", "UpdateCommentCmd", "DeleteTaskCommentCmd", "DeleteProcessInstanceCommentCmd",
      "CreateAttachmentCmd", "SaveAttachmentCmd", "DeleteAttachmentCmd");

  private final FormFields formFields;

  TrustBoundary(FormFields formFields) {
    this.formFields = formFields;
  }

  /** What a command does, as far as the boundary cares; worked out once per command class. */
  enum Kind {
    TASK_FORM, TASK_COMPLETION, START_FORM, START, START_AT_ACTIVITIES, VARIABLE_WRITE, CASE_MOVE, ASSIGNMENT,
    TASK_EDIT, TASK_DELETE, CLAIM, NOTE, OTHER
  }

  static final ClassValue<Kind> KINDS = new ClassValue<>() {
    @Override
    protected Kind computeValue(Class<?> type) {
      if (named(type, Set.of("SubmitTaskFormCmd"))) {
        return Kind.TASK_FORM;
      } else if (named(type, Set.of("CompleteTaskCmd"))) {
        return Kind.TASK_COMPLETION;
      } else if (named(type, Set.of("SubmitStartFormCmd"))) {
        return Kind.START_FORM;
      } else if (named(type, Set.of("StartProcessInstanceCmd"))) {
        return Kind.START;
      } else if (named(type, Set.of("StartProcessInstanceAtActivitiesCmd"))) {
        return Kind.START_AT_ACTIVITIES;
      } else if (named(type, VARIABLE_WRITES)) {
        return Kind.VARIABLE_WRITE;
      } else if (named(type, CASE_MOVES)) {
        return Kind.CASE_MOVE;
      } else if (named(type, Set.of("AbstractAddIdentityLinkCmd", "SetTaskFollowUpDateCmd"))) {
        // assignment, owner and candidates: the engine's TASK_WORK default leaves them to administrators;
        // the follow-up date is the clerk's own reminder, not a statutory date
        return Kind.ASSIGNMENT;
      } else if (named(type, TASK_DELETES)) {
        return Kind.TASK_DELETE;
      } else if (named(type, TASK_EDITS)) {
        return Kind.TASK_EDIT;
      } else if (named(type, Set.of("ClaimTaskCmd"))) {
        return Kind.CLAIM;
      } else if (named(type, TASK_NOTES)) {
        return Kind.NOTE;
      }
      return Kind.OTHER;
    }
  };

  private static boolean named(Class<?> type, Set<String> simpleNames) {
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      if (simpleNames.contains(t.getSimpleName())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public <T> T execute(Command<T> command) {
    Kind kind = KINDS.get(command.getClass());
    CommandContext context = Context.getCommandContext();
    if (kind == Kind.OTHER || !OuterCommand.is(command) || SystemActions.active()
        || context.getAuthenticatedUserId() == null) {
      return next.execute(command);
    }
    Clerk clerk = new Clerk(context.getAuthenticatedUserId(), context.getAuthenticatedGroupIds());
    if (kind == Kind.ASSIGNMENT && returnsOwnTask(command, context, clerk)) {
      // giving back a task one holds needs no TASK_ASSIGN; everything else about assignment does
      return withoutAuthorization(context, command);
    }
    context.runWithoutAuthorization(() -> {
      check(kind, command, context, clerk);
      return null;
    });
    return next.execute(command);
  }

  private void check(Kind kind, Command<?> command, CommandContext context, Clerk clerk) {
    if (Set.of(Kind.TASK_FORM, Kind.TASK_COMPLETION, Kind.CLAIM, Kind.ASSIGNMENT).contains(kind)) {
      String taskId = optional(command, "taskId");
      if (taskId != null && context.getTaskManager().findTaskById(taskId) == null) {
        // the engine would answer a server error; a double submit or a colleague's completion is normal
        throw new org.normflow.validation.NotThereException("任务不存在或已经办理完毕（可能已由他人办理），请刷新任务列表");
      }
    }
    switch (kind) {
      case TASK_FORM -> submission(context, clerk, (String) read(command, "taskId"), asMap(read(command, "properties")));
      case TASK_COMPLETION ->
          submission(context, clerk, (String) read(command, "taskId"), asMap(read(command, "variables")));
      case START_FORM -> {
        DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
        ProcessDefinitionEntity definition =
            cache.findDeployedProcessDefinitionById((String) read(command, "processDefinitionId"));
        start(context, definition, (String) read(command, "businessKey"), asMap(read(command, "variables")), false);
      }
      case START -> {
        ProcessInstantiationBuilderImpl builder =
            (ProcessInstantiationBuilderImpl) read(command, "instantiationBuilder");
        boolean instructions = builder.getModificationBuilder() != null
            && !builder.getModificationBuilder().getModificationOperations().isEmpty();
        start(context, definition(context, builder), builder.getBusinessKey(), builder.getVariables(), instructions);
      }
      case START_AT_ACTIVITIES -> start(context, null, null, Map.of(), true);
      case VARIABLE_WRITE -> throw new TrustBoundaryException("案件数据只能通过任务表单提交，不能另行修改或删除");
      case CASE_MOVE ->
          throw new TrustBoundaryException("案件只能通过办理各自的任务按法定程序推进，不能以其他方式推动、跳转或提前执行");
      case TASK_EDIT -> taskEdit(command, context);
      case TASK_DELETE -> throw new TrustBoundaryException("任务不能删除：案件的每一项任务都须按法定程序办理完毕");
      case CLAIM -> {
        String userId = (String) read(command, "userId");
        if (userId != null && !userId.equals(clerk.id()) && !clerk.admin()) {
          throw new TrustBoundaryException("只能为自己认领任务");
        }
        claimable(context, (String) read(command, "taskId"), clerk, userId);
      }
      case NOTE -> note(command, context, clerk);
      case ASSIGNMENT, OTHER -> { }
    }
  }

  private void submission(CommandContext context, Clerk clerk, String taskId, Map<String, Object> variables) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getExecutionId() == null) {
      return; // the engine answers "no such task"; standalone tasks are not used and need TASK CREATE
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(clerk.id())) {
      throw new TrustBoundaryException(
          "任务“" + task.getName() + "”已由 " + nameOf(context, task.getAssignee()) + " 认领，只有认领人可以办理");
    }
    if (task.getAssignee() == null && !worksOn(task, clerk)) {
      // a statutory step is done by the people it is offered to; the administrator's engine rights
      // (ALL on tasks) do not make them the legal office or the head (R-C-02): they may assign it
      throw new TrustBoundaryException("任务“" + task.getName() + "”不是交给您办理的，不能提交");
    }
    String deploymentId = task.getProcessDefinition().getDeploymentId();
    FormFields.Declared form = formFields.of(task.getTaskDefinition().getFormDefinition(), deploymentId, context);
    SubmissionCheck.verify(form, variables);
    if (task.getAssignee() == null) {
      // whoever completes an unclaimed task has done it: the task history names them (R-C-02)
      task.setAssignee(clerk.id());
      task.triggerUpdateEvent();
    }
  }

  private void start(CommandContext context, ProcessDefinitionEntity definition, String businessKey,
      Map<String, Object> variables, boolean instructions) {
    if (instructions) {
      throw new TrustBoundaryException("案件只能从发起环节开始办理，不能指定从中间环节开始");
    }
    if (businessKey != null && !businessKey.isBlank()) {
      throw new TrustBoundaryException("案件编号由系统分配，发起时请不要填写业务编号（Business Key）");
    }
    if (definition == null) {
      return; // the engine answers "no such process"
    }
    FormFields.Declared form = formFields.of(definition.getStartFormDefinition(), definition.getDeploymentId(), context);
    SubmissionCheck.verify(form, variables);
  }

  private static ProcessDefinitionEntity definition(CommandContext context, ProcessInstantiationBuilderImpl builder) {
    DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
    if (builder.getProcessDefinitionId() != null) {
      return cache.findDeployedProcessDefinitionById(builder.getProcessDefinitionId());
    }
    return builder.getProcessDefinitionKey() == null ? null
        : cache.findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
  }

  private static void taskEdit(Command<?> command, CommandContext context) {
    Object taskOrId = is(command, "SaveTaskCmd") ? read(command, "task") : read(command, "taskId");
    String taskId = taskOrId instanceof TaskEntity entity ? entity.getId() : (String) taskOrId;
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task != null && task.getExecutionId() != null) {
      throw new TrustBoundaryException("任务的法定期限、名称和说明由流程确定，不能修改");
    }
  }

  /**
   * A clerk claims only a task offered to them (an assigned task stays its assignee's); the administrator
   * may hand a task to someone it is offered to, but not take a clerk's step themselves.
   */
  private static void claimable(CommandContext context, String taskId, Clerk clerk, String userId) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getExecutionId() == null || userId == null || !userId.equals(clerk.id())) {
      return;
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(userId)) {
      // the engine would answer a server error (TaskAlreadyClaimedException)
      throw new TrustBoundaryException(
          "任务“" + task.getName() + "”已由 " + nameOf(context, task.getAssignee()) + " 认领，不能再认领");
    }
    if (task.getAssignee() == null && !worksOn(task, clerk)) {
      throw new TrustBoundaryException("任务“" + task.getName() + "”不是交给您办理的，不能认领");
    }
  }

  private static void note(Command<?> command, CommandContext context, Clerk clerk) {
    if (clerk.admin()) {
      return;
    }
    String taskId = optional(command, "taskId");
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || !worksOn(task, clerk)) {
      throw new TrustBoundaryException("只有办理此任务的人员可以添加或修改备注和附件");
    }
  }

  private static boolean returnsOwnTask(Command<?> command, CommandContext context, Clerk clerk) {
    if (!is(command, "AssignTaskCmd") || read(command, "userId") != null) {
      return false;
    }
    TaskEntity task = context.runWithoutAuthorization(
        () -> context.getTaskManager().findTaskById((String) read(command, "taskId")));
    return task != null && clerk.id().equals(task.getAssignee());
  }

  private <T> T withoutAuthorization(CommandContext context, Command<T> command) {
    boolean enabled = context.isAuthorizationCheckEnabled();
    context.disableAuthorizationCheck();
    try {
      return next.execute(command);
    } finally {
      context.setAuthorizationCheckEnabled(enabled);
    }
  }

  private static boolean worksOn(TaskEntity task, Clerk clerk) {
    if (task.getAssignee() != null) {
      return task.getAssignee().equals(clerk.id());
    }
    for (IdentityLinkEntity link : task.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (clerk.id().equals(link.getUserId()) || clerk.groups().contains(link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }

  private static String optional(Object command, String field) {
    try {
      return (String) read(command, field);
    } catch (IllegalStateException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object variables) {
    return variables == null ? Map.of() : (Map<String, Object>) variables;
  }

  record Clerk(String id, List<String> groups) {
    Clerk {
      groups = groups == null ? List.of() : new ArrayList<>(groups);
    }

    boolean admin() {
      return groups.contains(Groups.ADMIN.id());
    }
  }

  /** Issue 10: people by name in what a clerk reads (郑伟), the id only for an unknown user. */
  static String nameOf(CommandContext context, String userId) {
    var user = context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration().getIdentityService()
        .createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName())
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }
}
