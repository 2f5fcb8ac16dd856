package org.normflow.head;

import static org.normflow.process.HeadAuthorizationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.trust.Actors;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_HandOver, ServiceTask_HandBackExpired, ServiceTask_HandBackRevoked of {@code
 * head-authorization} (R-ND-14, R-MD-02, R-MD-11, R-MD-16): the open head tasks go to whoever should now
 * hold them; each move is recorded under the authorization.
 */
@Component("reassignHeadTasks")
class ReassignHeadTasks implements JavaDelegate {

  private final HeadOfOrganisation heads;
  private final HeadAuthorizationRepository authorizations;

  ReassignHeadTasks(HeadOfOrganisation heads, HeadAuthorizationRepository authorizations) {
    this.heads = heads;
    this.authorizations = authorizations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(AUTHORIZATION_ID)).longValue();
    HeadAuthorization authorization = authorizations.find(id)
        .orElseThrow(() -> new IllegalStateException("no head authorization " + id));
    // the head starting it, the head revoking it (NormFlow correlates without the user), or the timer
    String by = Actors.of(execution) != null ? Actors.of(execution) : authorization.revokedBy();
    heads.reassignOpenTasks(authorization, by);
  }
}
