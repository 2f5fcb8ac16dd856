package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.catalogue.CatalogueItem.ItemStatus;
import org.normflow.decision.DecisionRepository;
import org.normflow.decision.DecisionStage;
import org.normflow.identity.DraftingUnits;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_KeepCatalogue (complete), R-MD-01 (issue 10): the legal office either proposes an in-year
 * adjustment (add, remove or change an item, always with a reason; items and units chosen from lists)
 * for the head's approval, or closes the year with the year-end list. What the form chose is checked
 * here and kept as the pending adjustment; {@code keepChoice} (read by Gateway_KeepAction) is set here.
 * An item whose decision procedure is past its start cannot be removed from the catalogue (its own
 * procedure decides how it ends).
 */
@Component("recordCatalogueKeeping")
class RecordCatalogueKeeping implements TaskListener {

  static final List<String> ACTIONS = List.of("ADJUST", "YEAR_END");

  private final CatalogueService catalogue;
  private final DraftingUnits units;
  private final DecisionRepository decisions;

  RecordCatalogueKeeping(CatalogueService catalogue, DraftingUnits units, DecisionRepository decisions) {
    this.catalogue = catalogue;
    this.units = units;
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String action = check.oneOf(KEEP_ACTION, "办理事项", ACTIONS);
    check.verify();
    task.setVariable(KEEP_CHOICE, action);
    if ("YEAR_END".equals(action)) {
      return;
    }
    int year = CatalogueSteps.year(task);
    String kind = check.oneOf(ADJUSTMENT_KIND, "调整方式", List.copyOf(CatalogueService.ADJUSTMENT_KINDS.keySet()));
    String reason = check.text(ADJUSTMENT_REASON, "调整理由", 2000);
    check.verify();
    Map<String, String> unitNames = CatalogueSteps.units(units);
    CatalogueItem item = null;
    if (!"ADD".equals(kind)) {
      String itemText = check.text(ADJUSTED_ITEM, "调整的事项", 20);
      check.verify();
      item = catalogue.items(year).stream().filter(i -> Long.toString(i.id()).equals(itemText)).findFirst().orElse(null);
      check.require(item != null && item.status() != ItemStatus.REMOVED && item.status().inCatalogue(),
          "所选事项不在本年度目录之中");
      check.verify();
    }
    String title = check.optionalText(ADJUSTED_TITLE);
    String unit = check.optionalText(ADJUSTED_UNIT);
    LocalDate completion = check.optionalDate(ADJUSTED_COMPLETION, "计划完成时间");
    check.require(title == null || title.length() <= 500, "“决策事项名称”不能超过 500 个字");
    check.require(unit == null || unitNames.containsKey(unit), "所选承办单位不在起草单位名单中");
    check.require(completion == null || completion.getYear() == year, "“计划完成时间”应在 " + year + " 年内");
    switch (kind) {
      case "ADD" -> {
        check.require(title != null, "增加事项：请填写“决策事项名称”");
        check.require(unit != null, "增加事项：请选择承办单位");
        // issue 24 point 9, R-MD-01: a matter already in the catalogue is not added again
        catalogue.sameMatter(year, title).ifPresent(same -> check.require(false, "事项“" + title + "”已列入 " + year
            + " 年度目录（第 " + same.itemNo() + " 项，" + same.statusLabel() + "），不能重复增加"));
      }
      case "CHANGE" -> check.require(title != null || unit != null || completion != null,
          "变更事项：请填写变更后的名称、承办单位或计划完成时间");
      default -> {
        boolean notStarted = item.status() == ItemStatus.PLANNED || (item.decisionId() != null
            && decisions.find(item.decisionId()).map(d -> d.stage() == DecisionStage.PROPOSED).orElse(true));
        check.require(notStarted, "事项“" + item.title() + "”的决策程序已经启动办理，不能调出目录；请按决策程序办理");
      }
    }
    check.verify();
    String words = CatalogueService.ADJUSTMENT_KINDS.get(kind) + "："
        + (item == null ? "" : "第 " + item.itemNo() + " 项 " + item.title())
        + (title == null ? "" : (item == null ? "" : "，名称改为") + "“" + title + "”")
        + (unit == null ? "" : "，承办单位：" + unitNames.get(unit))
        + (completion == null ? "" : "，计划完成：" + completion)
        + "\n调整理由：" + reason;
    task.setVariable(ADJUSTMENT_SUMMARY, words);
    task.setVariable(PENDING_KIND, kind);
    task.setVariable(PENDING_ITEM, item == null ? null : item.id());
    task.setVariable(PENDING_TITLE, title);
    task.setVariable(PENDING_UNIT, unit);
    task.setVariable(PENDING_COMPLETION, completion == null ? null : completion.toString());
    task.setVariable(PENDING_REASON, reason);
    task.setVariable(PENDING_PROPOSED_BY, Actors.of(task));
  }
}
