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
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.normflow.process.ProcessKeys;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups of DESIGN.md, the drafting units and their authorizations at start-up, when
 * missing, and sets NormFlow's grants to exactly what this class says (an upgrade removes what an
 * earlier release granted more).
 *
 * <p>Who reads what (docs/architecture.md, "Identity and authorization"): worker groups read the
 * process definitions (names, forms, diagrams) but no case as a whole; a case's instance becomes
 * readable to the people of each task in it and to the drafter who started it ({@link
 * CaseReadAccess}). Reviewer groups need no task grants of their own: the engine grants a task to
 * its candidate groups, so each group sees and completes exactly the tasks offered to it. Auditors
 * read everything and write nothing.
 */
@Component
class AccessSetup {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final DraftingUnits units;

  AccessSetup(IdentityService identityService, AuthorizationService authorizationService, DraftingUnits units) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.units = units;
  }

  @EventListener
  @Order(10)
  public void setUp(PostDeployEvent event) {
    for (Groups group : Groups.values()) {
      createGroup(group.id(), group.displayName(), group == Groups.ADMIN ? "SYSTEM" : "WORKFLOW");
    }
    for (DraftingUnits.Unit unit : units.getDraftingUnits()) {
      createGroup(unit.getId(), unit.getName(), DraftingUnits.GROUP_TYPE);
    }
    grantAdmin();
    for (Groups group : Groups.taskWorkers()) {
      grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      // the definitions give Tasklist the process names, deployed forms and diagrams; no case data
      // (READ_INSTANCE / READ_HISTORY over a definition would open every case: see CaseReadAccess)
      for (String key : ProcessKeys.ALL) {
        grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ);
      }
    }
    grantDrafters();
    grantLegalOffice();
    // the legal office keeps the register of documents and decisions in Cockpit (issue 13, docs/auditing.md);
    // what it reads there is decided per case by the engine and by audit.WorkbenchAccess
    grant(Groups.LEGAL_OFFICE, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
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

  /**
   * The legal office starts the year's catalogue procedure (only the legal office and the head change a
   * catalogue, R-MD-01), a special cleanup and an abolition (R-ND-11); their first steps check the group.
   */
  private void grantLegalOffice() {
    grant(Groups.LEGAL_OFFICE, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    for (String key : ProcessKeys.STARTABLE_BY_LEGAL_OFFICE) {
      grant(Groups.LEGAL_OFFICE, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
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
          ProcessDefinitionPermissions.CREATE_INSTANCE);
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

  private void createGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group created = identityService.newGroup(id);
    created.setName(name);
    created.setType(type);
    identityService.saveGroup(created);
  }

  /**
   * Auditors write nothing anywhere: the engine gives every new user ALL on their own user entry
   * (which includes updating and deleting it); an auditor keeps READ only, and the administrator
   * manages their account. Runs after the users are created (demo users, the prod administrator).
   */
  @EventListener
  @Order(40)
  public void auditorsReadOnly(PostDeployEvent event) {
    for (User auditor : identityService.createUserQuery().memberOfGroup(Groups.ID_AUDITORS).list()) {
      for (Authorization own :
          authorizationService.createAuthorizationQuery().userIdIn(auditor.getId()).authorizationType(AUTH_TYPE_GRANT)
              .list()) {
        if (own.getResourceType() != Resources.USER.resourceType() || isReadOnly(own)) {
          continue;
        }
        own.setPermissions(new Permission[] {Permissions.READ});
        authorizationService.saveAuthorization(own);
      }
    }
  }

  private static boolean isReadOnly(Authorization grant) {
    return grant.getPermissions(new Permission[] {Permissions.UPDATE, Permissions.DELETE, Permissions.CREATE}).length
        == 0;
  }

  /**
   * Sets the group's grant on the resource to exactly these permissions, creating it once: what an
   * earlier release granted more (READ_INSTANCE on every definition) is taken away on upgrade.
   */
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
    authorization.setPermissions(new Permission[] {Permissions.NONE});
    List.of(permissions).forEach(authorization::addPermission);
    authorizationService.saveAuthorization(authorization);
  }
}
