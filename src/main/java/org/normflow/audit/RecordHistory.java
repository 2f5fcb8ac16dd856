package org.normflow.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * What the compliance checks read from the engine's history (issue 22): who completed each step of a case
 * (and of every process it called), when each step's task existed, and every value a variable took, in
 * order. The registry says what was decided; only the history says who really completed a task and
 * whether a date typed into it lies before the task existed. Reads only, without the reader's engine
 * checks ({@link Unchecked}), after {@link WorkbenchAccess} decided the reader may see the case.
 */
@Component
class RecordHistory {

  /**
   * One completed user task: its process (definition key), its task id in the model, who completed it, when,
   * and whom it was offered to (candidate groups and users ever added; both empty for a task the process
   * assigned to one person, e.g. the head's).
   */
  record Step(String processKey, String taskKey, String taskName, String completedBy, Date created, Date completed,
      Set<String> candidateGroups, Set<String> candidateUsers) {

    LocalDate createdOn() {
      return AuditTime.date(created);
    }

    LocalDate completedOn() {
      return AuditTime.date(completed);
    }
  }

  /** One value a variable took, when, and in which process; revision orders updates made in the same instant. */
  record Value(String processKey, Object value, Date at, int revision, long sequence) {}

  /**
   * Whether the engine still holds the case as the registry expects: its history exists ({@code erased}
   * otherwise), how its process ended ({@code end}, {@code deleteReason}: a deletion, not an end event), and
   * what stops its clocks now (suspended instances, timers suspended or with no retries left).
   */
  record Intact(boolean erased, Date end, String deleteReason, List<String> stopped) {}

  private final HistoryService history;
  private final RepositoryService repository;
  private final org.camunda.bpm.engine.RuntimeService runtime;
  private final org.camunda.bpm.engine.ManagementService management;
  private final IdentityService identity;
  private final Unchecked unchecked;
  private final Map<String, Object[]> groups = new java.util.concurrent.ConcurrentHashMap<>();

  RecordHistory(HistoryService history, RepositoryService repository, IdentityService identity, Unchecked unchecked,
      org.camunda.bpm.engine.RuntimeService runtime, org.camunda.bpm.engine.ManagementService management) {
    this.history = history;
    this.repository = repository;
    this.runtime = runtime;
    this.management = management;
    this.identity = identity;
    this.unchecked = unchecked;
  }

  /** The case's own process instance and every one it called, by id; empty for a record with no history. */
  private Map<String, HistoricProcessInstance> instances(String processInstanceId) {
    if (processInstanceId == null) {
      return Map.of();
    }
    return unchecked.read(() -> {
      Map<String, HistoricProcessInstance> all = new HashMap<>();
      HistoricProcessInstance own = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
          .singleResult();
      if (own == null) {
        return all;
      }
      // a case called by another (R-ND-12) shares its caller's root: take only the case and what it called
      List<String> frontier = new ArrayList<>(List.of(own.getId()));
      all.put(own.getId(), own);
      while (!frontier.isEmpty()) {
        String parent = frontier.remove(0);
        for (HistoricProcessInstance called : history.createHistoricProcessInstanceQuery().superProcessInstanceId(parent).list()) {
          if (all.putIfAbsent(called.getId(), called) == null) {
            frontier.add(called.getId());
          }
        }
      }
      return all;
    });
  }

  /** The state of the case's record in the engine (see {@link Intact}); null for a record with no engine case. */
  Intact intact(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    Map<String, HistoricProcessInstance> instances = instances(processInstanceId);
    HistoricProcessInstance own = instances.get(processInstanceId);
    if (own == null) {
      return new Intact(true, null, null, List.of());
    }
    return unchecked.read(() -> {
      List<String> stopped = new ArrayList<>();
      for (HistoricProcessInstance pi : instances.values()) {
        if (pi.getEndTime() != null) {
          continue;
        }
        String name = processName(pi);
        var running = runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult();
        if (running != null && running.isSuspended()) {
          stopped.add("「" + name + "」被挂起");
        }
        for (var job : management.createJobQuery().processInstanceId(pi.getId()).list()) {
          if (job.isSuspended()) {
            stopped.add("「" + name + "」的定时任务被挂起");
          } else if (job.getRetries() <= 0) {
            stopped.add("「" + name + "」的定时任务重试次数为 0，不再执行");
          }
        }
      }
      return new Intact(false, own.getEndTime(), own.getDeleteReason(), stopped);
    });
  }

