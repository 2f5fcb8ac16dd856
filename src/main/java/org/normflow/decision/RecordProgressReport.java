package org.normflow.decision;

import static org.normflow.process.DecisionImplementationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ProgressReport (complete, decision-implementation), R-MD-14: the executing unit's periodic
 * report, created by the progress timer; problems and changed circumstances are recorded with it.
 */
@Component("recordProgressReport")
class RecordProgressReport implements TaskListener {

  private final DecisionRepository decisions;

  RecordProgressReport(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String report = check.text(PROGRESS_REPORT, "执行进展", 4000);
    String problems = check.optionalText(PROGRESS_PROBLEMS);
    check.require(problems == null || problems.length() <= 4000, "“存在的问题和情况变化”不能超过 4000 个字");
    check.verify();
    decisions.addReport(DecisionCase.id(task), DecisionRepository.PROGRESS,
        report + (problems == null ? "" : "\n存在的问题和情况变化：" + problems), Actors.of(task));
  }
}
