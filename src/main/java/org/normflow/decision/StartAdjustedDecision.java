package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.normflow.process.ProcessKeys;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_StartAdjustment, R-MD-15: when the head decided a major adjustment in
 * decision-implementation (implementationResult MAJOR_ADJUSTMENT), the whole procedure runs again as a
 * new major-decision instance linked to this one; the head's reason goes into its adjustment reason.
 */
@Component("startAdjustedDecision")
class StartAdjustedDecision implements JavaDelegate {

  private final DecisionRepository decisions;

  StartAdjustedDecision(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = DecisionCase.id(execution);
    String title = "调整：" + execution.getVariable(TITLE);
    Object because = execution.getVariable(OUTCOME_REASON);
    // issue 10: decisions are named by their numbers (2026年第3项), not internal ids
    String earlier = decisions.find(id).map(DecisionRecord::reference).filter(r -> r != null).orElse(id);
    String reason = DecisionCase.cap("决策机关决定重大调整，重新履行决策程序（原决策 " + earlier + "）"
        + (because == null ? "" : "。理由：" + because));
    ProcessInstance successor = execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(ProcessKeys.MAJOR_DECISION,
            Map.of(TITLE, title.length() > 500 ? title.substring(0, 500) : title,
                PROPOSED_LEAD_UNIT, String.valueOf(execution.getVariable(LEAD_UNIT)),
                ADJUSTMENT_REASON, reason,
                PREVIOUS_DECISION_ID, id));
    execution.setVariable(SUCCESSOR_PROCESS_INSTANCE_ID, successor.getId());
    decisions.addReport(id, DecisionRepository.EVALUATION,
        "已发起调整决策，决策编号 " + decisions.find("MD-" + successor.getId()).map(DecisionRecord::reference)
            .filter(r -> r != null).orElse("MD-" + successor.getId()), null);
  }
}
