package org.normflow.consultation;

import static org.normflow.consultation.ConsultationSteps.MAX_VARIABLE;
import static org.normflow.consultation.ConsultationSteps.abbreviate;
import static org.normflow.process.ConsultationVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_DisposeComments (complete): every comment needs a disposition (R-ND-02 gate before legality
 * review): one line per comment, {@code 编号|采纳/部分采纳/不采纳|理由}; partly or not adopted needs a
 * reason. The adoption report holds no personal data (R-C-05).
 */
@Component("recordCommentDispositions")
class RecordCommentDispositions implements TaskListener {

  static final Map<String, String> DISPOSITIONS_BY_LABEL =
      Map.of("采纳", "ADOPTED", "部分采纳", "PARTLY", "不采纳", "NOT_ADOPTED");
  static final Map<String, String> LABELS =
      Map.of("ADOPTED", "采纳", "PARTLY", "部分采纳", "NOT_ADOPTED", "不采纳");

  private final ConsultationRepository consultations;

  RecordCommentDispositions(ConsultationRepository consultations) {
    this.consultations = consultations;
  }

  @Override
  public void notify(DelegateTask task) {
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
  }

  private static Integer parseInt(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
