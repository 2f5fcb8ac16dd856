package org.normflow.validation;

/**
 * Text a person typed is plain text: line breaks and tabs, no other control characters, and none of
 * the invisible characters that change how text reads without showing (zero-width characters,
 * bidirectional embeddings, overrides and isolates, the byte-order mark). NUL cannot even be stored
 * in PostgreSQL. Chinese administrative text never needs any of them, so they are refused with a
 * message rather than silently removed: the clerk sees exactly what is stored.
 */
public final class PlainText {

  private PlainText() {}

  /** The problem with this text, or null when it is plain. */
  public static String problem(String label, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        continue;
      }
      if (c < 0x20 || c == 0x7f) {
        return "“" + label + "”含有控制字符，请删除后重新提交";
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a character outside the basic plane (rare CJK characters): text
        continue;
      }
      if (Character.isSurrogate(c)) {
        // half a character: not text in any encoding, PostgreSQL would store "?"
        return "“" + label + "”含有无法识别的字符（编码错误），请删除后重新提交";
      }
      if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
          || c == 0x2060 || c == 0xfeff) {
        return "“" + label + "”含有不可见的字符（零宽字符或文字方向控制符），请删除后重新提交";
      }
    }
    return null;
  }
}
