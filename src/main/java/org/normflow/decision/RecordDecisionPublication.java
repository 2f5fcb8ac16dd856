package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.publication.PublicationExplanations;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.LegalBasis;
import org.springframework.stereotype.Component;

/**
 * Task_Publication (complete), R-MD-12: publication after the decision, with the explanation of how
 * public and expert opinions were adopted, and the policy explanation (解读, 713 Art 32; issue 24 point 11)
 * published with it, checked and kept by {@link PublicationExplanations}. The executing unit is the one the head named in
 * Task_HeadDecision (R-MD-14), only shown here. Sets preDecisionAssessor for decision-implementation
 * (R-MD-15: the risk assessor, else the lead unit). Issue 24 point 4 (R-MD-19): where
 * {@code normflow.decision.party-committee-report} is on, only after the Party committee's answer to the
 * request-report (Task_PartyCommitteeReport) agreed, as NormFlow's record has it.
 */
@Component("recordDecisionPublication")
class RecordDecisionPublication implements TaskListener {

  private final DecisionRepository decisions;
  private final PartyCommittee partyCommittee;
  private final DecisionSettings settings;
  private final PublicationExplanations explanations;

  RecordDecisionPublication(DecisionRepository decisions, PartyCommittee partyCommittee, DecisionSettings settings,
      PublicationExplanations explanations) {
    this.decisions = decisions;
    this.partyCommittee = partyCommittee;
    this.settings = settings;
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
    // issue 24 point 4, R-MD-19 (713 Art 31): the request-report to the Party committee answered first
    check.require(!settings.isPartyCommitteeReport()
            || partyCommittee.agreed(PartyCommittee.Subject.DECISION, id),
        "决策出台前向同级党委（党组）请示报告并经同意的情况尚未登记，决策不能公布" + LegalBasis.cite("R-MD-19"));
    check.verify();
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
