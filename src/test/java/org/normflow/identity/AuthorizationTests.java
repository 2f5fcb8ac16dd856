package org.normflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
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

/** Each role's permissions, exercised through the engine API as the logged-in user (what Tasklist does). */
@NormFlowSpringTest
class AuthorizationTests {

  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired FilterService filterService;

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  void loginAs(String userId) {
    identityService.clearAuthentication();
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    identityService.setAuthentication(userId, groups);
  }

  /**
   * Starts a normative document as the drafter; the legal office makes its finding (规范性文件认定和适用程序确认,
   * R-ND-13, every document), so the case waits at drafting. The legal office therefore reads every case.
   */
  ProcessInstance startAsDrafter(String title) {
    loginAs("drafter");
    ProcessInstance pi;
    try {
      pi = runtimeService.startProcessInstanceByKey(
          "normative-document",
          Map.of("title", title, "docType", "通知", "issuingUnit", "市应急管理局"));
    } finally {
      identityService.clearAuthentication();
    }
    loginAs("legal");
    try {
      Task finding = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_IdentifyDocument").singleResult();
      taskService.complete(finding.getId(), org.normflow.DocumentDriver.findingValues(false, false));
    } finally {
      identityService.clearAuthentication();
    }
    return pi;
  }

  Task draftingTask(ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  @Test
  @DisplayName("the groups of DESIGN.md and the demo users exist")
  void groupsAndDemoUsers() {
    for (Groups group : Groups.values()) {
      assertThat(identityService.createGroupQuery().groupId(group.id()).count()).as(group.id()).isOne();
    }
    assertThat(identityService.checkPassword("leader", "demo")).isTrue();
    assertThat(identityService.createUserQuery().memberOfGroup("leadership").count()).isEqualTo(3);
    assertThat(identityService.createUserQuery().userId("auditor").memberOfGroup("auditors").count()).isOne();
  }

  @Test
  @DisplayName("a drafter starts a normative document and the drafting task goes to the drafter's unit")
  void drafterStartsAndWorks() {
    ProcessInstance pi = startAsDrafter("授权测试：起草人发起");
    loginAs("drafter");
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(task).as("drafter sees the drafting task").isNotNull();
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId()).contains("unit-hazchem");
    taskService.claim(task.getId(), "drafter");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count())
        .as("drafters see their cases")
        .isOne();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).count()).isOne();
  }

  @Test
  @DisplayName("a member of another group neither sees nor completes the drafters' task")
  void otherGroupCannotCompleteTask() {
    ProcessInstance pi = startAsDrafter("授权测试：他组不可办理");
    Task task = draftingTask(pi);
    for (String outsider : List.of("legal", "fcr", "expert", "integrity", "leader", "advisor")) {
      loginAs(outsider);
      assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).as(outsider).isZero();
      assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of()))
          .as(outsider)
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> taskService.claim(task.getId(), outsider))
          .as(outsider)
          .isInstanceOf(AuthorizationException.class);
    }
  }

  @Test
  @DisplayName("reviewers read nothing of a case they have no task in, and change nothing")
  void reviewersDoNotReadOtherCases() {
    ProcessInstance pi = startAsDrafter("授权测试：审查人员不可见");
    // not "legal": the legal office makes the applicability finding in every case (R-ND-13), so it reads them all
    for (String reviewer : List.of("fcr", "leader", "advisor", "expert", "integrity", "drafter2")) {
      loginAs(reviewer);
      assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(pi.getId()).count())
          .as(reviewer).isZero();
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).as(reviewer).isZero();
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).count())
          .as(reviewer).isZero();
      assertThatThrownBy(() -> runtimeService.getVariable(pi.getId(), "title"))
          .as(reviewer).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> runtimeService.setVariable(pi.getId(), "title", "改"))
          .as(reviewer).isInstanceOf(AuthorizationException.class);
    }
  }

  @Test
  @DisplayName("only drafters may start a normative document")
  void reviewersCannotStart() {
    for (String reviewer : List.of("legal", "auditor", "leader")) {
      loginAs(reviewer);
      assertThatThrownBy(
              () -> runtimeService.startProcessInstanceByKey("normative-document", Map.of("title", "x")))
          .as(reviewer)
          .isInstanceOf(AuthorizationException.class);
    }
  }

  @Test
  @DisplayName("auditors read every case and its history but cannot claim, complete or change anything")
  void auditorsReadOnly() {
    ProcessInstance pi = startAsDrafter("授权测试：审计只读");
    Task task = draftingTask(pi);
    loginAs("auditor");
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isOne();
    assertThat(runtimeService.getVariables(pi.getId())).containsEntry("title", "授权测试：审计只读");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).count()).isOne();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).count())
        .isPositive();
    assertThatThrownBy(() -> taskService.claim(task.getId(), "auditor")).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.complete(task.getId())).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtimeService.setVariable(pi.getId(), "title", "改"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtimeService.deleteProcessInstance(pi.getId(), "x"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtimeService.suspendProcessInstanceById(pi.getId()))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  @DisplayName("R-C-06 the administrator reads every case but, like every clerk, changes case data only through forms")
  void adminAll() {
    ProcessInstance pi = startAsDrafter("授权测试：管理员");
    loginAs("admin");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isOne();
    // R-C-06: not even an administrator changes a case's data outside its forms
    assertThatThrownBy(() -> runtimeService.setVariable(pi.getId(), "note", "管理员可修改"))
        .isInstanceOf(org.normflow.trust.TrustBoundaryException.class);
  }

  @Test
  @DisplayName("every clerk sees the Tasklist filters 我的待办 and 本组待办; auditors see all open tasks")
  void filtersVisible() {
    loginAs("auditor");
    assertThat(filterService.createFilterQuery().list()).extracting(f -> f.getName()).containsExactly("全部在办任务");
    for (String user : List.of("drafter", "legal", "leader", "fcr", "expert", "integrity", "advisor")) {
      loginAs(user);
      assertThat(filterService.createFilterQuery().list())
          .as(user)
          .extracting(f -> f.getName())
          .contains("我的待办", "本组待办");
    }
  }
}
