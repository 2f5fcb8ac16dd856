package org.normflow.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.normflow.identity.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters, kept in line with this class at every start-up: found by name, created
 * when missing, otherwise overwritten (query, properties) so that a new release reaches existing
 * installations without duplicates. A filter an administrator renamed counts as gone.
 *
 * <p>The queries use {@code currentUser()} and {@code currentUserGroups()}, so one filter serves
 * every role: the drafter sees drafting tasks, the legal office its reviews.
 */
@Component
class TaskFilters {

  static final String MINE = "我的待办";
  static final String MY_GROUPS = "本组待办";
  static final String DUE_SOON = "即将到期";
  static final String OVERDUE = "已逾期";
  static final String ALL_OPEN = "全部在办任务";

  /** Days ahead that count as "due soon"; calendar days, so a Friday already shows Monday's deadlines. */
  static final int DUE_SOON_DAYS = 3;

  record Column(String name, String label) {}

  /**
   * What a clerk needs to recognise the case in the list, without opening the task. A collapsed
   * list entry shows the first two variables the case has, so the order matters: the case's title,
   * then its document number once registered, else the unit in charge.
   */
  static final List<Column> CASE_COLUMNS =
      List.of(
          // normative documents and major decisions both call their title "title"
          new Column("title", "标题"),
          new Column("caseTitle", "事项名称"),
          // issue 10: the human reference (登记号, 决策编号) every case gets at registration; the
          // internal ids (UUIDs, MD-...) are not shown
          new Column("caseReference", "编号"),
          new Column("docNumber", "文号"),
          new Column("issuingUnit", "承办单位"),
          new Column("leadUnit", "承办单位"),
          new Column("docType", "文件类型"));

  record FilterSpec(
      String name,
      int priority,
      String description,
      List<Groups> readers,
      Function<TaskService, TaskQuery> query) {}

  static final List<FilterSpec> FILTERS =
      List.of(
          new FilterSpec(
              MINE,
              -10,
              "已签收、由我办理的任务",
              Groups.taskWorkers(),
              tasks -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc()),
          new FilterSpec(
              MY_GROUPS,
              -5,
              "分派给我所在组、尚未签收的任务",
              Groups.taskWorkers(),
              tasks ->
                  tasks
                      .createTaskQuery()
                      .taskCandidateGroupInExpression("${currentUserGroups()}")
                      .taskUnassigned()
                      .orderByDueDate()
                      .asc()),
          new FilterSpec(
              DUE_SOON,
              0,
              "由我办理或本组待签收、" + DUE_SOON_DAYS + " 日内到期的任务",
              Groups.taskWorkers(),
              tasks ->
                  mineOrMyGroups(tasks)
                      .dueAfterExpression("${now()}")
                      .dueBeforeExpression("${dateTime().plusDays(" + DUE_SOON_DAYS + ").toDate()}")
                      .orderByDueDate()
                      .asc()),
          new FilterSpec(
              OVERDUE,
              5,
              "由我办理或本组待签收、已超过办理期限的任务",
              Groups.taskWorkers(),
              tasks -> mineOrMyGroups(tasks).dueBeforeExpression("${now()}").orderByDueDate().asc()),
          new FilterSpec(
              ALL_OPEN,
              10,
              "所有流程中尚未办结的任务（只读，供监督审计）",
              List.of(Groups.AUDITORS, Groups.ADMIN),
              tasks -> tasks.createTaskQuery().orderByDueDate().asc()));

  private static TaskQuery mineOrMyGroups(TaskService tasks) {
    return tasks
        .createTaskQuery()
        .or()
        .taskAssigneeExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr();
  }

  private static final Logger LOG = LoggerFactory.getLogger(TaskFilters.class);

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TaskFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @EventListener
  @Order(30)
  public void createFilters(PostDeployEvent event) {
    for (FilterSpec spec : FILTERS) {
      List<Filter> existing = filterService.createFilterQuery().filterName(spec.name()).list();
      Filter filter = existing.isEmpty() ? filterService.newTaskFilter(spec.name()) : existing.get(0);
      filter.setOwner(null);
      filter.setProperties(properties(spec));
      filter.setQuery(spec.query().apply(taskService));
      filterService.saveFilter(filter);
      // earlier releases may have left copies under the same name; one per name is what clerks expect
      for (Filter duplicate : existing.subList(Math.min(1, existing.size()), existing.size())) {
        filterService.deleteFilter(duplicate.getId());
        LOG.info("duplicate Tasklist filter {} ({}) removed", duplicate.getName(), duplicate.getId());
      }
      grantRead(filter.getId(), spec.readers());
    }
  }

  static Map<String, Object> properties(FilterSpec spec) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", spec.priority());
    properties.put("description", spec.description());
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put(
        "variables",
        CASE_COLUMNS.stream().map(c -> Map.of("name", c.name(), "label", c.label())).toList());
    return properties;
  }

  /** READ for exactly the readers' groups: grants an earlier release gave to other groups go. */
  private void grantRead(String filterId, List<Groups> readers) {
    List<String> readerIds = readers.stream().map(Groups::id).toList();
    for (Authorization grant :
        authorizationService
            .createAuthorizationQuery()
            .resourceType(Resources.FILTER)
            .resourceId(filterId)
            .authorizationType(AUTH_TYPE_GRANT)
            .list()) {
      if (grant.getGroupId() != null && !readerIds.contains(grant.getGroupId())) {
        authorizationService.deleteAuthorization(grant.getId());
      }
    }
    for (Groups group : readers) {
      boolean granted =
          authorizationService
                  .createAuthorizationQuery()
                  .groupIdIn(group.id())
                  .resourceType(Resources.FILTER)
                  .resourceId(filterId)
                  .authorizationType(AUTH_TYPE_GRANT)
                  .count()
              > 0;
      if (granted) {
        continue;
      }
      Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      read.setGroupId(group.id());
      read.setResource(Resources.FILTER);
      read.setResourceId(filterId);
      read.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(read);
    }
  }
}
