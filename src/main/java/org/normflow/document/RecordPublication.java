package org.normflow.document;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_Publication (complete): R-ND-08 (effective date at least N days after publication unless a
 * reason), R-ND-09 filing deadline, R-ND-10 validity period.
 */
@Component("recordPublication")
class RecordPublication implements TaskListener {

  private final DocumentRepository documents;
  private final DocumentSettings settings;
  private final WorkingDayCalendar calendar;

  RecordPublication(DocumentRepository documents, DocumentSettings settings, WorkingDayCalendar workingDays) {
    this.documents = documents;
    this.settings = settings;
    this.calendar = workingDays;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate published = check.date(PUBLISHED_ON, "公布日期");
    String channel = check.text(PUBLICATION_CHANNEL, "公布载体", 200);
    LocalDate effective = check.date(EFFECTIVE_ON, "施行日期");
    String reason = check.optionalText(EARLY_EFFECT_REASON);
    check.require(task.getVariable(DOC_NUMBER) != null, "文件尚未统一编号，不能公布（R-ND-07）");
    if (published != null && effective != null) {
      check.require(!effective.isBefore(published), "施行日期不得早于公布日期");
      int min = settings.getEffectiveMinDays();
      check.require(
          !effective.isBefore(published.plusDays(min)) || reason != null,
          "施行日期距公布日期不足 " + min + " 日，须填写“提前施行的理由”（R-ND-08）");
    }
    check.verify();
    String id = documentId(task);
    DocumentRecord doc = documents.get(id);
    boolean trial = doc.trial() || doc.title().contains("试行") || doc.title().contains("暂行");
    int years = trial ? settings.getTrialValidityYears() : settings.getValidityYears();
    LocalDate validUntil = effective.plusYears(years).minusDays(1);
    LocalDate filingDue = published.plusDays(settings.getFilingDeadlineDays());
    boolean early = effective.isBefore(published.plusDays(settings.getEffectiveMinDays()));
    documents.recordPublication(id, published, channel, effective, early ? reason : null, validUntil, filingDue);
    task.setVariable(FILING_DUE_AT, calendar.endOf(filingDue));
    task.setVariable(EFFECTIVE_AT, calendar.startOf(effective));
  }
}
