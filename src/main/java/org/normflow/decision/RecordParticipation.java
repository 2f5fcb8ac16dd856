package org.normflow.decision;

import org.normflow.trust.Actors;
import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_AssessParticipation (complete), after public participation (R-MD-04): keeps the consultation's
 * adoption report in the registry and records whether the comments show major disagreement (an input of
 * the hearing rule, R-MD-05).
 */
@Component("recordParticipation")
class RecordParticipation implements TaskListener {

  private final DecisionRepository decisions;

  RecordParticipation(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String summary = check.text(PARTICIPATION_SUMMARY, "公众意见概况", 4000);
    check.verify();
    String id = DecisionCase.id(task);
    boolean disagreement = check.flag(MAJOR_DISAGREEMENT);
    task.setVariable(MAJOR_DISAGREEMENT, disagreement);
    String report = check.optionalText(CONSULTATION_ADOPTION_REPORT);
    if (report != null && !decisions.hasReport(id, DecisionRepository.CONSULTATION_ADOPTION)) {
      decisions.addReport(id, DecisionRepository.CONSULTATION_ADOPTION, report, Actors.of(task));
    }
    decisions.addReport(id, DecisionRepository.PARTICIPATION,
        "收到意见 " + task.getVariable(CONSULTATION_COMMENT_COUNT) + " 条；" + (disagreement ? "存在重大分歧" : "无重大分歧")
            + "\n" + summary, Actors.of(task));
  }
}
