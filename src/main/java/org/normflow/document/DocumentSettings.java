package org.normflow.document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configurable numbers of the normative-document rules (application.yaml, {@code normflow.*}).
 * Bean {@code documentSettings}, so BPMN expressions can read them.
 */
@Component("documentSettings")
public class DocumentSettings {

  private final String numberPrefix;
  private final int legalityMinWorkingDays;
  private final int legalityMaxWorkingDays;
  private final int legalityReminderWorkingDays;
  private final int effectiveMinDays;
  private final int filingDeadlineDays;
  private final int validityYears;
  private final int trialValidityYears;
  private final int draftingWorkingDays;
  private final String filingAuthority;

  DocumentSettings(
      @Value("${normflow.numbering.prefix:X应急规}") String numberPrefix,
      @Value("${normflow.legality-review.min-working-days:5}") int legalityMinWorkingDays,
      @Value("${normflow.legality-review.max-working-days:15}") int legalityMaxWorkingDays,
      @Value("${normflow.legality-review.reminder-working-days:2}") int legalityReminderWorkingDays,
      @Value("${normflow.publication.effective-min-days:30}") int effectiveMinDays,
      @Value("${normflow.filing.deadline-days:30}") int filingDeadlineDays,
      @Value("${normflow.validity.years:5}") int validityYears,
      @Value("${normflow.validity.trial-years:2}") int trialValidityYears,
      @Value("${normflow.drafting.working-days:20}") int draftingWorkingDays,
      @Value("${normflow.filing.authority:本级人民政府（由司法行政部门承办）}") String filingAuthority) {
    this.numberPrefix = numberPrefix;
    this.legalityMinWorkingDays = legalityMinWorkingDays;
    this.legalityMaxWorkingDays = legalityMaxWorkingDays;
    this.legalityReminderWorkingDays = legalityReminderWorkingDays;
    this.effectiveMinDays = effectiveMinDays;
    this.filingDeadlineDays = filingDeadlineDays;
    this.validityYears = validityYears;
    this.trialValidityYears = trialValidityYears;
    this.draftingWorkingDays = draftingWorkingDays;
    this.filingAuthority = filingAuthority;
  }

  public String getNumberPrefix() { return numberPrefix; }
  public int getLegalityMinWorkingDays() { return legalityMinWorkingDays; }
  public int getLegalityMaxWorkingDays() { return legalityMaxWorkingDays; }
  public int getLegalityReminderWorkingDays() { return legalityReminderWorkingDays; }
  public int getEffectiveMinDays() { return effectiveMinDays; }
  public int getFilingDeadlineDays() { return filingDeadlineDays; }
  public int getValidityYears() { return validityYears; }
  public int getTrialValidityYears() { return trialValidityYears; }
  /** The bureau's own planning target for a draft (not a statutory limit): the drafting task's due date. */
  public int getDraftingWorkingDays() { return draftingWorkingDays; }
  /** R-ND-09: the body a document is filed with by default (the filing form is prefilled with it). */
  public String getFilingAuthority() { return filingAuthority; }
}
