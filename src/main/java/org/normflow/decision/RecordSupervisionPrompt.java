package org.normflow.decision;

import static org.normflow.process.DecisionImplementationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.Grounds;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_SuperviseExecution (complete, decision-implementation), R-MD-15: the legal office, supervising
 * the execution, proposes a post-evaluation on one of the configured grounds of 713 Art 36
 * ({@code normflow.grounds.post-evaluation}) with its reason. It
 * only prompts: the head decides whether an evaluation is carried out (Task_DecideEvaluation).
 */
@Component("recordSupervisionPrompt")
class RecordSupervisionPrompt implements TaskListener {

  private final DecisionRepository decisions;
  private final Grounds grounds;

  RecordSupervisionPrompt(DecisionRepository decisions, Grounds grounds) {
    this.decisions = decisions;
    this.grounds = grounds;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String ground = check.oneOf(EVALUATION_GROUND, "建议评估的情形", grounds.codes(DecisionMeasures.GROUNDS_KIND));
    String reason = check.text(EVALUATION_GROUND_REASON, "具体理由", 4000);
    check.verify();
    String label = grounds.label(DecisionMeasures.GROUNDS_KIND, ground);
    task.setVariable(EXECUTION_END, END_PROMPTED);
    task.setVariable(EVALUATION_PROMPT_GROUND, ground);
    task.setVariable(EVALUATION_PROMPT, "法制机构建议开展决策后评估。情形：" + label + "\n理由：" + reason);
    decisions.addReport(DecisionCase.id(task), DecisionRepository.SUPERVISION,
        "建议开展决策后评估。情形：" + label + "\n理由：" + reason, Actors.of(task));
  }
}
