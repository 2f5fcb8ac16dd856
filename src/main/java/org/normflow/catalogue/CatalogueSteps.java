package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.normflow.validation.TickedList;
import org.normflow.identity.DraftingUnits;

/** What the steps of decision-catalogue share: the year, choice lists for forms, ticked lists. */
final class CatalogueSteps {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CatalogueSteps() {}

  /** The year OpenCatalogue checked. */
  static int year(VariableScope scope) {
    return ((Number) scope.getVariable(YEAR)).intValue();
  }

  /** A choice list for a form's {@code valuesKey}: label shown, value submitted. */
  static TypedValue options(Map<String, String> valueToLabel) {
    List<Map<String, String>> values = new ArrayList<>();
    valueToLabel.forEach((value, label) -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", label);
      option.put("value", value);
      values.add(option);
    });
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(values)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The drafting units, id: name. */
  static Map<String, String> units(DraftingUnits units) {
    Map<String, String> all = new LinkedHashMap<>();
    units.getDraftingUnits().forEach(u -> all.put(u.getId(), u.getName()));
    return all;
  }

  /** The ticked values of a form's list ({@link TickedList}). */
  static Set<String> ticked(Object value) {
    return TickedList.ids(value);
  }


  /** One item as a clerk reads it: 第 3 项 标题（承办单位：X；计划完成：2026-10-31；已列入听证计划）. */
  static String line(CatalogueItem item) {
    return "第 " + item.itemNo() + " 项 " + item.title() + "（承办单位：" + item.leadUnit()
        + (item.plannedCompletion() == null ? "" : "；计划完成：" + item.plannedCompletion())
        + (item.hearingPlanned() ? "；拟举行听证" : "") + (item.adjustment() ? "；年度调整增加" : "")
        + "）：" + item.statusLabel();
  }
}
