package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_ClassifyDocumentDecision (complete), R-ND-12: the classification the rule tables read, as on the
 * draft plan (R-MD-05..07).
 */
@Component("recordDocumentClassification")
class RecordDocumentClassification implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    check.verify();
    for (String flag : List.of(AFFECTS_VITAL_INTERESTS, LOCAL_RULE_REQUIRES_HEARING, TECHNICAL, STABILITY_RISK,
        EXPLORATORY_REFORM)) {
      task.setVariable(flag, check.flag(flag));
    }
  }
}
