package org.normflow.hearing;

import org.normflow.validation.LegalBasis;

import static org.normflow.hearing.HearingSteps.ZONE;
import static org.normflow.process.HearingVariables.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_HoldHearing (complete), R-MD-05: the hearing held on the announced date (R-ND-16, checked by
 * {@code dates.RecordedDates}), with its record (transcript); or it could not be held, with the reason,
 * and a new notice announces the new date.
 */
@Component("checkHearingHeld")
class CheckHearingHeld implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    if (check.checked(HEARING_POSTPONED, "听证会未能在公告日期召开，需要改期")) {
      check.text(POSTPONEMENT_REASON, "改期原因", 2000);
      check.verify();
      task.setVariable(HEARING_POSTPONED, true);
      return;
    }
    check.verify();
    task.setVariable(HEARING_POSTPONED, false);
    LocalDate held = check.date(HEARING_HELD_ON, "听证会召开日期");
    check.text(HEARING_RECORD, "听证笔录", 4000);
    Object notBefore = task.getVariable(HEARING_NOT_BEFORE);
    if (held != null && notBefore instanceof Date d) {
      LocalDate earliest = LocalDate.ofInstant(d.toInstant(), ZONE);
      check.require(!held.isBefore(earliest), "听证会不得早于 " + earliest + " 召开（材料送达满 7 日）" + LegalBasis.cite("R-MD-05"));
    }
    check.verify();
    task.setVariable(HEARING_HELD_ON, held.toString());
  }
}
