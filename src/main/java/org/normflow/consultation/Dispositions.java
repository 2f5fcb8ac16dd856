package org.normflow.consultation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of the dispose-comments form, one per comment or per group of comments, so hundreds of
 * comments are handled in a few lines: {@code 选择|结论|理由}. The selection is a number ({@code 5}), a
 * range ({@code 3-17}), several of these ({@code 1,4,9-12}), a clause ({@code 第三条}, every comment on
 * it) or {@code 其余} (every comment no other line names). A number wins over a clause, a clause over
 * 其余; the same comment named twice at the same level is refused.
 */
final class Dispositions {

  static final String REST = "其余";
  static final Pattern SEPARATOR = Pattern.compile("[|｜]");
  static final Pattern RANGE = Pattern.compile("(\\d{1,6})\\s*[-－~～至到]\\s*(\\d{1,6})");
  static final Pattern NUMBER = Pattern.compile("\\d{1,6}");

  private Dispositions() {}

  /** One parsed line: the value chosen (e.g. ADOPTED) and the rest of the line (reason). */
  record Choice(String value, String text) {}

  /**
   * Parses the lines against the comments; {@code value} turns the second column into a code (null:
   * not allowed, {@code wrongValue} is the problem then). Returns the choice per comment number.
   */
  static Map<Integer, Choice> parse(String lines, List<ConsultationRepository.Comment> comments,
      Function<String, String> value, String fieldLabel, String format, String wrongValue, List<String> problems) {
    Map<Integer, Choice> byNumber = new HashMap<>();
    Map<Integer, Choice> byClause = new HashMap<>();
    Choice rest = null;
    if (lines == null) {
      return byNumber;
    }
    Map<String, List<Integer>> clauses = new LinkedHashMap<>();
    for (ConsultationRepository.Comment c : comments) {
      clauses.computeIfAbsent(c.clauseOrGeneral(), k -> new ArrayList<>()).add(c.number());
    }
    for (String line : lines.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = SEPARATOR.split(line, 3);
      String code = parts.length >= 2 ? value.apply(parts[1].strip()) : null;
      if (parts.length < 2 || code == null) {
        problems.add(fieldLabel + "中无法识别的一行“" + abbreviate(line.strip()) + "”：" + (parts.length < 2 ? format : wrongValue));
        continue;
      }
      Choice choice = new Choice(code, parts.length == 3 && !parts[2].isBlank() ? parts[2].strip() : null);
      for (String selector : parts[0].split("[,，、；;]")) {
        String s = selector.strip();
        if (s.isEmpty()) {
          continue;
        }
        if (REST.equals(s)) {
          if (rest != null) {
            problems.add(fieldLabel + "中“其余”只能出现一次");
          }
          rest = choice;
          continue;
        }
        Matcher range = RANGE.matcher(s);
        if (range.matches() || NUMBER.matcher(s).matches()) {
          int from = Integer.parseInt(range.matches() ? range.group(1) : s);
          int to = range.matches() ? Integer.parseInt(range.group(2)) : from;
          if (from < 1 || to > comments.size() || from > to) {
            problems.add(fieldLabel + "中的编号“" + s + "”不存在：意见编号为 1 至 " + comments.size());
            continue;
          }
          for (int n = from; n <= to; n++) {
            if (byNumber.put(n, choice) != null) {
              problems.add(fieldLabel + "中第 " + n + " 条意见出现在多行中");
            }
          }
          continue;
        }
        List<Integer> inClause = clauses.get(s);
        if (inClause == null) {
          problems.add(fieldLabel + "中无法识别“" + abbreviate(s) + "”：请写意见编号（如 5 或 3-17）、条款（如 第三条）或“其余”");
          continue;
        }
        for (int n : inClause) {
          if (byClause.put(n, choice) != null) {
            problems.add(fieldLabel + "中第 " + n + " 条意见出现在多行中");
          }
        }
      }
    }
    Map<Integer, Choice> result = new HashMap<>();
    for (ConsultationRepository.Comment c : comments) {
      Choice chosen = byNumber.getOrDefault(c.number(), byClause.getOrDefault(c.number(), rest));
      if (chosen != null) {
        result.put(c.number(), chosen);
      }
    }
    return result;
  }

  /** Numbers as short ranges: 1-5、8、10-12. */
  static String ranges(List<Integer> numbers) {
    List<Integer> sorted = numbers.stream().sorted().toList();
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
        j++;
      }
      if (out.length() > 0) {
        out.append('、');
      }
      out.append(sorted.get(i));
      if (j > i) {
        out.append('-').append(sorted.get(j));
      }
      i = j + 1;
    }
    return out.toString();
  }

  private static String abbreviate(String s) {
    return ConsultationSteps.abbreviate(s, 40);
  }
}
