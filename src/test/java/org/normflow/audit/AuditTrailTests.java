package org.normflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@NormFlowSpringTest
class AuditTrailTests {

  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AuditTrail auditTrail;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  @Test
  @DisplayName("R-C-02 every step records who did it, when and with which values; claim, reassignment and delegation too")
  void trailRecordsWhoWhenWhat() {
    identityService.setAuthentication("drafter", List.of("drafters", "unit-hazchem"));
    ProcessInstance pi =
        runtimeService.startProcessInstanceByKey(
            "normative-document", Map.of("title", "审计测试文件", "docType", "通知", "issuingUnit", "市应急管理局"));
    // every document first gets the legal office's finding (R-ND-13, R-MD-18)
    identityService.setAuthentication("legal", List.of("legal-office"));
    Task finding = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_IdentifyDocument").singleResult();
    taskService.complete(finding.getId(), org.normflow.DocumentDriver.findingValues(false, false));
    identityService.setAuthentication("drafter", List.of("drafters", "unit-hazchem"));
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Drafting").singleResult();
    // issue 10: the starter's first drafting task is already his; he gives it back and claims it again
    assertThat(task.getAssignee()).isEqualTo("drafter");
    taskService.setAssignee(task.getId(), null);
    taskService.claim(task.getId(), "drafter");
    // reassigning and delegating by hand are refused to everyone (R-C-07); the engine calls NormFlow's own code
    // makes (the administrator's recorded reassignment) are recorded in the trail like any other
    identityService.setAuthentication("admin", List.of("camunda-admin"));
    org.normflow.trust.SystemActions.run(() -> {
      taskService.setAssignee(task.getId(), "drafter");
      taskService.delegateTask(task.getId(), "drafter");
    });
    identityService.setAuthentication("drafter", List.of("drafters"));
    taskService.resolveTask(task.getId());
    taskService.complete(
        task.getId(),
        Map.of("draftText", "第一条 为了……", "purpose", "目的", "legalBasis", "《安全生产法》",
            "draftingProcess", "调研", "mainContent", "主要内容"));
    identityService.clearAuthentication();

    List<AuditEntry> trail = auditTrail.of(pi.getId());
    assertThat(trail).extracting(AuditEntry::kind)
        .contains("ACTIVITY_STARTED", "ACTIVITY_COMPLETED", "USER_CLAIM", "USER_DELEGATE", "USER_COMPLETE", "VALUE",
            "TASK_CANDIDATE_ADD", "TASK_ASSIGNEE_ADD");
    assertThat(trail)
        .filteredOn(e -> e.kind().equals("USER_COMPLETE"))
        .allSatisfy(e -> {
          assertThat(e.userId()).isEqualTo("Task_Drafting".equals(e.activityId()) ? "drafter" : "legal");
          assertThat(e.time()).isNotNull();
          assertThat(e.activityId()).isIn("Task_Drafting", "Task_IdentifyDocument");
        })
        .extracting(AuditEntry::activityId).contains("Task_IdentifyDocument", "Task_Drafting");
    assertThat(trail)
        .filteredOn(e -> e.kind().equals("VALUE") && "Task_IdentifyDocument".equals(e.activityId()))
        .extracting(AuditEntry::detail)
        .contains("trackFindingReason = 未列入决策事项目录，不属于重大行政决策");
    assertThat(trail)
        .filteredOn(e -> e.kind().equals("VALUE") && "Task_Drafting".equals(e.activityId()))
        .extracting(AuditEntry::detail)
        .contains("legalBasis = 《安全生产法》");
    assertThat(trail).filteredOn(e -> e.kind().equals("TASK_CANDIDATE_ADD")).extracting(AuditEntry::detail)
        .contains("group unit-hazchem（危化品监管科）");
  }

  @Test
  @DisplayName("only auditors and administrators open the audit view")
  void auditViewForAuditorsOnly() {
    identityService.setAuthentication("drafter", List.of("drafters"));
    ProcessInstance pi =
        runtimeService.startProcessInstanceByKey(
            "normative-document", Map.of("title", "审计权限测试", "docType", "通知", "issuingUnit", "市应急管理局"));
    identityService.clearAuthentication();
    String path = "/api/audit/processes/" + pi.getId();
    assertThat(rest.withBasicAuth("auditor", "demo").getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("auditor", "demo").getForEntity(path, String.class).getBody()).contains("登记立项");
    assertThat(rest.withBasicAuth("admin", "demo").getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("drafter", "demo").getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
