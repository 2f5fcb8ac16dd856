package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.publication.PublicationExplanations;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_Publication (complete), R-MD-12: publication after the decision, with the explanation of how
 * public and expert opinions were adopted, and the policy explanation (解读, 713 Art 32; issue 24 point 11)
 * published with it, checked and kept by {@link PublicationExplanations}. The executing unit is the one the head named in
 * Task_HeadDecision (R-MD-14), only shown here. Sets preDecisionAssessor for decision-implementation
 * (R-MD-15: the risk assessor, else the lead unit).
 */
@Component("recordDecisionPublication")
class RecordDecisionPublication implements TaskListener {

  private final DecisionRepository decisions;
  private final PublicationExplanations explanations;

  RecordDecisionPublication(DecisionRepository decisions, PublicationExplanations explanations) {
    this.decisions = decisions;
    this.explanations = explanations;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate published = check.date(PUBLISHED_ON, "公布日期");
    String explanation = check.text(ADOPTION_EXPLANATION, "公众意见、专家论证意见的采纳情况说明", 4000);
    PublicationExplanations.Interpretation interpretation = explanations.forDecision(check, published);
    check.verify();
    String id = DecisionCase.id(task);
    task.setVariable(PUBLISHED_ON, published.toString());
    task.setVariable(PRE_DECISION_ASSESSOR, preDecisionAssessor(task));
    Object unit = task.getVariable(EXECUTING_UNIT_NAME);
    decisions.addReport(id, DecisionRepository.PUBLICATION,
        "公布日期：" + published + "\n执行单位：" + unit + "\n意见采纳情况说明：" + explanation
            + "\n" + interpretation.summary(), Actors.of(task));
    explanations.record(id, "DECISION", published, interpretation, null, Actors.of(task));
  }

  /** The unit that did the main assessment before the decision: the risk assessor, else the lead unit. */
  static String preDecisionAssessor(DelegateTask task) {
    Object risk = task.getVariable(RISK_ASSESSOR_UNIT);
    if (risk != null && !risk.toString().isBlank()) {
      return risk.toString().strip();
    }
    Object lead = task.getVariable(LEAD_UNIT);
    return lead == null ? "" : lead.toString().strip();
  }
}
