package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.identity.Groups;
import org.normflow.identity.People;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_TallyOpinions, R-MD-11: every member's opinion is recorded verbatim ({@link
 * RecordMemberOpinion}), the head speaks last and decides ({@link RecordHeadDecision}), and a decision
 * that differs from the majority of the members needs a reason. {@code ${collectiveDiscussion.members()}}
 * is the multi-instance collection of the members' task (public, for the expression language).
 */
@Component("collectiveDiscussion")
public class CollectiveDiscussion implements JavaDelegate {

  static final List<String> VOTES = List.of("APPROVE", "APPROVE_WITH_AMENDMENTS", "DEFER", "REJECT");
  static final Map<String, String> VOTE_LABELS = Map.of("APPROVE", "同意", "APPROVE_WITH_AMENDMENTS", "修改后同意",
      "DEFER", "暂缓决策", "REJECT", "不同意", NO_MAJORITY, "无多数意见");

  private final DecisionRepository decisions;
  private final DecisionSettings settings;
  private final IdentityService identityService;
  private final HeadOfOrganisation heads;
  private final People people;

  CollectiveDiscussion(DecisionRepository decisions, DecisionSettings settings, IdentityService identityService,
      HeadOfOrganisation heads, People people) {
    this.decisions = decisions;
    this.settings = settings;
    this.identityService = identityService;
    this.heads = heads;
    this.people = people;
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

  /** ServiceTask_TallyOpinions: the majority of this round and the opinions the head reads. */
  @Override
  public void execute(DelegateExecution execution) {
    String id = DecisionCase.id(execution);
    int round = ((Number) execution.getVariable(DISCUSSION_ROUND)).intValue();
    List<DecisionRecord.Opinion> opinions = decisions.opinions(id, round, DecisionRepository.ROLE_MEMBER);
    Map<String, Integer> counts = new LinkedHashMap<>();
    StringBuilder summary = new StringBuilder();
    for (DecisionRecord.Opinion o : opinions) {
      counts.merge(o.vote(), 1, Integer::sum);
      // issue 10: members by name and post, never by user id: 郑伟（副局长）：同意。……
      summary.append(people.nameAndTitle(o.memberId())).append("：").append(VOTE_LABELS.get(o.vote())).append("。")
          .append(o.opinion()).append('\n');
    }
    String majority = counts.entrySet().stream().filter(e -> e.getValue() * 2 > opinions.size())
        .map(Map.Entry::getKey).findFirst().orElse(NO_MAJORITY);
    execution.setVariable(MAJORITY_VOTE, majority);
    execution.setVariable(OPINION_SUMMARY,
        DecisionCase.cap("多数意见：" + VOTE_LABELS.get(majority) + "\n" + summary));
  }
}
