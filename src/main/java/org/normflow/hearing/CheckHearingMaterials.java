package org.normflow.hearing;

import org.normflow.validation.LegalBasis;

import static org.normflow.hearing.HearingSteps.ZONE;
import static org.normflow.process.HearingVariables.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.decision.DecisionSettings;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_DeliverMaterials (complete), R-MD-05: refuses a hearing date less than 7 days (configurable)
 * after delivery and sets the moment Timer_MaterialsDelivered lets the hearing open.
 */
@Component("checkHearingMaterials")
class CheckHearingMaterials implements TaskListener {

  private final DecisionSettings settings;

  CheckHearingMaterials(DecisionSettings settings) {
    this.settings = settings;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate delivered = check.date(MATERIALS_DELIVERED_ON, "材料送达日期");
    LocalDate hearing = check.date(HEARING_DATE, "听证会日期");
    int days = settings.getHearingMaterialsDays();
    if (delivered != null && hearing != null) {
      check.require(!hearing.isBefore(delivered.plusDays(days)),
          "听证材料应当至少在听证会召开 " + days + " 日前送达听证参加人" + LegalBasis.cite("R-MD-05") + "：材料于 " + delivered
              + " 送达，听证会最早于 " + delivered.plusDays(days) + " 召开，请推迟听证会日期");
    }
    check.verify();
    LocalDate notBefore = hearing.isBefore(delivered.plusDays(days)) ? delivered.plusDays(days) : hearing;
    task.setVariable(HEARING_DATE, hearing.toString());
    task.setVariable(MATERIALS_DELIVERED_ON, delivered.toString());
    task.setVariable(HEARING_NOT_BEFORE, Date.from(notBefore.atStartOfDay(ZONE).toInstant()));
  }
}
