package org.normflow.admin;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.decision.DecisionStage;
import org.normflow.document.Stage;
import org.normflow.identity.Groups;
import org.normflow.trust.SystemActions;
import org.normflow.validation.ForbiddenException;
import org.normflow.validation.FormValidationException;
import org.normflow.validation.NotFoundException;
import org.normflow.validation.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * R-C-07, R-C-02: the two things an administrator legitimately does to a case, each a recorded step with a
 * reason (registry table {@code nf_admin_action}, shown in the case file and the audit trail):
 *
 * <ul>
 *   <li>reassigning a task, when its clerk is away, to another person it is offered to (a candidate user
 *       or a member of a candidate group; never the administrator, never a task the process gave to one
 *       person such as the head's);
 *   <li>ending a case that must stop (a withdrawn draft): the running case and the cases it called end
 *       with the reason as the engine's delete reason, the history stays, the registry record says 已撤回 /
 *       已终止办理 instead of a stage the case no longer is in.
 * </ul>
 *
 * The engine calls run inside {@link SystemActions#run}, so the trust boundary lets the system do what it
 * refuses to everyone over the engine's own API; the record row is written in the same transaction.
 */
@Service
public class AdministratorSteps {

  static final String REASSIGN = "REASSIGN";
  static final String END_CASE = "END_CASE";

  /** Stages after which a document is ended only by its own procedure (abolition), never by the administrator. */
  static final Set<Stage> DOCUMENT_BEYOND_END =
      EnumSet.of(Stage.PUBLISHED, Stage.FILED, Stage.IN_FORCE, Stage.EXPIRED, Stage.ABOLISHED);

  /** Stages from which a decision is stopped or adjusted by its own procedure (R-MD-16), not ended here. */
  static final Set<DecisionStage> DECISION_BEYOND_END = EnumSet.of(DecisionStage.RETURNED_TO_DOCUMENT,
      DecisionStage.PUBLICATION, DecisionStage.IMPLEMENTING, DecisionStage.POST_EVALUATION, DecisionStage.SUSPENDED,
      DecisionStage.STOPPED, DecisionStage.SUPERSEDED, DecisionStage.ARCHIVED);

  record Reassigned(String taskId, String taskName, String from, String to, String reason, String performedBy) {}

  record Ended(String processInstanceId, String reference, String stage, String reason, String performedBy) {}

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final JdbcClient jdbc;
  private final CommandExecutor commands;
  private final WorkingDayCalendar calendar;

  private final org.normflow.audit.CaseSummary caseSummary;

  AdministratorSteps(TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
      IdentityService identityService, AuthorizationService authorizationService, JdbcClient jdbc,
      ProcessEngine engine, WorkingDayCalendar workingDays, org.normflow.audit.CaseSummary caseSummary) {
    this.caseSummary = caseSummary;
    this.calendar = workingDays;
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.jdbc = jdbc;
  }

  @Transactional
  public Reassigned reassign(String taskId, String userId, String reason) {
    String admin = administrator("改派任务");
    String why = reason(reason, "改派理由");
    if (userId == null || userId.isBlank()) {
      throw new FormValidationException(List.of("请写明改派给谁（用户名）"));
    }
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new NotFoundException("任务不存在或已经办理完毕，请刷新后查看");
    }
    if (task.getExecutionId() == null) {
      throw new FormValidationException(List.of("该任务不属于任何案件，无需改派"));
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      throw new FormValidationException(List.of("没有用户“" + shorten(userId) + "”"));
    }
    if (userId.equals(admin) || isAdmin(userId)) {
      throw new ForbiddenException("任务不能改派给系统管理员：系统管理员负责系统运行，不办理案件的任务");
    }
    if (userId.equals(task.getAssignee())) {
      throw new FormValidationException(List.of("任务“" + task.getName() + "”已由 " + name(userId) + " 办理，无需改派"));
    }
    List<IdentityLink> links = taskService.getIdentityLinksForTask(taskId);
    Set<String> candidateGroups = new LinkedHashSet<>();
    Set<String> candidateUsers = new LinkedHashSet<>();
    for (IdentityLink link : links) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          candidateGroups.add(link.getGroupId());
        } else if (link.getUserId() != null) {
          candidateUsers.add(link.getUserId());
        }
      }
    }
    if (candidateGroups.isEmpty() && candidateUsers.isEmpty()) {
      // the process gave it to one person (the head, a named expert, a member): that person or their
      // recorded deputy does it, nobody else (the head's steps move only by the head's authorization)
      throw new ForbiddenException("任务“" + task.getName() + "”由法定程序指定 " + name(task.getAssignee())
          + " 本人办理，不能改派他人" + (task.getAssignee() == null ? "" : "；主要负责人的事项由其本人授权代行"));
    }
    List<String> groupsOfUser = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    boolean offered = candidateUsers.contains(userId) || groupsOfUser.stream().anyMatch(candidateGroups::contains);
    if (!offered) {
      List<String> scope = new ArrayList<>();
      candidateGroups.forEach(g -> scope.add(groupName(g)));
      candidateUsers.forEach(u -> scope.add(name(u)));
      throw new ForbiddenException("任务“" + task.getName() + "”只交由" + String.join("、", scope) + "办理，"
          + name(userId) + " 不在其中，不能改派给他");
    }
    String before = task.getAssignee();
    int revision = ((TaskEntity) task).getRevision();
    SystemActions.run(() -> {
      commands.execute(new ReassignTaskCmd(taskId, revision, userId));
      if (before != null) {
        // the engine granted the previous holder the task itself; the grant goes with the task
        authorizationService.createAuthorizationQuery().userIdIn(before).resourceType(Resources.TASK)
            .resourceId(taskId).list().forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
      }
    });
    record(REASSIGN, task.getProcessInstanceId(), task.getId(), task.getTaskDefinitionKey(), task.getName(), before,
        userId, why, admin);
    return new Reassigned(taskId, task.getName(), before, userId, why, admin);
  }

  @Transactional
  public Ended end(String processInstanceId, String reason) {
    String admin = administrator("终止案件");
    String why = reason(reason, "终止理由");
    ProcessInstance instance = processInstanceId == null ? null
        : runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      HistoricProcessInstance ended = processInstanceId == null ? null
          : historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
      if (ended != null) {
        throw new ResponseStatusException(HttpStatus.CONFLICT, "该案件已经结束，无需终止");
      }
      throw new NotFoundException("没有该案件（流程实例编号有误）");
    }
    ProcessInstance parent = runtimeService.createProcessInstanceQuery().subProcessInstanceId(processInstanceId)
        .singleResult();
    if (parent != null) {
      // a called case (consultation, review, hearing) ending alone would leave its case waiting or moving on
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "这是某一案件调用的子流程，不能单独终止；如案件须终止，请终止其所属案件（流程实例编号 " + parent.getId() + "）");
    }
    Map<String, Object> document = jdbc.sql("SELECT id, reference, stage, doc_number FROM nf_document WHERE process_instance_id = ?")
        .param(processInstanceId).query().listOfRows().stream().findFirst().orElse(null);
    Map<String, Object> decision = document != null ? null
        : jdbc.sql("SELECT id, reference, stage FROM nf_decision WHERE process_instance_id = ?")
            .param(processInstanceId).query().listOfRows().stream().findFirst().orElse(null);
    String stageLabel;
    String reference;
    if (document != null) {
      Stage stage = Stage.valueOf((String) document.get("stage"));
      if (document.get("doc_number") != null || DOCUMENT_BEYOND_END.contains(stage)) {
        throw new ResponseStatusException(HttpStatus.CONFLICT,
            "文件已编号或已公布（" + stage.label() + "），不能终止，须走废止程序");
      }
      stageLabel = Stage.WITHDRAWN.label();
      reference = (String) document.get("reference");
    } else if (decision != null) {
      DecisionStage stage = DecisionStage.valueOf((String) decision.get("stage"));
      if (DECISION_BEYOND_END.contains(stage)) {
        throw new ResponseStatusException(HttpStatus.CONFLICT,
            "决策已作出（" + stage.label() + "），不能终止，其停止、中止或调整按决策执行程序办理");
      }
      stageLabel = DecisionStage.ENDED.label();
      reference = (String) decision.get("reference");
    } else {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "只能终止尚未编号的规范性文件或尚未作出决定的重大行政决策；其他流程（目录、清理、授权代行等）按其自身程序结束");
    }
    List<String> called = descendants(processInstanceId);
    SystemActions.run(() -> runtimeService.deleteProcessInstance(processInstanceId, "系统管理员终止案件：" + why,
        false, true));
    if (!called.isEmpty()) {
      // a public consultation of the ended case stops taking comments today; what was received stays on record
      jdbc.sql("UPDATE nf_consultation SET closed_on = ? WHERE closed_on IS NULL AND id IN ("
              + String.join(",", java.util.Collections.nCopies(called.size(), "?")) + ")")
          .params(concat(java.sql.Date.valueOf(calendar.today()), called))
          .update();
    }
    if (document != null) {
      jdbc.sql("UPDATE nf_document SET stage = ?, withdrawn_reason = ?, withdrawn_on = ? WHERE id = ?")
          .params(Stage.WITHDRAWN.name(), "系统管理员终止案件：" + why, org.normflow.document.Rows.today(),
              document.get("id")).update();
    } else {
      jdbc.sql("UPDATE nf_decision SET stage = ? WHERE id = ?").params(DecisionStage.ENDED.name(), decision.get("id"))
          .update();
    }
    // written after the engine command that ended the process: the register's row follows here
    caseSummary.refresh((String) (document != null ? document.get("id") : decision.get("id")));
    record(END_CASE, processInstanceId, null, null, null, null, null, why, admin);
    return new Ended(processInstanceId, reference, stageLabel, why, admin);
  }

  /**
   * The assignment itself, in one engine command with the check that the task is still as the administrator
   * saw it: a clerk who claimed or completed it meanwhile wins, and the reassignment is answered 409 (issue 22,
   * a race is a 409) instead of silently taking the task from them.
   */
  static final class ReassignTaskCmd implements Command<Void> {
    private final String taskId;
    private final int revision;
    private final String userId;

    ReassignTaskCmd(String taskId, int revision, String userId) {
      this.taskId = taskId;
      this.revision = revision;
      this.userId = userId;
    }

    @Override
    public Void execute(CommandContext context) {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null || task.getRevision() != revision) {
        throw new org.normflow.validation.ConcurrentChange();
      }
      new AssignTaskCmd(taskId, userId).execute(context);
      return null;
    }
  }

  /** Every process the case called, and they called, still running. */
  private List<String> descendants(String processInstanceId) {
    List<String> out = new ArrayList<>();
    for (ProcessInstance sub : runtimeService.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()) {
      out.add(sub.getId());
      out.addAll(descendants(sub.getId()));
    }
    return out;
  }

  private static List<Object> concat(Object first, List<String> rest) {
    List<Object> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private void record(String kind, String processInstanceId, String taskId, String taskKey, String taskName,
      String before, String after, String reason, String admin) {
    HistoricProcessInstance pi = historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    String root = pi == null || pi.getRootProcessInstanceId() == null ? processInstanceId : pi.getRootProcessInstanceId();
    jdbc.sql("INSERT INTO nf_admin_action (kind, process_instance_id, root_process_instance_id, task_id, "
            + "task_definition_key, task_name, previous_assignee, new_assignee, reason, performed_by, performed_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(kind, processInstanceId, root, taskId, taskKey, taskName, before, after, reason, admin,
            new Timestamp(ClockUtil.getCurrentTime().getTime()))
        .update();
  }

  /** Only a member of the administrators' group; every other user is refused before anything is read. */
  private String administrator(String what) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null || !user.getGroupIds().contains(Groups.ID_ADMIN)) {
      throw new ForbiddenException("只有系统管理员可以" + what + "（须写明理由，记入案卷）");
    }
    return user.getUserId();
  }

  private static String reason(String reason, String label) {
    if (reason == null || reason.isBlank()) {
      throw new FormValidationException(List.of("请写明" + label + "，理由将记入案卷"));
    }
    String text = reason.strip();
    List<String> problems = new ArrayList<>();
    if (text.length() > 2000) {
      problems.add("“" + label + "”不能超过 2000 个字");
    }
    String plain = PlainText.problem(label, text);
    if (plain != null) {
      problems.add(plain);
    }
    if (!problems.isEmpty()) {
      throw new FormValidationException(problems);
    }
    return text;
  }

  private boolean isAdmin(String userId) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(Groups.ID_ADMIN).count() > 0;
  }

  private String name(String userId) {
    if (userId == null) {
      return "指定人员";
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    String name = user == null ? "" : ((user.getFirstName() == null ? "" : user.getFirstName())
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? shorten(userId) : name;
  }

  private String groupName(String groupId) {
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  private static String shorten(String text) {
    return text.length() > 64 ? text.substring(0, 64) + "…" : text;
  }
}
