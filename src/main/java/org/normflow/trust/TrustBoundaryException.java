package org.normflow.trust;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A step the clerk may not take (R-C-06). The REST API answers 403 with this Chinese message;
 * nothing of the command has happened.
 */
public class TrustBoundaryException extends AuthorizationException {

  public TrustBoundaryException(String message) {
    super(message);
  }
}
