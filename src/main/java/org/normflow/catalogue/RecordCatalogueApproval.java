package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ApproveCatalogue (complete), R-MD-01 (issue 10): the head (or a deputy authorized for it)
 * approves the draft catalogue or returns it to the legal office with a reason; where local rules
 * require a collective discussion first, the meeting's date is recorded. {@code catalogueApproved}
 * (read by Gateway_CatalogueApproved) is set here, never by the form.
 */
@Component("recordCatalogueApproval")
class RecordCatalogueApproval implements TaskListener {

  static final List<String> DECISIONS = List.of("APPROVE", "RETURN");

  private final CatalogueService catalogue;
  private final HeadOfOrganisation heads;
  private final CatalogueSettings settings;

  RecordCatalogueApproval(CatalogueService catalogue, HeadOfOrganisation heads, CatalogueSettings settings) {
    this.catalogue = catalogue;
    this.heads = heads;
    this.settings = settings;
  }

  @Override
  public void notify(DelegateTask task) {
    HeadAct act = heads.act(task, "R-MD-01");
    FormCheck check = FormCheck.of(task);
    String decision = check.oneOf(CATALOGUE_DECISION, "审定意见", DECISIONS);
    boolean approve = "APPROVE".equals(decision);
    LocalDate discussed = approve && settings.isCollectiveDiscussion() ? check.date(DISCUSSED_ON, "集体讨论日期") : null;
    String reason = approve ? check.optionalText(CATALOGUE_DECISION_REASON)
        : check.text(CATALOGUE_DECISION_REASON, "退回理由", 2000);
    check.verify();
    int year = CatalogueSteps.year(task);
    if (approve) {
      catalogue.approve(year, task.getProcessInstanceId(), act.actor());
    }
    catalogue.recordEvent(year, approve ? "APPROVED" : "RETURNED",
        (approve ? "审定同意" : "退回重新编制") + (discussed == null ? "" : "（经 " + discussed + " 集体讨论）")
            + (reason == null ? "" : "：" + reason) + (act.byDeputy() ? "；" + act.note() : ""), act.actor());
    task.setVariable(CATALOGUE_APPROVED, approve);
  }
}
