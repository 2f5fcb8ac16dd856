package org.normflow.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The values a clerk ticked in a form's list (form-js checklist or taglist): Tasklist submits them as a
 * JSON array, Java callers as a list. Only short, non-blank texts are values; anything else is no list.
 */
public final class TickedList {

  static final int MAX_VALUE = 64;

  private TickedList() {}

  /** The ticked values in order, empty when nothing was submitted, null when the value is not a list of ids. */
  public static Set<String> ids(Object value) {
    Set<String> ids = new LinkedHashSet<>();
    if (value == null) {
      return ids;
    }
    List<Object> elements = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(e -> elements.add(e.isString() ? e.stringValue() : e));
    } else if (value instanceof Collection<?> list) {
      elements.addAll(list);
    } else {
      return null;
    }
    for (Object element : elements) {
      if (!(element instanceof String id) || id.isBlank() || id.length() > MAX_VALUE) {
        return null;
      }
      ids.add(id);
    }
    return ids;
  }
}
