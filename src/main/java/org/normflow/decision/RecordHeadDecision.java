package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.identity.DraftingUnits;
import org.normflow.validation.FormCheck;
import org.normflow.validation.LegalBasis;
import org.springframework.stereotype.Component;

/**
 * Task_HeadDecision (complete), R-MD-14 (713 Art 34), R-MD-11: the organ approved a decision that is carried
 * out (not one returned to a normative document); the head names the executing unit, one of the configured
 * drafting units ({@code normflow.drafting-units}), the deadline by which it is carried out (执行时限, a date
 * not in the past, R-ND-16) and what the unit reports back and when (反馈). Only the head, or a deputy under
 * the head's recorded authorization, does this; the record says which. The decision itself was taken at the
 * organ's meeting (ApplyMeetingDecision) and is not asked again here.
 */
@Component("recordHeadDecision")
class RecordHeadDecision implements TaskListener {

  static final int MAX_REPORTING_DUTY = 2000;

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
    HeadAct act = heads.act(task, "R-MD-14");
    FormCheck check = FormCheck.of(task);
    // no record, no decision: refused like a decision not approved, never a server error
    String decided = decisions.find(DecisionCase.id(task)).map(DecisionRecord::outcome).orElse(null);
    check.require("APPROVE".equals(decided) || "APPROVE_WITH_AMENDMENTS".equals(decided),
        "决策机关未作出同意的决定，不能明确执行要求" + LegalBasis.cite("R-MD-11"));
    Object chosen = task.getVariable(EXECUTING_UNIT);
    DraftingUnits.Unit executing = units.getDraftingUnits().stream().filter(u -> u.getId().equals(chosen)).findFirst()
        .orElse(null);
    check.require(executing != null, chosen == null || chosen.toString().isBlank()
        ? "请选择“决策执行单位”"
        : "“决策执行单位”须为本机关的科室之一，所选单位不在其中");
    LocalDate deadline = check.date(EXECUTION_DEADLINE, "执行时限");
    String duty = check.text(REPORTING_DUTY, "反馈要求", MAX_REPORTING_DUTY);
    check.verify();
    String id = DecisionCase.id(task);
    int round = ((Number) task.getVariable(DISCUSSION_ROUND)).intValue();
    decisions.setExecutingUnit(id, executing.getId(), executing.getName());
    decisions.setExecutionTerms(id, deadline, duty);
    task.setVariable(EXECUTING_UNIT_NAME, executing.getName());
    decisions.addReport(id, DecisionRepository.EXECUTION_TERMS, "第 " + round + " 次集体讨论后明确：\n决策执行单位："
        + executing.getName() + "\n执行时限：" + deadline + "\n反馈要求：" + duty, act.actor(), act.authorizationId());
  }
}
