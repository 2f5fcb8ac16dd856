package org.normflow.head;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * Task_Signing, Task_DecideStart, Task_JudgeRisk, Task_HeadDecision, Task_OrganDecision (organ-meeting), Task_DecideNotToProceed, Task_SuspendExecution,
 * Task_DecideEvaluation, Task_DecideOutcome, Task_ApproveCatalogue, Task_ApproveAdjustment, Task_ApproveAbolition, Task_AnswerOverdue,
 * Task_OrganDecision, Task_SignDecision
 * (update): every head task (each declares its {@code headAct}, {@link HeadAct.Kind}), R-MD-01, R-ND-14, R-MD-02, R-MD-07, R-MD-11, R-MD-15, R-MD-16, R-ND-15, R-ND-11: "update" listener of the head's tasks: they are offered to no group, so a task the
 * head (or the deputy) unclaimed would be in nobody's list. Unclaiming is refused; only the hand-over and
 * hand-back of an authorization move such a task, always to a person.
 */
@Component("keepHeadTaskAssigned")
class KeepHeadTaskAssigned implements TaskListener {

  private final HeadOfOrganisation heads;

  KeepHeadTaskAssigned(HeadOfOrganisation heads) {
    this.heads = heads;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() == null || task.getAssignee().isBlank()) {
      String step = HeadOfOrganisation.step(heads.actOf(task), task.getName());
      throw new FormValidationException(List.of("“" + step + "”由主要负责人（或经其授权的代行人）本人办理，不能退回任务列表"));
    }
  }
}
