package org.normflow.validation;

import java.util.List;

/**
 * A step refused because of who tries it, not of what they typed (only the legal office starts a
 * cleanup, only the head authorizes a deputy): rolled back like a refused form, but answered 403 with
 * the Chinese reason (the permission matrix: every refusal of a role is 401, 403 or 404).
 */
public class RoleRefusedException extends FormValidationException {

  /** How the message starts; the web layer answers 403 when it finds it. */
  public static final String PREFIX = "无权办理：";

  public RoleRefusedException(String reason) {
    super(PREFIX, List.of(reason));
  }
}
