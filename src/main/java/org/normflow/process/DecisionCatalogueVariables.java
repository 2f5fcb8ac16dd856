package org.normflow.process;

/** Variables of the process decision-catalogue (年度重大行政决策事项目录, R-MD-01, issue 10). */
public final class DecisionCatalogueVariables {

  // start form (legal office) and what OpenCatalogue makes of it
  public static final String CATALOGUE_YEAR = "catalogueYear";
  /** The year as checked by OpenCatalogue (Integer). */
  public static final String YEAR = "catalogueYearNo";
  public static final String TITLE = "title";
  public static final String CASE_REFERENCE = "caseReference";
  public static final String CASE_TYPE_LABEL = "caseTypeLabel";
  public static final String CASE_UNIT = "caseUnit";

  // units' proposals (multi-instance over the drafting units)
  public static final String PROPOSING_UNITS = "proposingUnits";
  public static final String PROPOSING_UNIT = "proposingUnit";
  public static final String PROPOSING_UNIT_NAME = "proposingUnitName";
  public static final String PROPOSALS = "proposals";
  public static final String PROPOSAL_TITLE = "proposalTitle";
  public static final String PROPOSAL_COMPLETION = "proposalCompletion";
  public static final String PROPOSAL_HEARING = "proposalHearing";
  public static final String PROPOSAL_REASON = "proposalReason";
  public static final String NO_PROPOSAL = "noProposal";
  /**
   * The proposal form's rows: form-js 1.8.7's dynamic list cannot be submitted from Tasklist 7.24 (editing a
   * row leaves an empty error entry and 办结提交 stays disabled), so a unit proposes up to
   * {@link #PROPOSAL_ROWS} items per task in fixed rows: proposal{n}Title, ...Completion, ...Hearing, ...Reason.
   */
  public static final int PROPOSAL_ROWS = 5;
  public static final String PROPOSAL_1_TITLE = "proposal1Title";
  public static final String PROPOSAL_1_COMPLETION = "proposal1Completion";
  public static final String PROPOSAL_1_HEARING = "proposal1Hearing";
  public static final String PROPOSAL_1_REASON = "proposal1Reason";
  public static final String PROPOSAL_2_TITLE = "proposal2Title";
  public static final String PROPOSAL_2_COMPLETION = "proposal2Completion";
  public static final String PROPOSAL_2_HEARING = "proposal2Hearing";
  public static final String PROPOSAL_2_REASON = "proposal2Reason";
  public static final String PROPOSAL_3_TITLE = "proposal3Title";
  public static final String PROPOSAL_3_COMPLETION = "proposal3Completion";
  public static final String PROPOSAL_3_HEARING = "proposal3Hearing";
  public static final String PROPOSAL_3_REASON = "proposal3Reason";
  public static final String PROPOSAL_4_TITLE = "proposal4Title";
  public static final String PROPOSAL_4_COMPLETION = "proposal4Completion";
  public static final String PROPOSAL_4_HEARING = "proposal4Hearing";
  public static final String PROPOSAL_4_REASON = "proposal4Reason";
  public static final String PROPOSAL_5_TITLE = "proposal5Title";
  public static final String PROPOSAL_5_COMPLETION = "proposal5Completion";
  public static final String PROPOSAL_5_HEARING = "proposal5Hearing";
  public static final String PROPOSAL_5_REASON = "proposal5Reason";

  // compiling (legal office)
  public static final String PROPOSAL_OPTIONS = "proposalOptions";
  public static final String PROPOSAL_SUMMARY = "proposalSummary";
  public static final String INCLUDED_PROPOSALS = "includedProposals";
  public static final String COMPILE_NOTE = "compileNote";

  // approval (the head)
  public static final String CATALOGUE_DRAFT = "catalogueDraft";
  public static final String CATALOGUE_DECISION = "catalogueDecision";
  public static final String CATALOGUE_DECISION_REASON = "catalogueDecisionReason";
  public static final String DISCUSSED_ON = "discussedOn";
  public static final String DISCUSSION_REQUIRED = "discussionRequired";
  /** Set by RecordCatalogueApproval; read by Gateway_CatalogueApproved. */
  public static final String CATALOGUE_APPROVED = "catalogueApproved";

  // publication (legal office)
  public static final String PUBLISHED_ON = "publishedOn";
  public static final String PUBLICATION_CHANNEL = "publicationChannel";

  // keeping the published catalogue: adjustments and year end
  public static final String CATALOGUE_SUMMARY = "catalogueSummary";
  public static final String ITEM_OPTIONS = "itemOptions";
  public static final String UNIT_OPTIONS = "unitOptions";
  public static final String KEEP_ACTION = "keepAction";
  /** Set by RecordCatalogueKeeping (ADJUST or YEAR_END); read by Gateway_KeepAction. */
  public static final String KEEP_CHOICE = "keepChoice";
  public static final String ADJUSTMENT_KIND = "adjustmentKind";
  public static final String ADJUSTED_ITEM = "adjustedItem";
  public static final String ADJUSTED_TITLE = "adjustedTitle";
  public static final String ADJUSTED_UNIT = "adjustedUnit";
  public static final String ADJUSTED_COMPLETION = "adjustedCompletion";
  public static final String ADJUSTMENT_REASON = "adjustmentReason";
  /** The adjustment as validated by RecordCatalogueKeeping, in words (shown to the head). */
  public static final String ADJUSTMENT_SUMMARY = "adjustmentSummary";
  public static final String PENDING_KIND = "pendingKind";
  public static final String PENDING_ITEM = "pendingItem";
  public static final String PENDING_TITLE = "pendingTitle";
  public static final String PENDING_UNIT = "pendingUnit";
  public static final String PENDING_COMPLETION = "pendingCompletion";
  public static final String PENDING_REASON = "pendingReason";
  public static final String PENDING_PROPOSED_BY = "pendingProposedBy";
  public static final String ADJUSTMENT_DECISION = "adjustmentDecision";
  public static final String ADJUSTMENT_DECISION_REASON = "adjustmentDecisionReason";
  /** Set by RecordAdjustmentApproval; read by Gateway_AdjustmentApproved. */
  public static final String ADJUSTMENT_APPROVED = "adjustmentApproved";
  public static final String ADJUSTMENT_APPROVED_BY = "adjustmentApprovedBy";

  // year end
  public static final String YEAR_END_REPORT = "yearEndReport";
  public static final String YEAR_END_NOTE = "yearEndNote";

  private DecisionCatalogueVariables() {}
}
