package org.normflow.hearing;

import static org.normflow.process.HearingVariables.HEARING_REPORT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/** Task_HearingReport (complete), R-MD-05: the hearing report, which goes back to the decision. */
@Component("checkHearingReport")
class CheckHearingReport implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    check.text(HEARING_REPORT, "听证报告", 4000);
    check.verify();
  }
}
