package org.normflow.decision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ProgressReport (delete, decision-implementation), R-MD-14, R-C-03: when execution is interrupted
 * (the legal office's proposal, the executing unit's report of problems, a suspension) while a
 * progress report is still owed, the open report task ends with the execution; the record says that
 * the report was not made, so nothing disappears silently. A new reporting cycle starts when
 * execution resumes.
 */
@Component("recordProgressReportNotMade")
class RecordProgressReportNotMade implements TaskListener {

  private final DecisionRepository decisions;

  RecordProgressReportNotMade(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    String id = DecisionCase.id(task);
    if (id == null || decisions.find(id).isEmpty()) {
      return; // not a registered decision's implementation (nothing to record)
    }
    decisions.addReport(id, DecisionRepository.REPORT_NOT_MADE,
        "执行中断（报请决策机关决定或者中止执行）时，执行单位尚未报告本期决策执行情况；恢复执行后重新计算报告期", null);
  }
}
