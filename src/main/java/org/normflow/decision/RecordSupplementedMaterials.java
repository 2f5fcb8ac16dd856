package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_CompleteMaterials (complete), R-MD-10: the drafter supplies the reports that were missing; what
 * cannot be supplied here (a legality opinion, a fair competition review result: 783 Art 18) needs the
 * step itself.
 */
@Component("recordSupplementedMaterials")
class RecordSupplementedMaterials implements TaskListener {

  private final DecisionRepository decisions;

  RecordSupplementedMaterials(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    String id = DecisionCase.id(task);
    String consultation = check.optionalText(CONSULTATION_ADOPTION_REPORT);
    String hearing = check.optionalText(HEARING_REPORT);
    String expert = check.optionalText(EXPERT_ADOPTION_REPORT);
    for (String text : new String[] {consultation, hearing, expert}) {
      check.require(text == null || text.length() <= 4000, "每份材料不能超过 4000 个字");
    }
    check.verify();
    String user = Actors.of(task);
    if (consultation != null && !decisions.hasReport(id, DecisionRepository.CONSULTATION_ADOPTION)) {
      decisions.addReport(id, DecisionRepository.CONSULTATION_ADOPTION, consultation, user);
    }
    if (hearing != null && !decisions.hasReport(id, DecisionRepository.HEARING)) {
      decisions.addReport(id, DecisionRepository.HEARING, hearing, user);
    }
    if (expert != null && !decisions.hasReport(id, DecisionRepository.EXPERT_ADOPTION)) {
      decisions.addReport(id, DecisionRepository.EXPERT_ADOPTION, expert, user);
    }
  }
}
