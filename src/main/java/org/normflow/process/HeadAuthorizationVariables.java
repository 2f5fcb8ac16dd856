package org.normflow.process;

/** Process variable names of {@code head-authorization} (授权代行); every start form field key is one of these. */
public final class HeadAuthorizationVariables {

  // start form (head-authorization-start), checked by recordHeadAuthorization in the same step
  public static final String DEPUTY = "deputy";
  /** Optional: the document or decision id the authorization is limited to. */
  public static final String CASE_ID = "caseId";
  public static final String VALID_FROM = "validFrom";
  public static final String VALID_UNTIL = "validUntil";
  public static final String AUTHORIZATION_REASON = "authorizationReason";
  /** R-ND-14: the head's acts it covers, ticked in a checklist (names of head.HeadAct.Kind). */
  public static final String HEAD_ACTS = "headActs";

  // set by recordHeadAuthorization
  /** Registry id of the authorization (nf_head_authorization). */
  public static final String AUTHORIZATION_ID = "authorizationId";
  /** True when the period has already begun, so the open head tasks are handed over at once. */
  public static final String AUTHORIZATION_IN_FORCE = "authorizationInForce";
  /** Start of the first day (timer of the hand-over). */
  public static final String AUTHORIZATION_STARTS_AT = "authorizationStartsAt";
  /** Midnight after the last day (timer of the hand-back). */
  public static final String AUTHORIZATION_ENDS_AT = "authorizationEndsAt";

  /** Message correlated by NormFlow when the head revokes the authorization. */
  public static final String MESSAGE_REVOKE = "Message_RevokeHeadAuthorization";

  private HeadAuthorizationVariables() {}
}
