package org.normflow.decision;

import org.normflow.trust.Actors;
import static org.normflow.process.MajorDecisionVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_DraftPlan (complete), R-MD-03: the draft with one or two alternative plans, kept as a version in
 * the registry; the classification the rule tables read (vital interests, technical, stability, market,
 * reform).
 */
@Component("recordDraftPlan")
class RecordDraftPlan implements TaskListener {

  private final DecisionRepository decisions;

  RecordDraftPlan(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String labelA = check.text(PLAN_A_LABEL, "方案一名称", 200);
    String textA = check.text(PLAN_A_TEXT, "方案一内容", 4000);
    String labelB = check.optionalText(PLAN_B_LABEL);
    String textB = check.optionalText(PLAN_B_TEXT);
    check.require((labelB == null) == (textB == null), "备选方案须同时填写“方案二名称”和“方案二内容”，或都不填");
    check.require(labelB == null || !labelB.equals(labelA), "两个方案的名称不能相同");
    check.require(labelB == null || labelB.length() <= 200, "“方案二名称”不能超过 200 个字");
    check.require(textB == null || textB.length() <= 4000, "“方案二内容”不能超过 4000 个字");
    boolean market = check.flag(CONCERNS_MARKET);
    String fairCompetition = check.optionalText(FAIR_COMPETITION_RESULT);
    check.require(fairCompetition == null || fairCompetition.length() <= 4000, "“公平竞争审查结论”不能超过 4000 个字");
    check.verify();

    List<String[]> plans = new ArrayList<>();
    plans.add(new String[] {labelA, textA});
    if (labelB != null) {
      plans.add(new String[] {labelB, textB});
    }
    String id = DecisionCase.id(task);
    int version = decisions.addVersion(id, plans, "决策草案", Actors.of(task));
    if (market && fairCompetition != null) {
      decisions.addReport(id, DecisionRepository.FAIR_COMPETITION, fairCompetition, Actors.of(task));
    }
    task.setVariable(CURRENT_VERSION, version);
    // the rule tables need real booleans, also for boxes left unticked
    for (String flag : List.of(AFFECTS_VITAL_INTERESTS, LOCAL_RULE_REQUIRES_HEARING, TECHNICAL, STABILITY_RISK,
        CONCERNS_MARKET, EXPLORATORY_REFORM)) {
      task.setVariable(flag, check.flag(flag));
    }
  }
}
