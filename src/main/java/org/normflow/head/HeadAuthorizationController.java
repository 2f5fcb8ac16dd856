package org.normflow.head;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.identity.Groups;
import org.normflow.validation.ForbiddenException;
import org.normflow.validation.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The head's authorizations (授权代行): read by auditors, the legal office, the leadership and
 * administrators; revoked by the head. Recording one is the process {@code head-authorization},
 * started in Tasklist.
 */
@RestController
@RequestMapping("/api/head-authorizations")
class HeadAuthorizationController {

  static final Set<String> READERS =
      Set.of(Groups.ID_AUDITORS, Groups.ID_LEGAL_OFFICE, Groups.ID_LEADERSHIP, Groups.ID_ADMIN);

  private final HeadAuthorizations authorizations;
  private final IdentityService identityService;

  HeadAuthorizationController(HeadAuthorizations authorizations, IdentityService identityService) {
    this.authorizations = authorizations;
    this.identityService = identityService;
  }

  @GetMapping
  List<HeadAuthorization> list() {
    requireReader();
    return authorizations.list();
  }

  @GetMapping("/{id}")
  HeadAuthorization get(@PathVariable String id) {
    requireReader();
    return authorizations.get(parse(id));
  }

  @PostMapping("/{id}/revoke")
  HeadAuthorization revoke(@PathVariable String id) {
    Authentication user = identityService.getCurrentAuthentication();
    return authorizations.revoke(parse(id), user == null ? null : user.getUserId());
  }

  private void requireReader() {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(READERS::contains)) {
      throw new ForbiddenException("只有监督审计人员、法制机构、局领导和系统管理员可以查看授权代行记录");
    }
  }

  private static long parse(String id) {
    if (id == null || !id.matches("\\d{1,18}")) {
      throw new NotFoundException("没有第 " + (id == null ? "" : id.length() > 20 ? id.substring(0, 20) + "…" : id)
          + " 号授权代行记录");
    }
    return Long.parseLong(id);
  }
}
