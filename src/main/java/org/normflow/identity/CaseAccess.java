package org.normflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * What the logged-in user may read of NormFlow's registry (/api/documents, /api/decisions): exactly
 * the cases the engine lets them read. Those are the cases they had a task in or started (grants of
 * {@link CaseReadAccess} on the case's process instance, kept in history), the cases of their own
 * drafting unit, and for auditors and administrators (READ on every historic process instance)
 * everything.
 */
@Component
public class CaseAccess {

  private final EngineReads reads;
  private final CaseUnits units;

  CaseAccess(EngineReads reads, CaseUnits units) {
    this.reads = reads;
    this.units = units;
  }

  /** The cases one user may read. */
  public record Scope(boolean everything, Set<String> processInstances, Set<String> units) {

    public boolean mayRead(String processInstanceId, String draftingUnit) {
      return everything
          || (processInstanceId != null && processInstances.contains(processInstanceId))
          || (draftingUnit != null && units.contains(draftingUnit));
    }
  }

  /** The scope of the user the current request is authenticated as; NormFlow's own calls read everything. */
  public Scope currentUser() {
    Authentication user = reads.engine().getIdentityService().getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return new Scope(true, Set.of(), Set.of());
    }
    return of(user.getUserId());
  }

  public Scope of(String userId) {
    return reads.unchecked(
        () -> {
          List<String> groups =
              reads.engine().getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                  .map(Group::getId)
                  .toList();
          AuthorizationService authorizations = reads.engine().getAuthorizationService();
          Set<String> instances = new HashSet<>();
          instances.addAll(readable(authorizations.createAuthorizationQuery().userIdIn(userId)));
          if (!groups.isEmpty()) {
            instances.addAll(
                readable(authorizations.createAuthorizationQuery().groupIdIn(groups.toArray(String[]::new))));
          }
          boolean everything = instances.remove(ANY);
          return new Scope(everything, instances, units.unitsOf(userId));
        });
  }

  private static Set<String> readable(org.camunda.bpm.engine.authorization.AuthorizationQuery query) {
    Set<String> ids = new HashSet<>();
    for (Authorization grant :
        query.authorizationType(AUTH_TYPE_GRANT)
            .resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
            .hasPermission(HistoricProcessInstancePermissions.READ)
            .list()) {
      ids.add(grant.getResourceId());
    }
    return ids;
  }
}
