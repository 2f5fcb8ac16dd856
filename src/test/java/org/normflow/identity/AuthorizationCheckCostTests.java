package org.normflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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

/**
 * Issue 16: an authorization check costs the same with ten cases as with ten thousand
 * ({@link AuthorizedGroupsWithoutScan}), and the grants-only model that makes this safe holds.
 */
@NormFlowSpringTest
class AuthorizationCheckCostTests {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;

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
