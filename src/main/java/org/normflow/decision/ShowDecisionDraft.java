package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task_FairCompetitionReview (start), 783 Art 18: the reviewers see the draft they review: the plan
 * text(s) of the current version, written from the registry into {@code reviewDraftText} (shown in a
 * disabled field), as before the legality review.
 */
@Component("showDecisionDraft")
class ShowDecisionDraft implements ExecutionListener {

  private final DecisionRepository decisions;

  ShowDecisionDraft(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(REVIEW_DRAFT_TEXT,
        DecisionCase.cap(PrepareDecisionLegalityReview.draftText(decisions.get(DecisionCase.id(execution)))));
  }
}
