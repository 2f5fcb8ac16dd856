package org.normflow.hearing;

import org.normflow.validation.LegalBasis;

import static org.normflow.process.HearingVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/** Task_PublishParticipants (complete), R-MD-05: the list is published before the hearing. */
@Component("checkHearingParticipants")
class CheckHearingParticipants implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    check.text(PARTICIPANT_LIST, "听证参加人名单", 4000);
    LocalDate published = check.date(PARTICIPANTS_PUBLISHED_ON, "名单公布日期");
    LocalDate hearing = check.optionalDate(HEARING_DATE, "听证会日期");
    check.require(published == null || hearing == null || published.isBefore(hearing),
        "听证参加人名单应当在听证会召开前公布" + LegalBasis.cite("R-MD-05"));
    check.verify();
    task.setVariable(PARTICIPANTS_PUBLISHED_ON, published.toString());
  }
}
