package org.normflow.document;

import static org.normflow.document.DocumentSteps.MAX_TEXT;
import static org.normflow.process.NormativeDocumentVariables.MADE_UP_PROCEDURE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_MakeUpProcedure (complete): the drafter records how a missing procedure was made up (R-ND-04,
 * outcome MISSING_PROCEDURE).
 */
@Component("recordMadeUpProcedure")
class RecordMadeUpProcedure implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    check.text(MADE_UP_PROCEDURE, "补正的程序及其情况", MAX_TEXT);
    check.verify();
  }
}
