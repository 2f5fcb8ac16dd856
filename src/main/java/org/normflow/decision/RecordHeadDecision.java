package org.normflow.decision;

import org.normflow.validation.LegalBasis;

import static org.normflow.decision.CollectiveDiscussion.VOTES;
import static org.normflow.decision.CollectiveDiscussion.VOTE_LABELS;
import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.identity.DraftingUnits;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_HeadDecision (complete), R-MD-11: the head decides last; differing from the majority needs a
 * reason. Only the head, or a deputy under the head's recorded authorization, may decide; the record
 * says which. R-MD-14: approving a decision that is carried out (not one returned to a normative
 * document), the head names the executing unit, one of the configured drafting units
 * ({@code normflow.drafting-units}); its tasks in decision-implementation go to that unit's group.
 */
@Component("recordHeadDecision")
class RecordHeadDecision implements TaskListener {

  private final DecisionRepository decisions;
  private final HeadOfOrganisation heads;
  private final DraftingUnits units;

  RecordHeadDecision(DecisionRepository decisions, HeadOfOrganisation heads, DraftingUnits units) {
    this.decisions = decisions;
    this.heads = heads;
    this.units = units;
  }

  @Override
  public void notify(DelegateTask task) {
    HeadAct act = heads.act(task, "R-MD-11");
    FormCheck check = FormCheck.of(task);
    String decision = check.oneOf(HEAD_DECISION, "决定", VOTES);
    String reason = check.optionalText(HEAD_REASON);
    String amendments = check.optionalText(AMENDMENTS);
    String majority = (String) task.getVariable(MAJORITY_VOTE);
    if (decision != null && majority != null && !NO_MAJORITY.equals(majority) && !decision.equals(majority)) {
      check.require(reason != null, "决定（" + VOTE_LABELS.get(decision) + "）与多数意见（" + VOTE_LABELS.get(majority)
          + "）不一致，须说明理由" + LegalBasis.cite("R-MD-11"));
    }
    check.require(!"APPROVE_WITH_AMENDMENTS".equals(decision) || amendments != null, "修改后同意的，请填写“修改意见”");
    check.require(reason == null || reason.length() <= 4000, "“理由”不能超过 4000 个字");
    check.require(amendments == null || amendments.length() <= 4000, "“修改意见”不能超过 4000 个字");
    boolean approved = "APPROVE".equals(decision) || "APPROVE_WITH_AMENDMENTS".equals(decision);
    boolean carriedOut = approved && !Boolean.TRUE.equals(task.getVariable(FOR_NORMATIVE_DOCUMENT));
    DraftingUnits.Unit executing = null;
    if (carriedOut) {
      Object chosen = task.getVariable(EXECUTING_UNIT);
      executing = units.getDraftingUnits().stream().filter(u -> u.getId().equals(chosen)).findFirst().orElse(null);
      check.require(executing != null, chosen == null || chosen.toString().isBlank()
          ? "同意的，请选择“决策执行单位”"
          : "“决策执行单位”须为本机关的科室之一，所选单位不在其中");
    }
    check.verify();
    String id = DecisionCase.id(task);
    int round = ((Number) task.getVariable(DISCUSSION_ROUND)).intValue();
    String text = VOTE_LABELS.get(decision) + (reason == null ? "" : "\n理由：" + reason)
        + (amendments == null ? "" : "\n修改意见：" + amendments)
        + (executing == null ? "" : "\n决策执行单位：" + executing.getName());
    if (executing != null) {
      decisions.setExecutingUnit(id, executing.getId(), executing.getName());
      task.setVariable(EXECUTING_UNIT_NAME, executing.getName());
    }
    decisions.addOpinion(id, round, act.actor(), DecisionRepository.ROLE_HEAD, decision, text, act.signature(),
        act.authorizationId());
    decisions.setOutcome(id, decision);
  }
}
