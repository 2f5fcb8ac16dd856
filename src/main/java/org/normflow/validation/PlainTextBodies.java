package org.normflow.validation;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * R-C-06 text stays text on NormFlow's own API as in forms: every text of a JSON body NormFlow reads (a
 * withdrawal's reason, a moderation note, a public comment) is checked by
 * {@link PlainText} before the controller sees it; NUL, other control characters, zero-width characters,
 * bidirectional controls, the byte-order mark and half characters are refused with 400 naming the field.
 */
@ControllerAdvice(basePackages = "org.normflow")
class PlainTextBodies extends RequestBodyAdviceAdapter {

  /** Chinese names of the text fields of NormFlow's request bodies. */
  static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("title", "标题"), Map.entry("reason", "理由"), Map.entry("note", "说明"),
      Map.entry("leadUnit", "牵头单位"), Map.entry("adjustmentReason", "调整理由"),
      Map.entry("plannedCompletion", "计划完成时间"), Map.entry("name", "姓名"), Map.entry("phone", "联系电话"),
      Map.entry("email", "电子邮箱"), Map.entry("text", "意见内容"), Map.entry("clause", "涉及条款"),
      Map.entry("token", "表单令牌"), Map.entry("status", "状态"));

  @Override
  public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
    return true;
  }

  @Override
  public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converter) {
    List<String> problems = new ArrayList<>();
    check(null, body, problems, 0);
    if (!problems.isEmpty()) {
      throw new FormValidationException(problems);
    }
    return body;
  }

  private static void check(String name, Object value, List<String> problems, int depth) {
    if (value == null || depth > 4) {
      return;
    }
    if (value instanceof String text) {
      String problem = PlainText.problem(LABELS.getOrDefault(name, "提交的内容"), text);
      if (problem != null && !problems.contains(problem)) {
        problems.add(problem);
      }
    } else if (value instanceof Collection<?> items) {
      items.forEach(item -> check(name, item, problems, depth + 1));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> check(String.valueOf(k), v, problems, depth + 1));
    } else if (value instanceof Record record) {
      for (var component : record.getClass().getRecordComponents()) {
        try {
          component.getAccessor().setAccessible(true);
          check(component.getName(), component.getAccessor().invoke(record), problems, depth + 1);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
