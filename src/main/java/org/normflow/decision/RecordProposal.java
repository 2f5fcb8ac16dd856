package org.normflow.decision;

import org.normflow.trust.Actors;
import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_Proposal (complete), R-MD-02: a proposal states problem, reasons, legal basis, initial plan,
 * necessity and feasibility.
 */
@Component("recordProposal")
class RecordProposal implements TaskListener {

  private final DecisionRepository decisions;

  RecordProposal(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String problem = check.text(PROBLEM, "拟解决的主要问题", 4000);
    String reasons = check.text(REASONS, "决策理由", 4000);
    String basis = check.text(LEGAL_BASIS, "法律依据", 4000);
    String plan = check.text(INITIAL_PLAN, "初步方案", 4000);
    String necessity = check.text(NECESSITY, "必要性", 4000);
    String feasibility = check.text(FEASIBILITY, "可行性", 4000);
    check.verify();
    String proposal = "拟解决的主要问题：" + problem + "\n决策理由：" + reasons + "\n法律依据：" + basis + "\n初步方案：" + plan
        + "\n必要性：" + necessity + "\n可行性：" + feasibility;
    decisions.addReport(DecisionCase.id(task), DecisionRepository.PROPOSAL, proposal, Actors.of(task));
    // the explanation of the draft the consultation and the legality review show (713 Art 10, 26)
    task.setVariable(DECISION_EXPLANATION, DecisionCase.cap("决策建议（起草说明）\n" + proposal));
  }
}
