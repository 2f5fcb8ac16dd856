package org.normflow.admin;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's recorded steps on a case (R-C-07, docs/security.md "The administrator"): each with a
 * reason, shown in the case file and the audit trail. The engine's own calls that would do the same
 * unrecorded (assigning, claiming for someone, deleting, suspending) are refused by the trust boundary
 * and name these two instead.
 */
@RestController
@RequestMapping("/api/admin")
class AdministratorController {

  record ReassignRequest(String userId, String reason) {}

  record EndRequest(String reason) {}

  private final AdministratorSteps steps;

  AdministratorController(AdministratorSteps steps) {
    this.steps = steps;
  }

  @PostMapping("/tasks/{taskId}/reassign")
  AdministratorSteps.Reassigned reassign(@PathVariable String taskId, @RequestBody ReassignRequest request) {
    return steps.reassign(taskId, request.userId(), request.reason());
  }

  @PostMapping("/cases/{processInstanceId}/end")
  AdministratorSteps.Ended end(@PathVariable String processInstanceId, @RequestBody EndRequest request) {
    return steps.end(processInstanceId, request.reason());
  }
}
