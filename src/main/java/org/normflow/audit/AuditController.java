package org.normflow.audit;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.normflow.identity.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The audit view of one case, for auditors and administrators only (it shows commenters' personal data, R-C-05). */
@RestController
@RequestMapping("/api/audit")
class AuditController {

  private final AuditTrail trail;
  private final IdentityService identityService;

  AuditController(AuditTrail trail, IdentityService identityService) {
    this.trail = trail;
    this.identityService = identityService;
  }

  @GetMapping("/processes/{processInstanceId}")
  List<AuditEntry> trail(@PathVariable String processInstanceId) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null
        || user.getGroupIds() == null
        || !(user.getGroupIds().contains(Groups.ID_AUDITORS) || user.getGroupIds().contains(Groups.ID_ADMIN))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有监督审计人员和系统管理员可以查看审计记录");
    }
    List<AuditEntry> entries = trail.of(processInstanceId);
    if (entries.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有找到流程实例 " + processInstanceId + " 的记录");
    }
    return entries;
  }
}
