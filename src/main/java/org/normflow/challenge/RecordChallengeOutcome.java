package org.normflow.challenge;

import static org.normflow.challenge.ChallengeOutcome.*;
import static org.normflow.process.ChallengeVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.Grounds;
import org.springframework.stereotype.Component;

/**
 * Task_RecordOutcome (complete), R-ND-15: the legal office records the 行政复议 body's outcome on the
 * document's record: 合法; 部分条款停止执行 (Art 59: the body stops the clauses and orders the organ to correct
 * them); 不合法. The decision's date (R-ND-16, checked by dates.RecordedDates: not in the future, not before the
 * answer) and number are required; what the body stopped is required unless the document was found lawful,
 * and so is how the organ corrects it: an abolition the head decides, or an amendment (a new procedure). A
 * document found lawful takes no correction (clauses or a correction left in the form from an earlier choice are
 * not recorded). Sets the gates {@code recordedOutcome} and {@code recordedFollowUp}.
 */
@Component("recordChallengeOutcome")
class RecordChallengeOutcome implements TaskListener {

  private final ChallengeRepository challenges;
  private final Grounds grounds;

  RecordChallengeOutcome(ChallengeRepository challenges, Grounds grounds) {
    this.challenges = challenges;
    this.grounds = grounds;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String outcome = check.oneOf(OUTCOME, "复议机关的审查结论", outcomes());
    LocalDate on = check.date(OUTCOME_ON, "决定日期");
    String number = check.text(OUTCOME_NUMBER, "决定书文号", 100);
    String note = check.optionalText(OUTCOME_NOTE);
    check.require(note == null || note.length() <= 4000, "“说明”不能超过 4000 个字");
    String stopped = null;
    String followUp = NONE;
    if (outcome != null && !LAWFUL.equals(outcome)) {
      stopped = check.text(STOPPED_CLAUSES, "决定停止执行的条款", 4000);
      followUp = check.oneOf(FOLLOW_UP, "纠正方式", followUps());
      if (ABOLISH.equals(followUp)) {
        check.oneOf(FOLLOW_UP_CHANNEL, "废止的公布载体", grounds.codes(Grounds.CLEANUP_PUBLICATION_CHANNEL));
      }
    }
    check.verify();
    long id = ((Number) task.getVariable(CHALLENGE_ID)).longValue();
    challenges.outcome(id, outcome, on, number, stopped, note, followUp, Actors.of(task));
    task.getExecution().setVariable(RECORDED_OUTCOME, outcome);
    task.getExecution().setVariable(RECORDED_FOLLOW_UP, followUp);
  }

}
