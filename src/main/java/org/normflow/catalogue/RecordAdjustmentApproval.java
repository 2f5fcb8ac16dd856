package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ApproveAdjustment (complete), R-MD-01 (issue 10): the head approves the legal office's in-year
 * adjustment or refuses it with a reason. {@code adjustmentApproved} (read by
 * Gateway_AdjustmentApproved) is set here; a refusal is recorded on the catalogue.
 */
@Component("recordAdjustmentApproval")
class RecordAdjustmentApproval implements TaskListener {

  static final List<String> DECISIONS = List.of("APPROVE", "REJECT");

  private final CatalogueService catalogue;
  private final HeadOfOrganisation heads;

  RecordAdjustmentApproval(CatalogueService catalogue, HeadOfOrganisation heads) {
    this.catalogue = catalogue;
    this.heads = heads;
  }

  @Override
  public void notify(DelegateTask task) {
    HeadAct act = heads.act(task, "R-MD-01");
    FormCheck check = FormCheck.of(task);
    String decision = check.oneOf(ADJUSTMENT_DECISION, "审定意见", DECISIONS);
    boolean approve = "APPROVE".equals(decision);
    String reason = approve ? check.optionalText(ADJUSTMENT_DECISION_REASON)
        : check.text(ADJUSTMENT_DECISION_REASON, "不同意的理由", 2000);
    check.verify();
    task.setVariable(ADJUSTMENT_APPROVED, approve);
    task.setVariable(ADJUSTMENT_APPROVED_BY, act.actor());
    if (!approve) {
      catalogue.recordEvent(CatalogueSteps.year(task), "ADJUSTMENT_REFUSED",
          "不同意目录调整：" + task.getVariable(ADJUSTMENT_SUMMARY) + "\n理由：" + reason, act.actor());
    }
  }
}
