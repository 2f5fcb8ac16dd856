package org.normflow.consultation;

import static org.normflow.process.ConsultationVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_PublishNotice (complete), R-ND-02/R-MD-04: the notice; the period counts from today in working
 * or calendar days; below the minimum only with a reason.
 */
@Component("checkConsultationNotice")
class CheckConsultationNotice implements TaskListener {

  private final ConsultationRepository consultations;
  private final WorkingDayCalendar calendar;

  CheckConsultationNotice(ConsultationRepository consultations, WorkingDayCalendar workingDays) {
    this.consultations = consultations;
    this.calendar = workingDays;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String text = check.text(NOTICE_TEXT, "征求意见公告", 4000);
    String channel = check.text(NOTICE_CHANNEL, "公布渠道", 200);
    Integer days = check.integer(PERIOD_DAYS, "征求意见期限（天数）", 1, 365);
    String reason = check.optionalText(SHORTENED_REASON);
    int min = ((Number) task.getVariable(CONSULTATION_MIN_DAYS)).intValue();
    String kind = (String) task.getVariable(CONSULTATION_DAY_KIND);
    String rule = (String) task.getVariable(CONSULTATION_RULE_ID);
    boolean working = DAY_KIND_WORKING.equals(kind);
    String unit = working ? "个工作日" : "日";
    if (days != null) {
      check.require(
          days >= min || reason != null,
          "征求意见期限少于 " + min + unit + "，须填写“缩短期限的理由”" + (rule == null ? "" : "（" + rule + "）"));
    }
    check.verify();
    LocalDate today = calendar.today();
    LocalDate closesOn = working ? calendar.plusWorkingDays(today, days) : today.plusDays(days);
    consultations.open(
        new ConsultationRepository.Notice(
            task.getProcessInstanceId(), (String) task.getVariable(CASE_ID), (String) task.getVariable(CASE_TYPE),
            rule, text, channel, min, kind, days, days < min ? reason : null, today, closesOn, Actors.of(task)));
    task.setVariable(CONSULTATION_CLOSES_ON, closesOn.toString());
    task.setVariable(CONSULTATION_CLOSES_AT, calendar.endOf(closesOn));
  }
}
