package org.normflow.head;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.ModelTasks;
import org.normflow.process.HeadAuthorizationVariables;

/**
 * R-ND-14: the head's acts are one list ({@link HeadAct.Kind}), derived from the models. Every head task of every
 * model (assigned with {@code ${headOfOrganisation.assigneeFor(execution)}}) declares which act it is, so an
 * authorization hands over exactly the acts it names; the authorization form offers exactly that list. A head
 * task added without its {@code headAct} property fails here, naming it.
 */
class HeadActListTests {

  static final String HEAD_ASSIGNEE = "${headOfOrganisation.assigneeFor(execution)}";

  /** Every head task of every model, as process/task, with the act it declares (null when none). */
  static Map<String, HeadAct.Kind> headTasks() {
    Map<String, HeadAct.Kind> tasks = new LinkedHashMap<>();
    for (BpmnModelInstance model : ModelTasks.models()) {
      String key = model.getModelElementsByType(Process.class).iterator().next().getId();
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (HEAD_ASSIGNEE.equals(task.getCamundaAssignee())) {
          tasks.put(key + "/" + task.getId(), HeadOfOrganisation.declaredAct(task).orElse(null));
        }
      }
    }
    return tasks;
  }

  @Test
  @DisplayName("R-ND-14 every head task of every model declares the head's act it is (camunda:property headAct), one of HeadAct.Kind")
  void everyHeadTaskDeclaresItsAct() {
    Map<String, HeadAct.Kind> tasks = headTasks();
    assertThat(tasks).as("the models have head tasks").hasSizeGreaterThanOrEqualTo(11);
    List<String> undeclared = tasks.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
    assertThat(undeclared).as("head tasks without a valid headAct property (add the act to HeadAct.Kind, the model and "
        + "forms/head-authorization-start.form)").isEmpty();
    System.out.println("HeadActListTests: " + tasks.size() + " head tasks: " + tasks);
  }

  @Test
  @DisplayName("R-ND-14 the act list is the models' list: every act of HeadAct.Kind is some head task's act")
  void everyActIsAHeadTask() {
    Set<HeadAct.Kind> used = EnumSet.noneOf(HeadAct.Kind.class);
    headTasks().values().stream().filter(k -> k != null).forEach(used::add);
    assertThat(used).containsExactlyInAnyOrder(HeadAct.Kind.values());
  }

  @Test
  @DisplayName("R-ND-14 every head task is kept assigned (update listener keepHeadTaskAssigned): it is offered to no group")
  void everyHeadTaskIsKeptAssigned() {
    List<String> missing = new ArrayList<>();
    for (BpmnModelInstance model : ModelTasks.models()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (HEAD_ASSIGNEE.equals(task.getCamundaAssignee())) {
          boolean kept = task.getExtensionElements() != null && task.getExtensionElements().getElementsQuery()
              .filterByType(CamundaTaskListener.class).list().stream()
              .anyMatch(l -> "update".equals(l.getCamundaEvent()) && "${keepHeadTaskAssigned}".equals(l.getCamundaDelegateExpression()));
          if (!kept || task.getCamundaCandidateGroups() != null) {
            missing.add(task.getId());
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  @DisplayName("R-ND-14 the authorization form offers exactly the head's acts, in their order, with their labels; the field is required")
  void formOffersExactlyTheActs() throws Exception {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/head-authorization-start.form").toFile());
    List<String> values = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    boolean required = false;
    for (JsonNode component : form.path("components")) {
      if (HeadAuthorizationVariables.HEAD_ACTS.equals(component.path("key").asText())) {
        assertThat(component.path("type").asText()).isEqualTo("checklist");
        required = component.path("validate").path("required").asBoolean();
        component.path("values").forEach(v -> {
          values.add(v.path("value").asText());
          labels.add(v.path("label").asText());
        });
      }
    }
    assertThat(required).isTrue();
    assertThat(values).containsExactlyElementsOf(Arrays.stream(HeadAct.Kind.values()).map(Enum::name).toList());
    assertThat(labels).containsExactlyElementsOf(Arrays.stream(HeadAct.Kind.values()).map(HeadAct.Kind::label).toList());
  }
}
