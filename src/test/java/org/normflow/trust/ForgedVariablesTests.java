package org.normflow.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.Clerks;
import org.normflow.ModelTasks;
import org.normflow.ModelTasks.ModelTask;
import org.normflow.NormFlowSpringTest;
import org.normflow.validation.FormValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * R-C-06, generated over every user task of every model in {@code bpmn/}: for every variable that any
 * expression of any model reads (gateway conditions, assignments, candidates, due dates, timers,
 * multi-instance collections, called-process inputs and outputs, DMN inputs), a clerk who may work
 * the task tries to set it from that task when its form does not declare it, by the three ways the
 * engine offers (complete, submit-form, set variable). Each try must be refused and change nothing.
 * Every writable field of every form must also refuse a value of the wrong type.
 */
@NormFlowSpringTest
class ForgedVariablesTests {

  static final Path MODELS = ModelTasks.MODELS;
  static final Path FORMS = Path.of("forms");
  static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)");
  static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt",
      "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task", "if", "then", "else");
  static final String FORGED = "伪造";

  @Autowired ProcessEngine engine;
  @Autowired ApplicationContext beans;

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  @DisplayName("R-C-06 no user task of any model lets a clerk set a variable a model reads unless its form declares it")
  void everyTaskRefusesEveryUndeclaredVariableTheModelsRead() {
    Set<String> read = variablesTheModelsRead();
    assertThat(read).as("variables read by the models").contains("legalityOutcome", "fcrNeeded", "decisionId");
    int pairs = 0;
    List<String> failures = new ArrayList<>();
    for (ModelTask modelTask : ModelTasks.userTasks()) {
      Set<String> writable = writableFields(modelTask.formId());
      Task task = instantiate(modelTask);
      String clerk = Clerks.clerkFor(engine, task);
      for (String variable : read) {
        if (writable.contains(variable)) {
          continue;
        }
        pairs++;
        Object before = engine.getRuntimeService().getVariable(task.getExecutionId(), variable);
        tryForging(modelTask, task, clerk, variable, failures);
        Object after = engine.getRuntimeService().getVariable(task.getExecutionId(), variable);
        if (!Objects.equals(before, after)) {
          failures.add(modelTask + " " + variable + " changed from " + before + " to " + after);
        }
      }
      assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
          .as("%s still open after every forgery", modelTask).isOne();
      engine.getRuntimeService().deleteProcessInstance(task.getProcessInstanceId(), "test");
    }
    System.out.println("ForgedVariablesTests: " + ModelTasks.userTasks().size() + " user tasks x " + read.size()
        + " variables read by the models = " + pairs + " (task, variable) pairs tried, 3 ways each");
    assertThat(failures).as("forgeries that were not refused").isEmpty();
    assertThat(pairs).isGreaterThan(1000);
  }

  @Test
  @DisplayName("R-C-06 every writable field of every task form refuses a value of the wrong type (a string is not a yes/no)")
  void everyFieldIsStrictlyTyped() {
    List<String> failures = new ArrayList<>();
    int fields = 0;
    for (ModelTask modelTask : ModelTasks.userTasks()) {
      Map<String, FormField> writable = formFields(modelTask.formId());
      if (writable.isEmpty()) {
        continue;
      }
      Task task = instantiate(modelTask);
      String clerk = Clerks.clerkFor(engine, task);
      for (FormField field : writable.values()) {
        fields++;
        Object wrong = field.kind() == FormField.Kind.TEXT ? (Object) Boolean.TRUE : "yes";
        try {
          Clerks.as(engine, clerk, () -> engine.getTaskService().complete(task.getId(), Map.of(field.key(), wrong)));
          failures.add(modelTask + " accepted " + field.key() + " = " + wrong);
        } catch (FormValidationException expected) {
          if (!expected.getMessage().contains(field.label())) {
            failures.add(modelTask + " " + field.key() + ": message does not name the field: " + expected.getMessage());
          }
        }
      }
      String tooLong = "长".repeat(SubmissionCheck.MAX_TEXT + 1);
      writable.values().stream().filter(f -> f.kind() == FormField.Kind.TEXT).findFirst().ifPresent(text ->
          assertThatThrownBy(() -> Clerks.as(engine, clerk,
              () -> engine.getTaskService().complete(task.getId(), Map.of(text.key(), tooLong))))
              .as("%s %s longer than a variable holds", modelTask, text.key())
              .isInstanceOf(FormValidationException.class).hasMessageContaining("不能超过 4000 个字"));
      engine.getRuntimeService().deleteProcessInstance(task.getProcessInstanceId(), "test");
    }
    System.out.println("ForgedVariablesTests: " + fields + " writable form fields refused a wrong type");
    assertThat(failures).isEmpty();
  }

  @Test
  @DisplayName("R-C-06 no start form lets a clerk, nor an administrator, start a case with a variable the models read unless the form declares it")
  void everyStartRefusesEveryUndeclaredVariableTheModelsRead() {
    Set<String> read = variablesTheModelsRead();
    List<String> failures = new ArrayList<>();
    int pairs = 0;
    for (BpmnModelInstance model : ModelTasks.models()) {
      String key = model.getModelElementsByType(Process.class).iterator().next().getId();
      for (org.camunda.bpm.model.bpmn.instance.StartEvent start
          : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class)) {
        if (start.getCamundaFormRef() == null) {
          continue;
        }
        Set<String> writable = writableFields(start.getCamundaFormRef());
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count();
        for (String variable : read) {
          if (writable.contains(variable)) {
            continue;
          }
          pairs++;
          for (String user : List.of("drafter", "admin")) {
            try {
              Clerks.as(engine, user, () -> engine.getRuntimeService().startProcessInstanceByKey(key,
                  Map.of(variable, FORGED)));
              failures.add(key + " started by " + user + " with " + variable);
            } catch (TrustBoundaryException expected) {
              // refused before anything happened
            }
          }
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count())
            .as("no %s case started", key).isEqualTo(before);
      }
    }
    System.out.println("ForgedVariablesTests: " + pairs + " (start form, variable) pairs tried by a drafter and an administrator");
    assertThat(failures).isEmpty();
    assertThat(pairs).isGreaterThan(100);
  }

  @Test
  @DisplayName("R-C-06 a form field that a gateway, timer, assignment or called process reads is validated in the same step by the task's complete listener")
  void fieldsTheModelsReadAreValidatedWhereSubmitted() {
    Set<String> read = variablesTheModelsRead();
    List<String> unchecked = new ArrayList<>();
    for (BpmnModelInstance model : ModelTasks.models()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        Set<String> gateRead = new TreeSet<>(writableFields(task.getCamundaFormRef()));
        gateRead.retainAll(read);
        boolean validated = task.getExtensionElements() != null && task.getExtensionElements().getElementsQuery()
            .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class).list().stream()
            .anyMatch(listener -> "complete".equals(listener.getCamundaEvent())
                && listener.getCamundaDelegateExpression() != null);
        if (!gateRead.isEmpty() && !validated) {
          unchecked.add(task.getId() + " " + gateRead);
        }
      }
    }
    assertThat(unchecked).as("tasks whose form writes what the models read, with no complete listener").isEmpty();
  }

  private void tryForging(ModelTask modelTask, Task task, String clerk, String variable, List<String> failures) {
    Map<String, Object> forged = Map.of(variable, FORGED);
    List<Runnable> ways = List.of(
        () -> engine.getTaskService().complete(task.getId(), forged),
        () -> engine.getFormService().submitTaskForm(task.getId(), forged),
        () -> engine.getTaskService().setVariable(task.getId(), variable, FORGED));
    for (int way = 0; way < ways.size(); way++) {
      Runnable attempt = ways.get(way);
      try {
        Clerks.as(engine, clerk, attempt);
        failures.add(modelTask + " way " + way + " accepted " + variable);
      } catch (TrustBoundaryException expected) {
        if (!expected.getMessage().contains("表单")) {
          failures.add(modelTask + " " + variable + ": unexpected refusal " + expected.getMessage());
        }
      } catch (RuntimeException other) {
        failures.add(modelTask + " way " + way + " " + variable + ": " + other);
      }
    }
  }

  // ---- the models

  /** Every name an expression, a called-process mapping or a DMN input reads, less the Spring beans. */
  Set<String> variablesTheModelsRead() {
    Set<String> names = new TreeSet<>();
    for (BpmnModelInstance model : ModelTasks.models()) {
      collect(model.getDocument().getRootElement(), names);
      for (CamundaIn in : model.getModelElementsByType(CamundaIn.class)) {
        addIfPresent(names, in.getCamundaSource());
      }
      for (CamundaOut out : model.getModelElementsByType(CamundaOut.class)) {
        addIfPresent(names, out.getCamundaSource());
      }
    }
    try (Stream<Path> files = Files.list(MODELS)) {
      for (Path dmn : files.filter(p -> p.toString().endsWith(".dmn")).toList()) {
        Matcher input = Pattern.compile("<inputExpression[^>]*>\\s*<text>([^<]*)</text>").matcher(Files.readString(dmn));
        while (input.find()) {
          identifiers(input.group(1), names);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.removeIf(name -> EL_WORDS.contains(name) || beans.containsBean(name));
    return names;
  }

  private static void collect(DomElement element, Set<String> names) {
    for (String attribute : List.of("conditionExpression", "assignee", "candidateGroups", "candidateUsers", "dueDate",
        "followUpDate", "collection", "calledElement", "businessKey", "sourceExpression", "completionCondition",
        "priority", "decisionRef", "variables")) {
      String value = element.getAttribute("http://camunda.org/schema/1.0/bpmn", attribute);
      if (value != null) {
        expressions(value, names);
      }
    }
    String text = element.getTextContent();
    if (element.getChildElements().isEmpty() && text != null) {
      expressions(text, names);
    }
    for (DomElement child : element.getChildElements()) {
      collect(child, names);
    }
  }

  private static void expressions(String text, Set<String> names) {
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      identifiers(expression.group(1), names);
    }
  }

  private static void identifiers(String expression, Set<String> names) {
    Matcher identifier = IDENTIFIER.matcher(expression.replaceAll("'[^']*'|\"[^\"]*\"", " "));
    while (identifier.find()) {
      names.add(identifier.group(1));
    }
  }

  private static void addIfPresent(Set<String> names, String name) {
    if (name != null && !name.isBlank()) {
      names.add(name);
    }
  }

  // ---- the forms

  static Map<String, FormField> formFields(String formId) {
    if (formId == null) {
      return Map.of();
    }
    try {
      return FormFields.parse(new ObjectMapper().readTree(FORMS.resolve(formId + ".form").toFile())).fields();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> writableFields(String formId) {
    return formFields(formId).keySet();
  }

  // ---- a live task of each kind

  Task instantiate(ModelTask modelTask) {
    return ModelTasks.instantiate(engine, modelTask, "FORGERY-");
  }
}
