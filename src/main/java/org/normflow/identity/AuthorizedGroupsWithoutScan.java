package org.normflow.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Keeps every authorization check's cost independent of the number of cases. Camunda's
 * {@link AuthorizationManager} narrows the signed-in user's groups to those that hold any
 * authorization, and learns which those are by reading the group id of every row of
 * {@code ACT_RU_AUTHORIZATION}, once in every command that checks an authorization (camunda issue
 * 5485). NormFlow's per-case grants ({@link CaseReadAccess}) and the engine's own task grants add rows
 * with every case and task, so each click of every clerk scanned a table that only grows: in the
 * benchmark (docs/benchmarks.md) starting cases slowed down steadily as cases piled up.
 *
 * <p>The narrowing is only a shortcut: a group without authorizations matches no row of any check,
 * so passing the user's groups unnarrowed gives every check the same answer without the scan.
 *
 * <p>The same holds for revoke authorizations: by default the engine asks in every command whether the
 * user is subject to any, a query that scans the whole table when there are none (H2 cannot use an
 * index for it). NormFlow's model is grants only (docs/security.md), so the engine is told never to
 * look for revokes, and creating one is refused with a message (400), so that no revoke can exist that
 * the checks would ignore: access is taken away by deleting the grant or leaving the group.
 */
@Component
class AuthorizedGroupsWithoutScan extends AbstractProcessEnginePlugin {

  static final String REVOKE_REFUSED =
      "NormFlow 只使用授予型授权（GRANT），不受理撤销型授权（REVOKE）。要收回权限，请删除相应的授予，或将用户移出用户组";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
    EngineExtensions.addSession(configuration, AuthorizationManager.class, Manager::new);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    refuseStoredRevokes(engine);
  }

  /**
   * A revoke made by hand in the database before this release would now be ignored, and access it took
   * away would be back: the engine does not start until it is gone.
   */
  static void refuseStoredRevokes(ProcessEngine engine) {
    long revokes = engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
    if (revokes > 0) {
      throw new IllegalStateException("数据库中有 " + revokes + " 条撤销型授权（REVOKE, ACT_RU_AUTHORIZATION.TYPE_ = 2）。"
          + "NormFlow 只使用授予型授权，不再读取撤销型授权：请改为删除相应的授予后，删除这些撤销型授权再启动（docs/security.md）");
    }
  }

  static final class Manager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }

    @Override
    public void insert(DbEntity entity) {
      refuseRevoke(entity);
      super.insert(entity);
    }

    @Override
    public void update(AuthorizationEntity authorization) {
      refuseRevoke(authorization);
      super.update(authorization);
    }

    private static void refuseRevoke(DbEntity entity) {
      if (entity instanceof AuthorizationEntity authorization
          && authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
        throw new BadUserRequestException(REVOKE_REFUSED);
      }
    }
  }
}
