package org.normflow.review;

import java.time.LocalDate;
import java.util.Date;
import org.normflow.calendar.DeadlineMoved;
import org.normflow.process.LegalityReviewVariables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A calendar update moved a legality review's limit (R-C-01, R-ND-05): the registry's due day follows. */
@Component
class LegalityReviewDeadlineMoved implements DeadlineMoved {

  private final JdbcClient jdbc;

  LegalityReviewDeadlineMoved(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void moved(String processInstanceId, String variable, Date oldDue, Date newDue, LocalDate newDay) {
    if (LegalityReviewVariables.REVIEW_DUE_AT.equals(variable)) {
      jdbc.sql("UPDATE nf_legality_review SET due_on = ? WHERE id = ?").params(newDay, processInstanceId).update();
    }
  }
}
