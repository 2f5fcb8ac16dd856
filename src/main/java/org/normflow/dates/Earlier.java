package org.normflow.dates;

import java.time.LocalDate;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A fact already on the record that a date may not precede: a date an earlier step recorded (validated
 * when it was recorded) or the day an earlier step was done, as the engine's history has it.
 */
public record Earlier(String label, BiFunction<VariableScope, CaseHistory, LocalDate> read) {

  /** A date an earlier step of this case recorded in the variable {@code name}. */
  public static Earlier recorded(String name, String label) {
    return new Earlier(label, (scope, history) -> Dates.read(scope.getVariable(name)));
  }

  /** The day the activity {@code activityId} was last completed anywhere in the case (called cases included). */
  public static Earlier stepDone(String activityId, String label) {
    return new Earlier(label, (scope, history) -> history.lastDone(activityId));
  }

  LocalDate on(VariableScope scope, CaseHistory history) {
    return read.apply(scope, history);
  }
}
