package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewDocument (complete), R-ND-11: the drafting unit's finding on one document of the round —
 * keep, amend, abolish or declare invalid — with its reason and legal basis, recorded in the round's item.
 * Nothing changes in force until the legal office confirms the whole list and it is published.
 */
@Component("recordCleanupReview")
class RecordCleanupReview implements TaskListener {

  static final List<String> OUTCOMES = List.of("KEEP", "AMEND", "ABOLISH", "DECLARE_INVALID");

  private final CleanupRepository registry;

  RecordCleanupReview(CleanupRepository registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String outcome = check.oneOf(REVIEW_OUTCOME, "清理意见", OUTCOMES);
    String reason = check.text(REVIEW_REASON, "理由", 4000);
    String basis = check.text(REVIEW_LEGAL_BASIS, "依据", 4000);
    check.verify();
    Number cleanupId = (Number) task.getVariable(CLEANUP_ID);
    registry.recordReview(cleanupId.longValue(), (String) task.getVariable(REVIEW_DOCUMENT_ID), outcome, reason, basis,
        Actors.of(task));
  }
}
