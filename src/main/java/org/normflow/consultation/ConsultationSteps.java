package org.normflow.consultation;

import org.normflow.trust.Actors;
import static org.normflow.process.ConsultationVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.validation.FormCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of {@code public-consultation} (公开征求意见, R-ND-02/R-MD-04): the notice with its period
 * (shorter than the minimum only with a stored reason), comments stored in the registry, the automatic
 * close, and a disposition for every comment before the adoption report is given back.
 */
@Configuration
class ConsultationSteps {

  static final Map<String, String> DISPOSITIONS_BY_LABEL =
      Map.of("采纳", "ADOPTED", "部分采纳", "PARTLY", "不采纳", "NOT_ADOPTED");
  static final Map<String, String> LABELS =
      Map.of("ADOPTED", "采纳", "PARTLY", "部分采纳", "NOT_ADOPTED", "不采纳");
  static final int MAX_VARIABLE = 4000;

  private final ConsultationRepository consultations;
  private final WorkingDayCalendar calendar;

  ConsultationSteps(ConsultationRepository consultations, WorkingDayCalendar workingDays) {
    this.consultations = consultations;
    this.calendar = workingDays;
  }

  /** The notice: the period counts from today in working or calendar days; below the minimum only with a reason. */
  @Bean
  TaskListener checkConsultationNotice() {
    return task -> {
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
    };
  }

  /**
   * A comment arrived (message Message_PublicComment): stored in nf_public_comment, and the personal
   * data is removed from the process variables again (R-C-05).
   */
  @Bean
  JavaDelegate storePublicComment() {
    return execution -> {
      FormCheck check = FormCheck.of(execution);
      String content = check.text(COMMENT_TEXT, "意见内容", 10000);
      check.verify();
      consultations.addComment(
          execution.getProcessInstanceId(), (String) execution.getVariable(CASE_ID),
          (String) execution.getVariable(CASE_TYPE), check.optionalText(COMMENTER_NAME),
          check.optionalText(COMMENTER_PHONE), check.optionalText(COMMENTER_EMAIL), content);
      for (String name : List.of(COMMENT_TEXT, COMMENTER_NAME, COMMENTER_PHONE, COMMENTER_EMAIL)) {
        execution.removeVariable(name);
      }
    };
  }

  /** The period ended (timer): close, count the comments and list them, without personal data, for disposition. */
  @Bean
  JavaDelegate closeConsultation() {
    return execution -> {
      List<ConsultationRepository.Comment> comments = consultations.comments(execution.getProcessInstanceId());
      LocalDate today = calendar.today();
      consultations.close(execution.getProcessInstanceId(), today, comments.size());
      StringBuilder digest = new StringBuilder();
      for (ConsultationRepository.Comment c : comments) {
        digest.append(c.number()).append(". ").append(abbreviate(c.content(), 200)).append('\n');
      }
      execution.setVariable(CONSULTATION_COMMENT_COUNT, comments.size());
      execution.setVariable(CONSULTATION_CLOSED_ON, today.toString());
      execution.setVariable(COMMENT_DIGEST, comments.isEmpty() ? "征求意见期内未收到意见。" : abbreviate(digest.toString(), 3900));
    };
  }

  /**
   * Every comment needs a disposition (R-ND-02 gate before legality review): one line per comment,
   * {@code 编号|采纳/部分采纳/不采纳|理由}; partly or not adopted needs a reason. The adoption report
   * holds no personal data (R-C-05).
   */
  @Bean
  TaskListener recordCommentDispositions() {
    return task -> {
      FormCheck check = FormCheck.of(task);
      String summary = check.text(ADOPTION_SUMMARY, "意见采纳情况说明", 2000);
      String lines = check.optionalText(DISPOSITIONS);
      List<ConsultationRepository.Comment> comments = consultations.comments(task.getProcessInstanceId());
      Map<Integer, String[]> parsed = new HashMap<>();
      if (lines != null) {
        for (String line : lines.split("\\R")) {
          if (line.isBlank()) {
            continue;
          }
          String[] parts = line.split("[|｜]", 3);
          Integer number = parts.length >= 2 ? parseInt(parts[0]) : null;
          String disposition = parts.length >= 2 ? DISPOSITIONS_BY_LABEL.get(parts[1].strip()) : null;
          if (number == null || disposition == null || number < 1 || number > comments.size()) {
            check.require(false, "无法识别的处理意见行“" + line.strip() + "”，请按“编号|采纳/部分采纳/不采纳|理由”填写");
            continue;
          }
          String reason = parts.length == 3 && !parts[2].isBlank() ? parts[2].strip() : null;
          check.require(
              reason != null || "ADOPTED".equals(disposition), "第 " + number + " 条意见部分采纳或不采纳，须写明理由");
          parsed.put(number, new String[] {disposition, reason});
        }
      }
      List<String> missing = new ArrayList<>();
      for (ConsultationRepository.Comment c : comments) {
        if (!parsed.containsKey(c.number())) {
          missing.add(String.valueOf(c.number()));
        }
      }
      check.require(missing.isEmpty(), "以下意见尚未处理：第 " + String.join("、", missing) + " 条；每条意见都须有处理结论");
      check.verify();
      String by = Actors.of(task);
      StringBuilder report = new StringBuilder(summary).append("\n");
      report.append("共收到意见 ").append(comments.size()).append(" 条。\n");
      for (ConsultationRepository.Comment c : comments) {
        String[] d = parsed.get(c.number());
        consultations.dispose(c.id(), d[0], d[1], by);
        report.append("第 ").append(c.number()).append(" 条（").append(abbreviate(c.content(), 60)).append("）：")
            .append(LABELS.get(d[0])).append(d[1] == null ? "" : "。理由：" + d[1]).append('\n');
      }
      String full = report.toString();
      consultations.report(task.getProcessInstanceId(), full);
      task.setVariable(
          CONSULTATION_ADOPTION_REPORT,
          full.length() <= MAX_VARIABLE ? full : full.substring(0, MAX_VARIABLE - 20) + "……（全文见登记簿）");
    };
  }

  private static Integer parseInt(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
