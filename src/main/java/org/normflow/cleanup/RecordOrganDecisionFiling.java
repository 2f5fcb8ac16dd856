package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ReportToFilingBody (complete), R-ND-10, R-ND-11 (报送备案): the legal office reports the published
 * decision (the cleanup's lists, the abolition, the re-issued document) to the filing body, with the date;
 * a report after the deadline is flagged late.
 */
@Component("recordOrganDecisionFiling")
class RecordOrganDecisionFiling implements TaskListener {

  private final OrganDecisions organ;
  private final OrganDecisionRepository decisions;
  private final CleanupRepository registry;

  RecordOrganDecisionFiling(OrganDecisions organ, OrganDecisionRepository decisions, CleanupRepository registry) {
    this.organ = organ;
    this.decisions = decisions;
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate filedOn = check.date(DECISION_FILED_ON, "报送备案日期");
    String authority = check.text(DECISION_FILING_AUTHORITY, "备案监督机关", 200);
    if (check.hasProblems()) {
      check.verify(); // what was typed is wrong: say so before reading the record
    }
    OrganDecisionRepository.Decision current = organ.current(task);
    check.require(current.publishedOn() != null, "决定尚未公布，不能报送备案");
    check.verify();
    boolean late = current.filingDue() != null && filedOn.isAfter(current.filingDue());
    decisions.file(current.id(), filedOn, authority, late);
    if (OrganDecisionRepository.VALIDITY.equals(current.subject())) {
      CleanupRepository.Doc doc = registry.document(current.subjectRef()).orElseThrow();
      registry.event(doc.id(), "REISSUE_FILED", authority + (late ? "（逾期报送）" : ""), doc.docNumber(), null,
          doc.validUntil(), null, null, null, null, org.normflow.trust.Actors.of(task));
    }
  }
}
