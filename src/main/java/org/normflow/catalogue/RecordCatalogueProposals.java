package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.identity.DraftingUnits;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ProposeItems (complete), R-MD-01 (issue 10): one drafting unit's proposals for the year's
 * catalogue, one row per item (rows of the form, no delimited text): the matter, the planned
 * completion, whether a hearing is planned, the reason. A unit with nothing to propose says so. The
 * unit is the task's own (the multi-instance element, set by the model), never a form value; the
 * proposals go to the registry and leave the case variables, so the next unit's form starts empty.
 */
@Component("recordCatalogueProposals")
class RecordCatalogueProposals implements TaskListener {

  static final int MAX_ROWS = 50;

  private final CatalogueService catalogue;
  private final DraftingUnits units;

  RecordCatalogueProposals(CatalogueService catalogue, DraftingUnits units) {
    this.catalogue = catalogue;
    this.units = units;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    boolean none = check.flag(NO_PROPOSAL);
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    for (int i = 1; i <= PROPOSAL_ROWS; i++) {
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      row.put(PROPOSAL_TITLE, task.getVariable("proposal" + i + "Title"));
      row.put(PROPOSAL_COMPLETION, task.getVariable("proposal" + i + "Completion"));
      row.put(PROPOSAL_HEARING, task.getVariable("proposal" + i + "Hearing"));
      row.put(PROPOSAL_REASON, task.getVariable("proposal" + i + "Reason"));
      rows.add(row);
    }
    if (rows != null) {
      // the form offers one empty row to start with: rows left wholly empty are not proposals
      rows = rows.stream().filter(r -> r.values().stream()
          .anyMatch(v -> v != null && !Boolean.FALSE.equals(v) && !(v instanceof String s && s.isBlank()))).toList();
    }
    int year = CatalogueSteps.year(task);
    if (rows != null) {
      check.require(none || !rows.isEmpty(), "请至少填写一项建议，或勾选“本单位本年度没有建议事项”");
      check.require(!none || rows.isEmpty(), "已勾选“本单位本年度没有建议事项”，请删除填写的事项");
      check.require(rows.size() <= MAX_ROWS, "每个单位最多建议 " + MAX_ROWS + " 项");
      int n = 0;
      for (Map<String, Object> row : rows) {
        n++;
        String title = text(row.get(PROPOSAL_TITLE));
        check.require(title != null, "第 " + n + " 项：请填写“决策事项名称”");
        check.require(title == null || title.length() <= 500, "第 " + n + " 项：“决策事项名称”不能超过 500 个字");
        String reason = text(row.get(PROPOSAL_REASON));
        check.require(reason == null || reason.length() <= 2000, "第 " + n + " 项：“建议理由”不能超过 2000 个字");
        LocalDate completion = date(row.get(PROPOSAL_COMPLETION));
        check.require(row.get(PROPOSAL_COMPLETION) == null || text(row.get(PROPOSAL_COMPLETION)) == null
            || completion != null, "第 " + n + " 项：“计划完成时间”请按 yyyy-mm-dd 填写");
        check.require(completion == null || completion.getYear() == year,
            "第 " + n + " 项：“计划完成时间”应在 " + year + " 年内");
        Object hearing = row.get(PROPOSAL_HEARING);
        check.require(hearing == null || hearing instanceof Boolean, "第 " + n + " 项：“拟举行听证”格式不正确");
      }
    }
    check.verify();
    String unit = (String) task.getVariable(PROPOSING_UNIT);
    String unitName = CatalogueSteps.units(units).getOrDefault(unit, unit);
    for (Map<String, Object> row : rows) {
      catalogue.propose(year, unit, unitName, text(row.get(PROPOSAL_TITLE)), date(row.get(PROPOSAL_COMPLETION)),
          Boolean.TRUE.equals(row.get(PROPOSAL_HEARING)), text(row.get(PROPOSAL_REASON)), Actors.of(task));
    }
    catalogue.recordEvent(year, "PROPOSED", unitName + (rows.isEmpty() ? "：本年度没有建议事项" : "：建议 " + rows.size() + " 项"),
        Actors.of(task));
    for (int i = 1; i <= PROPOSAL_ROWS; i++) {
      for (String part : List.of("Title", "Completion", "Hearing", "Reason")) {
        task.removeVariable("proposal" + i + part);
      }
    }
    task.removeVariable(NO_PROPOSAL);
  }

  static String text(Object value) {
    return value instanceof String s && !s.isBlank() ? s.strip() : null;
  }

  static LocalDate date(Object value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
