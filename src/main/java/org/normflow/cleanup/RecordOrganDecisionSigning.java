package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.document.DocumentSettings;
import org.normflow.document.NumberingService;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.validation.FormCheck;
import org.normflow.validation.LegalBasis;
import org.springframework.stereotype.Component;

/**
 * Task_SignDecision (complete), R-ND-14 with R-ND-10 / R-ND-11: the head, or a deputy under the head's
 * recorded authorization, signs (签发) what the organ decided; the 文号 is taken at signing
 * (NumberingService): the organ's decision number ({@code normflow.cleanup.decision-number-prefix}) for a
 * cleanup or an abolition, a new document number for a continued document, which is re-issued like a new
 * one (R-ND-07). Nothing is signed that the organ did not approve.
 */
@Component("recordOrganDecisionSigning")
class RecordOrganDecisionSigning implements TaskListener {

  private final OrganDecisions organ;
  private final OrganDecisionRepository decisions;
  private final HeadOfOrganisation head;
  private final NumberingService numbering;
  private final DocumentSettings documentSettings;
  private final CleanupRepository registry;

  RecordOrganDecisionSigning(OrganDecisions organ, OrganDecisionRepository decisions, HeadOfOrganisation head,
      NumberingService numbering, DocumentSettings documentSettings, CleanupRepository registry) {
    this.organ = organ;
    this.decisions = decisions;
    this.head = head;
    this.numbering = numbering;
    this.documentSettings = documentSettings;
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate signedOn = check.date(DECISION_SIGNED_ON, "签发日期");
    if (check.hasProblems()) {
      check.verify(); // what was typed is wrong: say so before reading the record
    }
    OrganDecisionRepository.Decision current = organ.current(task);
    check.require("APPROVE".equals(current.decision()) || "CONTINUE".equals(current.decision()),
        "机关尚未作出同意的决定，不能签发" + LegalBasis.cite(OrganDecisions.rule(current.subject())));
    check.verify();
    HeadAct act = head.act(task, "R-ND-14");
    boolean reissue = OrganDecisionRepository.VALIDITY.equals(current.subject());
    NumberingService.IssuedNumber number =
        numbering.next(reissue ? documentSettings.getNumberPrefix() : organ.numberPrefix(), signedOn.getYear());
    decisions.sign(current.id(), number.text(), number.year(), number.sequence(), act.signature(), signedOn);
    task.getExecution().setVariable(DECISION_NUMBER, number.text());
    if (reissue) {
      CleanupRepository.Doc doc = registry.document(current.subjectRef()).orElseThrow();
      registry.event(doc.id(), "REISSUE_SIGNED", act.note(), doc.docNumber(), number.text(), doc.validUntil(), null,
          null, null, null, act.actor());
    }
  }
}
