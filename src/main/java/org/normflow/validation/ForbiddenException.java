package org.normflow.validation;

/** The authenticated user may not do this; the message says who may. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
