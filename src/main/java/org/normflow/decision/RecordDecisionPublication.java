package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_Publication (complete), R-MD-12: publication after the decision, with the explanation of how
 * public and expert opinions were adopted; the executing unit is named (R-MD-14).
 */
@Component("recordDecisionPublication")
class RecordDecisionPublication implements TaskListener {

  private final DecisionRepository decisions;

  RecordDecisionPublication(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate published = check.date(PUBLISHED_ON, "公布日期");
    String explanation = check.text(ADOPTION_EXPLANATION, "公众意见、专家论证意见的采纳情况说明", 4000);
    String unit = check.text(EXECUTING_UNIT, "决策执行单位", 200);
    check.verify();
    String id = DecisionCase.id(task);
    decisions.setExecutingUnit(id, unit);
    decisions.addReport(id, DecisionRepository.PUBLICATION,
        "公布日期：" + published + "\n执行单位：" + unit + "\n意见采纳情况说明：" + explanation, Actors.of(task));
  }
}
