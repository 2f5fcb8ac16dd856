package org.normflow.decision;

import org.normflow.trust.Actors;
import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Single-text reports kept in the registry: the expert-opinion adoption report (R-MD-06), the
 * hearing report (R-MD-05), the legality opinion with its gate (R-MD-08), the integrity review (R-C-04).
 */
@Component("decisionReports")
public class RecordReport {

  private final DecisionRepository decisions;

  RecordReport(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  /** Task listener of Task_ExpertAdoptionReport. */
  @Component("recordExpertAdoption")
  static class ExpertAdoption implements TaskListener {
    private final DecisionRepository decisions;

    ExpertAdoption(DecisionRepository decisions) {
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

  /** Task listener of Task_IntegrityReview (R-C-04). */
  @Component("recordIntegrityReview")
  static class IntegrityReview implements TaskListener {
    private final DecisionRepository decisions;

    IntegrityReview(DecisionRepository decisions) {
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

  /** End listener of CallActivity_Hearing: the hearing report enters the record. */
  public void hearingHeld(DelegateExecution execution) {
    String report = (String) execution.getVariable(HEARING_REPORT);
    if (report != null && !report.isBlank()) {
      decisions.addReport(DecisionCase.id(execution), DecisionRepository.HEARING,
          "听证日期：" + execution.getVariable(HEARING_HELD_ON) + "\n" + report, Actors.of(execution));
    }
  }
}
