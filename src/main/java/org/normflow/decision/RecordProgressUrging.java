package org.normflow.decision;

import static org.normflow.process.DecisionImplementationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_UrgeProgressReport (complete, decision-implementation), R-MD-14, R-C-03: the legal office
 * records how it urged the executing unit to report.
 */
@Component("recordProgressUrging")
class RecordProgressUrging implements TaskListener {

  private final DecisionRepository decisions;

  RecordProgressUrging(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String note = check.text(URGING_NOTE, "督促情况", 4000);
    check.verify();
    decisions.addReport(DecisionCase.id(task), DecisionRepository.SUPERVISION, "督促报告执行情况：" + note,
        Actors.of(task));
  }
}
