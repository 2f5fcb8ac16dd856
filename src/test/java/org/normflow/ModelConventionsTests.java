package org.normflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The conventions of DESIGN.md, checked on every model in bpmn/ without an engine. */
class ModelConventionsTests {

  static Stream<Path> models() throws Exception {
    return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("models")
  @DisplayName("ids are meaningful, user tasks have groups and an existing form named after them, delegates are beans")
  void conventions(Path model) throws Exception {
    BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
    for (Process process : bpmn.getModelElementsByType(Process.class)) {
      assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", process.getId()).isNotBlank();
    }
    for (BaseElement element : bpmn.getModelElementsByType(BaseElement.class)) {
      String id = element.getId();
      if (id != null && (element instanceof FlowNode || element instanceof SequenceFlow)) {
        assertThat(id).as("generated id in %s", model).doesNotMatch(".*_[0-9a-z]{7}$").matches("[A-Z][A-Za-z]+_[A-Z][A-Za-z0-9]+");
      }
    }
    Set<String> formRefs = new HashSet<>();
    for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaCandidateGroups()).as("candidateGroups of %s", task.getId()).isNotBlank();
      String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
      assertThat(formRef).as("formRef of %s", task.getId()).isNotBlank();
      assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding")).isEqualTo("deployment");
      assertThat(formRefs.add(formRef)).as("one form per user task: %s", formRef).isTrue();
      File form = new File("forms/" + formRef + ".form");
      assertThat(form).as("form of %s", task.getId()).exists();
      JsonNode json = new ObjectMapper().readTree(form);
      assertThat(json.get("id").asText()).isEqualTo(formRef);
    }
    for (ServiceTask task : bpmn.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaDelegateExpression()).as("delegateExpression of %s", task.getId()).matches("\\$\\{[a-zA-Z]+}");
      assertThat(task.getCamundaClass()).isNull();
    }
    assertThat(Files.readString(model)).doesNotContain("camunda:class=", "scriptFormat", "<bpmn:script");
  }

  @ParameterizedTest
  @MethodSource("models")
  @DisplayName("every model carries its diagram")
  void hasDiagram(Path model) throws Exception {
    assertThat(Files.readString(model)).contains("<bpmndi:BPMNDiagram");
  }

  @org.junit.jupiter.api.Test
  @DisplayName("every form is valid JSON with id equal to its file name and unique component ids")
  void forms() throws Exception {
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        JsonNode json = new ObjectMapper().readTree(form.toFile());
        assertThat(json.get("id").asText() + ".form").isEqualTo(form.getFileName().toString());
        Set<String> ids = new HashSet<>();
        for (JsonNode c : json.get("components")) {
          assertThat(ids.add(c.get("id").asText())).as("duplicate component id in %s", form).isTrue();
        }
      }
    }
  }

  @org.junit.jupiter.api.Test
  @DisplayName("every DMN decision has a historyTimeToLive")
  void decisionsHaveTimeToLive() throws Exception {
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path dmn : models.filter(p -> p.toString().endsWith(".dmn")).toList()) {
        String xml = Files.readString(dmn);
        int decisions = xml.split("<decision ", -1).length - 1;
        int withTtl = xml.split("<decision [^>]*camunda:historyTimeToLive=", -1).length - 1;
        assertThat(withTtl).as("decisions with historyTimeToLive in %s", dmn).isEqualTo(decisions).isPositive();
      }
    }
  }
}
