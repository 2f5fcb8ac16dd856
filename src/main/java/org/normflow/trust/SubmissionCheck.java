package org.normflow.trust;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.normflow.validation.FormValidationException;
import org.normflow.validation.PlainText;

/**
 * A submission against the form it claims to fill: only the form's writable fields, each with a
 * value of the field's kind (a string is not a yes/no), no text longer than a variable holds.
 */
final class SubmissionCheck {

  /** The engine stores a string variable in at most 4000 characters. */
  static final int MAX_TEXT = 4000;

  private SubmissionCheck() {}

  static void verify(FormFields.Declared form, Map<String, Object> variables) {
    List<String> undeclared = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String name : variables.keySet()) {
      FormField field = form.fields().get(name);
      if (field == null) {
        undeclared.add(name);
      } else {
        String problem = problem(field, typedOrPlain(variables, name));
        if (problem != null) {
          problems.add(problem);
        }
      }
    }
    if (!undeclared.isEmpty()) {
      throw new TrustBoundaryException("“" + form.title() + "”表单中没有“" + String.join("”“", undeclared)
          + "”，不能提交表单以外的内容");
    }
    if (!problems.isEmpty()) {
      throw new FormValidationException(problems);
    }
  }

  static String problem(FormField field, Object submitted) {
    Object value = submitted instanceof TypedValue typed ? unwrap(typed) : submitted;
    if (value == null) {
      return null;
    }
    if (value == Unreadable.VALUE) {
      return "“" + field.label() + "”的数据格式不被接受";
    }
    boolean fits = switch (field.kind()) {
      case TEXT -> value instanceof String;
      case FLAG -> value instanceof Boolean;
      case NUMBER -> value instanceof Number;
      case JSON -> value instanceof SpinJsonNode || value instanceof Collection<?> || value instanceof Map<?, ?>;
    };
    if (!fits) {
      return "“" + field.label() + "”应为" + field.kind().words + "，提交的内容不是";
    }
    if (value instanceof String text) {
      if (text.length() > MAX_TEXT) {
        return "“" + field.label() + "”不能超过 " + MAX_TEXT + " 个字（现为 " + text.length() + " 个字）";
      }
      return PlainText.problem(field.label(), text);
    }
    // the texts inside a list (a dynamic list's rows, ticked values) are text as well
    return nestedText(field.label(), value, 0);
  }

  private static String nestedText(String label, Object value, int depth) {
    if (value == null || depth > 8) {
      return null;
    }
    if (value instanceof String text) {
      return PlainText.problem(label, text);
    }
    List<Object> children = new ArrayList<>();
    if (value instanceof SpinJsonNode node) {
      if (node.isString()) {
        return PlainText.problem(label, node.stringValue());
      } else if (node.isArray()) {
        children.addAll(node.elements());
      } else if (node.isObject()) {
        node.fieldNames().forEach(name -> {
          children.add(name);
          children.add(node.prop(name));
        });
      }
    } else if (value instanceof Collection<?> items) {
      children.addAll(items);
    } else if (value instanceof Map<?, ?> map) {
      children.addAll(map.keySet());
      children.addAll(map.values());
    }
    for (Object child : children) {
      String problem = nestedText(label, child, depth + 1);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /**
   * A variable map of the engine unpacks a value when it is read, and a serialized object that has not
   * been deserialized cannot be unpacked: read the typed value instead, so it can be refused.
   */
  private static Object typedOrPlain(Map<String, Object> variables, String name) {
    return variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
  }

  /** Serialized Java objects and files are never form values; their content is not even looked at. */
  private static Object unwrap(TypedValue typed) {
    String type = typed.getType() == null ? null : typed.getType().getName();
    if ("object".equals(type) || "file".equals(type) || "bytes".equals(type)) {
      return Unreadable.VALUE;
    }
    return typed.getValue();
  }

  private enum Unreadable { VALUE }
}
