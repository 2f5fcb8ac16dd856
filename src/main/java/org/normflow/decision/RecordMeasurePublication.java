package org.normflow.decision;

import static org.normflow.process.DecisionImplementationVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_PublishMeasure (complete, decision-implementation), issue 24 point 7, R-MD-15 (713 Art 37): a
 * published decision that is suspended (by the head in an urgent case or by the organ's decision) or
 * stopped is published as such: the organ's office records the date, the channel and the announcement.
 * What is published ({@code measureToPublish}) is set by the step that decided it, never by a form.
 */
@Component("recordMeasurePublication")
class RecordMeasurePublication implements TaskListener {

  private final DecisionRepository decisions;

  RecordMeasurePublication(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate published = check.date(MEASURE_PUBLISHED_ON, "公布日期");
    String channel = check.text(MEASURE_PUBLICATION_CHANNEL, "公布渠道", 200);
    String announcement = check.text(MEASURE_ANNOUNCEMENT, "公告内容", 4000);
    check.verify();
    decisions.addReport(DecisionCase.id(task), DecisionRepository.MEASURE_PUBLICATION,
        DecisionCase.cap("公布：" + task.getVariable(MEASURE_TO_PUBLISH_TEXT) + "\n公布日期：" + published + "\n公布渠道："
            + channel + "\n公告内容：" + announcement), Actors.of(task));
  }
}
