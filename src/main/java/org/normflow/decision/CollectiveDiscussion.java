package org.normflow.decision;

import org.normflow.trust.Actors;
import static org.normflow.process.MajorDecisionVariables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.normflow.identity.Groups;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * R-MD-11: every member's opinion is recorded verbatim, the head speaks last and decides, and a
 * decision that differs from the majority of the members needs a reason. {@code
 * ${collectiveDiscussion.members()}} is the multi-instance collection of the members' task.
 */
@Component("collectiveDiscussion")
public class CollectiveDiscussion implements JavaDelegate {

  static final List<String> VOTES = List.of("APPROVE", "APPROVE_WITH_AMENDMENTS", "DEFER", "REJECT");
  static final Map<String, String> VOTE_LABELS = Map.of("APPROVE", "同意", "APPROVE_WITH_AMENDMENTS", "修改后同意",
      "DEFER", "暂缓决策", "REJECT", "不同意", NO_MAJORITY, "无多数意见");

  private final DecisionRepository decisions;
  private final DecisionSettings settings;
  private final IdentityService identityService;

  CollectiveDiscussion(DecisionRepository decisions, DecisionSettings settings, IdentityService identityService) {
    this.decisions = decisions;
    this.settings = settings;
    this.identityService = identityService;
  }

  /** The members who speak before the head: configured, or the leadership group minus the head. */
  public List<String> members() {
    if (settings.getMembers() != null && !settings.getMembers().isEmpty()) {
      return List.copyOf(settings.getMembers());
    }
    return identityService.createUserQuery().memberOfGroup(Groups.ID_LEADERSHIP).list().stream()
        .map(User::getId).filter(id -> !id.equals(settings.getHead())).sorted().toList();
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
      summary.append(o.memberId()).append("（").append(VOTE_LABELS.get(o.vote())).append("）：")
          .append(o.opinion()).append('\n');
    }
    String majority = counts.entrySet().stream().filter(e -> e.getValue() * 2 > opinions.size())
        .map(Map.Entry::getKey).findFirst().orElse(NO_MAJORITY);
    execution.setVariable(MAJORITY_VOTE, majority);
    execution.setVariable(OPINION_SUMMARY,
        DecisionCase.cap("多数意见：" + VOTE_LABELS.get(majority) + "\n" + summary));
  }

  /** Task_MemberOpinion: one member's opinion, kept verbatim. */
  @Component("recordMemberOpinion")
  static class MemberOpinion implements TaskListener {
    private final DecisionRepository decisions;

    MemberOpinion(DecisionRepository decisions) {
      this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
      FormCheck check = FormCheck.of(task);
      String vote = check.oneOf(MEMBER_VOTE, "表决意见", VOTES);
      String opinion = check.text(MEMBER_OPINION, "发表意见", 4000);
      check.verify();
      // the vote is the signed-in member's own: the trust boundary lets only the task's assignee
      // complete it, and the engine set the assignee from the member list, not from the form
      String member = (String) task.getVariable(MEMBER);
      String actor = Actors.of(task);
      check.require(actor != null && actor.equals(member), "只有" + member + "本人可以发表自己的意见");
      check.verify();
      int round = ((Number) task.getVariable(DISCUSSION_ROUND)).intValue();
      decisions.addOpinion(DecisionCase.id(task), round, actor, DecisionRepository.ROLE_MEMBER, vote, opinion, actor);
      // kept verbatim in the registry and in history; removed so the next member's form starts empty
      task.removeVariable(MEMBER_VOTE);
      task.removeVariable(MEMBER_OPINION);
    }
  }

  /** Task_HeadDecision: the head decides last; differing from the majority needs a reason. */
  @Component("recordHeadDecision")
  static class HeadDecision implements TaskListener {
    private final DecisionRepository decisions;

    HeadDecision(DecisionRepository decisions) {
      this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
      FormCheck check = FormCheck.of(task);
      String decision = check.oneOf(HEAD_DECISION, "决定", VOTES);
      String reason = check.optionalText(HEAD_REASON);
      String amendments = check.optionalText(AMENDMENTS);
      String majority = (String) task.getVariable(MAJORITY_VOTE);
      if (decision != null && majority != null && !NO_MAJORITY.equals(majority) && !decision.equals(majority)) {
        check.require(reason != null, "决定（" + VOTE_LABELS.get(decision) + "）与多数意见（" + VOTE_LABELS.get(majority)
            + "）不一致，须说明理由（R-MD-11）");
      }
      check.require(!"APPROVE_WITH_AMENDMENTS".equals(decision) || amendments != null, "修改后同意的，请填写“修改意见”");
      check.require(reason == null || reason.length() <= 4000, "“理由”不能超过 4000 个字");
      check.require(amendments == null || amendments.length() <= 4000, "“修改意见”不能超过 4000 个字");
      check.verify();
      String id = DecisionCase.id(task);
      int round = ((Number) task.getVariable(DISCUSSION_ROUND)).intValue();
      String text = VOTE_LABELS.get(decision) + (reason == null ? "" : "\n理由：" + reason)
          + (amendments == null ? "" : "\n修改意见：" + amendments);
      decisions.addOpinion(id, round, Actors.of(task), DecisionRepository.ROLE_HEAD, decision, text, Actors.of(task));
      decisions.setOutcome(id, decision);
    }
  }

  /** Task_ResubmitDeferred: what was done about the reasons for deferral. */
  @Component("recordDeferralResponse")
  static class DeferralResponse implements TaskListener {
    private final DecisionRepository decisions;

    DeferralResponse(DecisionRepository decisions) {
      this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
      FormCheck check = FormCheck.of(task);
      String response = check.text(DEFERRAL_RESPONSE, "补充论证和修改情况", 4000);
      check.verify();
      decisions.addReport(DecisionCase.id(task), DecisionRepository.DEFERRAL_RESPONSE, response, Actors.of(task));
    }
  }
}
