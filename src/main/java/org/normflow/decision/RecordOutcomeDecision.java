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
 * outcomeReason; each decision, who took it and when are recorded (nf_decision_measure).
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
    check.require(!GENERAL_ADJUSTMENT.equals(outcome) || changes != null, "一般调整的，请填写“调整内容”");
    check.require(changes == null || changes.length() <= 4000, "“调整内容”不能超过 4000 个字");
    check.require(!(SUSPEND.equals(outcome) && suspended),
        "决策已中止执行；请决定恢复执行（继续执行或者一般调整后继续执行）、重大调整或者停止执行");
    check.verify();
    String id = DecisionCase.id(task);
    String measure = switch (outcome) {
      case CONTINUE -> suspended ? MEASURE_RESUME : MEASURE_CONTINUE;
      case GENERAL_ADJUSTMENT -> MEASURE_GENERAL_ADJUSTMENT;
      case MAJOR_ADJUSTMENT -> MEASURE_MAJOR_ADJUSTMENT;
      case SUSPEND -> MEASURE_SUSPENSION;
      default -> MEASURE_STOP;
    };
    Object ground = task.getVariable(EVALUATION_PROMPT_GROUND);
    decisions.addMeasure(id, measure, ground == null ? null : ground.toString(),
        reason + (act.byDeputy() ? "\n" + act.note() : ""), changes, act.actor(), act.authorizationId());
    task.setVariable(ORGAN_OUTCOME, outcome);
    switch (outcome) {
      case CONTINUE, GENERAL_ADJUSTMENT -> task.setVariable(EXECUTION_SUSPENDED, false);
      case SUSPEND -> {
        task.setVariable(EXECUTION_SUSPENDED, true);
        decisions.updateStage(id, DecisionStage.SUSPENDED);
      }
      case MAJOR_ADJUSTMENT -> {
        task.setVariable(IMPLEMENTATION_RESULT, RESULT_MAJOR_ADJUSTMENT);
        task.setVariable(OUTCOME_REASON, reason);
      }
      default -> {
        task.setVariable(IMPLEMENTATION_RESULT, RESULT_STOPPED);
        task.setVariable(OUTCOME_REASON, reason);
      }
    }
  }
}
