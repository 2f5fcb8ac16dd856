package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * Task_CompileCatalogue (complete), R-MD-01 (issue 10): the legal office compiles the draft catalogue
 * from the units' proposals it ticks; each item is led by the unit that proposed it. A ticked value that
 * is not a proposal of this year is refused. Compiled anew when the head returned the draft.
 */
@Component("compileCatalogue")
class CompileCatalogue implements TaskListener {

  private final CatalogueService catalogue;

  CompileCatalogue(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    FormCheck check = FormCheck.of(task);
    int year = CatalogueSteps.year(task);
    Map<String, CatalogueProposal> proposals = catalogue.proposals(year).stream()
        .collect(Collectors.toMap(p -> Long.toString(p.id()), Function.identity()));
    Set<String> chosen = CatalogueSteps.ticked(task.getVariable(INCLUDED_PROPOSALS));
    check.require(chosen != null && !chosen.isEmpty(), "请勾选列入目录草案的事项");
    if (chosen != null) {
      check.require(proposals.keySet().containsAll(chosen), "所选事项不在本年度各单位的建议之中");
    }
    String note = check.optionalText(COMPILE_NOTE);
    check.require(note == null || note.length() <= 2000, "“编制说明”不能超过 2000 个字");
    check.verify();
    List<CatalogueProposal> included = chosen.stream().map(proposals::get).toList();
    catalogue.compile(year, task.getProcessInstanceId(), included, Actors.of(task));
  }
}
