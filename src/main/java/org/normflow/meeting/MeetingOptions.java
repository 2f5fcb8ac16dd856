package org.normflow.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The choices the caller of organ-meeting gives the head ({@code meetingOptions}): a JSON list of {@code
 * {"value": …, "label": …}} (Spin JSON, a JSON text, or a List of Maps), in the order offered.
 */
public final class MeetingOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MeetingOptions() {}

  /** value → label, in order; empty when the variable is no list of options. */
  public static Map<String, String> of(Object variable) {
    Map<String, String> options = new LinkedHashMap<>();
    try {
      JsonNode list;
      if (variable instanceof SpinJsonNode spin) {
        list = JSON.readTree(spin.toString());
      } else if (variable instanceof String text) {
        list = JSON.readTree(text);
      } else if (variable instanceof List<?>) {
        list = JSON.valueToTree(variable);
      } else {
        return options;
      }
      if (list == null || !list.isArray()) {
        return options;
      }
      for (JsonNode option : list) {
        String value = option.path("value").asText("");
        String label = option.path("label").asText("");
        if (!value.isBlank() && !label.isBlank()) {
          options.put(value, label);
        }
      }
    } catch (JsonProcessingException | IllegalArgumentException e) {
      options.clear();
    }
    return options;
  }

  /** Options as a caller passes them: APPROVE → 同意, … */
  public static List<Map<String, String>> list(Map<String, String> options) {
    List<Map<String, String>> list = new ArrayList<>();
    options.forEach((value, label) -> list.add(Map.of("value", value, "label", label)));
    return list;
  }

  /** The same list as Spin JSON, as a form's {@code valuesKey} reads it. */
  public static JsonValue json(List<Map<String, String>> list) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(list)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same list as Spin JSON, as a form's {@code valuesKey} reads it. */
  public static JsonValue json(Map<String, String> options) {
    List<Map<String, String>> list = new ArrayList<>();
    options.forEach((value, label) -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", label);
      option.put("value", value);
      list.add(option);
    });
    return json(list);
  }
}
