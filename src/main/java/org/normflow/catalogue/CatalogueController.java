package org.normflow.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
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

  CatalogueController(CatalogueService catalogue, IdentityService identityService) {
    this.catalogue = catalogue;
    this.identityService = identityService;
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
    return catalogue.addItem(year, new CatalogueService.NewItem(body.title(), body.leadUnit(),
        date(body.plannedCompletion()), Boolean.TRUE.equals(body.hearingPlanned()), body.adjustmentReason()), user);
  }

  @PostMapping("/{year}/approve")
  Catalogue approve(@PathVariable int year) {
    String user = requireGroup(Groups.ID_LEADERSHIP, "决策事项目录由决策机关（局领导）批准");
    return catalogue.approve(year, user);
  }

  @PostMapping("/{year}/publish")
  Catalogue publish(@PathVariable int year) {
    String user = requireGroup(Groups.ID_LEGAL_OFFICE, "决策事项目录由法制机构公布");
    return catalogue.publish(year, user);
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
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new FormValidationException(List.of("“计划完成时间”不是有效日期，请按 年-月-日 填写，例如 2027-06-30"));
    }
  }
}
