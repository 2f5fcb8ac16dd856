package org.normflow.validation;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Refuses a form submission with Chinese messages that say what is wrong. Thrown inside the
 * engine's command, it rolls the whole step back: the task stays open and nothing saved is lost. A
 * bad-request exception to the engine: a clerk's mistake, answered 400, not logged as an error.
 */
public class FormValidationException extends BadUserRequestException {

  /** How every refusal starts; the web layer finds the clerk's message by it. */
  public static final String PREFIX = "表单填写有误：";

  private final List<String> problems;

  public FormValidationException(List<String> problems) {
    this(PREFIX, problems);
  }

  protected FormValidationException(String prefix, List<String> problems) {
    super(prefix + String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
