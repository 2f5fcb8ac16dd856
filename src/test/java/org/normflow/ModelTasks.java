package org.normflow;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Every user task of every model in {@code bpmn/}, and a live task of each kind, for the tests that try
 * something on all of them (forged variables, bad input).
 */
public final class ModelTasks {

  public static final Path MODELS = Path.of("bpmn");

  private ModelTasks() {}

  public record ModelTask(String processKey, String taskId, String formId, boolean multiInstance) {
    @Override
    public String toString() {
      return processKey + "/" + taskId;
    }
  }

  public static List<BpmnModelInstance> models() {
    try (Stream<Path> files = Files.list(MODELS)) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().map(p -> Bpmn.readModelFromFile(p.toFile()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<ModelTask> userTasks() {
    List<ModelTask> tasks = new ArrayList<>();
    for (BpmnModelInstance model : models()) {
      String key = model.getModelElementsByType(Process.class).iterator().next().getId();
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        boolean multi = task.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics;
        tasks.add(new ModelTask(key, task.getId(), task.getCamundaFormRef(), multi));
      }
    }
    return tasks;
  }

  /**
   * Starts a case of the task's process right before the task, as the engine's own code would
   * (no signed-in user), skipping listeners and mappings: the values its own attributes need are
   * given here, named after what they mean; ids the case points to start with {@code idPrefix}.
   */
  public static Task instantiate(ProcessEngine engine, ModelTask modelTask, String idPrefix) {
    Map<String, Object> seed = new HashMap<>();
    Date future = Date.from(Instant.now().plus(30, ChronoUnit.DAYS));
    for (String date : List.of("filingDueAt", "reviewDueAt", "reviewReminderAt", "consultationClosesAt",
        "effectiveAt", "hearingNotBefore", "evaluationAt", "expiresAt", "reminderAt", "answerReminderAt", "answerDueAt",
        "decisionFilingDueAt")) {
      seed.put(date, future);
    }
    seed.put("panelExperts", "expert");
    seed.put("cleanupDocumentIds", List.of(idPrefix + modelTask.taskId()));
    // decision-catalogue (issue 10): the units asked for proposals and the year, as OpenCatalogue sets them
    seed.put("proposingUnits", new ArrayList<>(List.of("unit-hazchem")));
    seed.put("catalogueYearNo", 2099);
    // organ-meeting (R-MD-11): the members present who speak, as RecordAttendance sets them; the caller's choices
    seed.put("meetingSpeakers", new ArrayList<>(List.of("deputy1")));
    seed.put("meetingOptions", new ArrayList<>(List.of(Map.of("value", "APPROVE", "label", "同意"),
        Map.of("value", "REJECT", "label", "不同意"))));
    seed.put("meetingMatter", "会议议题");
    seed.put("documentId", idPrefix + modelTask.taskId());
    seed.put("decisionId", idPrefix + modelTask.taskId());
    // document-challenge (R-ND-15): the registry row its steps update, as registerChallenge sets it
    seed.put("challengeId", 0L);
    String activity = modelTask.multiInstance() ? modelTask.taskId() + "#multiInstanceBody" : modelTask.taskId();
    // the values first: as process variables they are there before any scope (an embedded subprocess and
    // its boundary timers) around the task is created
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey(modelTask.processKey())
        .setVariables(seed).startBeforeActivity(activity).execute(true, true);
    // an asynchronous task (periodic-cleanup's parallel reviews) is created by its jobs
    for (int round = 0; round < 3; round++) {
      for (var job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list()) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(modelTask.taskId()).list();
    assertThat(tasks).as("a live %s", modelTask).isNotEmpty();
    return tasks.get(0);
  }
}
