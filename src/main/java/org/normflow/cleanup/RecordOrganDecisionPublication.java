package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.document.DocumentSettings;
import org.normflow.validation.FormCheck;
import org.normflow.validation.Grounds;
import org.normflow.validation.LegalBasis;
import org.springframework.stereotype.Component;

/**
 * Task_PublishDecision (complete), R-ND-10, R-ND-11: the signed decision is published (date, channel from
 * {@code normflow.grounds.cleanup-publication-channel}); only then does the next step end or continue
 * documents. The report to the filing body is due {@code normflow.cleanup.filing-deadline-days} after
 * publication (its timer escalates). A continued document also gets its effective date and, when it states
 * one, its own 有效期 (never beyond the configured maximum from the effective date).
 */
@Component("recordOrganDecisionPublication")
class RecordOrganDecisionPublication implements TaskListener {

  private final OrganDecisions organ;
  private final OrganDecisionRepository decisions;
  private final Grounds grounds;
  private final WorkingDayCalendar calendar;
  private final DocumentSettings documentSettings;
  private final StatedValidity statedValidity;
  private final CleanupRepository registry;

  RecordOrganDecisionPublication(OrganDecisions organ, OrganDecisionRepository decisions, Grounds grounds,
      WorkingDayCalendar calendar, DocumentSettings documentSettings, StatedValidity statedValidity,
      CleanupRepository registry) {
    this.organ = organ;
    this.decisions = decisions;
    this.grounds = grounds;
    this.calendar = calendar;
    this.documentSettings = documentSettings;
    this.statedValidity = statedValidity;
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate published = check.date(DECISION_PUBLISHED_ON, "公布日期");
    String channel = check.oneOf(DECISION_CHANNEL, "公布载体", grounds.codes(Grounds.CLEANUP_PUBLICATION_CHANNEL));
    if (check.hasProblems()) {
      check.verify(); // what was typed is wrong: say so before reading the record
    }
    OrganDecisionRepository.Decision current = organ.current(task);
    check.require(current.signedOn() != null, "决定尚未签发，不能公布" + LegalBasis.cite("R-ND-14"));
    LocalDate effective = null;
    LocalDate stated = null;
    if (OrganDecisionRepository.VALIDITY.equals(current.subject())) {
      effective = check.date(REISSUE_EFFECTIVE_ON, "施行日期");
      stated = check.optionalDate(STATED_VALID_UNTIL, "文件载明的有效期至");
      if (published != null && effective != null) {
        check.require(!effective.isBefore(published), "施行日期不得早于公布日期：未经公布的规范性文件不得作为行政管理依据");
        CleanupRepository.Doc doc = registry.document(current.subjectRef()).orElseThrow();
        statedValidity.check(check, doc.trial() || doc.title().contains("试行") || doc.title().contains("暂行"),
            effective, stated);
      }
    }
    check.verify();
    LocalDate filingDue = published.plusDays(organ.filingDeadlineDays());
    decisions.publish(current.id(), published, grounds.label(Grounds.CLEANUP_PUBLICATION_CHANNEL, channel), effective,
        stated, filingDue, documentSettings.getFilingAuthority());
    task.getExecution().setVariable(DECISION_FILING_DUE_AT, calendar.endOf(filingDue));
    task.getExecution().setVariable(DECISION_FILING_DUE_TEXT, filingDue.toString());
    task.getExecution().setVariable(DECISION_FILING_AUTHORITY, documentSettings.getFilingAuthority());
  }
}
