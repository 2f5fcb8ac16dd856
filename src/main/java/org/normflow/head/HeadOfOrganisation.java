package org.normflow.head;

import org.normflow.validation.LegalBasis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.identity.Groups;
import org.normflow.process.ProcessKeys;
import org.normflow.trust.Actors;
import org.normflow.trust.SystemActions;
import org.normflow.validation.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * Who does the head's steps (R-ND-14, R-MD-02, R-MD-11, R-MD-16): the configured principal head
 * ({@code normflow.organisation.head}), or the deputy named in an authorization the head recorded
 * for this case or for today. Read from configuration and the registry only, never from process
 * variables, so no clerk can steer a head's task to someone else. The models assign these tasks with
 * {@code camunda:assignee="${headOfOrganisation.assigneeFor(execution)}"}.
 */
@Component("headOfOrganisation")
public class HeadOfOrganisation {

  /** The head's user tasks and the step each one is, as the record names it. */
  public static final Map<String, String> HEAD_TASKS = Map.ofEntries(
      Map.entry("Task_Signing", "签发"),
      Map.entry("Task_DecideStart", "决定是否启动决策程序"),
      Map.entry("Task_JudgeRisk", "判断风险是否可控"),
      Map.entry("Task_HeadDecision", "明确决策执行单位、执行时限和反馈要求"),
      // organ-meeting (R-MD-11): the head speaks last and decides at the organ's meeting
      Map.entry("Task_OrganDecision", "作出决定"),
      Map.entry("Task_SuspendExecution", "中止执行"),
      Map.entry("Task_DecideEvaluation", "决定是否开展决策后评估"),
      Map.entry("Task_DecideOutcome", "作出决策执行的处理决定"),
      Map.entry("Task_ApproveAbolition", "审批废止规范性文件"),
      Map.entry("Task_ApproveCatalogue", "审定年度目录"),
      Map.entry("Task_ApproveAdjustment", "审定目录调整"));

  private final HeadSettings settings;
  private final HeadAuthorizationRepository authorizations;
  private final WorkingDayCalendar calendar;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final RuntimeService runtimeService;

