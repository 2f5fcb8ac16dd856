package org.normflow.consultation;

import java.util.List;

/** Comment numbers as people read them in messages and reports: short ranges such as 1-5、8、10-12. */
final class Dispositions {

  private Dispositions() {}

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
}
