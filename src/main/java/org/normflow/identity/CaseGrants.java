package org.normflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/** Writes the per-case READ grants of {@link CaseReadAccess} inside the running engine command. */
final class CaseGrants {

  private CaseGrants() {}

  /**
   * The process instances a step belongs to, innermost first: its own instance, then the instance
   * that called it, up to the case (the top-level normative document or major decision).
   */
  static List<String> caseChain(DelegateExecution execution) {
    List<String> chain = new ArrayList<>();
    DelegateExecution instance = execution.getProcessInstance();
    while (instance != null) {
      chain.add(instance.getId());
      DelegateExecution caller = instance.getSuperExecution();
      instance = caller == null ? null : caller.getProcessInstance();
    }
    return chain;
  }

  /** READ on every instance of the step's chain, runtime and history, for these groups and users. */
  static void grantRead(DelegateExecution execution, Collection<String> groups, Collection<String> users) {
    if (groups.isEmpty() && users.isEmpty()) {
      return;
    }
    List<String> chain = caseChain(execution);
    String root = chain.get(chain.size() - 1);
    CommandContext command = Context.getCommandContext();
    command.runWithoutAuthorization(
        () -> {
          for (String instance : chain) {
            KnownGrants.loadGrants(command, instance);
            for (String group : groups) {
              grant(command, group, null, instance, root);
            }
            for (String user : users) {
              grant(command, null, user, instance, root);
            }
          }
          return null;
        });
  }

  private static void grant(CommandContext command, String groupId, String userId, String instance, String root) {
    ensure(command, groupId, userId, Resources.PROCESS_INSTANCE, instance, ProcessInstancePermissions.READ, null);
    ensure(command, groupId, userId, Resources.HISTORIC_PROCESS_INSTANCE, instance,
        HistoricProcessInstancePermissions.READ, root);
  }

  private static void ensure(CommandContext command, String groupId, String userId, Resource resource,
      String resourceId, Permission permission, String rootProcessInstanceId) {
    AuthorizationManager authorizations = command.getAuthorizationManager();
    AuthorizationEntity existing = cached(command, groupId, userId, resource, resourceId);
    if (existing == null) {
      AuthorizationEntity grant = new AuthorizationEntity(AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setUserId(userId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      grant.addPermission(permission);
      grant.setRootProcessInstanceId(rootProcessInstanceId);
      authorizations.insert(grant);
    } else if (!existing.isPermissionGranted(permission)) {
      existing.addPermission(permission);
      authorizations.update(existing);
    }
  }

  /**
   * The grant as the command sees it: stored ones were loaded into the command's entity cache by
   * {@link KnownGrants#loadGrants}, and one written earlier in this same command is there too,
   * though not in the database yet (the engine flushes at the end).
   */
  private static AuthorizationEntity cached(CommandContext command, String groupId, String userId,
      Resource resource, String resourceId) {
    for (AuthorizationEntity cached : command.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)) {
      if (cached.getAuthorizationType() == AUTH_TYPE_GRANT
          && cached.getResourceType() == resource.resourceType()
          && resourceId.equals(cached.getResourceId())
          && Objects.equals(groupId, cached.getGroupId())
          && Objects.equals(userId, cached.getUserId())) {
        return cached;
      }
    }
    return null;
  }
}
