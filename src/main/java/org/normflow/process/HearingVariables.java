package org.normflow.process;

/** Process variable names of {@code hearing} (听证, R-MD-05); every form field key is one of these. */
public final class HearingVariables {

  // in (see docs/process-contracts.md)
  public static final String CASE_ID = "caseId";
  public static final String CASE_TITLE = "caseTitle";
  /** The decision's lead unit (承办单位), shown at the top of every hearing form. */
  public static final String LEAD_UNIT = "leadUnit";

  // notice (hearing-notice)
  public static final String HEARING_NOTICE = "hearingNotice";
  public static final String SELECTION_METHOD = "participantSelectionMethod";
  public static final String HEARING_DATE = "hearingDate";
  public static final String HEARING_PLACE = "hearingPlace";

  // participants (hearing-publish-participants)
  public static final String PARTICIPANT_LIST = "participantList";
  public static final String PARTICIPANTS_PUBLISHED_ON = "participantsPublishedOn";

  // materials (hearing-deliver-materials)
  public static final String MATERIALS_DELIVERED_ON = "materialsDeliveredOn";
  /** Date variable: the earliest moment the hearing may open (materials delivered + 7 days). */
  public static final String HEARING_NOT_BEFORE = "hearingNotBefore";

  // hearing (hearing-hold), record (hearing-confirm-record), report (hearing-report)
  public static final String HEARING_RECORD = "hearingRecord";
  public static final String RECORD_CONFIRMED = "recordConfirmed";
  public static final String SIGNED_BY = "signedBy";

  // out
  public static final String HEARING_REPORT = "hearingReport";
  public static final String HEARING_HELD_ON = "hearingHeldOn";
  /** R-MD-05, R-ND-16: the hearing could not be held on the announced date; a new notice follows. */
  public static final String HEARING_POSTPONED = "hearingPostponed";
  public static final String POSTPONEMENT_REASON = "postponementReason";

  private HearingVariables() {}

  /** Issue 10: the case's human reference (登记号 / 决策编号), set at registration, shown in every form header. */
  public static final String CASE_REFERENCE = "caseReference";
  /** Issue 10: what kind of case it is, in words, for the form header. */
  public static final String CASE_TYPE_LABEL = "caseTypeLabel";
}
