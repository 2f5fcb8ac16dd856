package org.normflow.publication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What must be published with a document or a decision (application.yaml {@code normflow.publication.*}):
 * whether a policy explanation (解读) is required for documents (local rules) and for decisions (713 Art 32),
 * how many days after the text it may follow, and the minimum adjustment period for operators (722 Art 65).
 * The stricter defaults hold where the law is silent: an explanation for every document and decision, on the
 * same day, and 30 days.
 */
@Component
class PublicationSettings {

  private final boolean documentsRequired;
  private final boolean decisionsRequired;
  private final int maxDaysAfter;
  private final int adjustmentMinDays;

  PublicationSettings(
      @Value("${normflow.publication.interpretation.documents-required:true}") boolean documentsRequired,
      @Value("${normflow.publication.interpretation.decisions-required:true}") boolean decisionsRequired,
      @Value("${normflow.publication.interpretation.max-days-after:0}") int maxDaysAfter,
      @Value("${normflow.publication.adjustment-min-days:30}") int adjustmentMinDays) {
    this.documentsRequired = documentsRequired;
    this.decisionsRequired = decisionsRequired;
    this.maxDaysAfter = maxDaysAfter;
    this.adjustmentMinDays = adjustmentMinDays;
  }

  boolean documentsRequired() {
    return documentsRequired;
  }

  boolean decisionsRequired() {
    return decisionsRequired;
  }

  int maxDaysAfter() {
    return maxDaysAfter;
  }

  int adjustmentMinDays() {
    return adjustmentMinDays;
  }
}
