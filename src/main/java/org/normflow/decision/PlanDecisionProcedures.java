package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_PlanProcedures, R-MD-05, R-MD-06, R-MD-07, R-MD-18, 783 Art 18: after the legal office's
 * finding and the rule tables (BusinessRule_HearingRequired, BusinessRule_ExpertRequired, fed by the
 * confirmed facts only) this step sets what runs in the first round: {@code runHearing}, {@code
 * runExperts}, {@code runRisk} (a risk to stability or safety and no earlier assessment of the same
 * matter), {@code runFcr} (a standalone decision found to concern operators' economic activity; a
 * normative document brings its own review, R-ND-12, unless it concerns the market and brought no
 * result).
 */
@Component("planDecisionProcedures")
class PlanDecisionProcedures implements JavaDelegate {

  private final DecisionRepository decisions;

  PlanDecisionProcedures(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(MAKE_UP_ROUND, false);
    execution.setVariable(RUN_CONSULTATION, false);
    execution.setVariable(RUN_HEARING, flag(execution, HEARING_REQUIRED));
    execution.setVariable(RUN_EXPERTS, flag(execution, EXPERT_REQUIRED));
    execution.setVariable(RUN_RISK, flag(execution, RISK_ASSESSMENT_REQUIRED));
    boolean forDocument = flag(execution, FOR_NORMATIVE_DOCUMENT);
    // a document brings its own review (R-ND-12); only when it concerns the market and brought no result
    // does the decision review it itself
    boolean documentWithoutResult = forDocument && flag(execution, CONCERNS_MARKET)
        && !decisions.hasReport(DecisionCase.id(execution), DecisionRepository.FAIR_COMPETITION);
    execution.setVariable(RUN_FCR, (!forDocument && flag(execution, FCR_REQUIRED)) || documentWithoutResult);
  }

  static boolean flag(DelegateExecution execution, String name) {
    return Boolean.TRUE.equals(execution.getVariable(name));
  }
}
