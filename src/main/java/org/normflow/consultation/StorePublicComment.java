package org.normflow.consultation;

import static org.normflow.process.ConsultationVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_StorePublicComment, R-ND-02/R-MD-04: a comment arrived (message Message_PublicComment):
 * stored in nf_public_comment, and the personal data is removed from the process variables again (R-C-05).
 */
@Component("storePublicComment")
class StorePublicComment implements JavaDelegate {

  private final ConsultationRepository consultations;

  StorePublicComment(ConsultationRepository consultations) {
    this.consultations = consultations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormCheck check = FormCheck.of(execution);
    String content = check.text(COMMENT_TEXT, "意见内容", 10000);
    check.verify();
    consultations.addComment(
        execution.getProcessInstanceId(), (String) execution.getVariable(CASE_ID),
        (String) execution.getVariable(CASE_TYPE), check.optionalText(COMMENTER_NAME),
        check.optionalText(COMMENTER_PHONE), check.optionalText(COMMENTER_EMAIL), content);
    for (String name : List.of(COMMENT_TEXT, COMMENTER_NAME, COMMENTER_PHONE, COMMENTER_EMAIL)) {
      execution.removeVariable(name);
    }
  }
}
