package org.normflow.decision;

import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_DecideStart (complete), R-MD-02: the decision organ decides whether to start and names the lead
 * unit (承办单位). R-MD-17: an item classified as emergency response or otherwise outside the procedure is
 * recorded with why. The head decides, or a deputy under the head's recorded authorization; the record
 * says which.
 */
@Component("recordStartDecision")
class RecordStartDecision implements TaskListener {

  private final DecisionRepository decisions;
  private final HeadOfOrganisation heads;

  RecordStartDecision(DecisionRepository decisions, HeadOfOrganisation heads) {
    this.decisions = decisions;
    this.heads = heads;
  }

  @Override
  public void notify(DelegateTask task) {
    HeadAct act = heads.act(task, "R-MD-02");
    FormCheck check = FormCheck.of(task);
    String choice = check.oneOf(START_DECISION, "是否启动决策程序", List.of(START, NOT_START, OUTSIDE_PROCEDURE));
    String leadUnit = null;
    String reason = check.optionalText(START_DECISION_REASON);
    if (START.equals(choice)) {
      leadUnit = check.text(LEAD_UNIT, "承办单位", 200);
    } else if (choice != null) {
      check.require(reason != null, OUTSIDE_PROCEDURE.equals(choice)
          ? "认定为突发事件应急处置等不适用重大行政决策程序的事项，须填写“理由”（R-MD-17）"
          : "决定不予启动，须填写“理由”");
      check.require(reason == null || reason.length() <= 2000, "“理由”不能超过 2000 个字");
    }
    check.verify();
    String id = DecisionCase.id(task);
    if (leadUnit != null) {
      decisions.setLeadUnit(id, leadUnit);
    }
    String label = switch (choice) {
      case START -> "决定启动决策程序，承办单位：" + leadUnit;
      case NOT_START -> "决定不予启动";
      default -> "认定为不适用重大行政决策程序的事项（如突发事件应急处置）";
    };
    decisions.addReport(id, OUTSIDE_PROCEDURE.equals(choice) ? DecisionRepository.OUTSIDE_PROCEDURE
        : DecisionRepository.START_DECISION, label + (reason == null ? "" : "\n理由：" + reason)
        + (act.byDeputy() ? "\n" + act.note() : ""), act.actor(), act.authorizationId());
  }
}
