package org.normflow.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The report paragraphs of a confirmed year as a Word document (DOCX, Apache POI XWPF, issue 23 point 5): a
 * title, the five paragraphs under their headings (一、规范性文件 …), the figures table (指标/数值/单位, amended
 * figures with their amended value), the amendments made, and who confirmed the figures when. Set in the fonts
 * of official documents (headings 黑体, text 仿宋) so that an office pastes the text, not retypes it.
 */
final class ReportDocx {

  private static final String[] NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  private static final String TEXT_FONT = "仿宋";
  private static final String HEADING_FONT = "黑体";
  static final String HEADING_STYLE = "Heading1";

  private ReportDocx() {}

  static byte[] of(AnnualYear.View view, List<ReportParagraphs.Paragraph> paragraphs) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      headingStyle(doc);
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      run(title, view.year() + "年度法治政府建设年度报告（规范性文件与重大行政决策部分）", HEADING_FONT, 18, true);
      XWPFParagraph intro = doc.createParagraph();
      run(intro, "以下段落依据" + view.year() + "年度经确认的统计数据生成，可直接用于年度报告相应部分。", TEXT_FONT, 12, false);

      for (int i = 0; i < paragraphs.size(); i++) {
        ReportParagraphs.Paragraph p = paragraphs.get(i);
        heading(doc, NUMBERS[i] + "、" + p.heading());
        XWPFParagraph body = doc.createParagraph();
        body.setFirstLineIndent(640);
        body.setSpacingAfter(120);
        run(body, p.text(), TEXT_FONT, 16, false);
      }

      heading(doc, NUMBERS[paragraphs.size()] + "、统计数据");
      XWPFTable table = doc.createTable(1, 3);
      table.setWidth("100%");
      cell(table.getRow(0), 0, "指标", true);
      cell(table.getRow(0), 1, "数值", true);
      cell(table.getRow(0), 2, "单位", true);
      for (AnnualYear.Section s : view.sections()) {
        XWPFTableRow group = table.createRow();
        cell(group, 0, s.title(), true);
        cell(group, 1, "", false);
        cell(group, 2, "", false);
        for (AnnualYear.Figure f : s.figures()) {
          XWPFTableRow row = table.createRow();
          cell(row, 0, f.label().strip() + (f.amendment() == null ? "" : "（已更正，原为" + f.amendment().originalValue() + "）"), false);
          cell(row, 1, AnnualYear.text(f.value()), false);
          cell(row, 2, f.unit(), false);
        }
      }

      if (!view.amendments().isEmpty()) {
        XWPFParagraph head = doc.createParagraph();
        head.setSpacingBefore(200);
        run(head, "更正记录：", TEXT_FONT, 12, true);
        for (AnnualYear.AmendmentRow a : view.amendments()) {
          XWPFParagraph line = doc.createParagraph();
          run(line, a.label() + "：由 " + (a.previousValue() == null ? "—" : a.previousValue()) + " 更正为 " + a.newValue()
              + a.unit() + "；理由：" + a.reason() + "；" + a.amendedBy() + "，" + a.amendedAt(), TEXT_FONT, 12, false);
        }
      }

      XWPFParagraph confirmed = doc.createParagraph();
      confirmed.setSpacingBefore(200);
      AnnualYear.Confirmation c = view.confirmation();
      run(confirmed, "以上数据已于" + chineseDate(c.confirmedOn()) + "由" + c.confirmedBy() + "确认"
          + (view.amendments().isEmpty() ? "。" : "，其后的更正见更正记录。"), TEXT_FONT, 12, false);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 2026-01-05 as 2026年1月5日. */
  static String chineseDate(String isoDay) {
    String[] p = isoDay.split("-");
    return p[0] + "年" + Integer.parseInt(p[1]) + "月" + Integer.parseInt(p[2]) + "日";
  }

  /** Word's own 标题 1 style (outline level 1), so the headings show in the navigation pane and the outline. */
  private static void headingStyle(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(HEADING_STYLE);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal("heading 1");
    style.addNewQFormat();
    style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
    styles.addStyle(new XWPFStyle(style));
  }

  private static void heading(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(HEADING_STYLE);
    p.setSpacingBefore(240);
    p.setSpacingAfter(120);
    p.setKeepNext(true);
    run(p, text, HEADING_FONT, 16, true);
  }

  private static void cell(XWPFTableRow row, int index, String text, boolean bold) {
    XWPFParagraph p = row.getCell(index).getParagraphs().get(0);
    run(p, text, bold ? HEADING_FONT : TEXT_FONT, 11, bold);
  }

  private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setFontFamily(font);
    r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    r.setFontSize(size);
    r.setBold(bold);
  }
}
