package org.normflow.consultation;

import static org.normflow.consultation.ConsultationSteps.MAX_VARIABLE;
import static org.normflow.process.ConsultationVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.Grounds;
import org.springframework.stereotype.Component;

/**
 * Task_DisposeComments (complete): every comment needs a disposition (R-ND-02 gate before legality
 * review), given per comment or per group ({@link Dispositions}: {@code 选择|采纳/部分采纳/不采纳|理由};
 * partly or not adopted needs a reason). Comments named in {@code hiddenComments}
 * ({@code 选择|不公开理由|说明}) are hidden with that reason; every other comment still pending is
 * published with the report (the drafting unit moderates here or earlier on the staff page). The
 * adoption report is published on the public page and holds no personal data (R-C-05).
 */
@Component("recordCommentDispositions")
class RecordCommentDispositions implements TaskListener {

  static final Map<String, String> DISPOSITIONS_BY_LABEL =
      Map.of("采纳", "ADOPTED", "部分采纳", "PARTLY", "不采纳", "NOT_ADOPTED");
  static final Map<String, String> LABELS =
      Map.of("ADOPTED", "采纳", "PARTLY", "部分采纳", "NOT_ADOPTED", "不采纳");

  private final ConsultationRepository consultations;
  private final Grounds grounds;
  private final WorkingDayCalendar calendar;

  RecordCommentDispositions(ConsultationRepository consultations, Grounds grounds, WorkingDayCalendar calendar) {
    this.consultations = consultations;
    this.grounds = grounds;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String summary = check.text(ADOPTION_SUMMARY, "意见采纳情况说明", 2000);
    List<ConsultationRepository.Comment> comments = consultations.comments(task.getProcessInstanceId());
    List<String> problems = new ArrayList<>();
    Map<Integer, Dispositions.Choice> hide = Dispositions.parse(
        check.optionalText(HIDDEN_COMMENTS), comments, this::hiddenReason, "“不公开的意见”",
        "请按“编号|不公开理由|说明”填写", "不公开理由请写 " + String.join("、", grounds.of(Grounds.HIDDEN_COMMENT).values()),
        problems);
    Map<Integer, Dispositions.Choice> disposed = Dispositions.parse(
        check.optionalText(DISPOSITIONS), comments, DISPOSITIONS_BY_LABEL::get, "“处理结论”",
        "请按“编号|采纳/部分采纳/不采纳|理由”填写", "结论只能是 采纳、部分采纳 或 不采纳", problems);
    problems.forEach(p -> check.require(false, p));
    List<Integer> missing = new ArrayList<>();
    List<Integer> noReason = new ArrayList<>();
    for (ConsultationRepository.Comment c : comments) {
      Dispositions.Choice d = disposed.get(c.number());
      if (d == null) {
        missing.add(c.number());
      } else if (d.text() == null && !"ADOPTED".equals(d.value())) {
        noReason.add(c.number());
      } else if (d.text() != null && d.text().length() > 2000) {
        check.require(false, "第 " + c.number() + " 条意见的处理理由不能超过 2000 个字");
      }
    }
    check.require(missing.isEmpty(),
        "以下意见尚未处理：第 " + Dispositions.ranges(missing) + " 条；每条意见都须有处理结论（可写“其余|不采纳|理由”一并处理）");
    check.require(noReason.isEmpty(), "第 " + Dispositions.ranges(noReason) + " 条意见部分采纳或不采纳，须写明理由");
    check.verify();

    String by = Actors.of(task);
    for (ConsultationRepository.Comment c : comments) {
      Dispositions.Choice hidden = hide.get(c.number());
      if (hidden != null) {
        consultations.moderate(c.id(), ConsultationRepository.HIDDEN, hidden.value(), hidden.text(), by);
      } else if (ConsultationRepository.PENDING.equals(c.status())) {
        consultations.moderate(c.id(), ConsultationRepository.PUBLISHED, null, "随处理结论公开", by);
      }
      Dispositions.Choice d = disposed.get(c.number());
      consultations.dispose(c.id(), d.value(), d.text(), by);
    }
    String full = report(summary, consultations.comments(task.getProcessInstanceId()));
    consultations.report(task.getProcessInstanceId(), full, summary, calendar.today());
    task.setVariable(
        CONSULTATION_ADOPTION_REPORT,
        full.length() <= MAX_VARIABLE ? full : full.substring(0, MAX_VARIABLE - 20) + "……（全文见登记簿）");
  }

  /** A hiding reason by its code or its label, as configured under normflow.grounds.hidden-comment. */
  private String hiddenReason(String given) {
    Map<String, String> reasons = grounds.of(Grounds.HIDDEN_COMMENT);
    if (reasons.containsKey(given)) {
      return given;
    }
    return reasons.entrySet().stream().filter(e -> e.getValue().equals(given) || e.getValue().startsWith(given))
        .map(Map.Entry::getKey).findFirst().orElse(null);
  }

  /**
   * The published report: the summary, the counts and, per clause, each comment with an excerpt and
   * its conclusion; when that would not fit a process variable, the numbers as ranges per conclusion.
   */
  private String report(String summary, List<ConsultationRepository.Comment> comments) {
    long hidden = comments.stream().filter(c -> ConsultationRepository.HIDDEN.equals(c.status())).count();
    StringBuilder head = new StringBuilder(summary).append("\n");
    head.append("共收到意见 ").append(comments.size()).append(" 条");
    if (hidden > 0) {
      head.append("（其中 ").append(hidden).append(" 条因不宜公开未公开内容）");
    }
    head.append("。\n");
    StringBuilder detailed = new StringBuilder(head);
    StringBuilder grouped = new StringBuilder(head);
    for (Map.Entry<String, List<ConsultationRepository.Comment>> group : CommentDigest.byClause(comments).entrySet()) {
      Map<String, List<Integer>> byConclusion = new LinkedHashMap<>();
      detailed.append("【").append(group.getKey()).append("】\n");
      for (ConsultationRepository.Comment c : group.getValue()) {
        String conclusion = LABELS.get(c.disposition())
            + (c.dispositionReason() == null ? "" : "。理由：" + c.dispositionReason());
        byConclusion.computeIfAbsent(conclusion, k -> new ArrayList<>()).add(c.number());
        String excerpt = ConsultationRepository.HIDDEN.equals(c.status())
            ? "不公开" : ConsultationSteps.abbreviate(c.content().replaceAll("\\s+", " "), 60);
        detailed.append("第 ").append(c.number()).append(" 条（").append(excerpt).append("）：").append(conclusion)
            .append('\n');
      }
      grouped.append("【").append(group.getKey()).append("】\n");
      byConclusion.forEach((conclusion, numbers) ->
          grouped.append("第 ").append(Dispositions.ranges(numbers)).append(" 条：").append(conclusion).append('\n'));
    }
    return detailed.length() <= MAX_VARIABLE ? detailed.toString() : grouped.toString();
  }
}
