package org.normflow.head;

import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.normflow.trust.SystemActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-ND-14, R-C-07: while the head cannot act, the organ names an acting head and an operator applies that
 * decision as {@code normflow.organisation.head} (docs/security.md, "The administrator"). At start-up the
 * head's open tasks (offered to nobody else) that are held by someone who is no longer the head or an
 * authorized deputy for the case go to whoever now holds them ({@link HeadOfOrganisation#assigneeFor}), each
 * hand-over recorded in {@code nf_admin_action} (kind HEAD_CHANGED, by the system) and shown in the case file.
 * Without it the former head's open tasks would wait for someone who may no longer act.
 */
@Component
class HeadChangeHandover {

  static final String HEAD_CHANGED = "HEAD_CHANGED";
  private static final Logger LOG = LoggerFactory.getLogger(HeadChangeHandover.class);

  private final HeadOfOrganisation heads;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final AuthorizationService authorizationService;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  HeadChangeHandover(HeadOfOrganisation heads, TaskService taskService, HistoryService historyService,
      AuthorizationService authorizationService, JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.heads = heads;
    this.taskService = taskService;
    this.historyService = historyService;
    this.authorizationService = authorizationService;
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @EventListener(ApplicationReadyEvent.class)
  void handOver() {
    // the head's own tasks need nothing: only those held by someone else (a former head, a deputy) are looked at,
    // so a start with thousands of running cases does not read every head task's links
    var keys = heads.headTaskKeys();
    if (keys.isEmpty()) {
      return;
    }
    var query = taskService.createTaskQuery().taskDefinitionKeyIn(keys.toArray(String[]::new));
    List<Task> open = (heads.head() == null ? query : query.taskAssigneeNotIn(heads.head())).list();
    for (Task task : open) {
      String before = task.getAssignee();
      HeadAct.Kind act = heads.actOf(task);
      if (act == null) {
        continue;
      }
      boolean offeredToOthers = taskService.getIdentityLinksForTask(task.getId()).stream()
          .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
      if (before == null || offeredToOthers) {
        continue;
      }
      String after = heads.assigneeFor(task.getProcessInstanceId(), act);
      if (after.equals(before)) {
        continue;
      }
      try {
        handOver(task, before, after);
      } catch (RuntimeException e) {
        // another node of the cluster handed it over first, or the task ended meanwhile: nothing to do here;
        // anything else must not keep the application from starting, and the next start tries again
        LOG.warn("head task {} ({}) not handed from {} to {}: {}", task.getId(), task.getName(), before, after,
            e.getMessage());
        continue;
      }
      LOG.info("head task {} ({}) handed from {} to {}: the configured head is {}", task.getId(), task.getName(), before,
          after, heads.head());
    }
  }

  private void handOver(Task task, String before, String after) {
    transactions.executeWithoutResult(status -> {
      SystemActions.run(() -> {
        taskService.setAssignee(task.getId(), after);
        authorizationService.createAuthorizationQuery().userIdIn(before).resourceType(Resources.TASK)
            .resourceId(task.getId()).list()
            .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
      });
      var pi = historyService.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .singleResult();
      String root = pi == null || pi.getRootProcessInstanceId() == null ? task.getProcessInstanceId()
          : pi.getRootProcessInstanceId();
      jdbc.sql("INSERT INTO nf_admin_action (kind, process_instance_id, root_process_instance_id, task_id, "
              + "task_definition_key, task_name, previous_assignee, new_assignee, reason, performed_by, performed_at) "
              + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(HEAD_CHANGED, task.getProcessInstanceId(), root, task.getId(), task.getTaskDefinitionKey(),
              task.getName(), before, after, "主要负责人（normflow.organisation.head）现为 " + heads.name(heads.head())
                  + "：" + heads.name(before) + " 不再是本件的主要负责人或经授权的代行人，其在办事项转交 " + heads.name(after),
              "system", new Timestamp(ClockUtil.getCurrentTime().getTime()))
          .update();
    });
  }
}