  HeadOfOrganisation(HeadSettings settings, HeadAuthorizationRepository authorizations, WorkingDayCalendar workingDays,
      IdentityService identityService, TaskService taskService, AuthorizationService authorizationService,
      RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
    this.settings = settings;
    this.authorizations = authorizations;
    this.calendar = workingDays;
    this.identityService = identityService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  /** The principal head's user id. */
  public String head() {
    return settings.getHead();
  }

  /** BPMN assignment of a head task: the head, or the deputy authorized for this case or today. */
  public String assigneeFor(DelegateExecution execution) {
    return assigneeFor(chain(execution));
  }

  String assigneeFor(String processInstanceId) {
    return assigneeFor(chain(processInstanceId));
  }

  private String assigneeFor(List<String> chain) {
    return authorizationFor(chain).map(HeadAuthorization::deputy).orElse(head());
  }

  /**
   * The process instances of a step, innermost first: its own, then the instance that called it (a
   * head task in decision-implementation belongs to the major decision that called it), up to the case.
   */
  static List<String> chain(DelegateExecution execution) {
    List<String> chain = new java.util.ArrayList<>();
    DelegateExecution instance = execution.getProcessInstance();
    while (instance != null) {
      chain.add(instance.getId());
      DelegateExecution caller = instance.getSuperExecution();
      instance = caller == null ? null : caller.getProcessInstance();
    }
    return chain;
  }

  /** The same chain read from the engine's runtime (outside a step: REST, hand-over of tasks). */
  List<String> chain(String processInstanceId) {
    List<String> chain = new java.util.ArrayList<>();
    String current = processInstanceId;
    while (current != null && chain.size() < 10) {
      chain.add(current);
      String child = current;
      var caller = unrestricted(() -> runtimeService.createProcessInstanceQuery().subProcessInstanceId(child).singleResult());
      current = caller == null ? null : caller.getId();
    }
    return chain;
  }

  private Set<String> caseIds(List<String> chain) {
    Set<String> ids = new java.util.LinkedHashSet<>();
    chain.forEach(instance -> ids.addAll(authorizations.caseIds(instance)));
    return ids;
  }

  /**
   * The authorization in force today for the case of this process instance: one for the case itself
   * before one for the whole period, the latest recorded first.
   */
  Optional<HeadAuthorization> authorizationFor(String processInstanceId) {
    return authorizationFor(chain(processInstanceId));
  }

  private Optional<HeadAuthorization> authorizationFor(List<String> chain) {
    LocalDate today = calendar.today();
    Set<String> caseIds = caseIds(chain);
    return authorizations.notEnded(head(), today).stream()
        .filter(a -> a.covers(today, caseIds))
        .min(Comparator.comparing((HeadAuthorization a) -> a.caseId() == null).thenComparing(a -> -a.id()));
  }

  /** The user may do the head's steps in this case today: the head, or a deputy authorized for it. */
  public boolean mayAct(String userId, String processInstanceId) {
    return userId != null && (userId.equals(head())
        || authorizationFor(processInstanceId).map(a -> a.deputy().equals(userId)).orElse(false));
  }

  /** A head task being completed: who did it (the authenticated user) and under which authorization. */
  public HeadAct act(DelegateTask task, String ruleId) {
    return act(Actors.of(task), chain(task.getExecution()), task.getId(), task.getName(),
        HEAD_TASKS.getOrDefault(task.getTaskDefinitionKey(), task.getName()), ruleId);
  }

  /** A head step done without a task (the suspension message of R-MD-16). */
  public HeadAct act(String actor, DelegateExecution execution, String step, String ruleId) {
    return act(actor, chain(execution), null, step, step, ruleId);
  }

  /**
   * Refuses anyone but the head or a deputy with an authorization in force for this case; records a
   * deputy's act under that authorization (in the step's transaction: a refused step records nothing).
   */
  HeadAct act(String actor, List<String> chain, String taskId, String taskName, String step, String ruleId) {
    String head = head();
    if (actor == null) {
      throw new FormValidationException(List.of("“" + step + "”须由主要负责人 " + name(head) + " 登录后本人办理" + LegalBasis.cite(ruleId)));
    }
    if (actor.equals(head)) {
      return new HeadAct(actor, null, name(head) + " " + step);
    }
    HeadAuthorization authorization = authorizationFor(chain)
        .filter(a -> a.deputy().equals(actor))
        .orElseThrow(() -> new FormValidationException(List.of("“" + step + "”须由主要负责人 " + name(head)
            + " 本人办理；" + name(actor) + " 没有主要负责人在系统中登记的、对本件有效的授权" + LegalBasis.cite(ruleId))));
    String note = name(actor) + " 依据 " + name(head) + " 的授权（第 " + authorization.id() + " 号）代为" + step;
    Set<String> caseIds = caseIds(chain);
    authorizations.addEvent(authorization.id(), HeadAuthorizationRepository.ACTED, taskId, taskName,
        caseIds.stream().findFirst().orElse(null), null, actor, note, actor);
    return new HeadAct(actor, authorization.id(), note);
  }

  /**
   * Gives every open head task of the head or of this authorization's deputy to whoever should now
   * hold it (the deputy when the authorization begins, the head or another authorized deputy when it
   * ends or is revoked), and records each move under the authorization.
   */
  void reassignOpenTasks(HeadAuthorization authorization, String recordedBy) {
    List<Task> open = taskService.createTaskQuery()
        .processDefinitionKeyIn(ProcessKeys.NORMATIVE_DOCUMENT, ProcessKeys.MAJOR_DECISION,
            ProcessKeys.DECISION_IMPLEMENTATION, ProcessKeys.DECISION_CATALOGUE)
        .taskDefinitionKeyIn(HEAD_TASKS.keySet().toArray(String[]::new))
        .list();
    for (Task task : open) {
      String before = task.getAssignee();
      if (!head().equals(before) && !authorization.deputy().equals(before)) {
        continue;
      }
      String after = assigneeFor(task.getProcessInstanceId());
      if (after.equals(before)) {
        continue;
      }
      SystemActions.run(() -> {
        taskService.setAssignee(task.getId(), after);
        // the engine gave the previous holder a grant on the task when it was assigned to them; the
        // grant goes with the task, so a deputy keeps no hold on a task handed back to the head
        authorizationService.createAuthorizationQuery().userIdIn(before).resourceType(Resources.TASK)
            .resourceId(task.getId()).list()
            .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
      });
      String kind = after.equals(authorization.deputy()) ? HeadAuthorizationRepository.HANDED_OVER
          : HeadAuthorizationRepository.HANDED_BACK;
      String note = (kind.equals(HeadAuthorizationRepository.HANDED_OVER) ? "授权生效，" : "授权结束，")
          + "“" + task.getName() + "”由 " + name(before) + " 转交 " + name(after);
      authorizations.addEvent(authorization.id(), kind, task.getId(), task.getName(),
          caseIds(chain(task.getProcessInstanceId())).stream().findFirst().orElse(null), before, after, note,
          recordedBy);
    }
  }

  /** Whether the user belongs to the leadership group and is not the head: who may be authorized. */
  boolean isDeputyCandidate(String userId) {
    return deputyCandidates().contains(userId);
  }

  /** The leadership members other than the head. */
  List<String> deputyCandidates() {
    return unrestricted(() -> identityService.createUserQuery().memberOfGroup(Groups.ID_LEADERSHIP).list().stream()
        .map(User::getId).filter(id -> !id.equals(head())).sorted().toList());
  }

  boolean isAdmin(String userId) {
    return userId != null && unrestricted(
        () -> identityService.createUserQuery().userId(userId).memberOfGroup(Groups.ID_ADMIN).count() > 0);
  }

  /** A user's name as the record shows it (吴刚), else the id. */
  public String name(String userId) {
    if (userId == null) {
      return "系统";
    }
    User user = unrestricted(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName())
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  /**
   * Identity look-ups without the caller's grants: who belongs to the leadership and what they are
   * called is part of the record whoever reads it, and clerks hold no grants on users.
   */
  private <T> T unrestricted(Supplier<T> query) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return query.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  LocalDate today() {
    return calendar.today();
  }
}
