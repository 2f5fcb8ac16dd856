package org.normflow.head;

import org.normflow.validation.LegalBasis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.identity.Groups;
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

  private final HeadSettings settings;
  private final HeadAuthorizationRepository authorizations;
  private final WorkingDayCalendar calendar;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  /** The act each head task of a deployed model declares, by process definition id and task id. */
  private final Map<String, Optional<HeadAct.Kind>> declared = new ConcurrentHashMap<>();

  HeadOfOrganisation(HeadSettings settings, HeadAuthorizationRepository authorizations, WorkingDayCalendar workingDays,
      IdentityService identityService, TaskService taskService, AuthorizationService authorizationService,
      RuntimeService runtimeService, RepositoryService repositoryService) {
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
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

  /**
   * BPMN assignment of a head task: the head, or the deputy of an authorization in force for this case or
   * today that names the act this task declares (R-ND-14).
   */
  public String assigneeFor(DelegateExecution execution) {
    return assigneeFor(chain(execution), actOf(execution.getProcessDefinitionId(), execution.getCurrentActivityId()));
  }

  String assigneeFor(String processInstanceId, HeadAct.Kind act) {
    return assigneeFor(chain(processInstanceId), act);
  }

  private String assigneeFor(List<String> chain, HeadAct.Kind act) {
    return authorizationFor(chain, act).map(HeadAuthorization::deputy).orElse(head());
  }

  /** The act a head task declares in its model ({@code camunda:property name="headAct"}), or null. */
  public HeadAct.Kind actOf(Task task) {
    return actOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
  }

  /** The act a head task being worked on declares, or null. */
  public HeadAct.Kind actOf(DelegateTask task) {
    return actOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
  }

  /**
   * The act the element declares in this version of its model; for a case started on a version from before
   * acts were declared, the act the same element declares in the latest version of the process.
   */
  HeadAct.Kind actOf(String processDefinitionId, String elementId) {
    if (processDefinitionId == null || elementId == null) {
      return null;
    }
    Optional<HeadAct.Kind> act = declared(processDefinitionId, elementId);
    if (act.isEmpty()) {
      String latest = unrestricted(() -> {
        var definition = repositoryService.getProcessDefinition(processDefinitionId);
        var newest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(definition.getKey())
            .latestVersion().singleResult();
        return newest == null ? null : newest.getId();
      });
      if (latest != null && !latest.equals(processDefinitionId)) {
        act = declared(latest, elementId);
      }
    }
    return act.orElse(null);
  }

  private Optional<HeadAct.Kind> declared(String processDefinitionId, String elementId) {
    return declared.computeIfAbsent(processDefinitionId + "/" + elementId, key -> unrestricted(() -> {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
      return model == null ? Optional.<HeadAct.Kind>empty() : declaredAct(model.getModelElementById(elementId));
    }));
  }

  /** The value of the element's {@code headAct} property, when it names one of {@link HeadAct.Kind}. */
  public static Optional<HeadAct.Kind> declaredAct(ModelElementInstance element) {
    if (!(element instanceof BaseElement base) || base.getExtensionElements() == null) {
      return Optional.empty();
    }
    return base.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> HeadAct.PROPERTY.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .flatMap(value -> HeadAct.Kind.named(value).stream())
        .findFirst();
  }

  /**
   * The ids of the head tasks (those declaring an act) of the latest version of every deployed process: what
   * a query for the head's open tasks filters on.
   */
  Set<String> headTaskKeys() {
    return unrestricted(() -> {
      Set<String> keys = new java.util.TreeSet<>();
      for (var definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          if (declaredAct(task).isPresent()) {
            keys.add(task.getId());
          }
        }
      }
      return keys;
    });
  }

  /** How a step is named in the record: its act's step, else the task's name. */
  static String step(HeadAct.Kind act, String taskName) {
    return act != null ? act.step() : taskName;
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
   * The authorization in force today for the case of this process instance that names this act: one for
   * the case itself before one for the whole period, the latest recorded first.
   */
  Optional<HeadAuthorization> authorizationFor(String processInstanceId, HeadAct.Kind act) {
    return authorizationFor(chain(processInstanceId), act);
  }

  private Optional<HeadAuthorization> authorizationFor(List<String> chain, HeadAct.Kind act) {
    if (act == null) {
      return Optional.empty();
    }
    LocalDate today = calendar.today();
    Set<String> caseIds = caseIds(chain);
    boolean collectiveDelegable = settings.isDelegateCollectiveDecision();
    return authorizations.notEnded(head(), today).stream()
        .filter(a -> a.covers(today, caseIds) && a.coversAct(act, collectiveDelegable))
        .min(Comparator.comparing((HeadAuthorization a) -> a.caseId() == null).thenComparing(a -> -a.id()));
  }

  /** The user may do this act of the head in this case today: the head, or a deputy authorized for it. */
  public boolean mayAct(String userId, String processInstanceId, HeadAct.Kind act) {
    return userId != null && (userId.equals(head())
        || authorizationFor(processInstanceId, act).map(a -> a.deputy().equals(userId)).orElse(false));
  }

  /**
   * A head task being completed: who did it (the authenticated user) and under which authorization; the act
   * is the one the task declares in its model.
   */
  public HeadAct act(DelegateTask task, String ruleId) {
    HeadAct.Kind act = actOf(task);
    return act(Actors.of(task), chain(task.getExecution()), task.getId(), task.getName(), act,
        step(act, task.getName()), ruleId);
  }

  /** A head step done without a task (the suspension message of R-MD-16). */
  public HeadAct act(String actor, DelegateExecution execution, HeadAct.Kind act, String ruleId) {
    return act(actor, chain(execution), null, act.step(), act, act.step(), ruleId);
  }

  /**
   * Refuses anyone but the head or a deputy with an authorization in force for this case; records a
   * deputy's act under that authorization (in the step's transaction: a refused step records nothing).
   */
  HeadAct act(String actor, List<String> chain, String taskId, String taskName, HeadAct.Kind act, String step,
      String ruleId) {
    String head = head();
    if (actor == null) {
      throw new FormValidationException(List.of("“" + step + "”须由主要负责人 " + name(head) + " 登录后本人办理" + LegalBasis.cite(ruleId)));
    }
    if (actor.equals(head)) {
      return new HeadAct(actor, null, name(head) + " " + step);
    }
    HeadAuthorization authorization = authorizationFor(chain, act)
        .filter(a -> a.deputy().equals(actor))
        .orElseThrow(() -> new FormValidationException(List.of("“" + step + "”须由主要负责人 " + name(head)
            + " 本人办理；" + name(actor) + " 没有主要负责人在系统中登记的、对本件有效的授权"
            + (act == null ? "（此事项不在可授权代行的事项之列）" : "（授权须载明“" + act.label() + "”）")
            + (act != null && act.collectiveDecision() && !settings.isDelegateCollectiveDecision()
                ? "（集体讨论后的决策决定由行政首长本人作出，本机关规定不得授权代行）" : "")
            + LegalBasis.cite(ruleId))));
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
    // the open tasks of the head and of the deputy; of those, the head tasks (those declaring an act): only
    // the acts the authorization names move, and a deputy's own tasks (an opinion as a member) stay
    List<Task> open = taskService.createTaskQuery().taskAssigneeIn(head(), authorization.deputy()).list();
    for (Task task : open) {
      String before = task.getAssignee();
      HeadAct.Kind act = actOf(task);
      if (act == null || !head().equals(before) && !authorization.deputy().equals(before)) {
        continue;
      }
      String after = assigneeFor(task.getProcessInstanceId(), act);
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
