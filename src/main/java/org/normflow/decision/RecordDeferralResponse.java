package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ResubmitDeferred (complete), R-MD-11, R-MD-08: after 暂缓 the drafter answers the reasons for
 * deferral and submits a revised draft, kept as a new version; the case then goes to a fresh legality
 * review (ServiceTask_PrepareLegalityReview) before it can return to collective discussion
 * (修改后重新提请).
 */
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
    String text = check.text(REVISED_PLAN_TEXT, "修改后的决策草案", 4000);
    String note = check.text(REVISION_NOTE, "修改说明", 2000);
    check.verify();
    String id = DecisionCase.id(task);
    String label = (String) task.getVariable(PLAN_A_LABEL);
    int version = decisions.addVersion(id, List.<String[]>of(new String[] {label == null ? "修改稿" : label, text}),
        "暂缓决策后修改：" + note, Actors.of(task));
    task.setVariable(CURRENT_VERSION, version);
    decisions.addReport(id, DecisionRepository.DEFERRAL_RESPONSE, response, Actors.of(task));
  }
}
