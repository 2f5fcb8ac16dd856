package org.normflow.consultation;

import static org.normflow.consultation.ConsultationSteps.abbreviate;
import static org.normflow.process.ConsultationVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_CloseConsultation, R-ND-02/R-MD-04: the period ended (timer): close, count the comments
 * and list them, without personal data (R-C-05), for disposition.
 */
@Component("closeConsultation")
class CloseConsultation implements JavaDelegate {

  private final ConsultationRepository consultations;
  private final WorkingDayCalendar calendar;

  CloseConsultation(ConsultationRepository consultations, WorkingDayCalendar workingDays) {
    this.consultations = consultations;
    this.calendar = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ConsultationRepository.Comment> comments = consultations.comments(execution.getProcessInstanceId());
    LocalDate today = calendar.today();
    consultations.close(execution.getProcessInstanceId(), today, comments.size());
    StringBuilder digest = new StringBuilder();
    for (ConsultationRepository.Comment c : comments) {
      digest.append(c.number()).append(". ").append(abbreviate(c.content(), 200)).append('\n');
    }
    execution.setVariable(CONSULTATION_COMMENT_COUNT, comments.size());
    execution.setVariable(CONSULTATION_CLOSED_ON, today.toString());
    execution.setVariable(COMMENT_DIGEST, comments.isEmpty() ? "征求意见期内未收到意见。" : abbreviate(digest.toString(), 3900));
  }
}
