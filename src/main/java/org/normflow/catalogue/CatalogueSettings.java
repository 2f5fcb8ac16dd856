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

  public boolean isCollectiveDiscussion() {
    return collectiveDiscussion;
  }

  public void setCollectiveDiscussion(boolean collectiveDiscussion) {
    this.collectiveDiscussion = collectiveDiscussion;
  }
}
