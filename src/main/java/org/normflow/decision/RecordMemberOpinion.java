package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_MemberOpinion (complete), R-MD-11 (713 Art 30): one member's opinion in the collective
 * discussion, kept verbatim; the members discuss, the head decides (no vote decides).
 */
@Component("recordMemberOpinion")
class RecordMemberOpinion implements TaskListener {

  private final DecisionRepository decisions;

  RecordMemberOpinion(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String vote = check.oneOf(MEMBER_VOTE, "意见倾向", CollectiveDiscussion.VOTES);
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
