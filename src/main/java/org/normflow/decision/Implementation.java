package org.normflow.decision;

import org.normflow.trust.Actors;
import static org.normflow.process.MajorDecisionVariables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.normflow.catalogue.CatalogueItem.ItemStatus;
import org.normflow.catalogue.CatalogueService;
import org.normflow.head.HeadAct;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.process.ProcessKeys;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * After the decision: publication with the adoption explanation (R-MD-12), progress reports of
 * the executing unit (R-MD-14), suspension by the head (R-MD-16), post-evaluation by a unit other
 * than the pre-decision assessor (R-MD-15) and the archive (R-MD-13).
 */
final class Implementation {

  private Implementation() {}

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Shanghai"));
  }

  /** Task_Publication (R-MD-12). */
  @Component("recordDecisionPublication")
  static class Publication implements TaskListener {
    private final DecisionRepository decisions;

    Publication(DecisionRepository decisions) {
      this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
      FormCheck check = FormCheck.of(task);
      LocalDate published = check.date(PUBLISHED_ON, "公布日期");
      String explanation = check.text(ADOPTION_EXPLANATION, "公众意见、专家论证意见的采纳情况说明", 4000);
      String unit = check.text(EXECUTING_UNIT, "决策执行单位", 200);
      check.verify();
      String id = DecisionCase.id(task);
      decisions.setExecutingUnit(id, unit);
      decisions.addReport(id, DecisionRepository.PUBLICATION,
          "公布日期：" + published + "\n执行单位：" + unit + "\n意见采纳情况说明：" + explanation, Actors.of(task));
    }
  }

  /** Task_ImplementDecision: the executing unit reports completion or asks for a post-evaluation. */
  @Component("recordImplementationStatus")
  static class Status implements TaskListener {
    private final DecisionRepository decisions;

    Status(DecisionRepository decisions) {
      this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
      FormCheck check = FormCheck.of(task);
      String status = check.oneOf(IMPLEMENTATION_STATUS, "执行情况", List.of("COMPLETED", "EVALUATE"));
      String trigger = check.optionalText(EVALUATION_TRIGGER);
      check.require(!"EVALUATE".equals(status) || trigger != null,
          "申请决策后评估的，请填写“评估原因”（如明显未达到预期效果、公众提出较多意见）");
      check.require(trigger == null || trigger.length() <= 2000, "“评估原因”不能超过 2000 个字");
      check.verify();
      decisions.addReport(DecisionCase.id(task), DecisionRepository.PROGRESS,
          "COMPLETED".equals(status) ? "决策执行完毕" : "申请决策后评估：" + trigger, Actors.of(task));
    }
  }

  /** Task_ProgressReport (R-MD-14), created by the progress timer. */
  @Component("recordProgressReport")
  static class Progress implements TaskListener {
    private final DecisionRepository decisions;

    Progress(DecisionRepository decisions) {
      this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
      FormCheck check = FormCheck.of(task);
      String report = check.text(PROGRESS_REPORT, "执行进展", 4000);
      String problems = check.optionalText(PROGRESS_PROBLEMS);
      check.require(problems == null || problems.length() <= 4000, "“存在的问题和情况变化”不能超过 4000 个字");
      check.verify();
      decisions.addReport(DecisionCase.id(task), DecisionRepository.PROGRESS,
          report + (problems == null ? "" : "\n存在的问题和情况变化：" + problems), Actors.of(task));
    }
  }

  /**
   * Task_SuspendExecution (R-MD-16): the head (or a deputy under the head's recorded authorization)
   * suspends execution first; the reason is recorded.
   */
  @Component("recordSuspension")
  static class Suspension implements TaskListener {
    private final DecisionRepository decisions;
    private final HeadOfOrganisation heads;

    Suspension(DecisionRepository decisions, HeadOfOrganisation heads) {
      this.decisions = decisions;
      this.heads = heads;
    }

    @Override
    public void notify(DelegateTask task) {
      suspend(decisions, task, heads.act(task, "R-MD-16"));
    }
  }

  /** R-MD-16, whether the head suspends in Tasklist or by message: the reason is required and recorded. */
  static void suspend(DecisionRepository decisions, VariableScope scope, HeadAct act) {
    FormCheck check = FormCheck.of(scope);
    String reason = check.text(SUSPENSION_REASON, "中止执行的理由", 2000);
    check.verify();
    String id = DecisionCase.id(scope);
    decisions.addReport(id, DecisionRepository.SUSPENSION, "中止执行。理由：" + reason
        + (act.byDeputy() ? "\n" + act.note() : ""), act.actor(), act.authorizationId());
    decisions.updateStage(id, DecisionStage.SUSPENDED);
    scope.setVariable(SUSPENDED, true);
  }

  /**
   * ServiceTask_RecordSuspension (R-MD-16): the head's suspension sent as a message (REST); a
   * missing reason refuses the message, so nothing is suspended without its reason on record.
   */
  @Component("recordSuspensionRequest")
  static class SuspensionRequest implements JavaDelegate {
    private final DecisionRepository decisions;
    private final HeadOfOrganisation heads;

    SuspensionRequest(DecisionRepository decisions, HeadOfOrganisation heads) {
      this.decisions = decisions;
      this.heads = heads;
    }

    @Override
    public void execute(DelegateExecution execution) {
      // suspendedBy is set by DecisionController after it checked the caller may act for the head
      Object by = execution.getVariable(SUSPENDED_BY);
      String actor = by == null ? Actors.of(execution) : by.toString();
      suspend(decisions, execution, heads.act(actor, execution, "中止执行", "R-MD-16"));
    }
  }

  /** Task_PostEvaluation (R-MD-15). */
  @Component("recordPostEvaluation")
  static class Evaluation implements TaskListener {
    private final DecisionRepository decisions;

    Evaluation(DecisionRepository decisions) {
      this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
      FormCheck check = FormCheck.of(task);
      String unit = check.text(EVALUATOR_UNIT, "评估单位", 200);
      String report = check.text(EVALUATION_REPORT, "评估报告", 4000);
      String outcome = check.oneOf(EVALUATION_OUTCOME, "评估结论", List.of("CONTINUE", "ADJUST", "SUSPEND", "STOP"));
      String assessor = preDecisionAssessor(task);
      if (unit != null && assessor != null) {
        check.require(!normalize(unit).equals(normalize(assessor)),
            "决策后评估不得由决策前评估单位（" + assessor + "）承担，请委托其他单位（R-MD-15）");
      }
      check.verify();
      boolean major = "ADJUST".equals(outcome) && check.flag(MAJOR_ADJUSTMENT);
      task.setVariable(MAJOR_ADJUSTMENT, major);
      decisions.addReport(DecisionCase.id(task), DecisionRepository.EVALUATION,
          "评估单位：" + unit + "\n结论：" + outcome + (major ? "（重大调整，重新履行决策程序）" : "") + "\n" + report,
          Actors.of(task));
    }

    /** The unit that assessed before the decision: the risk assessor, else the lead unit. */
    static String preDecisionAssessor(DelegateTask task) {
      Object risk = task.getVariable(RISK_ASSESSOR_UNIT);
      if (risk != null && !risk.toString().isBlank()) {
        return risk.toString().strip();
      }
      Object lead = task.getVariable(LEAD_UNIT);
      return lead == null ? null : lead.toString().strip();
    }

    static String normalize(String unit) {
      return unit.replaceAll("\\s+", "");
    }
  }

  /**
   * ServiceTask_StartAdjustment (R-MD-15): a major adjustment runs the whole procedure again as a
   * new major-decision instance linked to this one.
   */
  @Component("startAdjustedDecision")
  static class Adjustment implements JavaDelegate {
    private final DecisionRepository decisions;

    Adjustment(DecisionRepository decisions) {
      this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String id = DecisionCase.id(execution);
      String title = "调整：" + execution.getVariable(TITLE);
      ProcessInstance successor = execution.getProcessEngineServices().getRuntimeService()
          .startProcessInstanceByKey(ProcessKeys.MAJOR_DECISION,
              Map.of(TITLE, title.length() > 500 ? title.substring(0, 500) : title,
                  PROPOSED_LEAD_UNIT, String.valueOf(execution.getVariable(LEAD_UNIT)),
                  ADJUSTMENT_REASON, "决策后评估认为须重大调整，重新履行决策程序（原决策 " + id + "）",
                  PREVIOUS_DECISION_ID, id));
      execution.setVariable(SUCCESSOR_PROCESS_INSTANCE_ID, successor.getId());
      decisions.addReport(id, DecisionRepository.EVALUATION,
          "已发起调整决策，流程实例 " + successor.getId() + "，决策编号 MD-" + successor.getId(), null);
    }
  }

  /** ServiceTask_Archive (R-MD-13): the whole record stays in the registry; the catalogue item is complete. */
  @Component("archiveDecision")
  static class Archive implements JavaDelegate {
    private final DecisionRepository decisions;
    private final CatalogueService catalogue;

    Archive(DecisionRepository decisions, CatalogueService catalogue) {
      this.decisions = decisions;
      this.catalogue = catalogue;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String id = DecisionCase.id(execution);
      decisions.updateStage(id, DecisionStage.ARCHIVED);
      Object item = execution.getVariable(CATALOGUE_ITEM_ID);
      if (item instanceof Number n) {
        catalogue.markStatus(n.longValue(), ItemStatus.COMPLETED, null, today());
      }
    }
  }
}
