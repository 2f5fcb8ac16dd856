package org.normflow.consultation;

import static org.normflow.process.ConsultationVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.validation.Grounds;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_CloseConsultation, R-ND-02/R-MD-04: the period ended (timer): close the consultation in
 * the registry (the public endpoint refuses comments from now on), count the stored comments and list
 * them for disposition, grouped by the part of the draft they concern, without personal data (R-C-05):
 * only the number, the clause and an excerpt of the text enter the engine, as an overview and as the
 * rows of the dispose-comments form (one per comment, {@link CommentRows}).
 */
@Component("closeConsultation")
class CloseConsultation implements JavaDelegate {

  private final ConsultationRepository consultations;
  private final WorkingDayCalendar calendar;
  private final Grounds grounds;

  CloseConsultation(ConsultationRepository consultations, WorkingDayCalendar workingDays, Grounds grounds) {
    this.consultations = consultations;
    this.calendar = workingDays;
    this.grounds = grounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ConsultationRepository.Comment> comments = consultations.comments(execution.getProcessInstanceId());
    LocalDate today = calendar.today();
    consultations.close(execution.getProcessInstanceId(), today, comments.size());
    execution.setVariable(CONSULTATION_COMMENT_COUNT, comments.size());
    execution.setVariable(CONSULTATION_CLOSED_ON, today.toString());
    execution.setVariable(COMMENT_DIGEST, CommentDigest.of(comments, grounds));
    execution.setVariable(COMMENT_ROWS, CommentRows.of(comments));
  }
}
