package org.normflow.decision;

import org.normflow.process.MajorDecisionVariables;

/** Small helpers every major-decision step shares. */
final class DecisionCase {

  private DecisionCase() {}

  /** The decision's registry id, set by {@code registerDecision} and never writable by a form. */
  static String id(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return (String) scope.getVariable(MajorDecisionVariables.DECISION_ID);
  }

  /** Text cut to the 4000 characters a String variable may hold. */
  static String cap(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3990) + "……（略）";
  }
}
