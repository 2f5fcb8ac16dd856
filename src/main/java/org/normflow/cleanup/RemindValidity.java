package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.DOCUMENT_ID;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RemindValidity (document-validity), R-ND-10, R-C-03: {@code normflow.validity.reminder-days-before}
 * days before the end of validity the organ has not yet decided (or the continued document is not yet
 * re-issued): the open tasks of the drafting unit and the legal office get a high priority and the
 * registry records the reminder on the document. Nothing is decided by it.
 */
@Component("remindValidity")
class RemindValidity implements JavaDelegate {

  static final int REMINDER_PRIORITY = 80;
  static final List<String> REMINDED_TASKS =
      List.of("Task_EvaluateValidity", "Task_ReviewEvaluation", "Task_PublishDecision");

  private final CleanupRepository registry;

  RemindValidity(CleanupRepository registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tasks = execution.getProcessEngineServices().getTaskService();
    StringBuilder open = new StringBuilder();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      if (REMINDED_TASKS.contains(task.getTaskDefinitionKey())) {
        tasks.setPriority(task.getId(), REMINDER_PRIORITY);
      }
      open.append(open.isEmpty() ? "" : "、").append(task.getName());
    }
    String id = (String) execution.getVariable(DOCUMENT_ID);
    CleanupRepository.Doc doc = registry.document(id).orElseThrow();
    registry.event(id, "VALIDITY_REMINDED", "有效期将于 " + doc.validUntil() + " 届满，机关尚未决定是否继续施行；已提醒起草科室和法制机构"
        + (open.isEmpty() ? "" : "（待办：" + open + "）"), doc.docNumber(), null, doc.validUntil(), null, null, null,
        null, "系统");
  }
}
