package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.Grounds;
import org.springframework.stereotype.Component;

/**
 * Task_FairCompetitionReview (complete), 783 Art 12, 18 (R-MD-10, R-MD-18): the fair competition review
 * of a standalone major decision the legal office found to concern operators' economic activity (or
 * one the legality review found missing). The conclusion is one of the list; an exception names one of
 * the grounds of 783 Art 12 ({@code normflow.grounds.decision-fcr-exception}), why no less-restrictive
 * alternative exists, and an end date or end condition. Every round is stored in {@code nf_decision_fcr}
 * with who and when; {@code fcrPassed} is false for a failing review, which sends the draft back for
 * revision (Task_ReviseAfterFcr) and blocks the discussion until a new review passes.
 */
@Component("recordDecisionFairCompetitionReview")
class RecordDecisionFairCompetitionReview implements TaskListener {

  static final Map<String, String> CONCLUSIONS = Map.of("PASSES", "符合公平竞争审查标准", "EXCEPTION",
      "适用例外规定", "FAILS", "不符合公平竞争审查标准，不得出台");

  private final DecisionRepository decisions;
  private final Grounds grounds;

  RecordDecisionFairCompetitionReview(DecisionRepository decisions, Grounds grounds) {
    this.decisions = decisions;
    this.grounds = grounds;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String conclusion = check.oneOf(FCR_CONCLUSION, "审查结论", CONCLUSIONS.keySet());
    String opinion = check.text(FCR_OPINION, "审查意见（理由）", 4000);
    String ground = null;
    String justification = null;
    LocalDate endDate = null;
    String endCondition = null;
    if ("EXCEPTION".equals(conclusion)) {
      ground = check.oneOf(FCR_EXCEPTION_GROUND, "适用例外的情形", grounds.codes(Grounds.DECISION_FCR_EXCEPTION));
      justification = check.text(FCR_EXCEPTION_JUSTIFICATION, "没有对公平竞争影响更小的替代方案的说明", 4000);
      endDate = check.optionalDate(FCR_EXCEPTION_END_DATE, "实施期限（截止日期）");
      endCondition = check.optionalText(FCR_EXCEPTION_END_CONDITION);
      check.require(endDate != null || endCondition != null, "适用例外规定的，须写明实施期限（截止日期）或终止条件");
      check.require(endCondition == null || endCondition.length() <= 2000, "“终止条件”不能超过 2000 个字");
    } else {
      check.require(check.optionalText(FCR_EXCEPTION_GROUND) == null, "未适用例外规定的，不能选择例外情形");
    }
    check.verify();
    String id = DecisionCase.id(task);
    String actor = Actors.of(task);
    Object version = task.getVariable(CURRENT_VERSION);
    decisions.addFairCompetitionReview(id, version instanceof Number n ? n.intValue() : null, conclusion, opinion,
        ground, justification, endDate, endCondition, actor);
    decisions.addReport(id, DecisionRepository.FAIR_COMPETITION, "公平竞争审查结论：" + CONCLUSIONS.get(conclusion)
        + (ground == null ? "" : "\n例外情形：" + grounds.label(Grounds.DECISION_FCR_EXCEPTION, ground) + "\n无替代方案的说明："
            + justification + "\n实施期限：" + (endDate != null ? endDate : "") + (endCondition != null ? " 终止条件：" + endCondition : ""))
        + "\n审查意见：" + opinion, actor);
    task.setVariable(FCR_PASSED, !"FAILS".equals(conclusion));
  }
}
