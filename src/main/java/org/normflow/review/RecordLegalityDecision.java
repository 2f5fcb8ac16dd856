package org.normflow.review;

import static org.normflow.process.LegalityReviewVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.process.ConsultationVariables;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.FormValidationException;
import org.normflow.validation.Grounds;
import org.normflow.validation.LegalBasis;
import org.springframework.stereotype.Component;

/**
 * Task_LegalityReview (complete), R-ND-04/R-ND-05, R-MD-08/R-MD-09, R-MD-18: the finding. Materials
 * must be complete and the adviser's opinion present; an opinion earlier than the minimum period needs
 * a ground from the configured list and an explanation; a missing-procedure finding names the
 * procedures to make up; "国家尚无明确规定" with a legal risk statement is open only to an exploratory
 * reform the decision organ classified (read from the review's own record, not from the task), and an
 * unlawful finding never lets the case proceed.
 */
@Component("recordLegalityDecision")
class RecordLegalityDecision implements TaskListener {

  static final List<String> OUTCOMES =
      List.of(LAWFUL, LAWFUL_AFTER_AMENDMENT, MISSING_PROCEDURE, UNLAWFUL, NO_CLEAR_PROVISION);

  /** Form field → procedure code, in the order of {@code PROCEDURE_CODES}. */
  static final Map<String, String> MISSING_FIELDS = new LinkedHashMap<>();

  static {
    MISSING_FIELDS.put(MISSING_CONSULTATION, CONSULTATION);
    MISSING_FIELDS.put(MISSING_FCR, FAIR_COMPETITION_REVIEW);
    MISSING_FIELDS.put(MISSING_HEARING, HEARING);
    MISSING_FIELDS.put(MISSING_EXPERTS, EXPERT_ARGUMENTATION);
    MISSING_FIELDS.put(MISSING_RISK, RISK_ASSESSMENT);
  }

  /** A normative document has no hearing, expert argumentation or risk assessment of its own. */
  static final List<String> DOCUMENT_PROCEDURES = List.of(CONSULTATION, FAIR_COMPETITION_REVIEW);

  static final Map<String, String> PROCEDURE_LABELS = Map.of(
      CONSULTATION, "公开征求意见",
      FAIR_COMPETITION_REVIEW, "公平竞争审查",
      HEARING, "听证",
      EXPERT_ARGUMENTATION, "专家论证",
      RISK_ASSESSMENT, "风险评估");

  static final List<String> ACTIONS = List.of(DECIDE, RETURN);

  private final LegalityReviewRepository reviews;
  private final WorkingDayCalendar calendar;
  private final Grounds grounds;
  private final LegalityReviewSettings settings;

  RecordLegalityDecision(LegalityReviewRepository reviews, WorkingDayCalendar workingDays, Grounds grounds,
      LegalityReviewSettings settings) {
    this.reviews = reviews;
    this.calendar = workingDays;
    this.grounds = grounds;
    this.settings = settings;
  }

  @Override
  public void notify(DelegateTask task) {
    String pid = task.getProcessInstanceId();
    Map<String, Object> review = reviews.find(pid).orElseThrow(() -> new FormValidationException(List.of("未找到本次审查的登记")));
    String action = FormCheck.of(task).optionalText(REVIEW_ACTION) == null ? DECIDE : null;
    if (action == null) {
      FormCheck choice = FormCheck.of(task);
      action = choice.oneOf(REVIEW_ACTION, "本次办理", ACTIONS);
      choice.verify();
    }
    if (RETURN.equals(action)) {
      returnMaterials(task, review);
      return;
    }
    task.setVariable(LEGALITY_RETURNED, false);
    boolean exploratory = Boolean.TRUE.equals(review.get("exploratory_reform"));
    boolean document = "DOCUMENT".equals(task.getVariable(ConsultationVariables.CASE_TYPE));

    FormCheck check = FormCheck.of(task);
    List<String> materials = new ArrayList<>();
    material(check, MAT_DRAFT, "文件（决策）草案", materials);
    material(check, MAT_EXPLANATION, "起草说明", materials);
    material(check, MAT_LEGAL_BASIS, "制定依据", materials);
    material(check, MAT_PROCEDURE_ACCOUNT, "程序履行情况说明", materials);
    if (check.checked(MAT_CONSULTATION_REPORT, "征求意见及采纳情况")) {
      materials.add("征求意见及采纳情况");
    }
    boolean fcrResult = check.checked(MAT_FCR_RESULT, "公平竞争审查结论");
    if (fcrResult) {
      materials.add("公平竞争审查结论");
    }
    String outcome = check.oneOf(LEGALITY_OUTCOME, "审查结论", OUTCOMES);
    String opinion = check.text(LEGALITY_OPINION, "合法性审查意见", 4000);
    String risk = check.optionalText(LEGAL_RISK_STATEMENT);
    check.require(
        review.get("advisor_opinion") != null, "法律顾问尚未提交书面意见，不能作出审查结论");

    List<String> missing = missingProcedures(check, document);
    // R-ND-03 (issue 24 point 12): the legal office found that fair competition review applies, so its
    // conclusion belongs to the materials, unless this review finds exactly that review missing
    if (!fcrResult && !missing.contains(FAIR_COMPETITION_REVIEW)
        && reviews.fairCompetitionApplies((String) review.get("case_type"), (String) review.get("case_id"))) {
      check.require(false, "法制机构已认定本件须经公平竞争审查，审查材料缺少“公平竞争审查结论”：请退回补充，"
          + "或者认定缺少“公平竞争审查”程序" + LegalBasis.cite("R-ND-03"));
    }
    if (MISSING_PROCEDURE.equals(outcome)) {
      check.require(!missing.isEmpty(), "结论为“缺少必经程序”的，请勾选需要补正的程序");
    } else {
      check.require(missing.isEmpty(), "只有结论为“缺少必经程序”时才勾选需要补正的程序");
    }
    if (NO_CLEAR_PROVISION.equals(outcome)) {
      check.require(exploratory, "本事项未经决策机关确定为探索性改革事项，不能作出“国家尚无明确规定”的结论");
      check.require(risk != null, "结论为“国家尚无明确规定”的，须写明“法律风险说明”");
    } else {
      check.require(risk == null, "只有结论为“国家尚无明确规定”（探索性改革事项）时才填写“法律风险说明”");
    }

    EarlyOpinion early = earlyOpinion(check, task, review);
    check.verify();

    boolean mayProceed =
        LAWFUL.equals(outcome) || LAWFUL_AFTER_AMENDMENT.equals(outcome) || NO_CLEAR_PROVISION.equals(outcome);
    String missingCodes = String.join(",", missing);
    reviews.decision(pid, new LegalityReviewRepository.Decision(
        String.join("、", materials), outcome, opinion, risk, missing.isEmpty() ? null : missingCodes,
        early.ground(), early.reason(), calendar.today(), Actors.of(task)));
    task.setVariable(LEGALITY_REVIEWED_ON, calendar.today().toString());
    task.setVariable(LEGAL_RISK_STATEMENT, risk);
    task.setVariable(LEGALITY_MAY_PROCEED, mayProceed);
    task.setVariable(MISSING_PROCEDURES, missingCodes);
  }

