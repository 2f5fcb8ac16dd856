package org.normflow.consultation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a draft a comment may name: 总体意见 (the draft as a whole) and each article heading
 * (第一条, 第二条, ...) that begins a line of the draft, in order. Comments are grouped by them for disposition.
 */
final class Clauses {

  static final Pattern ARTICLE = Pattern.compile("(?m)^[ \\t\u3000]*(第[一二三四五六七八九十百千零〇两0-9０-９]{1,8}条)");
  static final int MAX = 200;

  private Clauses() {}

  static List<String> of(String draft) {
    Set<String> found = new LinkedHashSet<>();
    found.add(ConsultationRepository.GENERAL);
    if (draft != null) {
      Matcher m = ARTICLE.matcher(draft);
      while (m.find() && found.size() < MAX) {
        found.add(m.group(1));
      }
    }
    return new ArrayList<>(found);
  }
}
