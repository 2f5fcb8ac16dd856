package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_CompileCatalogue (create), R-MD-01 (issue 10): the units' proposals as the legal office's choice
 * list ({@code valuesKey: proposalOptions}: each proposal by unit and matter) and as a text to read.
 */
@Component("offerCatalogueProposals")
class OfferCatalogueProposals implements TaskListener {

  private final CatalogueService catalogue;

  OfferCatalogueProposals(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    List<CatalogueProposal> proposals = catalogue.proposals(CatalogueSteps.year(task));
    Map<String, String> options = new LinkedHashMap<>();
    StringBuilder summary = new StringBuilder();
    for (CatalogueProposal p : proposals) {
      options.put(Long.toString(p.id()), p.unitName() + "：" + p.title());
      summary.append(p.unitName()).append("：").append(p.title())
          .append(p.plannedCompletion() == null ? "" : "（计划完成：" + p.plannedCompletion() + "）")
          .append(p.hearingPlanned() ? "（拟举行听证）" : "")
          .append(p.reason() == null ? "" : "\n    理由：" + p.reason()).append('\n');
    }
    task.setVariable(PROPOSAL_OPTIONS, CatalogueSteps.options(options));
    task.setVariable(PROPOSAL_SUMMARY, proposals.isEmpty() ? "各单位均没有建议事项" : cap(summary.toString()));
  }

  static String cap(String text) {
    return text.length() <= 4000 ? text : text.substring(0, 3990) + "……（略）";
  }
}
