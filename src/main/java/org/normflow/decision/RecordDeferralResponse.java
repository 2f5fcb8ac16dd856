package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.DEFERRAL_RESPONSE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/** Task_ResubmitDeferred (complete), R-MD-11: what was done about the reasons for deferral. */
@Component("recordDeferralResponse")
class RecordDeferralResponse implements TaskListener {

  private final DecisionRepository decisions;

  RecordDeferralResponse(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String response = check.text(DEFERRAL_RESPONSE, "补充论证和修改情况", 4000);
    check.verify();
    decisions.addReport(DecisionCase.id(task), DecisionRepository.DEFERRAL_RESPONSE, response, Actors.of(task));
  }
}
