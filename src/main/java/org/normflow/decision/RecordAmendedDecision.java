package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.LegalBasis;
import org.springframework.stereotype.Component;

/**
 * Task_AmendDecision (complete), R-MD-11, issue 24 point 12: the organ approved with amendments (修改后同意);
 * the drafting unit produces the amended text as a new version of the draft, checked against the decision:
 * the decision on record is 修改后同意, the text differs from the version the meeting discussed, the unit
 * says how each amendment was made and confirms that every one was. That version is what is published.
 */
@Component("recordAmendedDecision")
class RecordAmendedDecision implements TaskListener {

  private final DecisionRepository decisions;

  RecordAmendedDecision(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String text = check.text(REVISED_PLAN_TEXT, "修改后的决策草案", 4000);
    String note = check.text(REVISION_NOTE, "修改说明", 2000);
    boolean carriedOut = check.checked(AMENDMENTS_CARRIED_OUT, "已按决定逐项修改");
    check.require(carriedOut, "请核对决定中的修改意见，逐项修改后勾选“已按决定逐项修改”" + LegalBasis.cite("R-MD-11"));
    String id = DecisionCase.id(task);
    check.require("APPROVE_WITH_AMENDMENTS".equals(decisions.find(id).orElseThrow().outcome()),
        "决策机关的决定不是“修改后同意”，无需按决定修改");
    List<DecisionRecord.Version> versions = decisions.versions(id);
    String discussed = versions.isEmpty() ? null : versions.get(versions.size() - 1).planText();
    check.require(text == null || !text.strip().equals(discussed == null ? null : discussed.strip()),
        "“修改后的决策草案”与提交会议讨论的草案相同：请按决定的修改意见修改");
    check.verify();
    String label = (String) task.getVariable(PLAN_A_LABEL);
    String actor = Actors.of(task);
    int version = decisions.addVersion(id, List.<String[]>of(new String[] {label == null ? "修改稿" : label, text}),
        "按决定修改：" + note, actor);
    decisions.addReport(id, DecisionRepository.AMENDED, "第 " + version + " 稿按决定修改：" + note, actor);
    task.setVariable(CURRENT_VERSION, version);
  }
}
