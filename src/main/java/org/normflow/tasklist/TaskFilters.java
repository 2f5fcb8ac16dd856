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
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The Tasklist filters every clerk sees, created at start-up when missing and readable by all groups. */
@Component
class TaskFilters {

  record FilterSpec(String name, int priority, String description, Function<TaskService, TaskQuery> query) {}

  static final List<FilterSpec> FILTERS =
      List.of(
          new FilterSpec(
              "我的待办",
              -10,
              "已签收、由我办理的任务",
              tasks -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
          new FilterSpec(
              "本组待办",
              -5,
              "分派给我所在组、尚未签收的任务",
              tasks ->
                  tasks
                      .createTaskQuery()
                      .taskCandidateGroupInExpression("${currentUserGroups()}")
                      .taskUnassigned()));

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
      if (filterService.createFilterQuery().filterName(spec.name()).count() > 0) {
        continue;
      }
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("priority", spec.priority());
      properties.put("description", spec.description());
      properties.put("refresh", true);
      Filter filter =
          filterService
              .newTaskFilter(spec.name())
              .setOwner(null)
              .setProperties(properties)
              .setQuery(spec.query().apply(taskService));
      filterService.saveFilter(filter);
      for (Groups group : Groups.values()) {
        Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        read.setGroupId(group.id());
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
      }
    }
  }
}
