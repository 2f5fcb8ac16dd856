package org.normflow.challenge;

import static org.normflow.process.ChallengeVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.cleanup.CleanupRepository;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_WrittenAnswer (complete), R-ND-15: the legal office records the written answer (书面答复) sent to the
 * 行政复议 body: the day it was sent (R-ND-16: never in the future, never before the request was received,
 * checked by dates.RecordedDates), its reference and what it says. An answer sent after the deadline is
 * recorded as late; nothing makes it on time.
 */
@Component("recordChallengeAnswer")
class RecordChallengeAnswer implements TaskListener {

  private final ChallengeRepository challenges;
  private final CleanupRepository documents;

  RecordChallengeAnswer(ChallengeRepository challenges, CleanupRepository documents) {
    this.challenges = challenges;
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate sent = check.date(ANSWER_SENT_ON, "书面答复发出日期");
    String reference = check.text(ANSWER_REFERENCE, "答复文号", 100);
    String summary = check.text(ANSWER_SUMMARY, "书面答复要点", 4000);
    check.verify();
    long id = ((Number) task.getVariable(CHALLENGE_ID)).longValue();
    LocalDate due = challenges.answerDue(id);
    boolean late = due != null && sent.isAfter(due);
    String actor = Actors.of(task);
    challenges.answered(id, sent, reference, summary, late, actor);
    documents.event((String) task.getVariable(DOCUMENT_ID), "CHALLENGE_ANSWERED",
        "附带审查（第 " + id + " 号）书面答复 " + reference + " 于 " + sent + " 发出" + (late ? "（逾期，期限为 " + due + "）" : ""),
        null, null, null, null, null, null, null, actor);
  }
}
