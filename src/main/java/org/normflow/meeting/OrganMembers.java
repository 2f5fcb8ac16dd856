package org.normflow.meeting;

import java.util.ArrayList;
import java.util.List;
import org.normflow.decision.CollectiveDiscussion;
import org.normflow.head.HeadOfOrganisation;
import org.springframework.stereotype.Component;

/**
 * The members of the organ's meeting (R-MD-11): the principal head ({@code normflow.organisation.head})
 * and the members who speak before the head ({@code normflow.decision.members}, else the leadership group).
 * Read from configuration and the identity service, never from a form.
 */
@Component
class OrganMembers {

  private final HeadOfOrganisation heads;
  private final CollectiveDiscussion discussion;

  OrganMembers(HeadOfOrganisation heads, CollectiveDiscussion discussion) {
    this.heads = heads;
    this.discussion = discussion;
  }

  String head() {
    return heads.head();
  }

  /** Head first, then the members in their configured order. */
  List<String> all() {
    List<String> all = new ArrayList<>();
    all.add(heads.head());
    discussion.members().stream().filter(m -> !all.contains(m)).forEach(all::add);
    return all;
  }
}
