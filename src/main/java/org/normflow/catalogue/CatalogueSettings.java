package org.normflow.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code normflow.catalogue.*} (issue 10, R-MD-01): whether local rules require the catalogue to be
 * discussed collectively before the head approves it (the head then records the meeting's date).
 */
@Component
@ConfigurationProperties(prefix = "normflow.catalogue")
public class CatalogueSettings {

  private boolean collectiveDiscussion = true;
  /**
   * Issue 24 point 4, R-MD-01 (713 Art 3): an in-year adjustment the head approved is also put to the
   * same-level Party committee before it is applied and published. The law names the catalogue; whether
   * adjustments need consent too is a local rule, so the stricter default is on.
   */
  private boolean partyCommitteeConsentForAdjustments = true;

  public boolean isPartyCommitteeConsentForAdjustments() {
    return partyCommitteeConsentForAdjustments;
  }

  public void setPartyCommitteeConsentForAdjustments(boolean partyCommitteeConsentForAdjustments) {
    this.partyCommitteeConsentForAdjustments = partyCommitteeConsentForAdjustments;
  }

  public boolean isCollectiveDiscussion() {
    return collectiveDiscussion;
  }

  public void setCollectiveDiscussion(boolean collectiveDiscussion) {
    this.collectiveDiscussion = collectiveDiscussion;
  }
}
