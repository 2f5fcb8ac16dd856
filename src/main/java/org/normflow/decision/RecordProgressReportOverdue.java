package org.normflow.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordReportOverdue (decision-implementation), R-MD-14, R-C-03: the executing unit has
 * not made its progress report in time (BoundaryEvent_ProgressReportOverdue); the lateness is recorded
 * and the legal office is asked to urge the report (Task_UrgeProgressReport). The report stays owed.
 */
@Component("recordProgressReportOverdue")
class RecordProgressReportOverdue implements JavaDelegate {

  private final DecisionRepository decisions;
  private final DecisionSettings settings;

  RecordProgressReportOverdue(DecisionRepository decisions, DecisionSettings settings) {
    this.decisions = decisions;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.addReport(DecisionCase.id(execution), DecisionRepository.REPORT_OVERDUE,
        "执行单位未在规定期限（" + settings.getProgressReportDue() + "）内报告决策执行情况，已提请法制机构督促", null);
  }
}
