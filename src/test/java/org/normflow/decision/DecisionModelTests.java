package org.normflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.process.HearingVariables;
import org.normflow.process.MajorDecisionVariables;

/** Engine-free checks of the models and forms of major-decision and hearing (conventions of DESIGN.md). */
class DecisionModelTests {

  static final ObjectMapper JSON = new ObjectMapper();

  static Set<String> declared(Class<?> type) throws IllegalAccessException {
    Set<String> names = new HashSet<>();
    for (Field f : type.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        names.add((String) f.get(null));
      }
    }
    return names;
  }

  @ParameterizedTest
  @ValueSource(strings = {"major-decision", "hearing"})
  @DisplayName("every user task has its own deployed Camunda Form, a group or assignee, meaningful ids; form keys are declared variables")
  void modelsAndForms(String key) throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/" + key + ".bpmn"));
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("36500");
    Set<String> variables = declared(key.equals("hearing") ? HearingVariables.class : MajorDecisionVariables.class);
    Set<String> forms = new HashSet<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaCandidateGroups() != null || task.getCamundaAssignee() != null)
          .as(task.getId() + " has candidate groups or an assignee").isTrue();
      String formRef = task.getCamundaFormRef();
      assertThat(formRef).as(task.getId()).isNotNull();
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
      assertThat(forms.add(formRef)).as("one form per user task: " + formRef).isTrue();
      JsonNode form = JSON.readTree(new File("forms/" + formRef + ".form"));
      assertThat(form.get("id").asText()).isEqualTo(formRef);
      for (JsonNode component : form.get("components")) {
        if (component.has("key")) {
          assertThat(variables).as(formRef + " field " + component.get("key")).contains(component.get("key").asText());
        }
      }
      List<CamundaTaskListener> listeners = task.getExtensionElements() == null ? List.of()
          : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list();
      assertThat(listeners).as(task.getId() + " validates its form on the server")
          .anyMatch(l -> "complete".equals(l.getCamundaEvent()) && l.getCamundaDelegateExpression() != null);
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaDelegateExpression()).as(task.getId()).startsWith("${");
      assertThat(task.getCamundaClass()).isNull();
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if (element instanceof FlowNode || element.getElementType().getTypeName().equals("sequenceFlow")) {
        assertThat(element.getId()).as("meaningful id").doesNotMatch(".*_[0-9a-z]{7}$").matches("[A-Z][A-Za-z]+_[A-Za-z]+");
      }
    }
  }

  @Test
  @DisplayName("rule tables keep their history: every DMN decision has historyTimeToLive")
  void dmnHistory() throws Exception {
    String dmn = java.nio.file.Files.readString(new File("bpmn/major-decision-rules.dmn").toPath());
    assertThat(dmn.split("<decision ").length - 1).isEqualTo(dmn.split("camunda:historyTimeToLive=\"36500\"").length - 1);
  }
}
