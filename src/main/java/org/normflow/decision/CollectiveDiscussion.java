package org.normflow.decision;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * R-MD-11: the members of the organ who speak before the head ({@code normflow.decision.members}, else the
 * leadership group minus the head), and the four outcomes of a major decision with their labels. The meeting
 * itself is organ-meeting ({@code org.normflow.meeting}); this is no step.
 */
@Component("collectiveDiscussion")
public class CollectiveDiscussion {

  static final List<String> VOTES = List.of("APPROVE", "APPROVE_WITH_AMENDMENTS", "DEFER", "REJECT");
  static final Map<String, String> VOTE_LABELS = Map.of("APPROVE", "同意", "APPROVE_WITH_AMENDMENTS", "修改后同意",
      "DEFER", "暂缓决策", "REJECT", "不同意");

  private final DecisionSettings settings;
  private final IdentityService identityService;
  private final HeadOfOrganisation heads;

  CollectiveDiscussion(DecisionSettings settings, IdentityService identityService, HeadOfOrganisation heads) {
    this.settings = settings;
    this.identityService = identityService;
    this.heads = heads;
  }

  /** The members who speak before the head: configured, or the leadership group minus the head. */
  public List<String> members() {
    List<String> configured = settings.getMembers() == null ? List.of()
        : settings.getMembers().stream().filter(m -> m != null && !m.isBlank()).toList();
    if (!configured.isEmpty()) {
      return configured;
    }
    return identityService.createUserQuery().memberOfGroup(Groups.ID_LEADERSHIP).list().stream()
        .map(User::getId).filter(id -> !id.equals(heads.head())).sorted().toList();
  }
}
