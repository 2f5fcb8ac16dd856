package org.normflow.review;

import org.normflow.trust.Actors;
import static org.normflow.process.ConsultationVariables.CASE_ID;
import static org.normflow.process.ConsultationVariables.CASE_TYPE;
import static org.normflow.process.LegalityReviewVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.document.DocumentSettings;
import org.normflow.validation.FormCheck;
import org.normflow.validation.FormValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of {@code legality-review} (合法性审查, R-ND-04/R-ND-05, R-MD-08/R-MD-09): the review period
 * on the working-day calendar with a reminder before and an escalation after the limit, the legal
 * adviser's written opinion, and the decision with its outcome.
 */
@Configuration
class LegalityReviewSteps {

  static final List<String> OUTCOMES = List.of(LAWFUL, LAWFUL_AFTER_AMENDMENT, MISSING_PROCEDURE, UNLAWFUL);
  static final int REMINDER_PRIORITY = 80;

  private final LegalityReviewRepository reviews;
  private final WorkingDayCalendar calendar;
  private final DocumentSettings settings;

  LegalityReviewSteps(LegalityReviewRepository reviews, WorkingDayCalendar workingDays, DocumentSettings settings) {
    this.reviews = reviews;
    this.calendar = workingDays;
    this.settings = settings;
  }

  /** Opens the review: checks the in-variables and sets the working-day limit and reminder dates. */
  @Bean
  JavaDelegate openLegalityReview() {
    return execution -> {
      FormCheck check = FormCheck.of(execution);
      String caseId = check.text(CASE_ID, "事项编号", 64);
      String caseType = check.oneOf(CASE_TYPE, "事项类型", List.of("DOCUMENT", "DECISION"));
      Integer min = check.integer(REVIEW_MIN_WORKING_DAYS, "审查期限下限（工作日）", 0, 60);
      Integer max = check.integer(REVIEW_MAX_WORKING_DAYS, "审查期限上限（工作日）", 1, 60);
      if (min != null && max != null) {
        check.require(min <= max, "审查期限下限不能大于上限");
      }
      check.verify();
      boolean exploratory = check.flag(EXPLORATORY_REFORM);
      Date due = calendar.dueIn(max);
      LocalDate dueOn = calendar.plusWorkingDays(calendar.today(), max);
      int reminderDays = Math.min(settings.getLegalityReminderWorkingDays(), Math.max(max - 1, 0));
      execution.setVariable(REVIEW_DUE_AT, due);
      execution.setVariable(REVIEW_DUE_ON, dueOn.toString());
      execution.setVariable(REVIEW_REMINDER_AT, calendar.reminderBefore(due, reminderDays));
      execution.setVariable(EXPLORATORY_REFORM, exploratory);
      reviews.open(execution.getProcessInstanceId(), caseId, caseType, min, max, exploratory, calendar.today(), dueOn);
    };
  }

  /** The legal adviser's written opinion is part of the review (R-MD-09). */
  @Bean
  TaskListener recordAdvisorOpinion() {
    return task -> {
      FormCheck check = FormCheck.of(task);
      String opinion = check.text(ADVISOR_OPINION, "法律顾问书面意见", 4000);
      check.verify();
      reviews.advisorOpinion(task.getProcessInstanceId(), opinion, Actors.of(task));
    };
  }

  /**
   * The decision. Materials must be complete and the adviser's opinion present; an opinion earlier
   * than the minimum period needs a reason; a legal risk statement is allowed only for an exploratory
   * reform, and only with it may an UNLAWFUL exploratory item proceed (R-MD-08).
   */
  @Bean
  TaskListener recordLegalityDecision() {
    return task -> {
      FormCheck check = FormCheck.of(task);
      List<String> materials = new ArrayList<>();
      material(check, MAT_DRAFT, "文件草案", materials);
      material(check, MAT_EXPLANATION, "起草说明", materials);
      material(check, MAT_LEGAL_BASIS, "制定依据", materials);
      if (check.flag(MAT_CONSULTATION_REPORT)) {
        materials.add("征求意见及采纳情况");
      }
      if (check.flag(MAT_FCR_RESULT)) {
        materials.add("公平竞争审查结论");
      }
      String outcome = check.oneOf(LEGALITY_OUTCOME, "审查结论", OUTCOMES);
      String opinion = check.text(LEGALITY_OPINION, "合法性审查意见", 4000);
      String risk = check.optionalText(LEGAL_RISK_STATEMENT);
      boolean exploratory = check.flag(EXPLORATORY_REFORM);
      String pid = task.getProcessInstanceId();
      check.require(
          reviews.find(pid).map(r -> r.get("advisor_opinion") != null).orElse(false),
          "法律顾问尚未提交书面意见，不能作出审查结论");
      check.require(risk == null || exploratory, "只有探索性改革事项才可填写“法律风险说明”");
      String earlyReason = check.optionalText(EARLY_OPINION_REASON);
      LocalDate today = calendar.today();
      LocalDate started =
          reviews.find(pid).map(r -> r.get("started_on")).map(LegalityReviewSteps::toLocalDate).orElse(today);
      int min = ((Number) task.getVariable(REVIEW_MIN_WORKING_DAYS)).intValue();
      check.require(
          calendar.workingDaysBetween(started, today) >= min || earlyReason != null,
          "审查时间不足 " + min + " 个工作日，须填写“提前出具意见的理由”");
      check.verify();
      boolean mayProceed =
          LAWFUL.equals(outcome)
              || LAWFUL_AFTER_AMENDMENT.equals(outcome)
              || (UNLAWFUL.equals(outcome) && exploratory && risk != null);
      reviews.decision(pid, String.join("、", materials), outcome, opinion, risk, earlyReason, today, Actors.of(task));
      task.setVariable(LEGALITY_REVIEWED_ON, today.toString());
      task.setVariable(LEGAL_RISK_STATEMENT, risk);
      task.setVariable(LEGALITY_MAY_PROCEED, mayProceed);
    };
  }

  /** Reminder before the limit (R-ND-05): the open review tasks get a high priority and the registry notes it. */
  @Bean
  JavaDelegate remindLegalityReview() {
    return execution -> {
      for (Task task :
          execution.getProcessEngineServices().getTaskService().createTaskQuery()
              .processInstanceId(execution.getProcessInstanceId()).list()) {
        execution.getProcessEngineServices().getTaskService().setPriority(task.getId(), REMINDER_PRIORITY);
      }
      reviews.reminded(execution.getProcessInstanceId());
    };
  }

  /** The limit passed (R-ND-05, R-C-03): recorded; the escalation task follows, nothing is approved. */
  @Bean
  JavaDelegate escalateLegalityReview() {
    return execution -> reviews.escalated(execution.getProcessInstanceId());
  }

  @Bean
  TaskListener recordReviewOverdueMeasures() {
    return task -> {
      FormCheck check = FormCheck.of(task);
      check.text(OVERDUE_MEASURES, "督办措施", 4000);
      check.verify();
    };
  }

  private static void material(FormCheck check, String name, String label, List<String> list) {
    boolean present = check.flag(name);
    check.require(present, "审查材料缺少“" + label + "”，请退回补充后再审查");
    if (present) {
      list.add(label);
    }
  }

  private static LocalDate toLocalDate(Object o) {
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (o instanceof LocalDate d) {
      return d;
    }
    throw new FormValidationException(List.of("审查开始日期无效"));
  }
}
