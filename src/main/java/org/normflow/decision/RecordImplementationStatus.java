package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ImplementDecision (complete), R-MD-14/R-MD-15: the executing unit reports completion or asks for
 * a post-evaluation.
 */
@Component("recordImplementationStatus")
class RecordImplementationStatus implements TaskListener {

  private final DecisionRepository decisions;

  RecordImplementationStatus(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String status = check.oneOf(IMPLEMENTATION_STATUS, "执行情况", List.of("COMPLETED", "EVALUATE"));
    String trigger = check.optionalText(EVALUATION_TRIGGER);
    check.require(!"EVALUATE".equals(status) || trigger != null,
        "申请决策后评估的，请填写“评估原因”（如明显未达到预期效果、公众提出较多意见）");
    check.require(trigger == null || trigger.length() <= 2000, "“评估原因”不能超过 2000 个字");
    check.verify();
    decisions.addReport(DecisionCase.id(task), DecisionRepository.PROGRESS,
        "COMPLETED".equals(status) ? "决策执行完毕" : "申请决策后评估：" + trigger, Actors.of(task));
  }
}
