package org.normflow.head;

/**
 * One of the head's steps as it was done: by whom (the authenticated user), under which recorded
 * authorization when a deputy acted (else null), and the sentence the record shows, e.g. "吴刚 签发"
 * or "郑伟 依据 吴刚 的授权（第 3 号）代为签发".
 */
public record HeadAct(String actor, Long authorizationId, String note) {

  public boolean byDeputy() {
    return authorizationId != null;
  }

  /** What a record's signature line carries: the head's user id, or the deputy's sentence. */
  public String signature() {
    return byDeputy() ? note : actor;
  }
}
