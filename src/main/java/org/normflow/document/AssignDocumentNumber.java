package org.normflow.document;

import org.normflow.validation.LegalBasis;

import static org.normflow.document.DocumentSteps.documentId;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.validation.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_AssignNumber, R-ND-07: unified registration and numbering; R-ND-03: nothing that failed
 * fair competition review is numbered (the legal office's confirmed market fact decides whether one is needed);
 * sets the configured minimum before effect (R-ND-08) and filing period (R-ND-09) the later forms state.
 */
@Component("assignDocumentNumber")
class AssignDocumentNumber implements JavaDelegate {

  private final DocumentRepository documents;
  private final NumberingService numbering;
  private final DocumentSettings settings;
  private final WorkingDayCalendar calendar;

  AssignDocumentNumber(
      DocumentRepository documents, NumberingService numbering, DocumentSettings settings,
      WorkingDayCalendar workingDays) {
    this.documents = documents;
    this.numbering = numbering;
    this.settings = settings;
    this.calendar = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = documentId(execution);
    // the confirmed market fact decides, not only this round's plan: a make-up round that did not rerun
    // the fair competition review still needs the earlier passing conclusion
    if (Boolean.TRUE.equals(execution.getVariable(MARKET_CONFIRMED)) || Boolean.TRUE.equals(execution.getVariable(FCR_NEEDED))) {
      String conclusion = documents.latestFairCompetitionConclusion(id).orElse(null);
      if (!"PASSES".equals(conclusion) && !"EXCEPTION".equals(conclusion)) {
        throw new FormValidationException(List.of("未通过公平竞争审查的文件不得出台" + LegalBasis.cite("R-ND-03")));
      }
    }
    NumberingService.IssuedNumber number = numbering.next(settings.getNumberPrefix(), calendar.today().getYear());
    documents.assignNumber(id, number);
    execution.setVariable(DOC_NUMBER, number.text());
    // R-ND-08: the minimum the publication form states (from configuration)
    execution.setVariable(EFFECTIVE_MIN_DAYS, settings.getEffectiveMinDays());
    // R-ND-09: the filing period the filing form states (from configuration)
    execution.setVariable(FILING_DEADLINE_DAYS, settings.getFilingDeadlineDays());
  }
}
