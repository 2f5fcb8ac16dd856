package org.normflow.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Issue 10: NormFlow's API answers name people, not only their login ids. Next to every field that
 * holds who did something ({@code createdBy}, {@code approvedBy}, {@code proposed_by}, {@code assignee},
 * the audit trail's {@code userId} ...) the answer carries the person's name and post from
 * {@link People}, e.g. {@code "createdBy": "drafter", "createdByName": "王明（起草科室）"}; the id stays
 * for machines. Only answers of {@code /api/} (not the public pages' API) that are JSON, and only
 * values that are known users, get a name.
 */
@ControllerAdvice
class PeopleInAnswers implements ResponseBodyAdvice<Object> {

  /** Field names that hold a user id, and the name of the field added beside them. */
  static final Pattern BY = Pattern.compile("(.+)(By|_by)");

  private final People people;
  private final ObjectMapper json;

  PeopleInAnswers(People people, ObjectMapper json) {
    this.people = people;
    this.json = json;
  }

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return MappingJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
    String path = request.getURI().getPath();
    if (body == null || !path.startsWith("/api/") || path.startsWith("/api/public")) {
      return body;
    }
    JsonNode tree = json.valueToTree(body);
    name(tree, new HashMap<>());
    return tree;
  }

  /** The field beside {@code field} that names the person, or null when the field holds no user id. */
  static String nameField(String field) {
    if (field.equals("assignee") || field.equals("owner")) {
      return field + "Name";
    }
    if (field.equals("userId")) {
      return "userName";
    }
    var by = BY.matcher(field);
    if (by.matches()) {
      return field.endsWith("_by") ? field + "_name" : field + "Name";
    }
    return null;
  }

  private void name(JsonNode node, Map<String, String> known) {
    if (node.isArray()) {
      node.forEach(child -> name(child, known));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    List<String> fields = new ArrayList<>();
    object.fieldNames().forEachRemaining(fields::add);
    for (String field : fields) {
      JsonNode value = object.get(field);
      String target = nameField(field);
      if (target != null && value.isTextual() && !object.has(target)) {
        String name = known.computeIfAbsent(value.asText(), this::nameOf);
        if (!name.isEmpty()) {
          object.put(target, name);
        }
      } else if (value.isContainerNode()) {
        name(value, known);
      }
    }
  }

  /** 王明（起草科室）for a known user; empty for anything else (a group, a text, an unknown id). */
  private String nameOf(String userId) {
    if (userId.isBlank() || userId.length() > 64 || people.name(userId).equals(userId)) {
      return "";
    }
    return people.nameAndTitle(userId);
  }
}
