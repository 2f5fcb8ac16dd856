package org.normflow.decision;

import org.normflow.trust.Actors;
import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ReviseAfterRisk, Task_ReviseAfterFcr (complete), and Task_ReviseAfterReview through {@link RecordReviewRevision}
 * when the unit revises: a revised draft (after an uncontrollable risk, R-MD-07, a failed review, R-MD-08, or a failing
 * fair competition review, 783 Art 18) is a new version.
 */
@Component("recordRevision")
class RecordRevision implements TaskListener {

  private final DecisionRepository decisions;

  RecordRevision(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String text = check.text(REVISED_PLAN_TEXT, "修改后的决策草案", 4000);
    String note = check.text(REVISION_NOTE, "修改说明", 2000);
    check.verify();
    String label = (String) task.getVariable(PLAN_A_LABEL);
    int version = decisions.addVersion(DecisionCase.id(task),
        List.<String[]>of(new String[] {label == null ? "修改稿" : label, text}), note, Actors.of(task));
    task.setVariable(CURRENT_VERSION, version);
  }
}
