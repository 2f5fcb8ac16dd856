package org.normflow.consultation;

import static org.normflow.consultation.ConsultationSteps.abbreviate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.normflow.validation.Grounds;

/**
 * The comments as the dispose-comments form lists them (a String variable, at most 4000 characters):
 * grouped by clause, each with its number and an excerpt of its text; hidden comments by number and
 * reason only. With many comments the excerpts get shorter, and with very many each group lists its
 * numbers only (the full texts are on the staff page). Never a name, phone or e-mail (R-C-05).
 */
final class CommentDigest {

  static final int LIMIT = 3900;

  private CommentDigest() {}

  static String of(List<ConsultationRepository.Comment> comments, Grounds grounds) {
    if (comments.isEmpty()) {
      return "征求意见期内未收到意见。";
    }
    for (int excerpt : new int[] {200, 100, 60, 30}) {
      String digest = build(comments, grounds, excerpt);
      if (digest.length() <= LIMIT) {
        return digest;
      }
    }
    String numbersOnly = build(comments, grounds, 0);
    return numbersOnly.length() <= LIMIT ? numbersOnly : abbreviate(numbersOnly, LIMIT);
  }

  static Map<String, List<ConsultationRepository.Comment>> byClause(List<ConsultationRepository.Comment> comments) {
    Map<String, List<ConsultationRepository.Comment>> groups = new LinkedHashMap<>();
    for (ConsultationRepository.Comment c : comments) {
      groups.computeIfAbsent(c.clauseOrGeneral(), k -> new ArrayList<>()).add(c);
    }
    return groups;
  }

  private static String build(List<ConsultationRepository.Comment> comments, Grounds grounds, int excerpt) {
    long hidden = comments.stream().filter(c -> ConsultationRepository.HIDDEN.equals(c.status())).count();
    StringBuilder out = new StringBuilder("共 ").append(comments.size()).append(" 条意见");
    if (hidden > 0) {
      out.append("（其中 ").append(hidden).append(" 条已不公开）");
    }
    out.append("，按涉及条款分组：\n");
    for (Map.Entry<String, List<ConsultationRepository.Comment>> group : byClause(comments).entrySet()) {
      out.append("【").append(group.getKey()).append("】").append(group.getValue().size()).append(" 条");
      if (excerpt == 0) {
        out.append("：第 ").append(Dispositions.ranges(group.getValue().stream().map(c -> c.number()).toList()))
            .append(" 条\n");
        continue;
      }
      out.append('\n');
      for (ConsultationRepository.Comment c : group.getValue()) {
        out.append(c.number()).append(". ");
        if (ConsultationRepository.HIDDEN.equals(c.status())) {
          out.append("（不公开：").append(grounds.label(Grounds.HIDDEN_COMMENT, c.moderationReason())).append("）");
        } else {
          out.append(abbreviate(c.content().replaceAll("\\s+", " "), excerpt));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
