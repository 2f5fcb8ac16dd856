package org.normflow.process;

/**
 * Variables of the steps that record the same-level Party committee's answer (issue 24 point 4,
 * R-MD-01, R-MD-19): its consent to the decision catalogue and its adjustments (decision-catalogue),
 * the request-report before a major decision is issued (major-decision).
 */
public final class PartyCommitteeVariables {

  /** 党委（党组）名称. */
  public static final String COMMITTEE = "partyCommittee";
  /** 报请日期 (yyyy-MM-dd). */
  public static final String REQUESTED_ON = "partyRequestedOn";
  /** 请示（报告）文号. */
  public static final String REQUEST_DOC_NO = "partyRequestDocNo";
  /** AGREE or DISAGREE. */
  public static final String ANSWER = "partyAnswer";
  /** 答复日期 (yyyy-MM-dd). */
  public static final String ANSWERED_ON = "partyAnsweredOn";
  /** 答复（同意）意见内容. */
  public static final String ANSWER_CONTENT = "partyAnswerContent";
  /** 答复文号（会议纪要号、批复文号）. */
  public static final String ANSWER_DOC_NO = "partyAnswerDocNo";
  /** Set by RecordPartyCommitteeAnswer from the validated answer; read by the gateway after the step. */
  public static final String AGREED = "partyCommitteeAgreed";

  private PartyCommitteeVariables() {}
}
