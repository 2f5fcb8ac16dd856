package org.normflow.hearing;

import org.normflow.validation.LegalBasis;

import static org.normflow.process.HearingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/** Task_ConfirmRecord (complete), R-MD-05: participants confirm and sign the record. */
@Component("checkHearingRecord")
class CheckHearingRecord implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    check.require(check.flag(RECORD_CONFIRMED), "听证笔录须经听证参加人确认" + LegalBasis.cite("R-MD-05"));
    check.text(SIGNED_BY, "签字确认的听证参加人", 2000);
    check.verify();
  }
}
