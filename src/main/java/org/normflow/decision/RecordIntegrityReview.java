package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/** Task_IntegrityReview (complete), R-C-04: the integrity review's outcome and opinion, kept in the registry. */
@Component("recordIntegrityReview")
class RecordIntegrityReview implements TaskListener {

  private final DecisionRepository decisions;

  RecordIntegrityReview(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String outcome = check.oneOf(INTEGRITY_OUTCOME, "审查结论", List.of("PASSED", "FAILED"));
    String opinion = check.text(INTEGRITY_OPINION, "廉洁性审查意见", 4000);
    check.verify();
    decisions.addReport(DecisionCase.id(task), DecisionRepository.INTEGRITY,
        ("PASSED".equals(outcome) ? "通过" : "未通过，退回修改") + "\n" + opinion, Actors.of(task));
  }
}
