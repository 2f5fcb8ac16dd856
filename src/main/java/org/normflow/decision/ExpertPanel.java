package org.normflow.decision;

import org.normflow.trust.Actors;
import static org.normflow.process.MajorDecisionVariables.*;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.identity.Groups;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_SelectExperts (complete), R-MD-06: the expert panel. On completing the selection: every chosen
 * expert is a registered expert, experts with a direct interest are excluded, and at least one expert
 * known for a dissenting view is invited. {@code ${expertPanel.experts(execution)}} is the multi-instance
 * collection of the opinion task.
 */
@Component("expertPanel")
public class ExpertPanel implements TaskListener {

  private final DecisionRepository decisions;
  private final IdentityService identityService;

  ExpertPanel(DecisionRepository decisions, IdentityService identityService) {
    this.decisions = decisions;
    this.identityService = identityService;
  }

  /** The chosen experts' user ids, in the order given. */
  public List<String> experts(DelegateExecution execution) {
    return List.copyOf(parse((String) execution.getVariable(EXPERTS)));
  }

  static Set<String> parse(String text) {
    Set<String> ids = new LinkedHashSet<>();
    if (text != null) {
      Arrays.stream(text.split("[,，;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
    }
    return ids;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String chosenText = check.text(EXPERTS, "参加论证的专家（用户名，以逗号分隔）", 1000);
    String conflictCheck = check.text(CONFLICT_CHECK, "利害关系回避情况", 2000);
    String dissenting = check.text(DISSENTING_EXPERT, "持不同意见的专家", 64);
    Set<String> chosen = parse(chosenText);
    Set<String> excluded = parse(check.optionalText(EXCLUDED_EXPERTS));
    for (String id : chosen) {
      check.require(identityService.createUserQuery().userId(id).memberOfGroup(Groups.ID_EXPERTS).count() == 1,
          "“" + id + "”不是专家库中的专家");
      check.require(!excluded.contains(id), "专家“" + id + "”与决策事项有直接利害关系，已列为回避，不能参加论证");
    }
    if (chosenText != null) {
      check.require(!chosen.isEmpty(), "请至少选择一名专家");
    }
    if (dissenting != null) {
      check.require(chosen.contains(dissenting),
          "持不同意见的专家“" + dissenting + "”须在参加论证的专家之中：论证应当注重选择持不同意见的专家");
    }
    check.verify();
    decisions.addReport(DecisionCase.id(task), DecisionRepository.EXPERT_SELECTION,
        "参加论证的专家：" + String.join("、", chosen) + "\n持不同意见的专家：" + dissenting
            + "\n回避的专家：" + (excluded.isEmpty() ? "无" : String.join("、", excluded)) + "\n回避情况：" + conflictCheck,
        Actors.of(task));
    task.setVariable(EXPERTS, String.join(",", chosen));
  }
}
