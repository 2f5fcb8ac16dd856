package org.normflow.validation;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Refuses a form submission with Chinese messages that say what is wrong. Thrown inside the
 * engine's command, it rolls the whole step back: the task stays open and nothing saved is lost.
 */
public class FormValidationException extends ProcessEngineException {

  /** How every refusal starts; the web layer finds the clerk's message by it. */
  public static final String PREFIX = "表单填写有误：";

  private final List<String> problems;

  public FormValidationException(List<String> problems) {
    super(PREFIX + String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