  private String processName(HistoricProcessInstance pi) {
    ProcessDefinition d = repository.getProcessDefinition(pi.getProcessDefinitionId());
    return d == null || d.getName() == null ? "流程" : d.getName();
  }

  /** Every completed user task of the case, oldest first; a task ended without completion is not a step. */
  List<Step> steps(String processInstanceId) {
    Map<String, HistoricProcessInstance> instances = instances(processInstanceId);
    if (instances.isEmpty()) {
      return List.of();
    }
    return unchecked.read(() -> {
      List<Step> steps = new ArrayList<>();
      for (HistoricProcessInstance pi : instances.values()) {
        Map<String, String> completedBy = new HashMap<>();
        for (UserOperationLogEntry op : history.createUserOperationLogQuery().processInstanceId(pi.getId())
            .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()) {
          if (op.getTaskId() != null && op.getUserId() != null) {
            completedBy.put(op.getTaskId(), op.getUserId());
          }
        }
        String key = key(pi);
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).finished().list()) {
          if (t.getDeleteReason() != null && !"completed".equals(t.getDeleteReason())) {
            continue;
          }
          // who completed: the signed-in user the engine logged; a completion without one (the engine's Java
          // API, an earlier release) is the task's assignee, which the trust boundary makes the completer
          Set<String> groups = new java.util.TreeSet<>();
          Set<String> users = new java.util.TreeSet<>();
          for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(t.getId())
              .type(IdentityLinkType.CANDIDATE).list()) {
            if ("add".equals(link.getOperationType())) { // the log also records "delete"; a candidate once is offered
              if (link.getGroupId() != null) {
                groups.add(link.getGroupId());
              }
              if (link.getUserId() != null) {
                users.add(link.getUserId());
              }
            }
          }
          steps.add(new Step(key, t.getTaskDefinitionKey(), t.getName(), completedBy.getOrDefault(t.getId(), t.getAssignee()),
              t.getStartTime(), t.getEndTime(), groups, users));
        }
      }
      steps.sort(Comparator.comparing(Step::completed));
      return steps;
    });
  }

  /**
   * Every value each of the variables took in the case's processes, oldest first, by variable name (history
   * level full keeps each update); one read of the history for all of them.
   */
  Map<String, List<Value>> values(String processInstanceId, Set<String> variables) {
    Map<String, HistoricProcessInstance> instances = instances(processInstanceId);
    Map<String, List<Value>> byName = new HashMap<>();
    variables.forEach(v -> byName.put(v, new ArrayList<>()));
    if (instances.isEmpty()) {
      return byName;
    }
    unchecked.read(() -> {
      for (HistoricProcessInstance pi : instances.values()) {
        String key = key(pi);
        for (HistoricDetail d : history.createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates().list()) {
          HistoricVariableUpdate u = (HistoricVariableUpdate) d;
          List<Value> values = byName.get(u.getVariableName());
          if (values != null && u.getValue() != null) {
            long sequence = u instanceof org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity e
                ? e.getSequenceCounter() : 0;
            values.add(new Value(key, u.getValue(), u.getTime(), u.getRevision(), sequence));
          }
        }
      }
      return null;
    });
    // a clock that stands still (or one command's updates) gives equal times: revision, then the engine's
    // sequence counter, keep their order
    byName.values().forEach(values -> values.sort(
        Comparator.comparing(Value::at).thenComparingInt(Value::revision).thenComparingLong(Value::sequence)));
    return byName;
  }

  /**
   * The groups the user belongs to now (the identity service keeps no history of memberships). The checks
   * of many cases ask for the same few people: kept for a minute, as {@link Names} keeps names.
   */
  Set<String> groupsOf(String userId) {
    if (userId == null) {
      return Set.of();
    }
    long now = System.currentTimeMillis();
    Object[] kept = groups.get(userId);
    if (kept != null && (long) kept[1] > now) {
      @SuppressWarnings("unchecked")
      Set<String> cached = (Set<String>) kept[0];
      return cached;
    }
    Set<String> found = unchecked.read(() -> identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toUnmodifiableSet()));
    groups.put(userId, new Object[] {found, now + Names.KEEP_MILLIS});
    return found;
  }

  private String key(HistoricProcessInstance pi) {
    if (pi.getProcessDefinitionKey() != null) {
      return pi.getProcessDefinitionKey();
    }
    ProcessDefinition d = repository.getProcessDefinition(pi.getProcessDefinitionId());
    return d == null ? "" : d.getKey();
  }
}
