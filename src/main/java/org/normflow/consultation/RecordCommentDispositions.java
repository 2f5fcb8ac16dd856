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
import org.normflow.validation.PlainText;
import org.springframework.stereotype.Component;

/**
 * Task_DisposeComments (complete): every comment needs a disposition (R-ND-02 gate before legality
 * review). The form lists one row per stored comment ({@link CommentRows}, prefilled when the period
 * closed): the clerk chooses 采纳/部分采纳/不采纳 and writes a reason (required unless adopted), or leaves
 * the choice empty and disposes of all such rows at once under 其余意见. A row may hide its comment on
 * one of the configured grounds; every other comment still pending is published with the report (the
 * drafting unit moderates here or earlier on the staff page). The rows are checked against the
 * consultation's own comments (each exactly once, by its number) before anything is stored. The
 * adoption report is published on the public page and holds no personal data (R-C-05).
 */
@Component("recordCommentDispositions")
class RecordCommentDispositions implements TaskListener {

  static final Map<String, String> LABELS = CommentRows.DISPOSITIONS;

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
    String rest = check.optionalText(REST_DISPOSITION);
    if (rest != null && !LABELS.containsKey(rest)) {
      check.require(false, "“其余意见”的处理结论只能是 采纳、部分采纳 或 不采纳");
      rest = null;
    }
    String restReason = check.optionalText(REST_REASON);
    if (restReason != null) {
      check.require(restReason.length() <= CommentRows.MAX_REASON,
          "“其余意见的处理理由”不能超过 " + CommentRows.MAX_REASON + " 个字（现为 " + restReason.length() + " 个字）");
      String plain = PlainText.problem("其余意见的处理理由", restReason);
      check.require(plain == null, plain);
    }
    List<ConsultationRepository.Comment> comments = consultations.comments(task.getProcessInstanceId());
    List<String> problems = new ArrayList<>();
    Map<Integer, CommentRows.Row> rows =
        CommentRows.read(task.getVariable(COMMENT_ROWS), comments, rest, restReason, grounds, problems);
    problems.forEach(p -> check.require(false, p));
    check.verify();

    String by = Actors.of(task);
    for (ConsultationRepository.Comment c : comments) {
      CommentRows.Row row = rows.get(c.number());
      if (row.hiddenGround() != null) {
        if (!ConsultationRepository.HIDDEN.equals(c.status()) || !row.hiddenGround().equals(c.moderationReason())) {
          consultations.moderate(c.id(), ConsultationRepository.HIDDEN, row.hiddenGround(), "处理意见时决定不公开", by);
        }
      } else if (!ConsultationRepository.PUBLISHED.equals(c.status())) {
        consultations.moderate(c.id(), ConsultationRepository.PUBLISHED, null, "随处理结论公开", by);
      }
      consultations.dispose(c.id(), row.disposition(), row.reason(), by);
    }
    String full = report(summary, consultations.comments(task.getProcessInstanceId()));
    consultations.report(task.getProcessInstanceId(), full, summary, calendar.today());
    task.setVariable(
        CONSULTATION_ADOPTION_REPORT,
        full.length() <= MAX_VARIABLE ? full : full.substring(0, MAX_VARIABLE - 20) + "……（全文见登记簿）");
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
