package org.normflow.decision;

import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.normflow.validation.Grounds;
import org.springframework.stereotype.Component;

/**
 * Task_DecideStart (complete), R-MD-02: the decision organ decides whether to start and names the lead
 * unit (承办单位). R-MD-17 (713 Art 3): an item outside the procedure names one of the classes of Art 3
 * ({@code normflow.grounds.outside-procedure}) and an explanation. R-MD-08 (713 Art 25): the
 * organ, not the drafter, classifies a standalone decision as an exploratory reform on a matter for
 * which the state has no clear provision (国家尚无明确规定的探索性改革事项), with a reason; the
 * classification is recorded (report EXPLORATORY_REFORM) and is what prepareDecisionLegalityReview passes to
 * the legality review. The head decides, or a deputy under the head's recorded authorization; the
 * record says which.
 */
@Component("recordStartDecision")
class RecordStartDecision implements TaskListener {

  static final String EXPLORATORY_GROUND = "国家尚无明确规定的探索性改革事项";

  private final DecisionRepository decisions;
  private final HeadOfOrganisation heads;
  private final Grounds grounds;
  private final org.normflow.catalogue.CatalogueService catalogue;

  RecordStartDecision(DecisionRepository decisions, HeadOfOrganisation heads, Grounds grounds,
      org.normflow.catalogue.CatalogueService catalogue) {
    this.decisions = decisions;
    this.heads = heads;
    this.grounds = grounds;
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    HeadAct act = heads.act(task, "R-MD-02");
    FormCheck check = FormCheck.of(task);
    String choice = check.oneOf(START_DECISION, "是否启动决策程序", List.of(START, NOT_START, OUTSIDE_PROCEDURE));
    String leadUnit = null;
    String reason = check.optionalText(START_DECISION_REASON);
    String ground = null;
    boolean exploratory = check.checked(CLASSIFIED_EXPLORATORY, EXPLORATORY_GROUND);
    String exploratoryReason = check.optionalText(EXPLORATORY_REFORM_REASON);
    if (START.equals(choice)) {
      leadUnit = check.text(LEAD_UNIT, "承办单位", 200);
      check.require(!exploratory || exploratoryReason != null, "认定为" + EXPLORATORY_GROUND + "的，须说明理由");
      check.require(exploratoryReason == null || exploratoryReason.length() <= 2000, "“探索性改革事项的认定理由”不能超过 2000 个字");
    } else if (choice != null) {
      check.require(!exploratory, "只有决定启动的事项才能认定为探索性改革事项");
      check.require(reason != null, OUTSIDE_PROCEDURE.equals(choice)
          ? "认定为不适用重大行政决策程序的事项，须说明理由"
          : "决定不予启动，须填写“理由”");
      check.require(reason == null || reason.length() <= 2000, "“理由”不能超过 2000 个字");
    }
    if (OUTSIDE_PROCEDURE.equals(choice)) {
      ground = check.oneOf(OUTSIDE_PROCEDURE_GROUND, "不适用本程序的依据（第三条）", grounds.codes(Grounds.OUTSIDE_PROCEDURE));
    } else {
      check.require(check.optionalText(OUTSIDE_PROCEDURE_GROUND) == null, "只有认定不适用本程序时才选择第三条所列情形");
    }
    check.verify();
    String id = DecisionCase.id(task);
    if (leadUnit != null) {
      decisions.setLeadUnit(id, leadUnit);
    }
    // issue 10, R-MD-01: starting an item a drafter proposed outside the catalogue approves its adjustment
    // (not starting it refuses the adjustment when the procedure ends: CatalogueService.markStatus)
    if (START.equals(choice) && task.getVariable(CATALOGUE_ITEM_ID) instanceof Number itemId) {
      catalogue.approveProposedAdjustment(itemId.longValue(), id, act.actor());
    }
    String label = switch (choice) {
      case START -> "决定启动决策程序，承办单位：" + leadUnit;
      case NOT_START -> "决定不予启动";
      default -> "认定为不适用重大行政决策程序的事项，依据《重大行政决策程序暂行条例》第三条："
          + grounds.label(Grounds.OUTSIDE_PROCEDURE, ground);
    };
    decisions.addReport(id, OUTSIDE_PROCEDURE.equals(choice) ? DecisionRepository.OUTSIDE_PROCEDURE
        : DecisionRepository.START_DECISION, label + (reason == null ? "" : "\n理由：" + reason)
        + (act.byDeputy() ? "\n" + act.note() : ""), act.actor(), act.authorizationId());
    if (START.equals(choice) && exploratory) {
      decisions.addReport(id, DecisionRepository.EXPLORATORY_REFORM, "决策机关认定为" + EXPLORATORY_GROUND
          + "\n理由：" + exploratoryReason + (act.byDeputy() ? "\n" + act.note() : ""), act.actor(),
          act.authorizationId());
    }
  }
}
