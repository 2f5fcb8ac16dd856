package org.normflow.audit;

import java.util.ArrayList;
import java.util.List;

/** Line differences between two versions of a text (longest common subsequence), for the case file. */
final class Diffs {

  /** op: "=" unchanged, "+" added in the later version, "-" removed from the earlier one. */
  record Line(String op, String text) {}

  static final int MAX_LINES = 2000;

  private Diffs() {}

  static List<Line> lines(String before, String after) {
    String[] a = split(before);
    String[] b = split(after);
    if (a.length > MAX_LINES || b.length > MAX_LINES) {
      return List.of(new Line("-", "（前一稿共 " + a.length + " 行）"), new Line("+", "（本稿共 " + b.length + " 行，过长，不逐行比较）"));
    }
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Line> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        out.add(new Line("=", a[i]));
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        out.add(new Line("-", a[i++]));
      } else {
        out.add(new Line("+", b[j++]));
      }
    }
    while (i < a.length) {
      out.add(new Line("-", a[i++]));
    }
    while (j < b.length) {
      out.add(new Line("+", b[j++]));
    }
    return out;
  }

  private static String[] split(String text) {
    return text == null || text.isEmpty() ? new String[0] : text.split("\r?\n", -1);
  }
}
