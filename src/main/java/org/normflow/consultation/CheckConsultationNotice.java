package org.normflow.consultation;

import static org.normflow.process.ConsultationVariables.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.calendar.CalendarDeadlines;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.identity.CaseUnits;
import org.normflow.identity.DraftingUnits;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.Grounds;
import org.springframework.stereotype.Component;

/**
 * Task_PublishNotice (complete), R-ND-02/R-MD-04: the notice; the period counts from today in working
 * or calendar days; below the statutory minimum only on a ground from the configured list, explained.
 * The notice is published with its period and, when shortened, the ground and explanation (713 Art 15),
 * together with what the public page shows: the title, the unit, the draft as consulted, its drafting
 * explanation and the parts (clauses) a comment may name.
 */
@Component("checkConsultationNotice")
class CheckConsultationNotice implements TaskListener {

  static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final ConsultationRepository consultations;
  private final WorkingDayCalendar calendar;
  private final Grounds grounds;
  private final CaseUnits caseUnits;
  private final DraftingUnits draftingUnits;
  private final CalendarDeadlines deadlines;

  CheckConsultationNotice(ConsultationRepository consultations, WorkingDayCalendar workingDays, Grounds grounds,
      CaseUnits caseUnits, DraftingUnits draftingUnits, CalendarDeadlines deadlines) {
    this.deadlines = deadlines;
    this.consultations = consultations;
    this.calendar = workingDays;
    this.grounds = grounds;
    this.caseUnits = caseUnits;
    this.draftingUnits = draftingUnits;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String text = check.text(NOTICE_TEXT, "征求意见公告", 4000);
    String channel = check.text(NOTICE_CHANNEL, "公布渠道", 200);
    Integer days = check.integer(PERIOD_DAYS, "征求意见期限（天数）", 1, 365);
    int min = ((Number) task.getVariable(CONSULTATION_MIN_DAYS)).intValue();
    boolean working = DAY_KIND_WORKING.equals(task.getVariable(CONSULTATION_DAY_KIND));
    String unit = working ? "个工作日" : "日";
    boolean shortened = days != null && days < min;
    String ground = null;
    String reason = null;
    if (shortened) {
      String problem = "征求意见期限少于 " + min + unit + "，须选择“缩短期限的情形”并写明理由，理由将随公告公布";
      Object chosen = task.getVariable(SHORTENED_GROUND);
      if (chosen == null || chosen.toString().isBlank()) {
        check.require(false, problem);
      } else {
        ground = check.oneOf(SHORTENED_GROUND, "缩短期限的情形", grounds.codes(Grounds.SHORTENED_CONSULTATION));
      }
      reason = check.optionalText(SHORTENED_REASON);
      check.require(reason != null || (chosen == null || chosen.toString().isBlank()), problem);
      check.require(reason == null || reason.length() <= 2000, "“缩短期限的理由”不能超过 2000 个字");
    }
    check.verify();
    LocalDate today = calendar.today();
    // a period in days whose last day is not a working day runs on to the next working day (R-C-01)
    LocalDate closesOn = working ? calendar.plusWorkingDays(today, days) : calendar.plusDaysEndingOnWorkingDay(today, days);
    String published = text + "\n\n征求意见期限：" + CHINESE_DATE.format(today) + "至" + CHINESE_DATE.format(closesOn)
        + "（" + days + unit + "）。"
        + (shortened
            ? "\n本次征求意见期限少于" + min + unit + "，理由："
                + grounds.label(Grounds.SHORTENED_CONSULTATION, ground) + "。" + reason
            : "");
    String caseId = (String) task.getVariable(CASE_ID);
    String caseType = (String) task.getVariable(CASE_TYPE);
    String draftingUnit = caseUnits.unitOfCase(task.getExecution());
    String draft = consultations.latestDraft(caseId, caseType);
    consultations.open(
        new ConsultationRepository.Notice(
            task.getProcessInstanceId(), caseId, caseType,
            (String) task.getVariable(CONSULTATION_RULE_ID), text, channel, min,
            (String) task.getVariable(CONSULTATION_DAY_KIND), days, ground, reason, published, today, closesOn,
            Actors.of(task), (String) task.getVariable(CASE_TITLE), draftingUnit, unitName(caseId, caseType, draftingUnit), draft,
            (String) task.getVariable(CASE_EXPLANATION), Clauses.of(draft)));
    // recorded with what it counts from, so that a new holiday table computes it again (R-C-01)
    if (working) {
      deadlines.workingDays(task, task.getProcessInstanceId(), "征求意见截止", CONSULTATION_CLOSES_AT,
          CONSULTATION_CLOSES_ON, today, days);
    } else {
      deadlines.daysToWorkingDay(task, task.getProcessInstanceId(), "征求意见截止", CONSULTATION_CLOSES_AT,
          CONSULTATION_CLOSES_ON, today, days);
    }
  }

  /** The organ (or lead unit) and the drafting unit's name, as the public reads who consults. */
  private String unitName(String caseId, String caseType, String unit) {
    String organ = consultations.caseOrgan(caseId, caseType);
    String unitLabel = unit == null ? null : draftingUnits.getDraftingUnits().stream()
        .filter(u -> unit.equals(u.getId())).map(DraftingUnits.Unit::getName).findFirst().orElse(null);
    String name = organ == null ? unitLabel : unitLabel == null || organ.contains(unitLabel) ? organ : organ + " " + unitLabel;
    return name == null ? null : ConsultationSteps.abbreviate(name, 200);
  }
}
