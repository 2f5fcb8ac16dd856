package org.normflow.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * The archive dossier (归档案卷) of a case as one zip: the facts, the trail as a readable (printable)
 * document, the compliance verdict, every draft version, every report and opinion, and a manifest
 * (清单-SHA256.txt, in the format of {@code sha256sum -c}) with the SHA-256 of every other file.
 */
@Service
class Dossier {

  static final String MANIFEST = "清单-SHA256.txt";

  private final CaseFile caseFile;

  Dossier(CaseFile caseFile) {
    this.caseFile = caseFile;
  }

  byte[] zip(WorkbenchAccess.Reader reader, CaseRegister.CaseRow row, String downloadedAt, String downloadedBy) {
    CaseFile.View view = caseFile.of(reader, row);
    Map<String, byte[]> files = new LinkedHashMap<>();
    StringBuilder facts = new StringBuilder(row.kindLabel() + "案卷\n\n");
    view.facts().forEach(f -> facts.append(f.label()).append("：").append(f.value()).append('\n'));
    facts.append("\n本卷由 ").append(downloadedBy).append(" 于 ").append(downloadedAt).append(" 导出")
        .append(row.closed() ? "。\n" : "；案件尚在办理中，本卷为截至导出时的记录。\n");
    files.put("01-案件概况.txt", utf8(facts));
    files.put("02-办理记录.html", utf8(trailDocument(view)));
    StringBuilder checks = new StringBuilder("合规检查：" + view.compliance().verdictLabel() + "\n\n");
    for (ComplianceChecks.Check c : view.compliance().checks()) {
      checks.append("【").append(c.verdictLabel()).append("】").append(c.requirement()).append('\n')
          .append("依据：").append(c.basis()).append('\n').append("查明：").append(c.evidence()).append("\n\n");
    }
    files.put("03-合规检查.txt", utf8(checks));
    for (CaseFile.Version v : view.versions()) {
      StringBuilder text = new StringBuilder("第 " + v.number() + " 稿（" + v.createdAt() + "，" + v.createdBy() + "）\n");
      if (v.changeNote() != null) {
        text.append("修改说明：").append(v.changeNote()).append('\n');
      }
      text.append("\n").append(v.text() == null ? "（无文本）" : v.text()).append('\n');
      v.explanation().forEach(f -> text.append("\n").append(f.label()).append("：\n").append(f.value()).append('\n'));
      files.put("04-文稿/第" + v.number() + "稿.txt", utf8(text));
    }
    int n = 0;
    for (CaseFile.Paper p : view.papers()) {
      n++;
      files.put(String.format("05-报告与意见/%02d-%s.txt", n, fileName(p.title())),
          utf8(new StringBuilder(p.title() + "\n" + p.who() + "　" + p.time() + "\n\n" + p.content() + "\n")));
    }
    StringBuilder manifest = new StringBuilder();
    files.forEach((name, bytes) -> manifest.append(sha256(bytes)).append("  ").append(name).append('\n'));
    files.put(MANIFEST, utf8(manifest));
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (var e : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(row.reference() + "/" + e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The trail as a printable HTML document; every value is escaped (user text is text). */
  static String trailDocument(CaseFile.View view) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(view.row().reference() + " 办理记录")).append("</title><style>body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2em}"
            + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left}"
            + "pre{white-space:pre-wrap;margin:0;font-family:inherit}</style></head><body>");
    h.append("<h1>").append(esc(view.row().title())).append("</h1><p>").append(esc(view.row().kindLabel() + " · 案件编号 " + view.row().reference()))
        .append("</p><h2>案件概况</h2><table>");
    view.facts().forEach(f -> h.append("<tr><th>").append(esc(f.label())).append("</th><td>").append(esc(f.value())).append("</td></tr>"));
    h.append("</table><h2>办理记录（北京时间）</h2><table><tr><th>时间</th><th>办理人</th><th>事项</th><th>内容</th></tr>");
    for (CaseFile.Entry e : view.trail()) {
      h.append("<tr><td>").append(esc(e.time())).append("</td><td>").append(esc(e.who())).append("</td><td>")
          .append(esc(e.what())).append("<br><small>").append(esc(e.process())).append("</small></td><td>");
      e.details().forEach(f -> h.append("<b>").append(esc(f.label())).append("：</b><pre>").append(esc(f.value())).append("</pre>"));
      h.append("</td></tr>");
    }
    h.append("</table></body></html>");
    return h.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String esc(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
  }

  private static byte[] utf8(CharSequence s) {
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A title as a file name: no path, control or reserved characters, at most 40 characters. */
  static String fileName(String title) {
    String clean = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    return clean.length() > 40 ? clean.substring(0, 40) : clean;
  }
}
