package org.normflow.decision;

import org.normflow.trust.Actors;
import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_AssessParticipation (complete), after public participation (R-MD-04): keeps the consultation's
 * adoption report in the registry and the drafter's account of how far the comments diverge (R-MD-05,
 * R-MD-18). The account is not the finding: whether the opinions diverge considerably (较大分歧) is found
 * by the legal office (Task_FindApplicableProcedures); no variable a gateway reads is set here.
 */
@Component("recordParticipation")
class RecordParticipation implements TaskListener {

  /** The degrees of divergence the drafter may report (form major-decision-assess-participation). */
  static final java.util.Map<String, String> DEGREES = java.util.Map.of(
      "NONE", "无明显分歧", "SOME", "存在一定分歧", "CONSIDERABLE", "存在较大分歧");

  private final DecisionRepository decisions;

  RecordParticipation(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String summary = check.text(PARTICIPATION_SUMMARY, "公众意见概况", 4000);
    String degree = check.oneOf(DIVERGENCE_DEGREE, "意见分歧程度", DEGREES.keySet());
    String explanation = check.text(DIVERGENCE_EXPLANATION, "分歧情况说明", 2000);
    check.verify();
    String id = DecisionCase.id(task);
    String report = check.optionalText(CONSULTATION_ADOPTION_REPORT);
    if (report != null && !decisions.hasReport(id, DecisionRepository.CONSULTATION_ADOPTION)) {
      decisions.addReport(id, DecisionRepository.CONSULTATION_ADOPTION, report, Actors.of(task));
    }
    decisions.addReport(id, DecisionRepository.PARTICIPATION,
        "收到意见 " + task.getVariable(CONSULTATION_COMMENT_COUNT) + " 条；起草单位说明的分歧程度：" + DEGREES.get(degree)
            + "（" + explanation + "）\n" + summary, Actors.of(task));
  }
}
