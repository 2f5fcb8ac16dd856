package org.normflow.identity;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Task_Drafting (normative-document), Task_Proposal (major-decision) (create), issue 10: the first
 * drafting task of a case lands in 我的待办 of the drafter who started it, when that drafter is one of
 * the task's candidates (their drafting unit); every later occurrence, and a case the system started,
 * stays with the unit (本组待办). The starter is the engine's record of who started the instance, never
 * a form value; the unit's other drafters may still take the task over by the unit's own arrangements.
 */
@Component("assignFirstTaskToStarter")
class AssignFirstTaskToStarter implements TaskListener {

  private final EngineReads reads;

  AssignFirstTaskToStarter(EngineReads reads) {
    this.reads = reads;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null) {
      return;
    }
    var services = task.getProcessEngineServices();
    reads.unchecked(() -> {
      HistoricProcessInstance instance = services.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      String starter = instance == null ? null : instance.getStartUserId();
      if (starter == null) {
        return null;
      }
      boolean earlier = services.getHistoryService().createHistoricTaskInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(task.getTaskDefinitionKey())
          .list().stream().anyMatch(h -> !h.getId().equals(task.getId()));
      if (earlier) {
        return null;
      }
      for (IdentityLink link : task.getCandidates()) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
            && services.getIdentityService().createUserQuery().userId(starter).memberOfGroup(link.getGroupId()).count() > 0) {
          task.setAssignee(starter);
          return null;
        }
      }
      return null;
    });
  }
}
