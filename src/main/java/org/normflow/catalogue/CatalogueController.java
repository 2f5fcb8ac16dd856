package org.normflow.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.head.HeadOfOrganisation;
import org.normflow.identity.Groups;
import org.normflow.validation.ForbiddenException;
import org.normflow.validation.FormValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual decision catalogue (R-MD-01) over HTTP Basic: any authenticated user reads it; the
 * legal office adds items and publishes; the decision organ (leadership) approves.
 */
@RestController
@RequestMapping("/api/catalogue")
class CatalogueController {

  private final CatalogueService catalogue;
  private final IdentityService identityService;
  private final CatalogueCases cases;
  private final HeadOfOrganisation heads;

  CatalogueController(CatalogueService catalogue, IdentityService identityService, CatalogueCases cases,
      HeadOfOrganisation heads) {
    this.catalogue = catalogue;
    this.identityService = identityService;
    this.cases = cases;
    this.heads = heads;
  }

  /** Body of POST /api/catalogue/{year}/items; plannedCompletion as yyyy-mm-dd. */
  record ItemRequest(String title, String leadUnit, String plannedCompletion, Boolean hearingPlanned,
      String adjustmentReason) {}

  @GetMapping("/{year}")
  Catalogue get(@PathVariable int year) {
    return catalogue.view(year);
  }

  @PostMapping("/{year}/items")
  @ResponseStatus(HttpStatus.CREATED)
  CatalogueItem addItem(@PathVariable int year, @RequestBody ItemRequest body) {
    String user = requireGroup(Groups.ID_LEGAL_OFFICE, "决策事项目录由法制机构编制和调整");
    CatalogueItem item = catalogue.addItem(year, new CatalogueService.NewItem(body.title(), body.leadUnit(),
        date(body.plannedCompletion()), Boolean.TRUE.equals(body.hearingPlanned()), body.adjustmentReason()), user);
    cases.leadUnitByName(item);
    // issue 10: an item added to a published catalogue opens its decision for its lead unit at once
    if (catalogue.view(year).status() == Catalogue.Status.PUBLISHED) {
      cases.open(catalogue.item(item.id()));
    }
    return catalogue.item(item.id());
  }

  @PostMapping("/{year}/approve")
  Catalogue approve(@PathVariable int year) {
    String user = requireGroup(Groups.ID_LEADERSHIP, "决策事项目录由决策机关（局领导）批准");
    // issue 10: only the legal office and the head change a catalogue; the head approves it
    if (!user.equals(heads.head())) {
      throw new ForbiddenException("决策事项目录由主要负责人审定，当前用户无权执行此操作");
    }
    return catalogue.approve(year, user);
  }

  @PostMapping("/{year}/publish")
  Catalogue publish(@PathVariable int year) {
    String user = requireGroup(Groups.ID_LEGAL_OFFICE, "决策事项目录由法制机构公布");
    catalogue.publish(year, user);
    // issue 10, R-MD-01: each published item opens its decision case for its lead unit
    cases.openAll(year);
    return catalogue.view(year);
  }

  private String requireGroup(String group, String who) {
    Authentication auth = identityService.getCurrentAuthentication();
    List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    if (auth == null || !(groups.contains(group) || Set.copyOf(groups).contains(Groups.ID_ADMIN))) {
      throw new ForbiddenException(who + "，当前用户无权执行此操作");
    }
    return auth.getUserId();
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text.strip());
      String implausible = org.normflow.validation.FormCheck.implausible(date, "计划完成时间");
      if (implausible != null) {
        throw new FormValidationException(List.of(implausible));
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new FormValidationException(List.of("“计划完成时间”不是有效日期，请按 年-月-日 填写，例如 2027-06-30"));
    }
  }
}
