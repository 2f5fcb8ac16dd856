package org.normflow.process;

/**
 * Variables of {@code organ-meeting} (机关会议集体讨论决定, R-MD-11, R-ND-06). The caller passes {@link
 * #MEETING_MATTER}, {@link #MEETING_OPTIONS} and {@link #CASE_REFERENCE}; it gets back {@link
 * #MEETING_DECISION}, {@link #MEETING_REASON}, {@link #MEETING_DATE} and {@link #MEETING_ID}. The
 * decision is on the record in {@code nf_organ_meeting}; gates read it from there.
 */
public final class OrganMeetingVariables {

  // in (set by the calling process, never by a form of this process)
  /** What the organ decides, in Chinese. */
  public static final String MEETING_MATTER = "meetingMatter";
  /** The head's choices: JSON list [{"value":"APPROVE","label":"同意"}, …] (Spin JSON or a List of Maps). */
  public static final String MEETING_OPTIONS = "meetingOptions";
  /** The case's 登记号, shown in the forms. */
  public static final String CASE_REFERENCE = "caseReference";

  // set by OpenOrganMeeting
  /** The organ's members, head included, as the attendance form offers them ({@code valuesKey}). */
  public static final String MEMBER_CHOICES = "meetingMemberChoices";
  /** The members and the head, by name and post, shown on the attendance form. */
  public static final String MEMBER_NAMES = "meetingMemberNames";
  /** The matter again, under the name Tasklist's list shows for a case (事项名称), so a clerk finds the case. */
  public static final String CASE_TITLE = "caseTitle";
  /** The quorum in force, in words, shown on the attendance form. */
  public static final String QUORUM_TEXT = "meetingQuorumText";

  // Task_RecordAttendance (organ-meeting-record-attendance, the office)
  public static final String MEETING_KIND = "meetingKind";
  public static final String MEETING_DATE = "meetingDate";
  public static final String MEETING_PRESIDER = "meetingPresider";
  public static final String PRESENT_MEMBERS = "presentMembers";
  public static final String ABSENCES = "absences";
  /** Set by RecordAttendance from the validated attendance: the members present, head excluded (multi-instance). */
  public static final String SPEAKERS = "meetingSpeakers";
  /** Set by RecordAttendance: whether the sitting has its quorum (Gateway_Quorum). */
  public static final String QUORATE = "meetingQuorate";
  /** Set by RecordAttendance: the row id of this sitting in nf_organ_meeting. */
  public static final String MEETING_ID = "meetingId";
  /** Set by RecordAttendance: the sitting's number in this case's meeting (1, 2 … after a sitting without quorum). */
  public static final String SITTING = "meetingSitting";

  // Task_MemberOpinion (organ-meeting-member-opinion, each member present)
  /** The multi-instance element variable: the member whose task it is. */
  public static final String MEMBER = "member";
  public static final String MEMBER_VOTE = "memberVote";
  public static final String MEMBER_OPINION = "memberOpinion";

  // ServiceTask_TallyOpinions
  public static final String MAJORITY = "meetingMajority";
  public static final String MAJORITY_LABEL = "meetingMajorityLabel";
  public static final String OPINION_SUMMARY = "meetingOpinionSummary";

  // Task_OrganDecision (organ-meeting-head-decision, the head)
  public static final String MEETING_DECISION = "meetingDecision";
  public static final String MEETING_REASON = "meetingReason";
  /** Set by RecordOrganDecision: the decision's label, shown on the minutes form. */
  public static final String DECISION_LABEL = "meetingDecisionLabel";

  // Task_KeepMinutes (organ-meeting-keep-minutes, the office)
  public static final String MINUTES = "meetingMinutes";

  /** Value of {@link #MAJORITY} when no option has more than half of the opinions. */
  public static final String NO_MAJORITY = "NO_MAJORITY";

  private OrganMeetingVariables() {}
}
