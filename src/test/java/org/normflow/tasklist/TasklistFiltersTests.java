package org.normflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.normflow.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;

@NormFlowSpringTest
class TasklistFiltersTests {

  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired TaskFilters taskFilters;

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    taskService.createTaskQuery().taskNameLike("测试任务%").list().forEach(t -> taskService.deleteTask(t.getId(), true));
  }

  Filter filter(String name) {
    List<Filter> found = filterService.createFilterQuery().filterName(name).list();
    assertThat(found).as("filter %s", name).hasSize(1);
    return found.get(0);
  }

  @Test
  void everyFilterExistsOnceAndShowsTheCaseColumns() {
    for (TaskFilters.FilterSpec spec : TaskFilters.FILTERS) {
      Filter filter = filter(spec.name());
      assertThat(filter.getProperties()).containsEntry("description", spec.description());
      @SuppressWarnings("unchecked")
      List<Map<String, String>> variables = (List<Map<String, String>>) filter.getProperties().get("variables");
      assertThat(variables)
          .contains(
              Map.of("name", "title", "label", "标题"),
              Map.of("name", "docNumber", "label", "文号"),
              Map.of("name", "caseReference", "label", "编号"),
              Map.of("name", "issuingUnit", "label", "承办单位"),
              Map.of("name", "leadUnit", "label", "承办单位"));
    }
  }

  @Test
  void aSecondStartUpdatesTheFiltersInsteadOfAddingCopies() {
    Filter mine = filter(TaskFilters.MINE);
    // as if an earlier release had left a stale description, a copy, and a grant for auditors
    mine.setProperties(Map.of("description", "旧说明"));
    filterService.saveFilter(mine);
    Filter copy = filterService.newTaskFilter(TaskFilters.MINE).setQuery(taskService.createTaskQuery());
    filterService.saveFilter(copy);
    Authorization stale = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    stale.setGroupId(Groups.ID_AUDITORS);
    stale.setResource(Resources.FILTER);
    stale.setResourceId(mine.getId());
    stale.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(stale);

    taskFilters.createFilters(null);
    taskFilters.createFilters(null);

    Filter updated = filter(TaskFilters.MINE);
    // the engine orders same-named filters by their random id: either one may be the one kept
    assertThat(updated.getId()).isIn(mine.getId(), copy.getId());
    assertThat(updated.getProperties()).containsEntry("description", "已签收、由我办理的任务");
    assertThat(filterService.createFilterQuery().count()).isEqualTo(TaskFilters.FILTERS.size());
    assertThat(readers(updated.getId()))
        .containsExactlyInAnyOrderElementsOf(Groups.taskWorkers().stream().map(Groups::id).toList());
  }

  @Test
  void auditorsReadOnlyTheirOwnFilter() {
    assertThat(readers(filter(TaskFilters.ALL_OPEN).getId()))
        .containsExactlyInAnyOrder(Groups.ID_AUDITORS, Groups.ID_ADMIN);
    identityService.setAuthentication("auditor", List.of(Groups.ID_AUDITORS));
    assertThat(filterService.createFilterQuery().list()).extracting(Filter::getName).containsExactly(TaskFilters.ALL_OPEN);
    identityService.setAuthentication("legal", List.of(Groups.ID_LEGAL_OFFICE));
    assertThat(filterService.createFilterQuery().list())
        .extracting(Filter::getName)
        .containsExactlyInAnyOrder(TaskFilters.MINE, TaskFilters.MY_GROUPS, TaskFilters.DUE_SOON, TaskFilters.OVERDUE);
  }

  @Test
  void dueSoonAndOverdueSelectByDueDateForTheUserAndTheUsersGroups() {
    long day = 24L * 3600 * 1000;
    Date now = new Date();
    Task soon = groupTask("测试任务-两天后到期", new Date(now.getTime() + 2 * day), Groups.ID_LEGAL_OFFICE);
    Task later = groupTask("测试任务-十天后到期", new Date(now.getTime() + 10 * day), Groups.ID_LEGAL_OFFICE);
    Task late = groupTask("测试任务-已逾期", new Date(now.getTime() - day), Groups.ID_LEGAL_OFFICE);
    Task otherGroup = groupTask("测试任务-他组逾期", new Date(now.getTime() - day), Groups.ID_EXPERTS);
    Task mineLate = groupTask("测试任务-本人逾期", new Date(now.getTime() - 2 * day), Groups.ID_LEGAL_OFFICE);
    taskService.claim(mineLate.getId(), "legal");

    identityService.setAuthentication("legal", List.of(Groups.ID_LEGAL_OFFICE));
    assertThat(names(TaskFilters.DUE_SOON)).containsExactly(soon.getName());
    assertThat(names(TaskFilters.OVERDUE)).containsExactly(mineLate.getName(), late.getName());
    assertThat(names(TaskFilters.MY_GROUPS)).contains(soon.getName(), later.getName(), late.getName())
        .doesNotContain(otherGroup.getName(), mineLate.getName());
    assertThat(names(TaskFilters.MINE)).containsExactly(mineLate.getName());
  }

  private Task groupTask(String name, Date due, String group) {
    Task task = taskService.newTask();
    task.setName(name);
    task.setDueDate(due);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), group);
    return task;
  }

  private List<String> names(String filterName) {
    List<Task> tasks = filterService.list(filter(filterName).getId());
    return tasks.stream().map(Task::getName).filter(n -> n.startsWith("测试任务")).toList();
  }

  private List<String> readers(String filterId) {
    return authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId).list()
        .stream()
        .map(Authorization::getGroupId)
        .toList();
  }
}
