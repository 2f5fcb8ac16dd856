package org.normflow.challenge;

import static org.normflow.process.ChallengeVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.cleanup.CleanupRepository;
import org.normflow.identity.Groups;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.FormValidationException;
import org.normflow.validation.RoleRefusedException;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RegisterChallenge (document-challenge), R-ND-15, R-ND-16: the legal office registers a 行政复议
 * body's incidental review (附带审查) of one of the organ's documents: the body, its case number, the document
 * by its number in the registry (a published document only: an unpublished text was never a basis of any act
 * under review), the day the request was received (never in the future, never before the document was
 * published) and the clauses questioned. The written answer is due {@code normflow.challenge.answer-days} (10)
 * days after receipt, the last day moved to the next working day when it is a holiday; the reminder and the
 * deadline become the answer task's timers.
 */
@Component("registerChallenge")
class RegisterChallenge implements JavaDelegate {

  private final ChallengeRepository challenges;
  private final CleanupRepository documents;
  private final ChallengeSettings settings;
  private final WorkingDayCalendar calendar;

  RegisterChallenge(ChallengeRepository challenges, CleanupRepository documents, ChallengeSettings settings,
      WorkingDayCalendar calendar) {
    this.challenges = challenges;
    this.documents = documents;
    this.settings = settings;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String starter = Actors.of(execution);
    if (starter == null || execution.getProcessEngineServices().getIdentityService().createGroupQuery()
        .groupMember(starter).groupId(Groups.ID_LEGAL_OFFICE).count() == 0) {
      throw new RoleRefusedException("附带审查的答复只能由法制机构登记");
    }
    FormCheck check = FormCheck.of(execution);
    String body = check.text(REVIEW_BODY, "复议机关", 200);
    String caseNumber = check.text(REVIEW_CASE_NUMBER, "复议案号", 100);
    String number = check.text(CHALLENGED_DOC_NUMBER, "被审查文件的文号", 100);
    LocalDate received = check.date(RECEIVED_ON, "收到日期");
    String clauses = check.text(QUESTIONED_CLAUSES, "被审查的条款", 4000);
    check.verify();
    ChallengeRepository.Document doc = challenges.documentByNumber(number)
        .orElseThrow(() -> new FormValidationException(List.of("登记簿中没有文号为“" + number + "”的规范性文件")));
    if (doc.publishedOn() == null) {
      throw new FormValidationException(List.of("文号为“" + number + "”的文件尚未公布：附带审查只针对已公布的规范性文件"));
    }
    if (received.isBefore(doc.publishedOn())) {
      throw new FormValidationException(List.of("“收到日期”（" + received + "）不能早于文件的公布日期（" + doc.publishedOn() + "）"));
    }
    challenges.openChallenge(doc.id(), caseNumber).ifPresent(open -> {
      throw new FormValidationException(List.of("复议案件“" + caseNumber + "”对文件“" + number + "”的附带审查已登记（第 "
          + open + " 号），尚未办结，不能重复登记"));
    });
    LocalDate due = calendar.plusDaysEndingOnWorkingDay(received, settings.answerDays());
    long id = challenges.register(execution.getProcessInstanceId(), doc.id(), body, caseNumber, received, clauses, due,
        starter);
    documents.event(doc.id(), "CHALLENGE_RECEIVED", body + "（" + caseNumber + "）附带审查，" + received + " 收到，须于 "
        + due + " 前书面答复；被审查条款：" + clauses, doc.docNumber(), null, null, null, null, null, null, starter);
    LocalDate reminder = due.minusDays(settings.reminderDaysBefore());
    LocalDate today = calendar.today();
    execution.setVariable(CHALLENGE_ID, id);
    execution.setVariable(DOCUMENT_ID, doc.id());
    execution.setVariable(CASE_TITLE, "附带审查答复：" + doc.title());
    execution.setVariable(CASE_REFERENCE, caseNumber);
    execution.setVariable(DOC_NUMBER, doc.docNumber());
    execution.setVariable(DOCUMENT_PUBLISHED_ON, doc.publishedOn().toString());
    execution.setVariable(ANSWER_DUE_ON, due.toString());
    execution.setVariable(ANSWER_REMINDER_AT, calendar.startOf(reminder.isBefore(today) ? today : reminder));
    execution.setVariable(ANSWER_DUE_AT, calendar.endOf(due));
  }
}
