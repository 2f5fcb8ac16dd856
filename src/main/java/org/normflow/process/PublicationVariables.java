package org.normflow.process;

/**
 * The fields both publication forms share (issue 24 point 11): the policy explanation (解读) published with a
 * document or a decision (713 Art 32; local rules for documents) and, on the document's form, the adjustment
 * period for operators (722 Art 65). NormativeDocumentVariables and MajorDecisionVariables declare them for
 * their processes under the same names.
 */
public final class PublicationVariables {

  /** TEXT | GRAPHIC | VIDEO | PRESS | NONE (不另行解读, only where no rule requires one). */
  public static final String INTERPRETATION_FORM = "interpretationForm";
  /** The explanation's text, or where it is published (its title and address). */
  public static final String INTERPRETATION_CONTENT = "interpretationContent";
  /** yyyy-MM-dd: the day the explanation was published, with the text (同步发布). */
  public static final String INTERPRETATION_PUBLISHED_ON = "interpretationPublishedOn";
  /** GIVEN | NONE | NOT_APPLICABLE: the adjustment period (适应调整期) decided at publication. */
  public static final String ADJUSTMENT_PERIOD = "adjustmentPeriod";
  /** What operators must adjust and how the period serves it, or why no period is left. */
  public static final String ADJUSTMENT_NOTE = "adjustmentNote";

  private PublicationVariables() {}
}
