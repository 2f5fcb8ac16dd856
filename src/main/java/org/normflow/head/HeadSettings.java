package org.normflow.head;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code normflow.organisation.*}: who the organisation's principal head (主要负责人) is. One setting
 * for both procedures: the head signs normative documents (R-ND-14), decides whether a major
 * decision starts (R-MD-02), decides it last (R-MD-11) and may suspend its execution (R-MD-16).
 */
@Component
@ConfigurationProperties(prefix = "normflow.organisation")
public class HeadSettings {

  /** User id of the principal head; a member of the leadership group. */
  private String head = "leader";

  /** The longest period one authorization may cover, in calendar days. */
  private int maxAuthorizationDays = 366;

  /**
   * R-ND-14, 713 Art 30: whether an authorization may hand the decision after collective discussion
   * (作出决策决定) to a deputy. The law gives that decision to the administrative head; local rules differ,
   * so the stricter default: no.
   */
  private boolean delegateCollectiveDecision = false;

  public boolean isDelegateCollectiveDecision() {
    return delegateCollectiveDecision;
  }

  public void setDelegateCollectiveDecision(boolean delegateCollectiveDecision) {
    this.delegateCollectiveDecision = delegateCollectiveDecision;
  }

  public String getHead() {
    return head;
  }

  public void setHead(String head) {
    this.head = head;
  }

  public int getMaxAuthorizationDays() {
    return maxAuthorizationDays;
  }

  public void setMaxAuthorizationDays(int maxAuthorizationDays) {
    this.maxAuthorizationDays = maxAuthorizationDays;
  }
}
