package org.normflow.decision;

import org.normflow.validation.LegalBasis;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_AdoptDocumentDraft, R-ND-12: a normative document that is also a major decision runs
 * through {@code major-decision}, called by {@code normative-document} after drafting. The document's
 * draft becomes the decision's plan, its drafting explanation the proposal (they take the place of the
 * proposal and the draft plan); the drafter then gives the account of the facts (hearing, experts,
 * risk) the legal office finds on (R-MD-18). The document's own fair competition review result is used
 * (R-ND-12); there is no exploratory reform on this track (R-MD-08). After the head's decision the case goes back to the document for numbering, publication,
 * filing and validity.
 */
@Component("adoptDocumentDraft")
class AdoptDocumentDraft implements JavaDelegate {

  private final DecisionRepository decisions;

  AdoptDocumentDraft(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormCheck check = FormCheck.of(execution);
    String documentId = check.text(NORMATIVE_DOCUMENT_ID, "规范性文件登记号", 64);
    String draft = check.text(DOCUMENT_DRAFT_TEXT, "规范性文件草案正文", 4000);
    String explanation = check.text(DOCUMENT_EXPLANATION, "起草说明", 4000);
    check.verify();
    String id = DecisionCase.id(execution);
    String user = Actors.of(execution);
    Object version = execution.getVariable(DOCUMENT_VERSION);
    String label = "规范性文件草案" + (version == null ? "" : "（第 " + version + " 版）");
    int planVersion = decisions.addVersion(id, List.<String[]>of(new String[] {label, draft}),
        "规范性文件 " + RegisterDecision.documentName(execution, documentId) + " 的草案", user);
    decisions.addReport(id, DecisionRepository.PROPOSAL,
        "规范性文件（登记号 " + RegisterDecision.documentName(execution, documentId) + "）同时属于重大行政决策，按重大行政决策程序办理" + LegalBasis.cite("R-ND-12") + "。\n起草说明：\n"
            + explanation, user);
    decisions.addReport(id, DecisionRepository.START_DECISION,
        "规范性文件同时属于重大行政决策，纳入重大行政决策程序，承办单位：" + execution.getVariable(LEAD_UNIT), user);
    boolean market = Boolean.TRUE.equals(execution.getVariable(CONCERNS_MARKET));
    Object fairCompetition = execution.getVariable(FAIR_COMPETITION_RESULT);
    if (market && fairCompetition instanceof String text && !text.isBlank()) {
      decisions.addReport(id, DecisionRepository.FAIR_COMPETITION, text, user);
    }
    execution.setVariable(CONCERNS_MARKET, market);
    execution.setVariable(CURRENT_VERSION, planVersion);
    // what the consultation and the legality review show as the explanation (R-ND-01)
    execution.setVariable(DECISION_EXPLANATION, explanation);
  }
}
