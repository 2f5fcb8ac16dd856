package org.normflow.review;

import static org.normflow.process.LegalityReviewVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * Task_LegalityReview (complete), R-ND-04/R-ND-05, R-MD-08/R-MD-09: the decision. Materials must be
 * complete and the adviser's opinion present; an opinion earlier than the minimum period needs a
 * reason; a legal risk statement is allowed only for an exploratory reform, and only with it may an
 * UNLAWFUL exploratory item proceed (R-MD-08).
 */
@Component("recordLegalityDecision")
class RecordLegalityDecision implements TaskListener {

  static final List<String> OUTCOMES = List.of(LAWFUL, LAWFUL_AFTER_AMENDMENT, MISSING_PROCEDURE, UNLAWFUL);

  private final LegalityReviewRepository reviews;
  private final WorkingDayCalendar calendar;

  RecordLegalityDecision(LegalityReviewRepository reviews, WorkingDayCalendar workingDays) {
    this.reviews = reviews;
    this.calendar = workingDays;
  }

  @Override
  public void notify(DelegateTask task) {
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
        reviews.find(pid).map(r -> r.get("started_on")).map(RecordLegalityDecision::toLocalDate).orElse(today);
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
