package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ReviseAfterReview (complete), R-MD-08, R-MD-09, R-ND-04 (issue 24): after a failed review the drafting
 * unit either revises the draft (a new version, resubmitted to the legality review, as {@link RecordRevision})
 * or proposes that the organ not proceed, with a reason; only the head decides that
 * (Task_DecideNotToProceed). Sets {@code stopProposed}, which Gateway_ReviseOrStop reads; the form cannot
 * write it.
 */
@Component("recordReviewRevision")
class RecordReviewRevision implements TaskListener {

  private final DecisionRepository decisions;
  private final RecordRevision revision;

  RecordReviewRevision(DecisionRepository decisions, RecordRevision revision) {
    this.decisions = decisions;
    this.revision = revision;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String choice = check.oneOf(REVISION_CHOICE, "办理方式", List.of(REVISE, PROPOSE_STOP));
    if (!PROPOSE_STOP.equals(choice)) {
      check.verify();
      revision.notify(task);
      task.setVariable(STOP_PROPOSED, false);
      return;
    }
    String reason = check.text(STOP_PROPOSAL_REASON, "提请终止的理由", 2000);
    check.verify();
    decisions.addReport(DecisionCase.id(task), DecisionRepository.STOP_PROPOSAL,
        "承办单位提请主要负责人决定终止决策程序（不予出台）\n理由：" + reason, Actors.of(task));
    task.setVariable(STOP_PROPOSED, true);
  }
}
