package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normflow.meeting.MeetingOptions;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_CheckMaterials, R-MD-10: before collective discussion the materials are complete: the
 * draft (with the fair competition review result when market activity is affected), the public-opinion
 * adoption report, the hearing report, the expert-opinion adoption report, the risk report and the
 * legality opinion, each present when its step ran. Missing materials raise the BPMN error {@code
 * MATERIALS_INCOMPLETE}, which sends the case back to the drafter (no incident), who supplies them
 * ({@link RecordSupplementedMaterials}). Complete materials go to the organ's meeting (CallActivity_OrganMeeting,
 * R-MD-11) with the matter and the head's four choices.
 */
@Component("checkDiscussionMaterials")
class CheckDiscussionMaterials implements JavaDelegate {

  static final String ERROR_CODE = "MATERIALS_INCOMPLETE";

  private final DecisionRepository decisions;

  CheckDiscussionMaterials(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> missing = missing(execution);
    if (!missing.isEmpty()) {
      String problem = "提交集体讨论的材料不全，缺少：" + String.join("、", missing);
      execution.setVariable(MATERIALS_PROBLEM, problem);
      throw new BpmnError(ERROR_CODE, problem);
    }
    execution.setVariable(MATERIALS_PROBLEM, null);
    Object round = execution.getVariable(DISCUSSION_ROUND);
    execution.setVariable(DISCUSSION_ROUND, (round instanceof Number n ? n.intValue() : 0) + 1);
    // R-MD-11: what the organ's meeting (CallActivity_OrganMeeting) decides, and the head's four choices
    execution.setVariable(MEETING_MATTER, "重大行政决策：" + execution.getVariable(TITLE));
    Map<String, String> options = new LinkedHashMap<>();
    CollectiveDiscussion.VOTES.forEach(vote -> options.put(vote, CollectiveDiscussion.VOTE_LABELS.get(vote)));
    execution.setVariable(MEETING_OPTIONS, MeetingOptions.json(options));
  }

  List<String> missing(DelegateExecution execution) {
    String id = DecisionCase.id(execution);
    List<String> missing = new ArrayList<>();
    if (decisions.versions(id).isEmpty()) {
      missing.add("决策草案");
    }
    // a standalone decision the legal office found to concern the market (marketFound, fcrRequired), or a
    // document that brings its own review (concernsMarket, passed in by normative-document, R-ND-12)
    boolean market = flag(execution, FCR_REQUIRED) || flag(execution, MARKET_FOUND)
        || (flag(execution, FOR_NORMATIVE_DOCUMENT) && flag(execution, CONCERNS_MARKET));
    if (market && !decisions.hasReport(id, DecisionRepository.FAIR_COMPETITION)) {
      missing.add("公平竞争审查结论");
    }
    if (flag(execution, RUN_FCR) && !flag(execution, FCR_PASSED)) {
      missing.add("通过的公平竞争审查结论");
    }
    if (!decisions.hasReport(id, DecisionRepository.CONSULTATION_ADOPTION)) {
      missing.add("公众意见采纳情况说明");
    }
    if (flag(execution, HEARING_REQUIRED) && !decisions.hasReport(id, DecisionRepository.HEARING)) {
      missing.add("听证报告");
    }
    if (flag(execution, EXPERT_REQUIRED) && !decisions.hasReport(id, DecisionRepository.EXPERT_ADOPTION)) {
      missing.add("专家论证意见采纳情况说明");
    }
    if (flag(execution, RISK_ASSESSMENT_REQUIRED) && !decisions.hasReport(id, DecisionRepository.RISK)) {
      missing.add("风险评估报告");
    }
    if (!decisions.hasReport(id, DecisionRepository.LEGALITY) || !flag(execution, LEGALITY_GATE_PASSED)) {
      missing.add("合法性审查意见");
    }
    return missing;
  }

  private static boolean flag(DelegateExecution execution, String name) {
    return Boolean.TRUE.equals(execution.getVariable(name));
  }
}
