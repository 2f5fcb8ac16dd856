package org.normflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Chinese labels of the fields a clerk writes, read from the Camunda Forms themselves, so the trail
 * says 审查意见 where the engine stores {@code legalityOpinion}, and 合法 where it stores {@code LAWFUL}.
 */
@Component
class FormLabels {

  /** A writable field of a form: its label and, for selects and radios, value → label. */
  record Field(String label, Map<String, String> options) {}

  private final Map<String, Map<String, Field>> forms = new HashMap<>();
  private final Map<String, String> formByTask = new ConcurrentHashMap<>();
  private final RepositoryService repository;
  private final Unchecked unchecked;

  FormLabels(RepositoryService repository, Unchecked unchecked, ObjectMapper json) throws IOException {
    this.repository = repository;
    this.unchecked = unchecked;
    for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      try (InputStream in = r.getInputStream()) {
        JsonNode form = json.readTree(in);
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(form.path("components"), fields);
        forms.put(form.path("id").asText(), fields);
      }
    }
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode c : components) {
      if (c.has("components")) {
        collect(c.path("components"), fields);
      }
      if (!c.hasNonNull("key") || c.path("disabled").asBoolean(false) || !c.hasNonNull("label")) {
        continue;
      }
      Map<String, String> options = new LinkedHashMap<>();
      for (JsonNode v : c.path("values")) {
        options.put(v.path("value").asText(), v.path("label").asText());
      }
      fields.putIfAbsent(c.path("key").asText(), new Field(c.path("label").asText(), options));
    }
  }

  /** The writable fields of the form a user task of a process definition shows (empty when it has none). */
  Map<String, Field> fieldsOf(String processDefinitionId, String taskDefinitionKey) {
    String form = formByTask.computeIfAbsent(processDefinitionId + "\u0000" + taskDefinitionKey, k -> {
      BpmnModelInstance model = unchecked.read(() -> repository.getBpmnModelInstance(processDefinitionId));
      UserTask task = model == null ? null : model.getModelElementById(taskDefinitionKey);
      String ref = task == null ? null : task.getCamundaFormRef();
      return ref == null ? "" : ref;
    });
    return forms.getOrDefault(form, Map.of());
  }

  /** The start form's fields of a process definition (its start event's formRef). */
  Map<String, Field> startFields(String processDefinitionId) {
    String form = formByTask.computeIfAbsent(processDefinitionId + "\u0000<start>", k -> {
      BpmnModelInstance model = unchecked.read(() -> repository.getBpmnModelInstance(processDefinitionId));
      if (model == null) {
        return "";
      }
      return model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class).stream()
          .map(org.camunda.bpm.model.bpmn.instance.StartEvent::getCamundaFormRef).filter(java.util.Objects::nonNull)
          .findFirst().orElse("");
    });
    return forms.getOrDefault(form, Map.of());
  }

  /** Codes rule tables and system steps produce, in words. */
  static final Map<String, String> CODES = Map.ofEntries(
      Map.entry("WORKING_DAYS", "工作日"), Map.entry("CALENDAR_DAYS", "自然日"), Map.entry("DAYS", "日"),
      Map.entry("LAWFUL", "合法"), Map.entry("LAWFUL_AFTER_AMENDMENT", "修改后合法"), Map.entry("MISSING_PROCEDURE", "程序缺失"),
      Map.entry("UNLAWFUL", "不合法"), Map.entry("NO_CLEAR_PROVISION", "国家尚无明确规定"), Map.entry("HIGH", "高"),
      Map.entry("MEDIUM", "中"), Map.entry("LOW", "低"), Map.entry("REQUIRED", "必须"), Map.entry("OPTIONAL", "可选"),
      Map.entry("NOT_REQUIRED", "不需要"), Map.entry("APPROVE", "同意"), Map.entry("REJECT", "不同意"), Map.entry("DEFER", "暂缓"),
      Map.entry("APPROVED", "通过"), Map.entry("REJECTED", "不予通过"), Map.entry("ORDINARY", "一般程序"),
      Map.entry("MAJOR_DECISION", "重大行政决策程序"), Map.entry("DOCUMENT", "行政规范性文件"), Map.entry("DECISION", "重大行政决策"));

  /** A value as a reader reads it: option labels for codes, 是/否 for ticks, dates as dates. */
  static String show(Field field, Object value) {
    if (value == null) {
      return "（空）";
    }
    if (value instanceof Boolean b) {
      return b ? "是" : "否";
    }
    if (value instanceof java.util.Date d) {
      return AuditTime.time(d);
    }
    String text = String.valueOf(value);
    if (field != null && field.options().containsKey(text)) {
      return field.options().get(text);
    }
    if (field == null && text.matches("[A-Z][A-Z_]+")) {
      // a code from a rule table or a system step: its Chinese name, never the code
      return CODES.getOrDefault(text, "（其他）");
    }
    return text;
  }
}
