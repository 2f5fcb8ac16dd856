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
 * the registry. R-MD-18: with it the drafter gives an account of the facts that make a procedure apply
 * ({@link DrafterAccount}); the account sets no gate variable: the legal office finds which procedures
 * apply (Task_FindApplicableProcedures, {@link RecordDecisionApplicabilityFinding}).
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
    DrafterAccount.check(check, true);
    check.verify();

    List<String[]> plans = new ArrayList<>();
    plans.add(new String[] {labelA, textA});
    if (labelB != null) {
      plans.add(new String[] {labelB, textB});
    }
    String id = DecisionCase.id(task);
    int version = decisions.addVersion(id, plans, "决策草案", Actors.of(task));
    task.setVariable(CURRENT_VERSION, version);
  }
}
