package org.normflow.decision;

import static org.normflow.process.DecisionImplementationVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ImplementDecision (complete, decision-implementation), R-MD-14, R-MD-15: the executing unit
 * reports that the decision has been carried out, or reports problems or a major change of
 * circumstances to the decision organ (713 Art 35), which then decides whether to evaluate
 * (Task_DecideEvaluation). The unit decides neither the evaluation nor its outcome.
 */
@Component("recordImplementationStatus")
class RecordImplementationStatus implements TaskListener {

  static final String COMPLETED = "COMPLETED";
  static final String PROBLEM = "PROBLEM";

  private final DecisionRepository decisions;

  RecordImplementationStatus(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String status = check.oneOf(EXECUTION_REPORT, "执行情况", List.of(COMPLETED, PROBLEM));
    String problem = check.optionalText(PROBLEM_REPORT);
    check.require(!PROBLEM.equals(status) || problem != null, "报告问题或者情况变化的，请填写“问题和情况变化”");
    check.require(problem == null || problem.length() <= 4000, "“问题和情况变化”不能超过 4000 个字");
    check.verify();
    String who = Actors.of(task);
    if (COMPLETED.equals(status)) {
      task.setVariable(EXECUTION_END, END_COMPLETED);
      task.setVariable(IMPLEMENTATION_RESULT, RESULT_COMPLETED);
      decisions.addReport(DecisionCase.id(task), DecisionRepository.PROGRESS, "执行单位报告：决策已执行完毕", who);
      return;
    }
    task.setVariable(EXECUTION_END, END_REPORTED);
    task.setVariable(EVALUATION_PROMPT_GROUND, DecisionMeasures.GROUND_EXECUTING_UNIT_REPORT);
    task.setVariable(EVALUATION_PROMPT, "执行单位报告决策存在问题或者客观情况发生重大变化：\n" + problem);
    decisions.addReport(DecisionCase.id(task), DecisionRepository.PROGRESS,
        "执行单位报告问题和情况变化，报请决策机关决定：" + problem, who);
  }
}
