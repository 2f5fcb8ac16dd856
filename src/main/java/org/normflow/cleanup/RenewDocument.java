package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.DOCUMENT_ID;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.document.DocumentSettings;
import org.normflow.document.NumberingService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RenewDocument (document-validity), R-ND-10 and R-ND-07: the evaluation decided to continue
 * the document: it gets a new unified number (NumberingService, this year's sequence), is republished
 * today on the configured channel ({@code normflow.validity.republication-channel}) and gets a new
 * validity period from today ({@code normflow.validity.years}, {@code trial-years} for 试行/暂行). The old
 * number and period stay in the document's events.
 */
@Component("renewDocument")
class RenewDocument implements JavaDelegate {

  private final CleanupRepository registry;
  private final NumberingService numbering;
  private final DocumentSettings documentSettings;
  private final WorkingDayCalendar calendar;
  private final String channel;

  RenewDocument(CleanupRepository registry, NumberingService numbering, DocumentSettings documentSettings,
      WorkingDayCalendar calendar, @Value("${normflow.validity.republication-channel:本机关门户网站}") String channel) {
    this.registry = registry;
    this.numbering = numbering;
    this.documentSettings = documentSettings;
    this.calendar = calendar;
    this.channel = channel;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = (String) execution.getVariable(DOCUMENT_ID);
    CleanupRepository.Doc doc = registry.document(id).orElseThrow();
    LocalDate today = calendar.today();
    NumberingService.IssuedNumber number = numbering.next(documentSettings.getNumberPrefix(), today.getYear());
    int years = doc.trial() ? documentSettings.getTrialValidityYears() : documentSettings.getValidityYears();
    LocalDate validUntil = today.plusYears(years).minusDays(1);
    registry.renew(id, number.text(), number.year(), number.sequence(), today, channel, validUntil, null);
    registry.event(id, "RENEWED", "经评估继续有效，重新编号并公布（" + channel + "）", doc.docNumber(), number.text(),
        doc.validUntil(), validUntil, null, null, null, null);
  }
}
