package org.normflow.dates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.Clerks;
import org.normflow.ModelTasks;
import org.normflow.ModelTasks.ModelTask;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.process.RecordVariables;
import org.normflow.validation.FormValidationException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-ND-16 (R-C-02, R-C-06), generated over every date field of every form in {@code forms/}: each is
 * declared in {@link DateRules}, and on a live task (or start) of its model a value in the future (for
 * a date that happened) or in the past (for a plan), a value before the task that records it existed,
 * and a value before each earlier fact on the record are refused by the clerk's own submission, with a
 * Chinese message naming both dates, and nothing changes.
 */
@NormFlowSpringTest
class RecordedDatesTests {

  static final Path FORMS = Path.of("forms");
  static final String LATE_GROUND = "SYSTEM_OUTAGE";

  @Autowired ProcessEngine engine;
  @Autowired DateRules rules;
  @Autowired WorkingDayCalendar calendar;

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  @DisplayName("R-ND-16 every date field of every form is declared: what it claims and what it follows")
  void everyDateFieldIsDeclared() throws IOException {
    Set<String> inForms = new TreeSet<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
        String id = form.getFileName().toString().replace(".form", "");
        collectDates(new ObjectMapper().readTree(form.toFile()).path("components"), id, inForms);
      }
    }
    Set<String> declared = new TreeSet<>();
    rules.all().forEach(rule -> declared.add(rule.form() + "/" + rule.field()));
    assertThat(declared).as("date rules").isEqualTo(inForms);
    Set<String> startForms = new TreeSet<>();
    for (BpmnModelInstance model : ModelTasks.models()) {
      model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
          .filter(java.util.Objects::nonNull).forEach(startForms::add);
    }
    for (DateRule rule : rules.all()) {
      // a start has no task before it: what happened before the case began is no late record (RecordedDates)
      if (rule.kind() == DateKind.HAPPENED && !startForms.contains(rule.form())) {
        assertThat(writable(rule.form())).as("%s offers the late-record ground", rule.form())
            .contains(RecordVariables.LATE_RECORD_GROUND, RecordVariables.LATE_RECORD_REASON);
      }
    }
  }

  @Test
  @DisplayName("R-ND-16 R-C-02 on every task form a date in the future, before its task or before its predecessor is refused naming both dates, and nothing changes")
  void everyTaskDateIsTiedToTheRecord() {
    List<String> failures = new ArrayList<>();
    int pairs = 0;
    int tries = 0;
    for (ModelTask modelTask : ModelTasks.userTasks()) {
      List<DateRule> formRules = rules.of(modelTask.formId());
      if (formRules.isEmpty()) {
        continue;
      }
      Task task = ModelTasks.instantiate(engine, modelTask, "DATES-");
      String clerk = Clerks.clerkFor(engine, task);
      LocalDate today = calendar.today();
      for (DateRule rule : formRules) {
        pairs++;
        for (Attempt attempt : attempts(rule, today)) {
          tries++;
          attempt.seed().forEach((name, value) -> engine.getRuntimeService().setVariable(task.getExecutionId(), name, value));
          Map<String, Object> before = engine.getRuntimeService().getVariables(task.getProcessInstanceId());
          try {
            Clerks.as(engine, clerk, () -> engine.getTaskService().complete(task.getId(), attempt.values()));
            failures.add(modelTask + " " + attempt + ": accepted");
          } catch (RuntimeException thrown) {
            String refusal = refusal(thrown);
            if (refusal == null) {
              failures.add(modelTask + " " + attempt + ": not a refusal: " + thrown);
            }
            for (LocalDate named : attempt.named()) {
              if (refusal != null && !refusal.contains(named.toString())) {
                failures.add(modelTask + " " + attempt + ": message does not name " + named + ": " + refusal);
              }
            }
          }
          if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() != 1) {
            failures.add(modelTask + " " + attempt + ": the task is gone");
            break;
          }
          if (!before.equals(engine.getRuntimeService().getVariables(task.getProcessInstanceId()))) {
            failures.add(modelTask + " " + attempt + ": the case's variables changed");
          }
        }
      }
      engine.getRuntimeService().deleteProcessInstance(task.getProcessInstanceId(), "test");
    }
    System.out.println("RecordedDatesTests: " + pairs + " (task form, date field) pairs, " + tries
        + " back-dated, future or out-of-order dates refused");
    assertThat(failures).isEmpty();
    assertThat(pairs).isGreaterThanOrEqualTo(20);
  }

  @Test
  @DisplayName("R-ND-16 R-ND-14 on every start form a planned date in the past or before its predecessor is refused naming both dates, and no case starts")
  void everyStartDateIsTiedToTheRecord() {
    List<String> failures = new ArrayList<>();
    int pairs = 0;
    LocalDate today = calendar.today();
    for (BpmnModelInstance model : ModelTasks.models()) {
      String key = model.getModelElementsByType(Process.class).iterator().next().getId();
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        for (DateRule rule : rules.of(start.getCamundaFormRef())) {
          pairs++;
          String starter = "head-authorization".equals(key) ? "leader"
              : java.util.Arrays.asList(org.normflow.process.ProcessKeys.STARTABLE_BY_LEGAL_OFFICE).contains(key) ? "legal"
              : "drafter";
          for (Attempt attempt : attempts(rule, today)) {
            if (attempt.what().equals("before its task")) {
              continue; // a start has no task before it: a date that happened before the case began is no late record
            }
            long cases = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count();
            Map<String, Object> values = new HashMap<>(attempt.seed());
            values.putAll(attempt.values());
            try {
              Clerks.as(engine, starter, () -> engine.getRuntimeService().startProcessInstanceByKey(key, values));
              failures.add(key + " " + attempt + ": started");
            } catch (RuntimeException thrown) {
              String refusal = refusal(thrown);
              if (refusal == null) {
                failures.add(key + " " + attempt + ": not a refusal: " + thrown);
              } else {
                attempt.named().stream().filter(day -> !refusal.contains(day.toString()))
                    .forEach(day -> failures.add(key + " " + attempt + ": does not name " + day + ": " + refusal));
              }
            }
            if (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count() != cases) {
              failures.add(key + " " + attempt + ": a case started");
            }
          }
        }
      }
    }
    System.out.println("RecordedDatesTests: " + pairs + " (start form, date field) pairs");
    assertThat(failures).isEmpty();
    assertThat(pairs).isGreaterThanOrEqualTo(3);
  }

  /** The clerk's message of a refusal (the engine wraps what a listener throws), or null for anything else. */
  static String refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof FormValidationException refused) {
        return refused.getMessage();
      }
    }
    return null;
  }

  /** One submission: what is seeded on the record first, what the clerk submits, the dates the refusal names. */
  record Attempt(String what, Map<String, Object> seed, Map<String, Object> values, List<LocalDate> named) {
    @Override
    public String toString() {
      return what + " " + values;
    }
  }

  static List<Attempt> attempts(DateRule rule, LocalDate today) {
    List<Attempt> attempts = new ArrayList<>();
    String field = rule.field();
    if (rule.kind() == DateKind.HAPPENED) {
      LocalDate tomorrow = today.plusDays(1);
      attempts.add(new Attempt("in the future", Map.of(), Map.of(field, tomorrow.toString()), List.of(tomorrow, today)));
      LocalDate yesterday = today.minusDays(1);
      attempts.add(new Attempt("before its task", Map.of(), Map.of(field, yesterday.toString()), List.of(yesterday, today)));
      for (Earlier earlier : recordedEarlier(rule)) {
        // a late record (ground and reason given) still never precedes the step it follows
        LocalDate predecessor = today.minusDays(5);
        LocalDate typed = today.minusDays(10);
        attempts.add(new Attempt("before " + earlier.label(), Map.of(variableOf(earlier, rule), predecessor.toString()),
            lateRecord(field, typed), List.of(typed, predecessor)));
      }
      if (rule.sameAs() != null) {
        LocalDate announced = today.minusDays(3);
        attempts.add(new Attempt("not on " + rule.sameAs().label(), Map.of(variableOf(rule.sameAs(), rule),
            announced.toString()), Map.of(field, today.toString()), List.of(today, announced)));
      }
    } else {
      int ahead = rule.daysAhead().getAsInt();
      LocalDate earliest = today.plusDays(ahead);
      LocalDate tooEarly = earliest.minusDays(1);
      attempts.add(new Attempt("in the past", Map.of(), Map.of(field, tooEarly.toString()), List.of(tooEarly, earliest)));
      for (Earlier earlier : recordedEarlier(rule)) {
        LocalDate predecessor = today.plusDays(ahead + 20);
        LocalDate typed = today.plusDays(ahead + 10);
        attempts.add(new Attempt("before " + earlier.label(), Map.of(variableOf(earlier, rule), predecessor.toString()),
            Map.of(field, typed.toString()), List.of(typed, predecessor)));
      }
    }
    return attempts;
  }

  private static Map<String, Object> lateRecord(String field, LocalDate typed) {
    return Map.of(field, typed.toString(), RecordVariables.LATE_RECORD_GROUND, LATE_GROUND,
        RecordVariables.LATE_RECORD_REASON, "系统故障期间线下办理");
  }

  /** The earlier facts recorded as typed dates (those a test can put on the record directly). */
  static List<Earlier> recordedEarlier(DateRule rule) {
    return rule.notBefore().stream().filter(e -> RECORDED.containsKey(e.label())).toList();
  }

  /** The variable each recorded predecessor is read from, by its label. */
  static final Map<String, String> RECORDED = Map.of(
      "审议会议日期", "meetingDate", "签发日期", "signedOn", "公布日期", "publishedOn",
      "集体讨论会议日期", "meetingDate", "听证参加人名单公布日期", "participantsPublishedOn",
      "听证公告确定的听证会日期", "hearingDate", "集体讨论日期", "discussedOn", "授权开始日期", "validFrom",
      "收到日期", "receivedOn", "书面答复发出日期", "answerSentOn");

  private static String variableOf(Earlier earlier, DateRule rule) {
    String name = RECORDED.get(earlier.label());
    assertThat(name).as("%s/%s: the variable of %s", rule.form(), rule.field(), earlier.label()).isNotNull();
    return name;
  }

  // ---- the forms

  private static void collectDates(JsonNode components, String form, Set<String> dates) {
    for (JsonNode c : components) {
      String pattern = c.path("validate").path("pattern").asText("");
      boolean date = "datetime".equals(c.path("type").asText()) || pattern.contains("\\d{4}-\\d{2}-\\d{2}");
      if (date && !c.path("disabled").asBoolean(false) && !c.path("readonly").asBoolean(false)) {
        dates.add(form + "/" + c.path("key").asText());
      }
      collectDates(c.path("components"), form, dates);
    }
  }

  private static Set<String> writable(String form) {
    try {
      Set<String> keys = new TreeSet<>();
      collectKeys(new ObjectMapper().readTree(FORMS.resolve(form + ".form").toFile()).path("components"), keys);
      return keys;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode c : components) {
      if (c.hasNonNull("key") && !c.path("disabled").asBoolean(false)) {
        keys.add(c.path("key").asText());
      }
      collectKeys(c.path("components"), keys);
    }
  }
}
