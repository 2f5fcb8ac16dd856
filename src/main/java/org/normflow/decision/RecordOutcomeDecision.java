package org.normflow.decision;

import static org.normflow.decision.DecisionMeasures.*;
import static org.normflow.process.DecisionImplementationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_DecideOutcome (complete, decision-implementation), R-MD-15, R-MD-16 (713 Art 36-37): the
 * decision organ's head (or a deputy under the head's recorded authorization) decides, with the
 * reason, what follows the evaluation or the suspension: continue (resume), general adjustment (what
 * changes is recorded), major adjustment (the whole procedure runs again), suspend, stop. Sets
 * organOutcome (Gateway_Outcome), executionSuspended, and for the end results implementationResult and
 * outcomeReason; each decision, who took it and when are recorded (nf_decision_measure). Issue 24 point 7
 * (713 Art 37): an adjustment is first decided as such (ADJUST, with what changes); the legal office then
 * reviews whether it is 一般 or 重大 (Task_ReviewAdjustmentClass) and the head decides the class here on that
 * view; a suspension or stop is published by the organ's office (Task_PublishMeasure).
 */
@Component("recordOutcomeDecision")
class RecordOutcomeDecision implements TaskListener {

  private final DecisionRepository decisions;
  private final HeadOfOrganisation heads;

  RecordOutcomeDecision(DecisionRepository decisions, HeadOfOrganisation heads) {
    this.decisions = decisions;
    this.heads = heads;
  }

  @Override
  public void notify(DelegateTask task) {
    HeadAct act = heads.act(task, "R-MD-15");
    FormCheck check = FormCheck.of(task);
    String outcome = check.oneOf(OUTCOME_DECISION, "处理决定", OUTCOMES.keySet());
    String reason = check.text(OUTCOME_DECISION_REASON, "理由", 4000);
    String changes = check.optionalText(ADJUSTMENT_CONTENT);
    boolean suspended = Boolean.TRUE.equals(task.getVariable(EXECUTION_SUSPENDED));
    check.require(!(GENERAL_ADJUSTMENT.equals(outcome) || ADJUST.equals(outcome)) || changes != null,
        "调整的，请填写“调整内容”");
    // issue 24 point 7 (713 Art 37): 一般 or 重大 is decided only on the legal office's view of this adjustment
    Object view = task.getVariable(ADJUSTMENT_CLASS_VIEW_TEXT);
    boolean classed = GENERAL_ADJUSTMENT.equals(outcome) || MAJOR_ADJUSTMENT.equals(outcome);
    check.require(!classed || view != null,
        "调整属于一般调整还是重大调整，须先由法制机构审查：请选择“调整（先由法制机构审查调整类别）”");
    check.require(changes == null || changes.length() <= 4000, "“调整内容”不能超过 4000 个字");
    check.require(!(SUSPEND.equals(outcome) && suspended),
        "决策已中止执行；请决定恢复执行（继续执行或者一般调整后继续执行）、重大调整或者停止执行");
    check.verify();
    String id = DecisionCase.id(task);
    if (ADJUST.equals(outcome)) {
      task.setVariable(ORGAN_OUTCOME, outcome);
      task.setVariable(ADJUSTMENT_CLASS_VIEW_TEXT, null);
      return;
    }
    String classNote = "";
    if (classed) {
      Object legalView = task.getVariable(ADJUSTMENT_CLASS_VIEW);
      classNote = "\n" + view + (outcome.equals(legalView) ? "" : "\n（决策机关的决定与法制机构的意见不同，理由见上）");
      task.setVariable(ADJUSTMENT_CLASS_VIEW_TEXT, null);
    }
    String measure = switch (outcome) {
      case CONTINUE -> suspended ? MEASURE_RESUME : MEASURE_CONTINUE;
      case GENERAL_ADJUSTMENT -> MEASURE_GENERAL_ADJUSTMENT;
      case MAJOR_ADJUSTMENT -> MEASURE_MAJOR_ADJUSTMENT;
      case SUSPEND -> MEASURE_SUSPENSION;
      default -> MEASURE_STOP;
    };
    Object ground = task.getVariable(EVALUATION_PROMPT_GROUND);
    decisions.addMeasure(id, measure, ground == null ? null : ground.toString(),
        reason + classNote + (act.byDeputy() ? "\n" + act.note() : ""), changes, act.actor(), act.authorizationId());
    task.setVariable(ORGAN_OUTCOME, outcome);
    switch (outcome) {
      case CONTINUE, GENERAL_ADJUSTMENT -> task.setVariable(EXECUTION_SUSPENDED, false);
      case SUSPEND -> {
        task.setVariable(EXECUTION_SUSPENDED, true);
        decisions.updateStage(id, DecisionStage.SUSPENDED);
        toPublish(task, DecisionMeasures.PUBLISH_SUSPENSION, "决策机关决定中止执行。理由：" + reason);
      }
      case MAJOR_ADJUSTMENT -> {
        task.setVariable(IMPLEMENTATION_RESULT, RESULT_MAJOR_ADJUSTMENT);
        task.setVariable(OUTCOME_REASON, reason);
      }
      default -> {
        task.setVariable(IMPLEMENTATION_RESULT, RESULT_STOPPED);
        task.setVariable(OUTCOME_REASON, reason);
        toPublish(task, DecisionMeasures.PUBLISH_STOP, "决策机关决定停止执行。理由：" + reason);
      }
    }
  }

  /** Issue 24 point 7: what Task_PublishMeasure publishes (read by Gateway_PublishedMeasure). */
  static void toPublish(org.camunda.bpm.engine.delegate.VariableScope scope, String kind, String text) {
    scope.setVariable(MEASURE_TO_PUBLISH, kind);
    scope.setVariable(MEASURE_TO_PUBLISH_TEXT, DecisionCase.cap(text));
  }
}
