package org.normflow.decision;

import static org.normflow.process.DecisionImplementationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_SuperviseExecution (complete, decision-implementation), R-MD-15: the legal office, supervising
 * the execution, proposes a post-evaluation on one of the grounds of 713 Art 36 with its reason. It
 * only prompts: the head decides whether an evaluation is carried out (Task_DecideEvaluation).
 */
@Component("recordSupervisionPrompt")
class RecordSupervisionPrompt implements TaskListener {

  private final DecisionRepository decisions;

  RecordSupervisionPrompt(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String ground = check.oneOf(EVALUATION_GROUND, "建议评估的情形", DecisionMeasures.SUPERVISION_GROUNDS.keySet());
    String reason = check.text(EVALUATION_GROUND_REASON, "具体理由", 4000);
    check.verify();
    String label = DecisionMeasures.SUPERVISION_GROUNDS.get(ground);
    task.setVariable(EXECUTION_END, END_PROMPTED);
    task.setVariable(EVALUATION_PROMPT_GROUND, ground);
    task.setVariable(EVALUATION_PROMPT, "法制机构建议开展决策后评估。情形：" + label + "\n理由：" + reason);
    decisions.addReport(DecisionCase.id(task), DecisionRepository.SUPERVISION,
        "建议开展决策后评估。情形：" + label + "\n理由：" + reason, Actors.of(task));
  }
}
