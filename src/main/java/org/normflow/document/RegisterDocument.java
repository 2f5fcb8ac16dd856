package org.normflow.document;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.ZoneId;

import org.normflow.reference.CaseReferences;

import static org.normflow.process.NormativeDocumentVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.identity.CaseUnits;
import org.normflow.identity.DraftingUnits;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RegisterDocument: checks the start form and opens the document's registry record (stage
 * 起草中). The start form is the drafter's ACCOUNT (R-ND-13, R-MD-18, R-ND-03, R-ND-12): whether the
 * document concerns operators' economic activity and how, whether it is also a major decision and why,
 * whether the drafter believes it is not a normative document at all and why. No gateway and no rule
 * table reads the account: the legal office's finding on Task_IdentifyDocument decides. The drafter does
 * not decide whether the legality review applies (R-ND-04, 应审必审). The case records the drafting unit
 * (起草单位) of the drafter who started it: the unit whose members get the document's drafter tasks; the
 * issuing organ (制定机关) is a separate field.
 */
@Component("registerDocument")
class RegisterDocument implements JavaDelegate {

  static final List<String> DOC_TYPES = List.of("通知", "办法", "规定", "细则", "意见", "决定", "公告", "其他");
  static final int MAX_REASON = 2000;

  private final DocumentRepository documents;
  private final CaseUnits caseUnits;
  private final DraftingUnits draftingUnits;
  private final CaseReferences references;

  RegisterDocument(DocumentRepository documents, CaseUnits caseUnits, DraftingUnits draftingUnits,
      CaseReferences references) {
    this.documents = documents;
    this.caseUnits = caseUnits;
    this.draftingUnits = draftingUnits;
    this.references = references;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormCheck check = FormCheck.of(execution);
    String title = check.text(TITLE, "文件标题", 200);
    String docType = check.oneOf(DOC_TYPE, "文件类型", DOC_TYPES);
    String unit = check.text(ISSUING_UNIT, "制定机关", 100);
    LocalDate planned = check.optionalDate(PLANNED_EFFECTIVE_DATE, "拟施行日期");
    boolean trial = check.checked(TRIAL, "试行或暂行文件");
    boolean market = check.checked(CONCERNS_MARKET, "涉及经营者的经济活动");
    // the account only counts with the tick: text typed and then un-ticked is not kept
    String marketAccount = market ? check.text(MARKET_ACCOUNT, "如何涉及经营者的经济活动", MAX_REASON) : null;
    boolean majorDecision = check.checked(MAJOR_DECISION, "同时属于重大行政决策事项");
    String majorAccount =
        majorDecision ? check.text(MAJOR_DECISION_ACCOUNT, "属于重大行政决策事项的理由", MAX_REASON) : null;
    boolean claim = check.checked(NOT_NORMATIVE_CLAIM, "认为本文件不属于行政规范性文件，申请法制机构认定");
    // the reason only counts with the tick: a reason typed and then un-ticked asks for nothing
    String claimReason = claim ? check.text(NOT_NORMATIVE_REASON, "认为不属于行政规范性文件的理由", MAX_REASON) : null;
    check.verify();
    String draftingUnit = caseUnits.unitForNewCase(execution);

    String id = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey() : execution.getProcessInstanceId();
    documents.insert(
        new DocumentRepository.NewDocument(
            id, execution.getProcessInstanceId(), title, docType, unit, market, majorDecision, trial, planned,
            claimReason, Actors.of(execution), draftingUnit, marketAccount, majorAccount));
    // issue 10: the 登记号 people use until the 文号 is assigned (pattern per issuing organ)
    String reference = references.nextDocumentReference(unit,
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Shanghai")).getYear());
    documents.setReference(id, reference);
    execution.setVariable(CASE_REFERENCE, reference);
    execution.setVariable(CASE_TYPE_LABEL, "行政规范性文件");
    execution.setVariable(DOCUMENT_ID, id);
    execution.setVariable(DRAFTING_UNIT, draftingUnit);
    execution.setVariable(DRAFTING_UNIT_NAME, unitName(draftingUnit));
    // the account as checked (checkboxes left untouched arrive as null and become false); shown to the
    // legal office, read by no gateway: marketConfirmed / majorDecisionConfirmed come from its finding
    execution.setVariable(TRIAL, trial);
    execution.setVariable(CONCERNS_MARKET, market);
    execution.setVariable(MARKET_ACCOUNT, marketAccount);
    execution.setVariable(MAJOR_DECISION, majorDecision);
    execution.setVariable(MAJOR_DECISION_ACCOUNT, majorAccount);
    execution.setVariable(IDENTIFICATION_REQUESTED, claim);
  }

  private String unitName(String unitId) {
    if (unitId == null) {
      return null;
    }
    return draftingUnits.getDraftingUnits().stream()
        .filter(u -> unitId.equals(u.getId()))
        .map(DraftingUnits.Unit::getName)
        .findFirst()
        .orElse(unitId);
  }
}
