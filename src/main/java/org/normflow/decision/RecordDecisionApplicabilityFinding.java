package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_FindApplicableProcedures (complete), R-MD-18 with R-MD-05, R-MD-06, R-MD-07 and 783 Art 18: the
 * legal office confirms or corrects, fact by fact and with a reason, the drafter's account (the draft
 * plan's or the document's account and the summary of the comments): direct vital interests,
 * considerable divergence of opinions (较大分歧), a local rule requiring a hearing, a professional or
 * technical matter, a risk to social stability or public safety (unless an assessment was already made
 * for the same matter, with its reference) and, for a standalone decision, the operators' economic
 * activity. The finding, who made it and when go to {@code nf_decision_applicability}; the confirmed
 * facts are the only inputs of the rule tables and gateways that decide the hearing, the experts, the
 * risk assessment and the fair competition review ({@code vitalInterestsFound}, {@code
 * majorDivergenceFound}, {@code localRuleHearingFound}, {@code technicalFound}, {@code
 * stabilityRiskFound}, {@code riskAssessmentRequired}, {@code marketFound}, {@code fcrRequired}).
 */
@Component("recordDecisionApplicabilityFinding")
class RecordDecisionApplicabilityFinding implements TaskListener {

  static final List<String> ANSWERS = List.of(FINDING_APPLIES, FINDING_NOT_APPLIES);

  private final DecisionRepository decisions;

  RecordDecisionApplicabilityFinding(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    boolean forDocument = Boolean.TRUE.equals(task.getVariable(FOR_NORMATIVE_DOCUMENT));
    List<DecisionRepository.Finding> findings = new ArrayList<>();
    Boolean vital = fact(check, task, findings, "VITAL_INTERESTS", FINDING_VITAL_INTERESTS,
        FINDING_VITAL_INTERESTS_REASON, "直接涉及社会公众切身利益", AFFECTS_VITAL_INTERESTS,
        AFFECTS_VITAL_INTERESTS_EXPLANATION, null);
    Boolean divergence = fact(check, task, findings, "MAJOR_DIVERGENCE", FINDING_DIVERGENCE,
        FINDING_DIVERGENCE_REASON, "公众对决策草案存在较大分歧", DIVERGENCE_DEGREE, DIVERGENCE_EXPLANATION, null);
    Boolean localRule = fact(check, task, findings, "LOCAL_RULE_HEARING", FINDING_LOCAL_RULE,
        FINDING_LOCAL_RULE_REASON, "地方性法规、规章规定应当听证", LOCAL_RULE_REQUIRES_HEARING, LOCAL_RULE_EXPLANATION,
        null);
    Boolean technical = fact(check, task, findings, "TECHNICAL", FINDING_TECHNICAL, FINDING_TECHNICAL_REASON,
        "专业性、技术性较强", TECHNICAL, TECHNICAL_EXPLANATION, null);
    boolean alreadyAssessed = check.checked(FINDING_RISK_ALREADY_ASSESSED, "同一事项已作过风险评估");
    String reference = check.optionalText(FINDING_RISK_REFERENCE);
    check.require(!alreadyAssessed || reference != null, "认定同一事项已作过风险评估的，须写明该评估报告（名称、文号或日期）");
    check.require(reference == null || reference.length() <= 2000, "“已有风险评估报告”不能超过 2000 个字");
    Boolean stability = fact(check, task, findings, "STABILITY_RISK", FINDING_STABILITY_RISK,
        FINDING_STABILITY_RISK_REASON, "可能对社会稳定、公共安全等方面造成不利影响", STABILITY_RISK,
        STABILITY_RISK_EXPLANATION, alreadyAssessed ? reference : null);
    check.require(!alreadyAssessed || stability,
        "只有认定可能影响社会稳定、公共安全的事项，才需说明已有的风险评估");
    Boolean market = null;
    if (forDocument) {
      check.require(check.optionalText(FINDING_MARKET) == null,
          "规范性文件是否涉及市场主体经济活动由文件的公平竞争审查程序认定，此处不作认定");
    } else {
      market = fact(check, task, findings, "MARKET", FINDING_MARKET, FINDING_MARKET_REASON, "涉及市场主体经济活动",
          CONCERNS_MARKET, CONCERNS_MARKET_EXPLANATION, null);
    }
    check.verify();

    String id = DecisionCase.id(task);
    String actor = Actors.of(task);
    decisions.addFindings(id, findings, actor);
    boolean riskRequired = stability && !alreadyAssessed;
    task.setVariable(VITAL_INTERESTS_FOUND, vital);
    task.setVariable(MAJOR_DIVERGENCE_FOUND, divergence);
    task.setVariable(LOCAL_RULE_HEARING_FOUND, localRule);
    task.setVariable(TECHNICAL_FOUND, technical);
    task.setVariable(STABILITY_RISK_FOUND, stability);
    task.setVariable(RISK_ASSESSMENT_REQUIRED, riskRequired);
    if (!forDocument) {
      // R-ND-12: a document's market finding and fair competition review stay the document's
      task.setVariable(MARKET_FOUND, market);
      task.setVariable(FCR_REQUIRED, market);
    }
    StringBuilder summary = new StringBuilder("法制机构认定适用程序：\n");
    for (DecisionRepository.Finding f : findings) {
      summary.append(f.found() ? "【适用】" : "【不适用】").append(label(f.fact())).append("：").append(f.reason());
      if (f.reference() != null) {
        summary.append("（已有风险评估：").append(f.reference()).append("，不再重复评估）");
      }
      summary.append('\n');
    }
    decisions.addReport(id, DecisionRepository.APPLICABILITY, summary.toString().strip(), actor);
  }

  static String label(String fact) {
    return switch (fact) {
      case "VITAL_INTERESTS" -> "直接涉及社会公众切身利益";
      case "MAJOR_DIVERGENCE" -> "公众对决策草案存在较大分歧";
      case "LOCAL_RULE_HEARING" -> "地方性法规、规章规定应当听证";
      case "TECHNICAL" -> "专业性、技术性较强";
      case "STABILITY_RISK" -> "可能对社会稳定、公共安全等方面造成不利影响";
      case "MARKET" -> "涉及市场主体经济活动";
      default -> fact;
    };
  }

  /** One fact: the finding (APPLIES / NOT_APPLIES) with its reason, next to what the drafter claimed. */
  private static Boolean fact(FormCheck check, DelegateTask task, List<DecisionRepository.Finding> findings,
      String fact, String field, String reasonField, String label, String claimField, String explanationField,
      String reference) {
    String answer = check.oneOf(field, label, ANSWERS);
    String reason = check.text(reasonField, label + "的认定理由", 2000);
    if (answer == null || reason == null) {
      return false;
    }
    // the drafter's claim: a ticked fact, or for the divergence the degree reported (存在较大分歧)
    Object claim = task.getVariable(claimField);
    Boolean claimed = claim instanceof Boolean b ? b : "CONSIDERABLE".equals(claim);
    Object explanation = task.getVariable(explanationField);
    boolean found = FINDING_APPLIES.equals(answer);
    findings.add(new DecisionRepository.Finding(fact, claimed, explanation == null ? null : explanation.toString(),
        found, reason, reference));
    return found;
  }
}
