package org.normflow.process;

/** Process variable names of {@code normative-document}; every form field key is one of these. */
public final class NormativeDocumentVariables {

  // start form (normative-document-start)
  public static final String DOCUMENT_ID = "documentId";
  public static final String TITLE = "title";
  public static final String DOC_TYPE = "docType";
  public static final String TRIAL = "trial";
  public static final String ISSUING_UNIT = "issuingUnit";
  public static final String AFFECTS_RIGHTS = "affectsRights";
  public static final String CONCERNS_MARKET = "concernsMarket";
  public static final String MAJOR_DECISION = "majorDecision";
  public static final String PLANNED_EFFECTIVE_DATE = "plannedEffectiveDate";

  // drafting (normative-document-drafting)
  public static final String DRAFT_TEXT = "draftText";
  public static final String PURPOSE = "purpose";
  public static final String LEGAL_BASIS = "legalBasis";
  public static final String DRAFTING_PROCESS = "draftingProcess";
  public static final String MAIN_CONTENT = "mainContent";
  public static final String CURRENT_VERSION = "currentVersion";

  private NormativeDocumentVariables() {}
}
