package org.normflow.decision;

import org.normflow.reference.CaseReferences;

import org.normflow.validation.LegalBasis;

import org.normflow.trust.Actors;
import static org.normflow.process.MajorDecisionVariables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.normflow.catalogue.CatalogueItem;
import org.normflow.catalogue.CatalogueItem.ItemStatus;
import org.normflow.catalogue.CatalogueService;
import org.normflow.identity.CaseUnits;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RegisterDecision: checks the start form and opens the decision's registry record (R-MD-01):
 * either the item of a published catalogue, or, without an item, a mid-year adjustment with its reason:
 * proposed by the drafter and decided by the head at Task_DecideStart (issue 10), or, for a normative
 * document that is also a major decision (R-ND-12), recorded on the legal office's finding. Copies the agency's settings (integrity review, review periods) into the case; the head's tasks
 * are assigned from configuration and the registry ({@code headOfOrganisation}), not from a variable.
 */
@Component("registerDecision")
class RegisterDecision implements JavaDelegate {

  private final DecisionRepository decisions;
  private final CatalogueService catalogue;
  private final DecisionSettings settings;
  private final CaseUnits caseUnits;
  private final CaseReferences references;

  RegisterDecision(DecisionRepository decisions, CatalogueService catalogue, DecisionSettings settings,
      CaseUnits caseUnits, CaseReferences references) {
    this.decisions = decisions;
    this.catalogue = catalogue;
    this.settings = settings;
    this.caseUnits = caseUnits;
    this.references = references;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormCheck check = FormCheck.of(execution);
    // R-ND-12: called by normative-document for a document that is also a major decision
    String documentId = check.optionalText(NORMATIVE_DOCUMENT_ID);
    String itemText = check.optionalText(CATALOGUE_ITEM_ID);
    CatalogueItem item = null;
    String title;
    String leadUnit;
    if (itemText != null) {
      Integer itemId = check.integer(CATALOGUE_ITEM_ID, "决策事项目录编号", 1, Integer.MAX_VALUE);
      check.verify();
      item = catalogue.item(itemId);
      String problem = catalogue.startProblem(itemId);
      check.require(problem == null, problem);
      check.verify();
      title = item.title();
      leadUnit = item.leadUnit();
    } else {
      title = check.text(TITLE, "决策事项名称（目录外事项）", 500);
      leadUnit = check.text(PROPOSED_LEAD_UNIT, "建议承办单位", 200);
      String reason = documentId != null && check.optionalText(ADJUSTMENT_REASON) == null
          ? "规范性文件（登记号 " + documentName(execution, documentId) + "）同时属于重大行政决策，按重大行政决策程序办理" + LegalBasis.cite("R-ND-12")
          : check.text(ADJUSTMENT_REASON, "目录调整理由（未列入年度目录的事项须说明）", 2000);
      check.verify();
      int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Shanghai")).getYear();
      // issue 24 point 9, R-MD-01: a matter already in the catalogue is linked, never entered twice
      CatalogueItem existing = catalogue.sameMatter(year, title).orElse(null);
      if (existing != null) {
        String problem = catalogue.startProblem(existing.id());
        check.require(problem == null, "事项“" + title + "”已列入 " + year + " 年度重大行政决策事项目录（第 "
            + existing.itemNo() + " 项，承办单位：" + existing.leadUnit() + "，" + existing.statusLabel()
            + "），不能重复列入目录；请在该事项的决策程序中办理" + LegalBasis.cite("R-MD-01"));
        check.verify();
        item = existing;
      } else if (documentId != null) {
        // R-ND-12: the legal office found the document to be a major decision (identification and
        // applicability findings). Issue 24 point 9: the matter enters the catalogue only by the organ: it is
        // proposed as an adjustment (增加事项) that the head approves by deciding the matter
        // (ApproveDocumentAdjustment at Gateway_ReturnToDocument); a decision not approved never enters it
        item = catalogue.proposeAdjustment(year, title, leadUnit, reason, Actors.of(execution));
        execution.setVariable(CATALOGUE_ADJUSTMENT_NOTE, "本事项（规范性文件按重大行政决策程序办理）未列入 " + year
            + " 年度重大行政决策事项目录，已提出目录调整（增加事项）。行政首长作出同意的决定，即同意将其列入年度目录；"
            + "决定不予通过的，不列入目录。\n调整理由：" + reason);
      } else {
        // issue 10: a drafter only proposes the adjustment; the head decides it at Task_DecideStart
        item = catalogue.proposeAdjustment(year, title, leadUnit, reason, Actors.of(execution));
        execution.setVariable(CATALOGUE_ADJUSTMENT_NOTE, "本事项未列入 " + year + " 年度重大行政决策事项目录，由"
            + leadUnit + "提出目录调整（增加事项）。决定启动决策程序，即同意将其列入年度目录并随目录公布；"
            + "决定不予启动或认定不适用本程序的，不列入目录。\n调整理由：" + reason);
      }
    }

    String id = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
        : "MD-" + execution.getProcessInstanceId();
    String previous = check.optionalText(PREVIOUS_DECISION_ID);
    // a major adjustment started by the post-evaluation (R-MD-15) continues the earlier decision's unit
    java.util.Optional<DecisionRecord> earlier = previous == null ? java.util.Optional.empty() : decisions.find(previous);
    // an item of the published catalogue opens its case for the item's lead unit (issue 10, R-MD-01)
    String draftingUnit = caseUnits.unitForNewCase(execution, earlier.isPresent() || item.leadUnitGroup() != null,
        earlier.map(DecisionRecord::draftingUnit).orElse(item.leadUnitGroup()));
    decisions.insert(id, execution.getProcessInstanceId(), title, leadUnit, item.id(), previous, documentId,
        Actors.of(execution), draftingUnit);
    catalogue.markStatus(item.id(), item.status() == ItemStatus.PROPOSED ? ItemStatus.PROPOSED : ItemStatus.IN_PROGRESS,
        id, null);
    // issue 10: the decision's number from its catalogue year and item; a document's decision (R-ND-12)
    // is shown under the document's 登记号 as well
    String reference = references.decisionReference(item.year(), item.itemNo(), item.adjustment());
    decisions.setReference(id, reference);
    execution.setVariable(DECISION_REFERENCE, reference);
    String documentReference = (String) execution.getVariable(DOCUMENT_REFERENCE);
    execution.setVariable(CASE_REFERENCE,
        documentReference == null ? reference : documentReference + "（决策编号 " + reference + "）");
    execution.setVariable(CASE_TYPE_LABEL, documentId == null ? "重大行政决策" : "行政规范性文件（同时属于重大行政决策）");

    execution.setVariable(DECISION_ID, id);
    execution.setVariable(DRAFTING_UNIT, draftingUnit);
    execution.setVariable(FOR_NORMATIVE_DOCUMENT, documentId != null);
    execution.setVariable(TITLE, title);
    execution.setVariable(CATALOGUE_ITEM_ID, item.id());
    execution.setVariable(HEARING_PLANNED, item.hearingPlanned());
    execution.setVariable(PROPOSED_LEAD_UNIT, leadUnit);
    execution.setVariable(LEAD_UNIT, leadUnit);
    execution.setVariable(INTEGRITY_REVIEW_ENABLED, settings.isIntegrityReviewEnabled());
    execution.setVariable(CONSULTATION_MIN_DAYS, settings.getConsultationMinDays());
    execution.setVariable(REVIEW_MIN_WORKING_DAYS, settings.getReviewMinWorkingDays());
    execution.setVariable(REVIEW_MAX_WORKING_DAYS, settings.getReviewMaxWorkingDays());
    execution.setVariable(DISCUSSION_ROUND, 0);
    execution.setVariable(MAKE_UP_ROUND, false);
  }

  /** Issue 10: a document is named by its 登记号 (passed in by normative-document), the id only without one. */
  static String documentName(DelegateExecution execution, String documentId) {
    Object reference = execution.getVariable(DOCUMENT_REFERENCE);
    return reference instanceof String text && !text.isBlank() ? text : documentId;
  }
}
