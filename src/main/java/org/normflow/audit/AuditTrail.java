package org.normflow.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds a case's complete trail from the engine history (level full): every activity with who did
 * it, every claim, assignment, delegation and candidate change, every form value with the task it
 * was submitted in, and every operation a user performed. The steps of the processes a case called
 * (consultation, review, hearing, the decision's implementation and post-evaluation) belong to its
 * trail: their entries are included.
 */
@Service
public class AuditTrail {

  static final int MAX_VALUE_TEXT = 500;

  private final HistoryService history;
  private final Names names;
  private final JdbcClient jdbc;

  AuditTrail(HistoryService history, Names names, JdbcClient jdbc) {
    this.history = history;
    this.names = names;
    this.jdbc = jdbc;
  }

  public List<AuditEntry> of(String processInstanceId) {
    List<AuditEntry> trail = ofInstance(processInstanceId);
    for (var called : history.createHistoricProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()) {
      trail.addAll(of(called.getId()));
    }
    trail.sort(Comparator.comparing(AuditEntry::time, Comparator.nullsLast(Comparator.naturalOrder())));
    return trail;
  }

  private List<AuditEntry> ofInstance(String processInstanceId) {
    List<AuditEntry> trail = new ArrayList<>();
    Map<String, HistoricTaskInstance> tasks =
        history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list().stream()
            .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));

    for (HistoricActivityInstance activity :
        history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).list()) {
      if (activity.getActivityName() == null) {
        continue;
      }
      trail.add(
          new AuditEntry(activity.getStartTime(), "ACTIVITY_STARTED", activity.getActivityId(),
              activity.getActivityName(), null, activity.getActivityType()));
      if (activity.getEndTime() != null) {
        trail.add(
            new AuditEntry(activity.getEndTime(), activity.isCanceled() ? "ACTIVITY_CANCELED" : "ACTIVITY_COMPLETED",
                activity.getActivityId(), activity.getActivityName(), activity.getAssignee(),
                activity.getActivityType()));
      }
    }
    // the identity-link log has no process-instance filter: one query per task of the case
    List<HistoricIdentityLinkLog> links = new ArrayList<>();
    for (String taskId : tasks.keySet()) {
      links.addAll(history.createHistoricIdentityLinkLogQuery().taskId(taskId).list());
    }
    for (HistoricIdentityLinkLog link : links) {
      HistoricTaskInstance task = tasks.get(link.getTaskId());
      // issue 10: the id for machines, the person's or group's name for readers
      String who = link.getUserId() != null
          ? "user " + link.getUserId() + "（" + names.personWithGroups(link.getUserId()) + "）"
          : "group " + link.getGroupId() + "（" + names.group(link.getGroupId()) + "）";
      trail.add(
          new AuditEntry(link.getTime(), "TASK_" + link.getType().toUpperCase() + "_" + link.getOperationType().toUpperCase(),
              task == null ? null : task.getTaskDefinitionKey(), task == null ? null : task.getName(),
              link.getAssignerId(), who));
    }
    List<UserOperationLogEntry> operations =
        history.createUserOperationLogQuery().processInstanceId(processInstanceId).list();
    // values submitted with a task completion share the completion's operation id: that links value, task and user
    Map<String, UserOperationLogEntry> operationById = new java.util.HashMap<>();
    operations.forEach(op -> operationById.putIfAbsent(op.getOperationId(), op));
    for (UserOperationLogEntry op : operations) {
      HistoricTaskInstance task = op.getTaskId() == null ? null : tasks.get(op.getTaskId());
      String detail = op.getProperty() == null ? op.getEntityType()
          : op.getEntityType() + " " + op.getProperty() + ": " + op.getOrgValue() + " → " + op.getNewValue();
      trail.add(
          new AuditEntry(op.getTimestamp(), "USER_" + op.getOperationType().toUpperCase(),
              task == null ? null : task.getTaskDefinitionKey(), task == null ? null : task.getName(),
              op.getUserId(), detail));
    }
    for (HistoricDetail detail :
        history.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates().list()) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      UserOperationLogEntry operation =
          update.getUserOperationId() == null ? null : operationById.get(update.getUserOperationId());
      String taskId = update.getTaskId() != null ? update.getTaskId() : operation == null ? null : operation.getTaskId();
      HistoricTaskInstance task = taskId == null ? null : tasks.get(taskId);
      trail.add(
          new AuditEntry(update.getTime(), "VALUE", task == null ? null : task.getTaskDefinitionKey(),
              task == null ? null : task.getName(), operation == null ? null : operation.getUserId(),
              update.getVariableName() + " = " + shorten(update.getValue())));
    }
    // R-C-07, R-C-02: the administrator's recorded steps (reassignment, ending the case), each with its reason
    for (Map<String, Object> r : jdbc.sql("SELECT kind, task_definition_key, task_name, previous_assignee, new_assignee, "
        + "reason, performed_by, performed_at FROM nf_admin_action WHERE process_instance_id = ? ORDER BY id")
        .param(processInstanceId).query().listOfRows()) {
      boolean reassign = !"END_CASE".equals(r.get("kind"));
      trail.add(new AuditEntry((java.util.Date) r.get("performed_at"), "ADMIN_" + r.get("kind"),
          (String) r.get("task_definition_key"), (String) r.get("task_name"), (String) r.get("performed_by"),
          (reassign ? r.get("previous_assignee") + " → " + r.get("new_assignee") + "；" : "") + "理由：" + r.get("reason")));
    }
    trail.sort(Comparator.comparing(AuditEntry::time, Comparator.nullsLast(Comparator.naturalOrder())));
    return trail;
  }

  private static String shorten(Object value) {
    String text = String.valueOf(value);
    return text.length() <= MAX_VALUE_TEXT ? text : text.substring(0, MAX_VALUE_TEXT) + "…";
  }
}
