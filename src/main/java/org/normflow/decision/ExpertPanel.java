package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.identity.Groups;
import org.normflow.identity.People;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.TickedList;
import org.springframework.stereotype.Component;

/**
 * Task_SelectExperts (complete), R-MD-06: the expert panel. The clerk ticks experts by name from the
 * pool that {@link OfferExpertPool} offered (issue 10: no typed user ids); on completing the selection:
 * every chosen expert is in the pool (group experts) now, experts with a direct interest are excluded, and
 * whether experts with different views take part is recorded (713 Art 20 asks to take care to include them,
 * 注重选择; it does not require one: issue 24), an expert named for a different view being one of those chosen. {@code ${expertPanel.experts(execution)}}
 * is the multi-instance collection of the opinion task: it reads {@code panelExperts}, which only this
 * step writes, never the form field.
 */
@Component("expertPanel")
public class ExpertPanel implements TaskListener {

  private final DecisionRepository decisions;
  private final People people;

  ExpertPanel(DecisionRepository decisions, People people) {
    this.decisions = decisions;
    this.people = people;
  }

  /** The chosen experts' user ids, in the order given, as this step validated them. */
  public List<String> experts(DelegateExecution execution) {
    String panel = (String) execution.getVariable(PANEL_EXPERTS);
    return panel == null || panel.isEmpty() ? List.of() : List.copyOf(Arrays.asList(panel.split(",")));
  }

  /** The ticked values of a form's list ({@link TickedList}). */
  static Set<String> ids(Object value) {
    return TickedList.ids(value);
  }


  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String conflictCheck = check.text(CONFLICT_CHECK, "利害关系回避情况", 2000);
    String differentViews = check.oneOf(DIFFERENT_VIEWS, "是否有持不同意见的专家参加",
        List.of(DIFFERENT_VIEWS_YES, DIFFERENT_VIEWS_NO));
    String dissenting = check.optionalText(DISSENTING_EXPERT);
    Map<String, String> pool = people.membersOf(Groups.ID_EXPERTS);
    Set<String> chosen = ids(task.getVariable(EXPERTS));
    Set<String> excluded = ids(task.getVariable(EXCLUDED_EXPERTS));
    check.require(chosen != null, "请在专家库名单中勾选参加论证的专家");
    check.require(excluded != null, "请在专家库名单中勾选回避的专家");
    if (chosen != null && excluded != null) {
      check.require(!chosen.isEmpty(), "请至少选择一名专家");
      for (String id : chosen) {
        check.require(pool.containsKey(id), "所选人员不在专家库中，请在专家库名单中选择");
        check.require(!excluded.contains(id),
            "专家" + people.name(id) + "与决策事项有直接利害关系，已列为回避，不能参加论证");
      }
      for (String id : excluded) {
        check.require(pool.containsKey(id), "回避的专家须为专家库中的专家");
      }
      if (dissenting != null) {
        check.require(chosen.contains(dissenting),
            "持不同意见的专家须在参加论证的专家之中：论证应当注重选择持不同意见的专家");
        check.require(!DIFFERENT_VIEWS_NO.equals(differentViews),
            "已选择“持不同意见的专家”，“是否有持不同意见的专家参加”应选“有”");
      }
    }
    check.verify();
    List<String> panel = List.copyOf(chosen);
    decisions.addReport(DecisionCase.id(task), DecisionRepository.EXPERT_SELECTION,
        "参加论证的专家：" + people.names(panel)
            + "\n是否有持不同意见的专家参加：" + (DIFFERENT_VIEWS_YES.equals(differentViews) ? "有" : "没有")
            + (dissenting == null ? "" : "\n持不同意见的专家：" + people.name(dissenting))
            + "\n回避的专家：" + (excluded.isEmpty() ? "无" : people.names(List.copyOf(excluded)))
            + "\n回避情况：" + conflictCheck,
        Actors.of(task));
    task.setVariable(PANEL_EXPERTS, String.join(",", panel));
    task.setVariable(EXPERT_NAMES, people.names(panel));
  }
}
