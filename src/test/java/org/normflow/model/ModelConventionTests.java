package org.normflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.process.ConsultationVariables;
import org.normflow.process.DecisionCatalogueVariables;
import org.normflow.process.DecisionImplementationVariables;
import org.normflow.process.HeadAuthorizationVariables;
import org.normflow.process.HearingVariables;
import org.normflow.process.LegalityReviewVariables;
import org.normflow.process.MajorDecisionVariables;
import org.normflow.process.NormativeDocumentVariables;
import org.normflow.process.CleanupVariables;
import org.normflow.process.ProcessKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/** Reads bpmn/ and forms/ as files and checks the conventions of DESIGN.md and STYLE.md. */
class ModelConventionTests {

  /** What the Modeler generates: Activity_0x3f2ab, Gateway_12tl2hf, Flow_1abc2de, sid-..., UUID-ish ids. */
  static final Pattern GENERATED_ID =
      Pattern.compile(
          "^([A-Za-z]+_[0-9][0-9a-z]{6}|[A-Za-z]+_[0-9a-z]{7}|sid-.*|.*[0-9a-f]{8}-[0-9a-f]{4}-.*|"
              + "(Activity|Task|Gateway|Event|StartEvent|EndEvent|Flow|SequenceFlow|Process|DataObject)_?\\d+)$");

  static final Path BPMN = Path.of("bpmn");
  static final Path FORMS = Path.of("forms");
  static List<Path> bpmnFiles;
  static Set<String> formIds = new HashSet<>();

