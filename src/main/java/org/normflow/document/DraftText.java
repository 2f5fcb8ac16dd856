package org.normflow.document;

/** A draft version with its drafting explanation (起草说明, R-ND-01) as plain text for download. */
final class DraftText {

  private DraftText() {}

  static String of(DocumentRecord doc, DocumentVersion v) {
    StringBuilder text = new StringBuilder();
    text.append(doc.title()).append("（第").append(v.versionNo()).append("稿）\n");
    if (doc.docNumber() != null) {
      text.append(doc.docNumber()).append('\n');
    }
    text.append("制定机关：").append(doc.issuingUnit()).append('\n');
    text.append("起草人：").append(nullToDash(v.createdBy())).append("　时间：").append(v.createdAt()).append("\n\n");
    text.append("一、文件草案\n").append(nullToDash(v.draftText())).append("\n\n");
    text.append("二、起草说明\n");
    text.append("（一）制定目的和必要性\n").append(nullToDash(v.purpose())).append('\n');
    text.append("（二）制定依据\n").append(nullToDash(v.legalBasis())).append('\n');
    text.append("（三）起草过程\n").append(nullToDash(v.draftingProcess())).append('\n');
    text.append("（四）主要内容\n").append(nullToDash(v.mainContent())).append('\n');
    if (v.changeNote() != null) {
      text.append("\n修改说明：").append(v.changeNote()).append('\n');
    }
    return text.toString();
  }

  private static String nullToDash(Object value) {
    return value == null ? "—" : value.toString();
  }
}
