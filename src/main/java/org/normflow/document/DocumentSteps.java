package org.normflow.document;

import static org.normflow.process.NormativeDocumentVariables.DOCUMENT_ID;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the steps of {@code normative-document} share. Each step is its own bean, named as in the
 * BPMN ({@code camunda:delegateExpression="${name}"}); every one writes the registry in the engine's
 * transaction, so a refused or failed step leaves no half record.
 */
final class DocumentSteps {

  /** A String process variable holds at most 4000 characters; longer texts live in the registry. */
  static final int MAX_TEXT = 4000;

  private DocumentSteps() {}

  /** The document's registry id, set by {@code registerDocument}. */
  static String documentId(VariableScope scope) {
    return (String) scope.getVariable(DOCUMENT_ID);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
