package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.EXPERT_ADOPTION_REPORT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/** Task_ExpertAdoptionReport (complete), R-MD-06: how the experts' opinions were adopted, kept in the registry. */
@Component("recordExpertAdoption")
class RecordExpertAdoption implements TaskListener {

  private final DecisionRepository decisions;

  RecordExpertAdoption(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String report = check.text(EXPERT_ADOPTION_REPORT, "专家论证意见采纳情况说明", 4000);
    check.verify();
    decisions.addReport(DecisionCase.id(task), DecisionRepository.EXPERT_ADOPTION, report, Actors.of(task));
  }
}
