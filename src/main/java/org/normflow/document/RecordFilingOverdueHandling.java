package org.normflow.document;

import static org.normflow.document.DocumentSteps.MAX_TEXT;
import static org.normflow.process.NormativeDocumentVariables.OVERDUE_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/** Task_FilingOverdue (complete), R-ND-09: why the filing is late and how it is being chased. */
@Component("recordFilingOverdueHandling")
class RecordFilingOverdueHandling implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    check.text(OVERDUE_NOTE, "逾期原因及督办情况", MAX_TEXT);
    check.verify();
  }
}
