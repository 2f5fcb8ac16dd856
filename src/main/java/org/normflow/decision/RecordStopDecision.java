package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_DecideNotToProceed (complete), R-MD-09, R-ND-04, R-ND-14 (issue 24): the organ's way out of the loop
 * 修改决策草案 → 合法性审查. On the drafting unit's proposal the head (or a deputy under an authorization naming
 * 决定终止决策程序) decides: stop, and the case ends at EndEvent_NotProceeded (a normative document handled
 * as a major decision then ends 不予出台, {@code document.RecordMajorDecisionOutcome}); or continue, and the
 * draft goes back to the drafting unit. The decision is on the registry (report STOP_DECISION with its
 * finding) before {@code proceedingStopped}, which only this step writes, lets Gateway_StopDecided pass.
 */
@Component("recordStopDecision")
class RecordStopDecision implements TaskListener {

  private final DecisionRepository decisions;
  private final HeadOfOrganisation heads;

  RecordStopDecision(DecisionRepository decisions, HeadOfOrganisation heads) {
    this.decisions = decisions;
    this.heads = heads;
  }

  @Override
  public void notify(DelegateTask task) {
    HeadAct act = heads.act(task, "R-ND-14");
    FormCheck check = FormCheck.of(task);
    String decision = check.oneOf(STOP_DECISION, "是否终止决策程序", List.of(STOP, CONTINUE));
    String reason = check.text(STOP_DECISION_REASON, "决定理由", 2000);
    check.verify();
    boolean stop = STOP.equals(decision);
    String id = DecisionCase.id(task);
    decisions.addReport(id, DecisionRepository.STOP_DECISION,
        (stop ? "决定终止决策程序，不予出台" : "不同意终止，退回承办单位继续修改决策草案") + "\n理由：" + reason
            + (act.byDeputy() ? "\n" + act.note() : ""), act.actor(), act.authorizationId());
    decisions.recordFinding(id, DecisionRepository.STOP_DECISION, decision);
    task.setVariable(PROCEEDING_STOPPED, stop);
  }
}