  @BeforeAll
  static void readFiles() throws IOException {
    try (Stream<Path> files = Files.list(BPMN)) {
      bpmnFiles = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
        formIds.add(json.readTree(form.toFile()).path("id").asText());
      }
    }
    assertThat(bpmnFiles).isNotEmpty();
  }

  @Test
  @DisplayName("every form is valid JSON, its id equals its file name, its component ids are unique")
  void formIdEqualsFileName() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
        JsonNode node = json.readTree(form.toFile());
        String fileName = form.getFileName().toString().replace(".form", "");
        assertThat(node.path("id").asText()).as(form.toString()).isEqualTo(fileName);
        Set<String> ids = new HashSet<>();
        for (JsonNode component : node.path("components")) {
          assertThat(ids.add(component.path("id").asText())).as("duplicate component id in %s", form).isTrue();
        }
      }
    }
  }

  @Test
  @DisplayName("flow nodes and sequence flows read as Kind_MeaningfulName")
  void flowIdsReadWell() {
    for (Path file : bpmnFiles) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        if (element instanceof FlowNode || element instanceof SequenceFlow) {
          assertThat(element.getId()).as("id in %s", file).matches("[A-Z][A-Za-z]+_[A-Z][A-Za-z0-9]+");
        }
      }
    }
  }

  @Test
  @DisplayName("every DMN decision has a historyTimeToLive")
  void decisionsHaveTimeToLive() throws IOException {
    try (Stream<Path> models = Files.list(BPMN)) {
      for (Path dmn : models.filter(p -> p.toString().endsWith(".dmn")).toList()) {
        DmnModelInstance model = Dmn.readModelFromFile(dmn.toFile());
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
          assertThat(decision.getCamundaHistoryTimeToLiveString()).as(dmn + " " + decision.getId()).isNotBlank();
        }
      }
    }
  }

  @Test
  @DisplayName("no generated ids on any BPMN element")
  void meaningfulIds() {
    List<String> bad = new ArrayList<>();
    for (Path file : bpmnFiles) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        if (element.getId() != null
            && element.getElementType().getTypeNamespace().equals("http://www.omg.org/spec/BPMN/20100524/MODEL")
            && GENERATED_ID.matcher(element.getId()).matches()) {
          bad.add(file + ": " + element.getId());
        }
      }
    }
    assertThat(bad).as("generated ids").isEmpty();
  }

  @Test
  @DisplayName("every process has historyTimeToLive and a diagram")
  void historyTimeToLiveAndDiagram() {
    for (Path file : bpmnFiles) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.isExecutable()) {
          assertThat(process.getCamundaHistoryTimeToLiveString()).as(file + " historyTimeToLive").isNotBlank();
        }
      }
      assertThat(model.getModelElementsByType(BpmnDiagram.class)).as(file + " has bpmndi").isNotEmpty();
    }
  }

  @Test
  @DisplayName("service logic is Spring beans by name: no camunda:class, no scripts")
  void delegatesAreBeans() {
    for (Path file : bpmnFiles) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      assertThat(model.getModelElementsByType(ScriptTask.class)).as(file + " script tasks").isEmpty();
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        assertThat(task.getCamundaClass()).as(task.getId()).isNull();
        assertThat(task.getCamundaDelegateExpression()).as(task.getId() + " delegateExpression").startsWith("${");
      }
      for (SendTask task : model.getModelElementsByType(SendTask.class)) {
        assertThat(task.getCamundaClass()).as(task.getId()).isNull();
      }
      for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
        assertThat(task.getCamundaClass()).as(task.getId()).isNull();
      }
      for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
        assertThat(listener.getCamundaClass()).as("task listener class").isNull();
        assertThat(listener.getCamundaScript()).as("task listener script").isNull();
      }
      for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
        assertThat(listener.getCamundaClass()).as("execution listener class").isNull();
        assertThat(listener.getCamundaScript()).as("execution listener script").isNull();
      }
    }
  }

  static final Path MAIN_JAVA = Path.of("src/main/java");
  static final List<Class<?>> STEP_TYPES = List.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class);
  static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{(\\w+)}");
  static final Pattern COMPONENT_NAME = Pattern.compile("@Component\\(\"(\\w+)\"\\)");

  /** Bean name of every {@code camunda:delegateExpression} (service tasks, task and execution listeners) -> element ids. */
  static Map<String, Set<String>> delegateExpressions() {
    Map<String, Set<String>> beans = new TreeMap<>();
    for (Path file : bpmnFiles) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        String expression = element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
        if (expression != null) {
          beans.computeIfAbsent(beanName(file, expression), k -> new TreeSet<>()).add(element.getId());
        }
      }
      for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
        if (listener.getCamundaDelegateExpression() != null) {
          beans.computeIfAbsent(beanName(file, listener.getCamundaDelegateExpression()), k -> new TreeSet<>())
              .add(owner(listener));
        }
      }
      for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
        if (listener.getCamundaDelegateExpression() != null) {
          beans.computeIfAbsent(beanName(file, listener.getCamundaDelegateExpression()), k -> new TreeSet<>())
              .add(owner(listener));
        }
      }
    }
    return beans;
  }

  static String beanName(Path file, String expression) {
    Matcher m = BEAN_REFERENCE.matcher(expression);
    assertThat(m.matches()).as("%s: delegateExpression %s names one bean, ${name}", file, expression).isTrue();
    return m.group(1);
  }

  /** The flow element or process a listener sits on (listener -> extensionElements -> element). */
  static String owner(ModelElementInstance listener) {
    return ((BaseElement) listener.getParentElement().getParentElement()).getId();
  }

  /** Every class compiled from src/main/java, nested ones included. */
  static List<Class<?>> mainClasses() throws IOException, ClassNotFoundException {
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String name = MAIN_JAVA.relativize(file).toString().replace(".java", "").replace('/', '.');
        if (!name.endsWith("package-info")) {
          addWithNested(Class.forName(name, false, ModelConventionTests.class.getClassLoader()), classes);
        }
      }
    }
    return classes;
  }

  static void addWithNested(Class<?> type, List<Class<?>> classes) {
    classes.add(type);
    for (Class<?> nested : type.getDeclaredClasses()) {
      addWithNested(nested, classes);
    }
  }

  static boolean isStep(Class<?> type) {
    return STEP_TYPES.stream().anyMatch(t -> t.isAssignableFrom(type));
  }

  static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  @Test
  @DisplayName("a step is a top-level @Component(\"name\") class named after its bean, one per file, "
      + "implementing JavaDelegate, TaskListener or ExecutionListener, with a Javadoc naming its BPMN elements")
  void stepsAreTopLevelComponents() throws Exception {
    Map<String, Set<String>> used = delegateExpressions();
    assertThat(used).isNotEmpty();
    Map<String, List<Path>> declared = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = COMPONENT_NAME.matcher(Files.readString(file));
        while (m.find()) {
          declared.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(file);
        }
      }
    }
    String models = String.join("\n", bpmnFiles.stream().map(ModelConventionTests::read).toList());
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Set<String>> bean : used.entrySet()) {
      String name = bean.getKey();
      List<Path> files = declared.getOrDefault(name, List.of());
      if (files.size() != 1) {
        problems.add(name + ": declared by @Component(\"" + name + "\") in " + files.size() + " files " + files);
        continue;
      }
      Path file = files.get(0);
      if (!file.getFileName().toString().equals(capitalized(name) + ".java")) {
        problems.add(name + ": declared in " + file + ", expected in " + capitalized(name) + ".java");
        continue;
      }
      String className = MAIN_JAVA.relativize(file).toString().replace(".java", "").replace('/', '.');
      Class<?> type = Class.forName(className, false, getClass().getClassLoader());
      Component component = type.getAnnotation(Component.class);
      if (component == null || !component.value().equals(name)) {
        problems.add(name + ": the top-level class " + className + " is not annotated @Component(\"" + name + "\")");
      }
      if (!isStep(type)) {
        problems.add(name + ": " + className + " implements none of JavaDelegate, TaskListener, ExecutionListener");
      }
      // public only when a model also calls a method of the bean (${name.method(...)}): the expression
      // language invokes methods of public classes only
      boolean calledInExpressions = models.contains("${" + name + ".");
      if (Modifier.isPublic(type.getModifiers()) && !calledInExpressions) {
        problems.add(name + ": " + className + " is public; a step is package-private");
      }
      String source = Files.readString(file);
      String javadoc = source.substring(0, source.indexOf("@Component(\"" + name + "\")"));
      for (String element : bean.getValue()) {
        if (!javadoc.contains(element)) {
          problems.add(name + ": the Javadoc of " + className + " does not name " + element);
        }
      }
    }
    for (Class<?> type : mainClasses()) {
      if (type.getEnclosingClass() != null && type.isAnnotationPresent(Component.class)) {
        problems.add(type.getName() + ": a nested class is a Spring bean; steps and beans are top-level classes");
      }
      if (type.isAnnotationPresent(Component.class) && isStep(type)
          && !used.containsKey(type.getAnnotation(Component.class).value())) {
        problems.add(type.getName() + ": a step no model uses as a delegateExpression");
      }
      for (Method method : type.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Bean.class) && isStep(method.getReturnType())) {
          problems.add(type.getName() + "." + method.getName() + ": a @Bean method returns a "
              + method.getReturnType().getSimpleName() + "; a step is a @Component class of its own");
        }
      }
    }
    assertThat(problems).as("steps that do not follow the pattern").isEmpty();
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("every user task has its own form, named after it, and someone to work on it")
  void userTasksHaveForms() {
    Set<String> used = new HashSet<>();
    for (Path file : bpmnFiles) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String formRef = task.getCamundaFormRef();
        String formKey = task.getCamundaFormKey();
        assertThat(formRef != null || formKey != null).as(task.getId() + " has a form").isTrue();
        if (formRef != null) {
          assertThat(formIds).as(task.getId() + " formRef " + formRef).contains(formRef);
          assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
          assertThat(used.add(formRef)).as("form " + formRef + " used by one task only").isTrue();
        }
        assertThat(task.getCamundaCandidateGroups() != null || task.getCamundaAssignee() != null)
            .as(task.getId() + " candidateGroups or assignee")
            .isTrue();
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          assertThat(formIds).as(start.getId() + " formRef").contains(start.getCamundaFormRef());
        }
      }
    }
  }

  /** Where each process declares its variable names (docs/process-contracts.md, org.normflow.process). */
  static final Map<String, List<Class<?>>> VARIABLES =
      Map.ofEntries(
          Map.entry(ProcessKeys.NORMATIVE_DOCUMENT, List.of(NormativeDocumentVariables.class)),
          Map.entry(ProcessKeys.PUBLIC_CONSULTATION, List.of(ConsultationVariables.class)),
          Map.entry(ProcessKeys.LEGALITY_REVIEW, List.of(LegalityReviewVariables.class)),
          Map.entry(ProcessKeys.MAJOR_DECISION, List.of(MajorDecisionVariables.class)),
          Map.entry(ProcessKeys.HEARING, List.of(HearingVariables.class)),
          Map.entry(ProcessKeys.HEAD_AUTHORIZATION, List.of(HeadAuthorizationVariables.class)),
          Map.entry(ProcessKeys.DECISION_IMPLEMENTATION, List.of(DecisionImplementationVariables.class)),
          Map.entry(ProcessKeys.DOCUMENT_VALIDITY, List.of(CleanupVariables.class)),
          Map.entry(ProcessKeys.PERIODIC_CLEANUP, List.of(CleanupVariables.class)),
          Map.entry(ProcessKeys.CLEANUP_SCHEDULE, List.of(CleanupVariables.class)),
          Map.entry(ProcessKeys.DOCUMENT_ABOLITION, List.of(CleanupVariables.class)),
          Map.entry(ProcessKeys.DECISION_CATALOGUE, List.of(DecisionCatalogueVariables.class)),
          Map.entry(ProcessKeys.DOCUMENT_CHALLENGE, List.of(org.normflow.process.ChallengeVariables.class)),

          Map.entry(ProcessKeys.ORGAN_MEETING, List.of(org.normflow.process.OrganMeetingVariables.class)));

  /**
   * The variables of the called processes' contracts (docs/process-contracts.md): the case inputs the
   * callers pass in and the outputs they take back. A display-only (disabled) field may show them in
   * any form; a field a clerk writes must be declared by its own process.
   */
  static final List<Class<?>> CALLED_PROCESS_CONTRACTS = List.of(ConsultationVariables.class, LegalityReviewVariables.class);

  static Set<String> declared(List<Class<?>> types) throws IllegalAccessException {
    Set<String> names = new HashSet<>();
    for (Class<?> type : types) {
      for (Field f : type.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
          names.add((String) f.get(null));
        }
      }
    }
    return names;
  }

  @Test
  @DisplayName("every form field is a variable declared in the process's *Variables class, and its task validates it on the server")
  void formFieldsAreDeclaredAndValidated() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> undeclared = new ArrayList<>();
    Set<String> shownFromContracts = declared(CALLED_PROCESS_CONTRACTS);
    for (Path file : bpmnFiles) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (Process process : model.getModelElementsByType(Process.class)) {
        assertThat(VARIABLES).as("variables class of " + process.getId()).containsKey(process.getId());
        Set<String> variables = declared(VARIABLES.get(process.getId()));
        // the late-record ground and reason (R-ND-16) are shared by every form that records a past event
        variables.addAll(declared(List.of(org.normflow.process.RecordVariables.class)));
        // issue 24 point 4: the Party committee's answer is recorded alike in decision-catalogue and major-decision
        variables.addAll(declared(List.of(org.normflow.process.PartyCommitteeVariables.class)));
        for (UserTask task : process.getChildElementsByType(UserTask.class)) {
          String formRef = task.getCamundaFormRef();
          if (formRef != null) {
            for (JsonNode component : json.readTree(FORMS.resolve(formRef + ".form").toFile()).path("components")) {
              String key = component.path("key").asText(null);
              boolean displayOnly = component.path("disabled").asBoolean(false);
              if (key != null && !variables.contains(key) && !(displayOnly && shownFromContracts.contains(key))) {
                undeclared.add(formRef + ": " + key);
              }
            }
          }
          List<CamundaTaskListener> listeners = task.getExtensionElements() == null ? List.of()
              : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list();
          assertThat(listeners).as(task.getId() + " validates its form on the server")
              .anyMatch(l -> "complete".equals(l.getCamundaEvent()) && l.getCamundaDelegateExpression() != null);
        }
      }
    }
    assertThat(undeclared).as("form fields not declared as variables").isEmpty();
  }

  /**
   * The only variables a form's {@code text} component may template (R-C-06, "user text is text").
   * A text component renders Markdown and HTML after templating, so a templated value takes effect
   * as markup: these are safe because NormFlow alone produces them and they can hold no markup.
   * Everything a user typed, or that is built from what users typed, is shown in a disabled field.
   */
  static final Map<String, String> SYSTEM_TEMPLATE_VARIABLES =
      Map.ofEntries(
          Map.entry("docNumber", "assigned by NumberingService: configured prefix, year and counter"),
          Map.entry("currentVersion", "version number counted by the registry (RecordDraftVersion, RecordDraftPlan, RecordRevision)"),
          Map.entry("caseVersion", "the caller's currentVersion, passed into the called process"),
          Map.entry("documentVersion", "the document's currentVersion, passed into major-decision"),
          Map.entry("decisionPlanVersion", "the decision's currentVersion, passed back to normative-document"),
          Map.entry("procedureTrack", "code ORDINARY or MAJOR_DECISION set by MarkOrdinaryTrack or MarkMajorDecisionTrack, only compared in FEEL"),
          Map.entry("legalityOutcome", "code checked against RecordLegalityDecision.OUTCOMES before it is stored, only compared in FEEL"),
          Map.entry("consultationMinDays", "integer from the rule table or DecisionSettings"),
          Map.entry("filingDeadlineDays", "integer from DocumentSettings (normflow.filing.deadline-days), set by AssignDocumentNumber"),
          Map.entry("effectiveMinDays", "integer from DocumentSettings (normflow.publication.effective-min-days), set by AssignDocumentNumber"),
          Map.entry("consultationDayKind", "code from the rule table or the model, only compared in FEEL"),
          Map.entry("consultationClosedOn", "date the closing timer fired, written by CloseConsultation"),
          Map.entry("consultationCommentCount", "number of comments counted by CloseConsultation"),
          Map.entry("reviewDueOn", "date computed on the working-day calendar by OpenLegalityReview"),
          Map.entry("riskLevel", "output of the rule table risk-level (fixed words)"),
          Map.entry("materialsProblem", "sentence CheckDiscussionMaterials builds from fixed names of missing materials"));

  /** Words of FEEL and of form-js templating that are not variables. */
  static final Set<String> TEMPLATE_WORDS =
      Set.of("if", "then", "else", "null", "true", "false", "and", "or", "not", "this", "parent", "_this_", "_parent_");

  static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** The variables a template expression reads: string literals and block markers removed. */
  static Set<String> templatedVariables(String text) {
    Set<String> names = new HashSet<>();
    var templates = TEMPLATE.matcher(text);
    while (templates.find()) {
      String expression = templates.group(1).strip().replaceFirst("^[#/](if|loop)\\b", "").replaceAll("\"[^\"]*\"", " ");
      var identifiers = IDENTIFIER.matcher(expression);
      while (identifiers.find()) {
        if (!TEMPLATE_WORDS.contains(identifiers.group())) {
          names.add(identifiers.group());
        }
      }
    }
    return names;
  }

  /**
   * Readonly fields whose value is written back on purpose: a row's key that the server checks
   * against its own record before it uses the row. Each entry names the check.
   */
  static final Map<String, String> READONLY_CHECKED = Map.of(
      "public-consultation-dispose-comments.form Row_Number",
      "the comment's number, checked by CommentRows.read against the consultation's stored comments");

  @Test
  @DisplayName("R-C-06 user text is text: forms template only NormFlow's own values, never in readonly fields")
  void userTextIsShownAsText() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path form : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        List<JsonNode> components = new ArrayList<>();
        collect(json.readTree(form.toFile()).path("components"), components);
        for (JsonNode component : components) {
          String where = form.getFileName() + " " + component.path("id").asText();
          // a readonly field is submitted with the form: a value shown to the clerk would be written back
          if (component.has("readonly") && !READONLY_CHECKED.containsKey(where)) {
            problems.add(where + ": readonly (use \"disabled\": true for a value that is only shown)");
          }
          var properties = component.fields();
          while (properties.hasNext()) {
            var property = properties.next();
            if (!property.getValue().isTextual() || !property.getValue().asText().contains("{{")) {
              continue;
            }
            if (!"text".equals(component.path("type").asText()) || !"text".equals(property.getKey())) {
              problems.add(where + ": templating in " + property.getKey() + " (only text components may template)");
              continue;
            }
            for (String variable : templatedVariables(property.getValue().asText())) {
              if (!SYSTEM_TEMPLATE_VARIABLES.containsKey(variable)) {
                problems.add(where + ": templates " + variable + " (show it in a disabled textfield or textarea)");
              }
            }
          }
        }
      }
    }
    assertThat(problems).as("user text rendered as Markdown/HTML").isEmpty();
  }

  @Test
  @DisplayName("R-C-06 the template check sees variables in plain, block and FEEL templates, not in string literals")
  void templatedVariablesAreFound() {
    assertThat(templatedVariables("### {{title}}\n{{#if docNumber}}文号：{{docNumber}}{{/if}}"))
        .containsExactlyInAnyOrder("title", "docNumber");
    assertThat(templatedVariables("{{if procedureTrack = \"MAJOR_DECISION then title\" then \"重大\" else caseExplanation}}"))
        .containsExactlyInAnyOrder("procedureTrack", "caseExplanation");
    assertThat(templatedVariables("{{#loop comments}}{{this}}{{/loop}}")).containsExactly("comments");
    assertThat(templatedVariables("#### 起草说明（R-ND-01）")).isEmpty();
  }

  /** Components and, for groups and other containers, the components inside them. */
  static void collect(JsonNode components, List<JsonNode> into) {
    for (JsonNode component : components) {
      into.add(component);
      collect(component.path("components"), into);
    }
  }

  @Test
  @DisplayName("R-MD-13 every process and rule table, including the called ones, keeps its history for 100 years (36500 days)")
  void statutoryHistoryKept() throws IOException {
    for (Path file : bpmnFiles) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      assertThat(model.getModelElementsByType(Process.class))
          .allSatisfy(p -> assertThat(p.getCamundaHistoryTimeToLiveString()).as(file.toString()).isEqualTo("36500"));
    }
    try (Stream<Path> models = Files.list(BPMN)) {
      for (Path dmn : models.filter(p -> p.toString().endsWith(".dmn")).toList()) {
        assertThat(Dmn.readModelFromFile(dmn.toFile()).getModelElementsByType(Decision.class))
            .allSatisfy(d -> assertThat(d.getCamundaHistoryTimeToLiveString()).as(d.getId()).isEqualTo("36500"));
      }
    }
  }

  static final Pattern RULE_ID = Pattern.compile("R-(ND|MD|C)-\\d+");
  static final Pattern CHINESE = Pattern.compile("[\\x{4e00}-\\x{9fff}]");

  @Test
  @DisplayName("issue 10: clerks read the legal basis in words, never a rule id, in forms, model names and Chinese messages")
  void noRuleIdsInClerkText() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path form : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        if (RULE_ID.matcher(read(form)).find()) {
          problems.add(form + ": a rule id in a form");
        }
      }
    }
    try (Stream<Path> files = Files.list(BPMN)) {
      for (Path model : files.sorted().toList()) {
        Matcher names = Pattern.compile("name=\"([^\"]*)\"").matcher(read(model));
        while (names.find()) {
          if (RULE_ID.matcher(names.group(1)).find()) {
            problems.add(model + ": name \"" + names.group(1) + "\"");
          }
        }
      }
    }
    try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
      for (Path source : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        for (String literal : stringLiterals(read(source))) {
          if (CHINESE.matcher(literal).find() && RULE_ID.matcher(literal).find()) {
            problems.add(source + ": \"" + literal + "\"");
          }
        }
      }
    }
    assertThat(problems).as("use validation.LegalBasis.cite(ruleId) or the act and article in words").isEmpty();
  }

  @Test
  @DisplayName("issue 10: the rule-id check reads Java string literals, not comments")
  void stringLiteralsAreFound() {
    assertThat(stringLiterals("// \"不（R-ND-01）\"\n/* \"x\" */ a(\"签发（R-ND-14）\", 'c', \"q\\\"x\");"))
        .containsExactly("签发（R-ND-14）", "q\\\"x");
  }

  /** The string literals of a Java source (text blocks included), comments and char literals skipped. */
  static List<String> stringLiterals(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        i = source.indexOf("*/", i + 2) + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        literals.add(source.substring(i + 3, end));
        i = end + 3;
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        char quote = source.charAt(i);
        int j = i + 1;
        while (source.charAt(j) != quote) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        if (quote == '"') {
          literals.add(source.substring(i + 1, j));
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return literals;
  }
}
