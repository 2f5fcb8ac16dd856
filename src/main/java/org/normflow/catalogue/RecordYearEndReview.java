package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_YearEndReport (complete), R-MD-01 (issue 10): the legal office confirms the year-end list of
 * items not completed, with its note; the list and the note are recorded on the catalogue.
 */
@Component("recordYearEndReview")
class RecordYearEndReview implements TaskListener {

  private final CatalogueService catalogue;

  RecordYearEndReview(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String note = check.optionalText(YEAR_END_NOTE);
    check.require(note == null || note.length() <= 2000, "“说明”不能超过 2000 个字");
    check.verify();
    catalogue.recordEvent(CatalogueSteps.year(task), "YEAR_END",
        task.getVariable(YEAR_END_REPORT) + (note == null ? "" : "\n说明：" + note), Actors.of(task));
  }
}