  /**
   * R-MD-09, 713 Art 26: the reviewer returns the materials or asks for more, with the reason and what is
   * to be supplemented; no finding is made in the same step. The working days left are recorded, so that
   * the configured local rule (RESTART or PAUSE) can set the new limit when the materials come back.
   */
  private void returnMaterials(DelegateTask task, Map<String, Object> review) {
    FormCheck check = FormCheck.of(task);
    String reason = check.text(RETURN_REASON, "退回理由", 2000);
    String requested = check.text(RETURN_REQUEST, "需要补充或者更正的材料", 2000);
    for (String finding : List.of(LEGALITY_OUTCOME, LEGALITY_OPINION, LEGAL_RISK_STATEMENT, EARLY_OPINION_GROUND)) {
      check.require(check.optionalText(finding) == null, "退回材料的，本次不作出审查结论，不填写审查结论、审查意见等内容");
    }
    check.verify();
    LocalDate today = calendar.today();
    LocalDate dueOn = toLocalDate(review.get("due_on"), today);
    int remaining = today.isBefore(dueOn) ? calendar.workingDaysBetween(today, dueOn) : 0;
    reviews.returned(task.getProcessInstanceId(), (String) review.get("case_id"), reason, requested, today, Actors.of(task),
        dueOn, remaining, settings.getOnReturn());
    task.setVariable(LEGALITY_RETURNED, true);
    task.setVariable(ON_RETURN, settings.getOnReturn());
  }

  private static List<String> missingProcedures(FormCheck check, boolean document) {
    List<String> missing = new ArrayList<>();
    MISSING_FIELDS.forEach((field, code) -> {
      if (check.checked(field, PROCEDURE_LABELS.get(code))) {
        if (document && !DOCUMENT_PROCEDURES.contains(code)) {
          check.require(false, "行政规范性文件的制定程序没有“" + PROCEDURE_LABELS.get(code) + "”，不能作为缺少的程序");
        } else {
          missing.add(code);
        }
      }
    });
    return missing;
  }

  private record EarlyOpinion(String ground, String reason) {}

  /** Below the minimum review period only on a configured ground, explained (R-MD-09, R-ND-05). */
  private EarlyOpinion earlyOpinion(FormCheck check, DelegateTask task, Map<String, Object> review) {
    LocalDate today = calendar.today();
    LocalDate started = toLocalDate(review.get("started_on"), today);
    int min = ((Number) review.get("min_working_days")).intValue();
    Object paused = review.get("paused_working_days");
    int pausedDays = paused instanceof Number n ? n.intValue() : 0;
    // R-MD-09 with PAUSE: the days the materials were out are not review time
    boolean early = calendar.workingDaysBetween(started, today) - pausedDays < min;
    Object chosen = task.getVariable(EARLY_OPINION_GROUND);
    boolean groundGiven = chosen != null && !chosen.toString().isBlank();
    if (!early) {
      // the period has run: nothing to justify, so nothing is recorded as a ground
      return new EarlyOpinion(null, null);
    }
    String tooEarly = "审查不足 " + min + " 个工作日，须选择“提前出具意见的情形”并写明理由";
    if (!groundGiven) {
      check.require(false, tooEarly);
      return new EarlyOpinion(null, null);
    }
    String ground = check.oneOf(EARLY_OPINION_GROUND, "提前出具意见的情形", grounds.codes(Grounds.EARLY_LEGALITY_OPINION));
    String reason = check.optionalText(EARLY_OPINION_REASON);
    check.require(reason != null, tooEarly);
    if (reason != null && reason.length() > 2000) {
      check.require(false, "“提前出具意见的理由”不能超过 2000 个字（现为 " + reason.length() + " 个字）");
    }
    return new EarlyOpinion(ground, reason);
  }

  private static void material(FormCheck check, String name, String label, List<String> list) {
    boolean present = check.checked(name, label);
    check.require(present, "审查材料缺少“" + label + "”：请在“本次办理”中选择“退回材料或者要求补充”，补充后再审查");
    if (present) {
      list.add(label);
    }
  }

  private static LocalDate toLocalDate(Object o, LocalDate fallback) {
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (o instanceof LocalDate d) {
      return d;
    }
    return fallback;
  }
}
