package org.normflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: an authorization check costs the same with ten cases as with ten thousand
 * ({@link AuthorizedGroupsWithoutScan}), and the grants-only model that makes this safe holds.
 */
@NormFlowSpringTest
class AuthorizationCheckCostTests {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired DataSource dataSource;

  @Test
  @DisplayName("issue 16: the engine neither reads every group id of the authorization table nor looks for revokes in each command")
  void noTableScanPerCommand() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo("never");
    List<String> groups = configuration.getCommandExecutorTxRequired().execute(command -> {
      AuthorizationManager manager = command.getAuthorizationManager();
      assertThat(manager).isInstanceOf(AuthorizedGroupsWithoutScan.Manager.class);
      // the user's groups as they are (duplicates dropped), a group without any grant included: it matches no row
      return manager.filterAuthenticatedGroupIds(List.of(Groups.ID_LEGAL_OFFICE, "no-grants-group", Groups.ID_LEGAL_OFFICE));
    });
    assertThat(groups).containsExactly(Groups.ID_LEGAL_OFFICE, "no-grants-group");
  }

  @Test
  @DisplayName("issue 16, issue 15: grants only: an administrator's REVOKE authorization is refused (400, with the reason), a GRANT is taken")
  void revokeRefused() {
    ResponseEntity<String> revoke = create(Authorization.AUTH_TYPE_REVOKE);
    assertThat(revoke.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(revoke.getBody()).contains("不受理撤销型授权（REVOKE）");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
        .isZero();

    ResponseEntity<Map> grant = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/authorization/create",
        json(Authorization.AUTH_TYPE_GRANT), Map.class);
    assertThat(grant.getStatusCode()).isEqualTo(HttpStatus.OK);
    engine.getAuthorizationService().deleteAuthorization((String) grant.getBody().get("id"));
  }

  @Test
  @DisplayName("issue 16, issue 15: a revoke authorization made by hand in the database stops the engine from starting, since it would be ignored")
  void storedRevokeStopsTheStart() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_) "
        + "VALUES ('hand-made-revoke', 1, 2, 'drafter', 6, 'hearing', 2)");
    try {
      assertThatThrownBy(() -> AuthorizedGroupsWithoutScan.refuseStoredRevokes(engine))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 条撤销型授权");
    } finally {
      jdbc.update("DELETE FROM ACT_RU_AUTHORIZATION WHERE ID_ = 'hand-made-revoke'");
    }
    AuthorizedGroupsWithoutScan.refuseStoredRevokes(engine);
  }

  private ResponseEntity<String> create(int type) {
    return rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/authorization/create", json(type), String.class);
  }

  private static HttpEntity<String> json(int type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>("{\"type\":" + type + ",\"permissions\":[\"READ\"],\"userId\":\"drafter2\",\"groupId\":null,"
        + "\"resourceType\":6,\"resourceId\":\"hearing\"}", headers);
  }
}
