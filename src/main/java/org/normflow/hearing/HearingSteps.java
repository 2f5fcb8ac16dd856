package org.normflow.hearing;

import static org.normflow.process.HearingVariables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.normflow.decision.DecisionSettings;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * The server-side checks of the hearing (听证, R-MD-05): notice and participant selection method,
 * participant list published in advance, materials delivered at least 7 days (configurable) before
 * the hearing, record confirmed and signed by the participants, hearing report.
 */
final class HearingSteps {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private HearingSteps() {}

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  /** Task_HearingNotice. */
  @Component("checkHearingNotice")
  static class Notice implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      FormCheck check = FormCheck.of(task);
      check.text(HEARING_NOTICE, "听证公告", 4000);
      check.text(SELECTION_METHOD, "听证参加人遴选办法", 2000);
      LocalDate date = check.date(HEARING_DATE, "听证会日期");
      check.text(HEARING_PLACE, "听证地点", 200);
      check.require(date == null || date.isAfter(today()), "“听证会日期”应晚于今天");
      check.verify();
      task.setVariable(HEARING_DATE, date.toString());
    }
  }

  /** Task_PublishParticipants: the list is published before the hearing. */
  @Component("checkHearingParticipants")
  static class Participants implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      FormCheck check = FormCheck.of(task);
      check.text(PARTICIPANT_LIST, "听证参加人名单", 4000);
      LocalDate published = check.date(PARTICIPANTS_PUBLISHED_ON, "名单公布日期");
      LocalDate hearing = check.optionalDate(HEARING_DATE, "听证会日期");
      check.require(published == null || hearing == null || published.isBefore(hearing),
          "听证参加人名单应当在听证会召开前公布（R-MD-05）");
      check.verify();
      task.setVariable(PARTICIPANTS_PUBLISHED_ON, published.toString());
    }
  }

  /**
   * Task_DeliverMaterials: refuses a hearing date less than 7 days after delivery and sets the
   * moment Timer_MaterialsDelivered lets the hearing open.
   */
  @Component("checkHearingMaterials")
  static class Materials implements TaskListener {
    private final DecisionSettings settings;

    Materials(DecisionSettings settings) {
      this.settings = settings;
    }

    @Override
    public void notify(DelegateTask task) {
      FormCheck check = FormCheck.of(task);
      LocalDate delivered = check.date(MATERIALS_DELIVERED_ON, "材料送达日期");
      LocalDate hearing = check.date(HEARING_DATE, "听证会日期");
      int days = settings.getHearingMaterialsDays();
      check.require(delivered == null || !delivered.isAfter(today()), "“材料送达日期”不能晚于今天");
      if (delivered != null && hearing != null) {
        check.require(!hearing.isBefore(delivered.plusDays(days)),
            "听证材料应当至少在听证会召开 " + days + " 日前送达听证参加人（R-MD-05）：材料于 " + delivered
                + " 送达，听证会最早于 " + delivered.plusDays(days) + " 召开，请推迟听证会日期");
      }
      check.verify();
      LocalDate notBefore = hearing.isBefore(delivered.plusDays(days)) ? delivered.plusDays(days) : hearing;
      task.setVariable(HEARING_DATE, hearing.toString());
      task.setVariable(MATERIALS_DELIVERED_ON, delivered.toString());
      task.setVariable(HEARING_NOT_BEFORE, Date.from(notBefore.atStartOfDay(ZONE).toInstant()));
    }
  }

  /** Task_HoldHearing: the hearing held, with its record (transcript). */
  @Component("checkHearingHeld")
  static class Held implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      FormCheck check = FormCheck.of(task);
      LocalDate held = check.date(HEARING_HELD_ON, "听证会召开日期");
      check.text(HEARING_RECORD, "听证笔录", 4000);
      Object notBefore = task.getVariable(HEARING_NOT_BEFORE);
      if (held != null && notBefore instanceof Date d) {
        LocalDate earliest = LocalDate.ofInstant(d.toInstant(), ZONE);
        check.require(!held.isBefore(earliest), "听证会不得早于 " + earliest + " 召开（材料送达满 7 日，R-MD-05）");
      }
      check.require(held == null || !held.isAfter(today()), "“听证会召开日期”不能晚于今天");
      check.verify();
      task.setVariable(HEARING_HELD_ON, held.toString());
    }
  }

  /** Task_ConfirmRecord: participants confirm and sign the record. */
  @Component("checkHearingRecord")
  static class Record implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      FormCheck check = FormCheck.of(task);
      check.require(check.flag(RECORD_CONFIRMED), "听证笔录须经听证参加人确认（R-MD-05）");
      check.text(SIGNED_BY, "签字确认的听证参加人", 2000);
      check.verify();
    }
  }

  /** Task_HearingReport. */
  @Component("checkHearingReport")
  static class Report implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      FormCheck check = FormCheck.of(task);
      check.text(HEARING_REPORT, "听证报告", 4000);
      check.verify();
    }
  }
}
