package org.normflow.consultation;

import java.time.LocalDate;
import java.util.Date;
import org.normflow.calendar.DeadlineMoved;
import org.normflow.process.ConsultationVariables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A calendar update moved a consultation's closing day (R-C-01): the registry's closing day follows (the
 * public page and the comment endpoint read it) and the published notice says so in a line added to it.
 */
@Component
class ConsultationDeadlineMoved implements DeadlineMoved {

  private final JdbcClient jdbc;

  ConsultationDeadlineMoved(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void moved(String processInstanceId, String variable, Date oldDue, Date newDue, LocalDate newDay) {
    if (!ConsultationVariables.CONSULTATION_CLOSES_AT.equals(variable)) {
      return;
    }
    String note = "\n\n（根据" + newDay.getYear() + "年法定节假日安排，征求意见截止日期调整为"
        + CheckConsultationNotice.CHINESE_DATE.format(newDay) + "。）";
    jdbc.sql("UPDATE nf_consultation SET closes_on = ?, published_notice = published_notice || ? WHERE id = ?")
        .params(newDay, note, processInstanceId).update();
  }
}
