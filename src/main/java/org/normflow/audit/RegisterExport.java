package org.normflow.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The filtered register as the legal office files it: XLSX (Apache POI) and CSV, with the page's columns
 * and Chinese headings. Every cell but the year is text, never a formula, whatever a title starts with.
 */
final class RegisterExport {

  static final String[] HEADINGS = {"案件编号", "类型", "文号", "标题", "起草科室", "制定机关（承办单位）", "年度", "阶段",
      "公布日期", "施行日期", "合法性审核结论", "合法性审核日期", "公平竞争审查结论", "备案期限", "备案日期", "逾期备案", "备案情况",
      "清理结果", "清理日期", "未经合法性审核即公布", "办理超期", "超期情况", "登记时间（北京时间）"};
  private static final int YEAR_COLUMN = 6;

  private RegisterExport() {}

  static String[] cells(RegisterPage.Row r) {
    return new String[] {r.reference(), r.kindLabel(), text(r.number()), r.title(), r.unitName(), text(r.issuingUnit()),
        String.valueOf(r.year()), r.stageLabel(), text(r.publishedOn()), text(r.effectiveOn()), text(r.legalityOutcomeLabel()),
        text(r.legalityReviewedOn()), text(r.fcrLabel()), text(r.filingDue()), text(r.filedOn()), r.late() ? "是" : "否",
        text(r.lateNote()), text(r.cleanupLabel()), text(r.cleanupAt()), r.withoutReview() ? "是" : "否",
        r.overdue() ? "是" : "否", text(r.overdueNote()), r.registeredAt()};
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  static String csv(List<RegisterPage.Row> rows) {
    StringBuilder out = new StringBuilder("\uFEFF"); // the BOM makes spreadsheet programs read UTF-8
    out.append(Csv.row(HEADINGS));
    rows.forEach(r -> out.append(Csv.row(cells(r))));
    return out.toString();
  }

  static byte[] xlsx(List<RegisterPage.Row> rows, String title) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("案件台账");
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle heading = book.createCellStyle();
      heading.setFont(bold);
      Row titleRow = sheet.createRow(0);
      titleRow.createCell(0).setCellValue(title);
      titleRow.getCell(0).setCellStyle(heading);
      Row head = sheet.createRow(1);
      for (int i = 0; i < HEADINGS.length; i++) {
        head.createCell(i).setCellValue(HEADINGS[i]);
        head.getCell(i).setCellStyle(heading);
      }
      int n = 2;
      for (RegisterPage.Row r : rows) {
        Row row = sheet.createRow(n++);
        String[] cells = cells(r);
        for (int i = 0; i < cells.length; i++) {
          if (i == YEAR_COLUMN) {
            row.createCell(i).setCellValue(r.year());
          } else {
            // setCellValue(String) stores text, never a formula
            row.createCell(i).setCellValue(cells[i]);
          }
        }
      }
      int[] widths = {14, 14, 24, 40, 16, 20, 8, 14, 12, 12, 16, 14, 16, 12, 12, 10, 30, 12, 12, 12, 10, 40, 26};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      sheet.createFreezePane(0, 2);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
