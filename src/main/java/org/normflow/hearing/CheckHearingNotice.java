package org.normflow.hearing;

import static org.normflow.process.HearingVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/** Task_HearingNotice (complete), R-MD-05: the notice, how participants are selected, when and where. */
@Component("checkHearingNotice")
class CheckHearingNotice implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    check.text(HEARING_NOTICE, "听证公告", 4000);
    check.text(SELECTION_METHOD, "听证参加人遴选办法", 2000);
    LocalDate date = check.date(HEARING_DATE, "听证会日期");
    check.text(HEARING_PLACE, "听证地点", 200);
    check.verify();
    task.setVariable(HEARING_DATE, date.toString());
    // a new notice starts a new round: the previous round's postponement is not this round's answer
    task.setVariable(HEARING_POSTPONED, false);
  }
}
