package org.normflow.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.normflow.trust.FormField.Kind;

/**
 * The fields a deployed Camunda Form lets a clerk write: every component with a {@code key} that is
 * an input and not {@code disabled} (form-js never submits disabled fields; they only display a value).
 * Forms are immutable once deployed, so the result is cached by form definition id.
 */
final class FormFields {

  /** A form's title and its writable fields by variable name. */
  record Declared(String title, Map<String, FormField> fields) {
    static final Declared NONE = new Declared("（无表单）", Map.of());
  }

  private static final Map<String, Kind> INPUTS = Map.ofEntries(
      Map.entry("textfield", Kind.TEXT),
      Map.entry("textarea", Kind.TEXT),
      Map.entry("select", Kind.TEXT),
      Map.entry("radio", Kind.TEXT),
      Map.entry("datetime", Kind.TEXT),
      Map.entry("checkbox", Kind.FLAG),
      Map.entry("number", Kind.NUMBER),
      Map.entry("checklist", Kind.JSON),
      Map.entry("taglist", Kind.JSON),
      Map.entry("dynamiclist", Kind.JSON));

  private static final Set<String> CONTAINERS = Set.of("default", "group", "dynamiclist");

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Declared> cache = new ConcurrentHashMap<>();
  private final Map<String, Declared> byDeployment = new ConcurrentHashMap<>();

  /** The fields of the Camunda Form a task or start event references, resolved in its deployment. */
  Declared of(FormDefinition form, String deploymentId, CommandContext context) {
    if (form == null || form.getCamundaFormDefinitionKey() == null) {
      return Declared.NONE;
    }
    String key = form.getCamundaFormDefinitionKey().getExpressionText();
    // a deployment never changes: its form for a key is looked up once (every start and completion
    // asks, and the lookup was one query each, issue 16)
    Declared deployed = byDeployment.get(deploymentId + "\n" + key);
    if (deployed != null) {
      return deployed;
    }
    CamundaFormDefinitionEntity definition =
        context.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(deploymentId, key);
    boolean inDeployment = definition != null;
    if (definition == null) {
      definition = context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key);
    }
    if (definition == null) {
      return Declared.NONE;
    }
    CamundaFormDefinitionEntity found = definition;
    Declared fields = cache.computeIfAbsent(found.getId(), id -> parse(context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(found.getDeploymentId(), found.getResourceName())));
    if (inDeployment) {
      byDeployment.put(deploymentId + "\n" + key, fields);
    }
    return fields;
  }

  Declared parse(ResourceEntity resource) {
    try {
      return parse(json.readTree(resource.getBytes()));
    } catch (IOException e) {
      throw new IllegalStateException("form " + resource.getName() + " is not JSON", e);
    }
  }

  static Declared parse(JsonNode form) {
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(form, fields);
    return new Declared(form.path("title").asText(form.path("id").asText()), Map.copyOf(fields));
  }

  private static void collect(JsonNode component, Map<String, FormField> fields) {
    String type = component.path("type").asText();
    boolean disabled = component.path("disabled").asBoolean(false);
    String key = component.path("key").asText(component.path("path").asText(""));
    // a group with a path submits its children as one object under that name
    Kind kind = "group".equals(type) && !key.isEmpty() ? Kind.JSON : INPUTS.get(type);
    if (kind != null && !key.isEmpty() && !disabled) {
      fields.put(key, new FormField(key, component.path("label").asText(key), kind));
    }
    if (CONTAINERS.contains(type) && kind == null) {
      for (JsonNode child : component.path("components")) {
        collect(child, fields);
      }
    }
  }
}
