package org.normflow.decision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ClassifyDocumentDecision (complete), R-ND-12, R-MD-18: for a normative document on the
 * major-decision track the drafter gives the account of the facts that make the hearing, expert
 * argumentation or risk assessment apply ({@link DrafterAccount}); the document's market finding and
 * fair competition review come from the document. The account sets no gate variable: the legal office
 * finds which procedures apply (Task_FindApplicableProcedures). No exploratory reform here: the
 * exception of 713 Art 25 is never open to a normative document (R-MD-08).
 */
@Component("recordDocumentClassification")
class RecordDocumentClassification implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    DrafterAccount.check(check, false);
    check.verify();
  }
}
