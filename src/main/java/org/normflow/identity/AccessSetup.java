package org.normflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.normflow.process.ProcessKeys;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups of DESIGN.md and their authorizations at start-up, when missing.
 *
 * <p>Reviewer groups need no task grants of their own: the engine grants READ and UPDATE on a task
 * to its candidate groups, so each group sees and completes exactly the tasks offered to it.
 */
@Component
class AccessSetup {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  AccessSetup(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @EventListener
  @Order(10)
  public void setUp(PostDeployEvent event) {
    for (Groups group : Groups.values()) {
      createGroup(group);
    }
    grantAdmin();
    for (Groups group : Groups.taskWorkers()) {
      grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      // reading the definitions lets Tasklist show process names and deployed forms; reading the
      // instances lets the task list show each case's title, number and unit (filter variable columns)
      for (String key : ProcessKeys.ALL) {
        grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE);
      }
    }
    grantDrafters();
    grantLeadership();
    grantAuditors();
  }

  /**
   * The leadership may start head-authorization (its first step refuses everyone but the head) and
   * read its own instances; the registry API shows the authorizations to the other readers.
   */
  private void grantLeadership() {
    grant(Groups.LEADERSHIP, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    for (String key : ProcessKeys.STARTABLE_BY_LEADERSHIP) {
      grant(
          Groups.LEADERSHIP,
          Resources.PROCESS_DEFINITION,
          key,
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE,
          ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY);
    }
  }

  private void grantDrafters() {
    grant(Groups.DRAFTERS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    for (String key : ProcessKeys.STARTABLE_BY_DRAFTERS) {
      grant(
          Groups.DRAFTERS,
          Resources.PROCESS_DEFINITION,
          key,
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE,
          ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY);
    }
  }

  /** Auditors read everything and change nothing. */
  private void grantAuditors() {
    Groups auditors = Groups.AUDITORS;
    grant(auditors, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grant(auditors, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(
        auditors,
        Resources.PROCESS_DEFINITION,
        ANY,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
        ProcessDefinitionPermissions.READ_TASK_VARIABLE);
    grant(auditors, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grant(auditors, Resources.TASK, ANY, TaskPermissions.READ);
    grant(auditors, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grant(auditors, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grant(auditors, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(auditors, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(auditors, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(auditors, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
    grant(auditors, Resources.USER, ANY, Permissions.READ);
    grant(auditors, Resources.GROUP, ANY, Permissions.READ);
  }

  private void grantAdmin() {
    for (Resource resource : Resources.values()) {
      grant(Groups.ADMIN, resource, ANY, Permissions.ALL);
    }
  }

  private void createGroup(Groups group) {
    if (identityService.createGroupQuery().groupId(group.id()).count() > 0) {
      return;
    }
    Group created = identityService.newGroup(group.id());
    created.setName(group.displayName());
    created.setType(group == Groups.ADMIN ? "SYSTEM" : "WORKFLOW");
    identityService.saveGroup(created);
  }

  /** Adds the permissions to the group's grant on the resource, creating the grant once. */
  void grant(Groups group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing =
        authorizationService
            .createAuthorizationQuery()
            .groupIdIn(group.id())
            .resourceType(resource)
            .resourceId(resourceId)
            .authorizationType(AUTH_TYPE_GRANT)
            .singleResult();
    Authorization authorization =
        existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group.id());
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    List.of(permissions).forEach(authorization::addPermission);
    authorizationService.saveAuthorization(authorization);
  }
}
