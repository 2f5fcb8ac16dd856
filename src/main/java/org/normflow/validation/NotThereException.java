package org.normflow.validation;

import java.util.List;

/**
 * Inside the engine's command: what the request names does not exist (a task already completed, by a
 * double submit or by a colleague). The engine's REST API would answer 500; the web layer answers 404
 * with the Chinese reason when it finds {@link #PREFIX}.
 */
public class NotThereException extends FormValidationException {

  public static final String PREFIX = "找不到：";

  public NotThereException(String reason) {
    super(PREFIX, List.of(reason));
  }
}
