package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_PublishCatalogue (complete), R-MD-01 (issue 10): the legal office publishes the approved
 * catalogue (date and channel recorded); the catalogue is then published in the registry.
 */
@Component("publishCatalogue")
class PublishCatalogue implements TaskListener {

  private final CatalogueService catalogue;

  PublishCatalogue(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate publishedOn = check.date(PUBLISHED_ON, "公布日期");
    String channel = check.text(PUBLICATION_CHANNEL, "公布渠道", 200);
    check.verify();
    int year = CatalogueSteps.year(task);
    catalogue.publish(year, task.getProcessInstanceId(), Actors.of(task));
    catalogue.recordEvent(year, "PUBLISHED", "于 " + publishedOn + " 在" + channel + "公布", Actors.of(task));
  }
}
