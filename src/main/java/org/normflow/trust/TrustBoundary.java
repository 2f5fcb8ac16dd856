package org.normflow.trust;

import static org.normflow.trust.CommandFields.is;
import static org.normflow.trust.CommandFields.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 *   <li>a clerk claims only for themselves and may give back a task they hold; nobody assigns, delegates,
 *       sets the owner of or changes the candidates of a task of a case by hand;
 *   <li>R-C-07: the administrator does no step (claims, completes, comments, starts a case); nobody deletes a
 *       case or its history, suspends a case or its timers, lowers a timer's retries or changes priorities
 *       (the administrator's legitimate needs are NormFlow's recorded steps, {@code admin.AdministratorSteps});
 *   <li>a completion or claim that loses a race to someone else is answered as the race it is (409).
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

  /**
   * Erasing a case or its record (R-C-07, R-MD-13): a running case, a called case, any of its history,
   * the user operation log, and the removal times that would let history cleanup erase it later. A
   * case that must stop is ended by NormFlow's recorded step ({@code POST /api/admin/cases/{id}/end}).
   */
  static final Set<String> CASE_DELETES = Set.of(
      "AbstractDeleteProcessInstanceCmd", "DeleteProcessInstanceCmd", "DeleteProcessInstancesCmd",
      "DeleteProcessInstanceBatchCmd", "DeleteHistoricProcessInstancesCmd", "DeleteHistoricProcessInstancesBatchCmd",
      "DeleteHistoricTaskInstanceCmd", "DeleteHistoricCaseInstanceCmd", "DeleteHistoricCaseInstancesBulkCmd",
      "DeleteHistoricDecisionInstanceByDefinitionIdCmd", "DeleteHistoricDecisionInstanceByInstanceIdCmd",
      "DeleteHistoricDecisionInstancesBatchCmd", "DeleteHistoricDecisionInstancesBulkCmd",
      "DeleteUserOperationLogEntryCmd", "SetRemovalTimeToHistoricProcessInstancesCmd",
      "SetRemovalTimeToHistoricDecisionInstancesCmd", "SetRemovalTimeToHistoricBatchesCmd", "HistoryCleanupCmd",
      "DeleteJobsCmd");

  /**
   * Deleting models: harmless on its own, but "cascade" deletes every case of the model with its history;
   * only the cascading form is refused (an operator may still remove an unused deployment).
   */
  static final Set<String> MODEL_DELETES = Set.of(
      "DeleteDeploymentCmd", "DeleteProcessDefinitionsByIdsCmd", "AbstractDeleteProcessDefinitionCmd");

  /**
   * Freezing a case (R-C-07): suspending or activating a case, its jobs (the statutory timers) or their
   * job definitions, one by one or as a batch, stops or restarts the statutory clocks outside the
   * procedure. Suspending a process definition is refused only when it takes its cases with it.
   */
  static final Set<String> SUSPENSIONS = Set.of(
      "AbstractSetProcessInstanceStateCmd", "AbstractUpdateProcessInstancesSuspendStateCmd",
      "AbstractSetJobStateCmd", "AbstractSetJobDefinitionStateCmd", "AbstractSetProcessDefinitionStateCmd");

  /** How often and how urgently the engine runs a timer: lowering retries to 0 stops a statutory clock. */
  static final Set<String> JOB_SETTINGS = Set.of(
      "SetJobRetriesCmd", "AbstractSetJobsRetriesBatchCmd", "SetJobPriorityCmd", "SetJobDefinitionPriorityCmd");

  /** Changing who a task is offered to or who holds it. */
  static final Set<String> TASK_HOLDERS = Set.of(
      "AbstractAddIdentityLinkCmd", "DeleteIdentityLinkCmd", "DelegateTaskCmd");

  /** What an administrator reads when refused a step of the procedure: what to use instead. */
  static final String REASSIGN_INSTEAD = "承办人不在岗时，请由系统管理员使用“改派任务”（POST /api/admin/tasks/{任务编号}/reassign，"
      + "写明改派给谁和理由）交给该任务办理人范围内的其他人员，改派会记入案卷";
  static final String END_INSTEAD = "须终止的案件（如已撤回的草案）请使用“终止案件”（POST /api/admin/cases/{流程实例编号}/end，写明理由），"
      + "案件终止后历史记录完整保留";

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
    TASK_EDIT, TASK_DELETE, CLAIM, NOTE, FOLLOW_UP, CASE_DELETE, MODEL_DELETE, SUSPENSION, JOB_SETTING, OTHER
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
      } else if (named(type, Set.of("SetTaskFollowUpDateCmd"))) {
        // the follow-up date is the clerk's own reminder, not a statutory date
        return Kind.FOLLOW_UP;
      } else if (named(type, TASK_HOLDERS)) {
        // assignment, owner, delegation and candidates of a statutory task are the procedure's (R-C-07)
        return Kind.ASSIGNMENT;
      } else if (named(type, CASE_DELETES)) {
        return Kind.CASE_DELETE;
      } else if (named(type, MODEL_DELETES)) {
        return Kind.MODEL_DELETE;
      } else if (named(type, SUSPENSIONS)) {
        return Kind.SUSPENSION;
      } else if (named(type, JOB_SETTINGS)) {
        return Kind.JOB_SETTING;
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
    if (!Set.of(Kind.TASK_FORM, Kind.TASK_COMPLETION, Kind.CLAIM).contains(kind)) {
      return next.execute(command);
    }
    String taskId = optional(command, "taskId");
    TaskEntity read = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    try {
      return next.execute(command);
    } catch (TrustBoundaryException | org.normflow.validation.FormValidationException | OptimisticLockingException e) {
      throw e;
    } catch (RuntimeException e) {
      if (read != null && changedMeanwhile(context, read)) {
        // issue 22, "a race is a 409": someone else (a colleague, a timer, another node) changed or completed the
        // task after this command read it; the engine then fails on whatever it looks at next (the task's grants
        // are gone: 403). The command is rolled back whole; the clerk is told the truth and nothing is saved.
        throw new org.normflow.validation.ConcurrentChange();
      }
      throw e;
    }
  }

  /** Whether the task's committed row is gone or at another revision than this command read (a fresh connection). */
  private static boolean changedMeanwhile(CommandContext context, TaskEntity read) {
    ProcessEngineConfigurationImpl configuration = context.getProcessEngineConfiguration();
    String table = (configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix())
        + "ACT_RU_TASK";
    try (Connection connection = configuration.getDataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT REV_ FROM " + table + " WHERE ID_ = ?")) {
      statement.setString(1, read.getId());
      try (ResultSet row = statement.executeQuery()) {
        return !row.next() || row.getInt(1) != read.getRevision();
      }
    } catch (SQLException e) {
      return false;
    }
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
        start(context, clerk, definition, (String) read(command, "businessKey"), asMap(read(command, "variables")),
            false);
      }
      case START -> {
        ProcessInstantiationBuilderImpl builder =
            (ProcessInstantiationBuilderImpl) read(command, "instantiationBuilder");
        boolean instructions = builder.getModificationBuilder() != null
            && !builder.getModificationBuilder().getModificationOperations().isEmpty();
        start(context, clerk, definition(context, builder), builder.getBusinessKey(), builder.getVariables(),
            instructions);
      }
      case START_AT_ACTIVITIES -> start(context, clerk, null, null, Map.of(), true);
      case CASE_DELETE -> throw new TrustBoundaryException("案件及其历史记录是法定档案，不能删除、也不能设定删除时间；" + END_INSTEAD);
      case MODEL_DELETE -> modelDelete(command);
      case SUSPENSION -> suspension(command);
      case JOB_SETTING -> jobSetting(command, context);
      case VARIABLE_WRITE -> throw new TrustBoundaryException("案件数据只能通过任务表单提交，不能另行修改或删除");
      case CASE_MOVE ->
          throw new TrustBoundaryException("案件只能通过办理各自的任务按法定程序推进，不能以其他方式推动、跳转或提前执行");
      case TASK_EDIT -> taskEdit(command, context);
      case TASK_DELETE -> throw new TrustBoundaryException("任务不能删除：案件的每一项任务都须按法定程序办理完毕");
      case CLAIM -> claim(context, clerk, (String) read(command, "taskId"), (String) read(command, "userId"));
      case NOTE -> note(command, context, clerk);
      case ASSIGNMENT -> assignment(context, optional(command, "taskId"));
      case FOLLOW_UP, OTHER -> { }
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
    if (clerk.admin()) {
      // the administrator keeps the system running; the clerks and the organ do the procedure (R-C-07),
      // even where the administrator also belongs to the group the task is offered to
      throw new TrustBoundaryException(adminRefusal(task));
    }
    if (task.getAssignee() == null && !worksOn(task, clerk)) {
      // a statutory step is done by the people it is offered to; the administrator's engine rights
      // (ALL on tasks) do not make them the legal office or the head (R-C-02)
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

  private void start(CommandContext context, Clerk clerk, ProcessDefinitionEntity definition, String businessKey,
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
    if (clerk.admin()) {
      // cases are started by the clerks and the organ, a head authorization by the head himself (R-C-07, R-ND-14)
      throw new TrustBoundaryException("系统管理员负责系统运行，不发起案件，也不能代主要负责人授权代行；"
          + "案件由承办人员在任务列表中发起，授权代行由主要负责人本人在任务列表中办理");
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
   * A clerk claims only for themselves a task offered to them (an assigned task stays its assignee's), and
   * gives back only a task they hold. Nobody claims for someone else, not even the administrator: handing a
   * task over is NormFlow's recorded reassignment, with a reason (R-C-07, R-C-02).
   */
  private static void claim(CommandContext context, Clerk clerk, String taskId, String userId) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    boolean statutory = task != null && task.getExecutionId() != null;
    if (userId == null) {
      // the engine's "claim for nobody" takes the task away from whoever holds it
      if (statutory && task.getAssignee() != null && !task.getAssignee().equals(clerk.id())) {
        throw new TrustBoundaryException("任务“" + task.getName() + "”由 " + nameOf(context, task.getAssignee())
            + " 办理，只有本人可以退回；" + REASSIGN_INSTEAD);
      }
      return;
    }
    if (!userId.equals(clerk.id())) {
      throw new TrustBoundaryException("只能为自己认领任务，不能替他人认领；" + REASSIGN_INSTEAD);
    }
    if (!statutory) {
      return;
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(userId)) {
      // the engine would answer a server error (TaskAlreadyClaimedException)
      throw new TrustBoundaryException(
          "任务“" + task.getName() + "”已由 " + nameOf(context, task.getAssignee()) + " 认领，不能再认领");
    }
    if (clerk.admin()) {
      throw new TrustBoundaryException(adminRefusal(task));
    }
    if (task.getAssignee() == null && !worksOn(task, clerk)) {
      throw new TrustBoundaryException("任务“" + task.getName() + "”不是交给您办理的，不能认领");
    }
  }

  /**
   * Who holds a statutory task or whom it is offered to is set by the procedure (candidate groups, the
   * head's assignment); nobody changes it by hand, not even the administrator, whose engine rights would
   * allow it: an unrecorded reassignment to himself or to someone the task is not offered to is exactly
   * what R-C-07 forbids. Giving back one's own task is handled before this check.
   */
  private static void assignment(CommandContext context, String taskId) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task != null && task.getExecutionId() != null) {
      throw new TrustBoundaryException("任务“" + task.getName() + "”的办理人、委托人和办理人范围由法定程序确定，"
          + "不能另行指派、委托或增删；" + REASSIGN_INSTEAD);
    }
  }

  private static String adminRefusal(TaskEntity task) {
    return "系统管理员负责系统运行，不办理案件的任务（认领、提交、备注或附件），“" + task.getName() + "”须由交办的承办人员办理；"
        + REASSIGN_INSTEAD;
  }

  private static void note(Command<?> command, CommandContext context, Clerk clerk) {
    String taskId = optional(command, "taskId");
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task != null && task.getExecutionId() != null && clerk.admin()) {
      // a note on a clerk's task becomes part of the case file: it is the clerk's, never the administrator's
      throw new TrustBoundaryException(adminRefusal(task));
    }
    if (task == null || !worksOn(task, clerk)) {
      throw new TrustBoundaryException("只有办理此任务的人员可以添加或修改备注和附件");
    }
  }

  /** Deleting a model with its cases ("cascade") would erase cases and their history (R-C-07, R-MD-13). */
  private static void modelDelete(Command<?> command) {
    boolean cascade = is(command, "DeleteProcessDefinitionsByIdsCmd")
        ? Boolean.TRUE.equals(read(command, "cascadeToHistory")) || Boolean.TRUE.equals(read(command, "cascadeToInstances"))
        : Boolean.TRUE.equals(read(command, "cascade"));
    if (cascade) {
      throw new TrustBoundaryException("删除流程模型时不能连同案件及其历史记录一并删除（cascade）：案件是法定档案；" + END_INSTEAD);
    }
  }

  /** A suspended case or timer stops a statutory clock; a process definition may be suspended without its cases. */
  private static void suspension(Command<?> command) {
    if (is(command, "AbstractSetProcessDefinitionStateCmd") && !Boolean.TRUE.equals(read(command, "includeSubResources"))) {
      return; // no new cases of that model; running cases and their clocks are untouched
    }
    throw new TrustBoundaryException("案件、案件的定时器（作业）和作业定义不能挂起或激活：法定期限按法定程序和系统时钟计算；" + END_INSTEAD);
  }

  /**
   * Keeping the system running: a job that failed (no retries left, an incident) may be given retries again,
   * one job or one job definition at a time. Lowering or clearing retries, which stops a statutory clock,
   * a new due date with them, batches and priorities are refused.
   */
  private static void jobSetting(Command<?> command, CommandContext context) {
    if (is(command, "SetJobPriorityCmd") || is(command, "SetJobDefinitionPriorityCmd")) {
      throw new TrustBoundaryException("作业（定时器）的优先级由系统确定，不能修改");
    }
    String refused = "只能为已失败的作业（剩余重试次数为 0）逐个恢复重试次数（大于 0），不能减少或清零重试次数、不能同时改变到期时间，"
        + "也不能批量修改：作业承载案件的法定期限";
    if (!is(command, "SetJobRetriesCmd") || ((Number) read(command, "retries")).intValue() <= 0
        || Boolean.TRUE.equals(read(command, "isDueDateSet"))) {
      throw new TrustBoundaryException(refused);
    }
    if (read(command, "jobDefinitionId") != null) {
      return; // the engine raises the retries of that definition's failed jobs only
    }
    List<String> jobIds = new ArrayList<>();
    if (read(command, "jobId") != null) {
      jobIds.add((String) read(command, "jobId"));
    }
    Object many = read(command, "jobIds");
    if (many instanceof List<?> list) {
      list.forEach(id -> jobIds.add((String) id));
    }
    for (String jobId : jobIds) {
      var job = context.getJobManager().findJobById(jobId);
      if (job != null && job.getRetries() > 0) {
        throw new TrustBoundaryException(refused);
      }
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
