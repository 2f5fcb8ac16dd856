package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.decision.PartyCommittee;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.normflow.validation.LegalBasis;
import org.springframework.stereotype.Component;

/**
 * Task_PublishCatalogue (complete), R-MD-01 (issue 10): the legal office publishes the approved
 * catalogue (date and channel recorded); the catalogue is then published in the registry. Issue 24 point 4
 * (713 Art 3: 经同级党委同意后向社会公布): only after the Party committee's consent is on the record.
 */
@Component("publishCatalogue")
class PublishCatalogue implements TaskListener {

  private final CatalogueService catalogue;
  private final PartyCommittee partyCommittee;

  PublishCatalogue(CatalogueService catalogue, PartyCommittee partyCommittee) {
    this.catalogue = catalogue;
    this.partyCommittee = partyCommittee;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    LocalDate publishedOn = check.date(PUBLISHED_ON, "公布日期");
    String channel = check.text(PUBLICATION_CHANNEL, "公布渠道", 200);
    int year = CatalogueSteps.year(task);
    check.require(partyCommittee.agreed(PartyCommittee.Subject.CATALOGUE, String.valueOf(year)),
        "同级党委（党组）同意年度目录的意见尚未登记，目录不能公布" + LegalBasis.cite("R-MD-01"));
    check.verify();
    catalogue.publish(year, task.getProcessInstanceId(), Actors.of(task));
    catalogue.recordEvent(year, "PUBLISHED", "于 " + publishedOn + " 在" + channel + "公布", Actors.of(task));
  }
}
