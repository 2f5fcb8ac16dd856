package org.normflow.hearing;

import org.normflow.validation.LegalBasis;

import static org.normflow.hearing.HearingSteps.ZONE;
import static org.normflow.hearing.HearingSteps.today;
import static org.normflow.process.HearingVariables.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/** Task_HoldHearing (complete), R-MD-05: the hearing held, with its record (transcript). */
@Component("checkHearingHeld")
class CheckHearingHeld implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate held = check.date(HEARING_HELD_ON, "听证会召开日期");
    check.text(HEARING_RECORD, "听证笔录", 4000);
    Object notBefore = task.getVariable(HEARING_NOT_BEFORE);
    if (held != null && notBefore instanceof Date d) {
      LocalDate earliest = LocalDate.ofInstant(d.toInstant(), ZONE);
      check.require(!held.isBefore(earliest), "听证会不得早于 " + earliest + " 召开（材料送达满 7 日）" + LegalBasis.cite("R-MD-05"));
    }
    check.require(held == null || !held.isAfter(today()), "“听证会召开日期”不能晚于今天");
    check.verify();
    task.setVariable(HEARING_HELD_ON, held.toString());
  }
}
