package org.normflow.catalogue;

import static org.normflow.process.DecisionCatalogueVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.identity.DraftingUnits;
import org.normflow.identity.Groups;
import org.normflow.identity.People;
import org.normflow.trust.Actors;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_OpenCatalogue, R-MD-01 (issue 10): the legal office opens the year's catalogue for
 * compiling. Only the legal office starts it (also checked here, whoever holds the start right); a year
 * whose catalogue is already approved or published is refused. The drafting units that are asked for
 * proposals ({@code proposingUnits}, the collection of Task_ProposeItems) come from configuration.
 */
@Component("openCatalogue")
class OpenCatalogue implements JavaDelegate {

  private final CatalogueService catalogue;
  private final DraftingUnits units;
  private final People people;

  OpenCatalogue(CatalogueService catalogue, DraftingUnits units, People people) {
    this.catalogue = catalogue;
    this.units = units;
    this.people = people;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormCheck check = FormCheck.of(execution);
    String starter = Actors.of(execution);
    if (starter != null && !people.isMember(starter, Groups.ID_LEGAL_OFFICE)) {
      throw new org.normflow.validation.RoleRefusedException("年度决策事项目录由法制机构编制，只有法制机构可以发起");
    }
    Integer year = check.integer(CATALOGUE_YEAR, "目录年度", 2000, 2100);
    check.verify();
    catalogue.openDraft(year, execution.getProcessInstanceId());
    execution.setVariable(YEAR, year);
    execution.setVariable(TITLE, year + " 年度重大行政决策事项目录");
    execution.setVariable(CASE_REFERENCE, year + "年度目录");
    execution.setVariable(CASE_TYPE_LABEL, "年度重大行政决策事项目录");
    execution.setVariable(CASE_UNIT, Groups.LEGAL_OFFICE.displayName());
    // every drafting unit with staff is asked (a unit nobody belongs to could never answer)
    execution.setVariable(PROPOSING_UNITS, new ArrayList<>(CatalogueSteps.units(units).keySet().stream()
        .filter(unit -> !people.membersOf(unit).isEmpty()).toList()));
    execution.setVariable(UNIT_OPTIONS, CatalogueSteps.options(CatalogueSteps.units(units)));
  }
}
