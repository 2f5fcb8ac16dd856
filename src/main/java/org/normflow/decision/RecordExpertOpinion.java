package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ExpertOpinion (complete), R-MD-06: each expert's written, signed opinion, with the declaration of
 * no direct interest.
 */
@Component("recordExpertOpinion")
class RecordExpertOpinion implements TaskListener {

  private final DecisionRepository decisions;

  RecordExpertOpinion(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String opinion = check.text(EXPERT_OPINION, "论证意见", 4000);
    String signature = check.text(EXPERT_SIGNATURE, "专家签名", 100);
    check.require(check.flag(EXPERT_NO_INTEREST), "请确认与本决策事项没有直接利害关系；有利害关系的专家应当回避");
    check.verify();
    String expert = (String) task.getVariable(EXPERT);
    decisions.addOpinion(DecisionCase.id(task), 0, expert, DecisionRepository.ROLE_EXPERT,
        expert != null && expert.equals(task.getVariable(DISSENTING_EXPERT)) ? "DISSENTING" : null, opinion, signature);
    // kept verbatim in the registry and in history; removed so the next expert's form starts empty
    task.removeVariable(EXPERT_OPINION);
    task.removeVariable(EXPERT_SIGNATURE);
    task.removeVariable(EXPERT_NO_INTEREST);
  }
}
