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

/** The register as the legal office files it: XLSX (Apache POI) and CSV, with Chinese headings. */
final class RegisterExport {

  static final String[] HEADINGS = {"案件编号", "类型", "文号", "标题", "起草科室", "制定机关（承办单位）", "年度", "阶段",
      "办理超期", "超期情况", "逾期备案", "备案情况", "登记时间（北京时间）"};

  private RegisterExport() {}

  static String[] cells(CaseRegister.CaseRow r) {
    return new String[] {r.reference(), r.kindLabel(), r.number() == null ? "" : r.number(), r.title(), r.unitName(),
        r.issuingUnit() == null ? "" : r.issuingUnit(), String.valueOf(r.year()), r.stageLabel(), r.overdue() ? "是" : "否",
        r.overdueNote() == null ? "" : r.overdueNote(), r.late() ? "是" : "否", r.lateNote() == null ? "" : r.lateNote(),
        r.registeredAt()};
  }

  static String csv(List<CaseRegister.CaseRow> rows) {
    StringBuilder out = new StringBuilder("\uFEFF"); // the BOM makes spreadsheet programs read UTF-8
    out.append(Csv.row(HEADINGS));
    rows.forEach(r -> out.append(Csv.row(cells(r))));
    return out.toString();
  }

  static byte[] xlsx(List<CaseRegister.CaseRow> rows, String title) {
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
      for (CaseRegister.CaseRow r : rows) {
        Row row = sheet.createRow(n++);
        String[] cells = cells(r);
        for (int i = 0; i < cells.length; i++) {
          if (i == 6) {
            row.createCell(i).setCellValue(r.year());
          } else {
            // setCellValue(String) stores text, never a formula
            row.createCell(i).setCellValue(cells[i]);
          }
        }
      }
      int[] widths = {14, 14, 24, 40, 16, 20, 8, 14, 10, 40, 10, 30, 26};
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
