package org.normflow.cleanup;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.trust.SystemActions;

/**
 * Engine calls NormFlow's own steps make as the system (start an amendment case, start validity
 * management, tell a validity case that its document ended): inside the running command, without the
 * signed-in clerk's authorizations and, where {@code anonymous}, without the clerk as starter, so the new
 * case is the system's, not theirs.
 */
final class SystemEngine {

  private SystemEngine() {}

  static <T> T run(IdentityService identity, boolean anonymous, Supplier<T> action) {
    Authentication user = identity.getCurrentAuthentication();
    if (anonymous && user != null) {
      identity.clearAuthentication();
    }
    try {
      return SystemActions.run(() -> Context.getCommandContext() == null
          ? action.get()
          : Context.getCommandContext().runWithoutAuthorization(action::get));
    } finally {
      if (anonymous && user != null) {
        identity.setAuthentication(user);
      }
    }
  }
}
