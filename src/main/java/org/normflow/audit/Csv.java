package org.normflow.audit;

/** CSV as spreadsheet programs read it: every field quoted, quotes doubled, CRLF; a leading =+-@ is defused. */
final class Csv {

  private Csv() {}

  static String row(String... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      String f = fields[i] == null ? "" : fields[i];
      // a cell starting with = + - @ would be a formula in a spreadsheet (CSV injection)
      if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0) {
        f = "'" + f;
      }
      line.append('"').append(f.replace("\"", "\"\"")).append('"');
    }
    return line.append("\r\n").toString();
  }
}
