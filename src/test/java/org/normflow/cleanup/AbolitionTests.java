package org.normflow.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Abolition outside a cleanup (R-ND-11): the legal office proposes, the head approves; never a withdrawal. */
@NormFlowSpringTest
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class AbolitionTests {

  static final LocalDate START = LocalDate.of(2026, 3, 2);

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  Registry registry;
  OrganSteps organ;

  @BeforeEach
  void setUp() {
    registry = new Registry(jdbc, engine);
    organ = new OrganSteps(engine);
    DocumentDriver.setClock(START, 9);
  }

  @org.junit.jupiter.api.AfterAll
  void removeSeededDocuments() {
    new Registry(jdbc, engine).removeSeeded();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  static Map<String, Object> proposal(String number, String ground, String replacement) {
    Map<String, Object> values = new HashMap<>();
    values.put("abolitionDocNumber", number);
    values.put("abolitionGround", ground);
    values.put("abolitionReason", "省司法厅备案审查意见认定第五条增设审批，违反上位法");
    if (replacement != null) {
      values.put("replacementDocNumber", replacement);
    }
    values.put("abolitionChannel", "PORTAL");
    return values;
  }

  ProcessInstance propose(String user, Map<String, Object> values) {
    return Clerks.as(engine, user, () -> engine.getRuntimeService().startProcessInstanceByKey("document-abolition", values));
  }

  Task approval(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ApproveAbolition").singleResult();
  }

  @Test
  @DisplayName("R-ND-11 R-ND-07 a document found unlawful on filing review is abolished by a recorded procedure with the head's approval; it stays in the registry and its validity case ends")
  void abolishedWithApproval() {
    String id = registry.seed("危险作业审批办法（违法）", "unit-hazchem", START.plusYears(3), true, "《安全生产法》");
    ProcessInstance validity = engine.getRuntimeService().startProcessInstanceByKey("document-validity", id,
        Map.of("documentId", id));
    ProcessInstance pi = propose("legal", proposal(registry.number(id), "FILING_REVIEW_UNLAWFUL", null));
    Task task = approval(pi);
    assertThat(task.getAssignee()).as("the head").isEqualTo("leader");
    assertThat(engine.getTaskService().getVariable(task.getId(), "title")).isEqualTo("危险作业审批办法（违法）");
    assertThat(registry.stage(id)).isEqualTo("IN_FORCE");
    assertThatThrownBy(() -> Clerks.as(engine, "deputy1", () -> engine.getTaskService().complete(task.getId(),
        Map.of("approvalDecision", "APPROVE", "approvalOpinion", "同意")))).hasMessageContaining("只有认领人可以办理");
    Clerks.complete(engine, task, Map.of("approvalDecision", "APPROVE", "approvalOpinion", "同意废止"));
    assertThat(registry.stage(id)).as("R-ND-11: not abolished before the signed decision is published").isEqualTo("IN_FORCE");
    organ.sign(pi, START);
    assertThat(registry.stage(id)).as("signed, not yet published").isEqualTo("IN_FORCE");
    organ.publish(pi, START);

    assertThat(registry.stage(id)).isEqualTo("ABOLISHED");
    Map<String, Object> row = registry.row(id);
    assertThat(row.get("ENDED_BY_ABOLITION_ID")).isNotNull();
    assertThat(((java.sql.Date) row.get("ENDED_ON")).toLocalDate()).isEqualTo(START);
    assertThat(registry.eventKinds(id)).containsExactly("ABOLISHED");
    Map<String, Object> abolition = jdbc.sql("SELECT * FROM nf_abolition WHERE document_id = ?").param(id).query().singleRow();
    assertThat(abolition).containsEntry("APPROVED", true).containsEntry("DECIDED_BY", "leader")
        .containsEntry("PROPOSED_BY", "legal").containsEntry("PUBLICATION_CHANNEL", "本机关门户网站");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(validity.getId()).count())
        .as("validity management ends with the document").isZero();
    Map<String, Object> decision = jdbc.sql("SELECT * FROM nf_organ_decision WHERE subject = 'ABOLITION' AND subject_ref = ?")
        .param(String.valueOf(abolition.get("ID"))).query().singleRow();
    assertThat(decision).containsEntry("DECISION", "APPROVE").containsEntry("SIGNED_BY", "leader")
        .containsEntry("PUBLICATION_CHANNEL", "政府公报");
    assertThat((String) decision.get("DECISION_NUMBER")).startsWith("X应急发〔2026〕");
    organ.report(pi, START);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count())
        .as("reported to the filing body, the case ends").isZero();
    assertThat(jdbc.sql("SELECT filing_late FROM nf_organ_decision WHERE id = ?").param(decision.get("ID"))
        .query(Boolean.class).single()).isFalse();
  }

  @Test
  @DisplayName("R-ND-11 the head refuses: the document stays in force and the refusal is recorded")
  void refused() {
    String id = registry.seed("应急物资调拨办法", "unit-rescue", START.plusYears(3), false, "《突发事件应对法》");
    String replacement = registry.seed("应急物资调拨办法（新）", "unit-rescue", START.plusYears(5), false, "《突发事件应对法》");
    ProcessInstance pi = propose("legal", proposal(registry.number(id), "REPLACED", registry.number(replacement)));
    Clerks.complete(engine, approval(pi), Map.of("approvalDecision", "REFUSE", "approvalOpinion", "新文件尚未衔接"));
    assertThat(registry.stage(id)).isEqualTo("IN_FORCE");
    assertThat(registry.eventKinds(id)).containsExactly("ABOLITION_REFUSED");
  }

  @Test
  @DisplayName("R-ND-11 R-C-06 only the legal office proposes; the document must be in force; a replacement is named when the ground is replacement")
  void refusedProposals() {
    String id = registry.seed("应急培训管理办法", "unit-hazchem", START.plusYears(3), false, "《安全生产法》");
    assertThatThrownBy(() -> propose("drafter", proposal(registry.number(id), "FILING_REVIEW_UNLAWFUL", null)))
        .hasMessageContaining("CREATE_INSTANCE");
    assertThatThrownBy(() -> propose("admin", proposal(registry.number(id), "FILING_REVIEW_UNLAWFUL", null)))
        .as("an administrator starts no case (R-C-07)").hasMessageContaining("系统管理员负责系统运行，不发起案件");
    assertThatThrownBy(() -> propose("legal", proposal("X应急规〔1999〕1号", "FILING_REVIEW_UNLAWFUL", null)))
        .hasMessageContaining("没有文号");
    assertThatThrownBy(() -> propose("legal", proposal(registry.number(id), "REPLACED", null)))
        .hasMessageContaining("替代文件");
    assertThatThrownBy(() -> propose("legal", proposal(registry.number(id), "WHIM", null)))
        .hasMessageContaining("废止理由类别");
    jdbc.sql("UPDATE nf_document SET stage = 'EXPIRED' WHERE id = ?").param(id).update();
    assertThatThrownBy(() -> propose("legal", proposal(registry.number(id), "FILING_REVIEW_UNLAWFUL", null)))
        .hasMessageContaining("不是有效文件");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_abolition WHERE document_id = ?").param(id).query(Integer.class).single())
        .isZero();
  }

  @Test
  @DisplayName("issue 29 R-ND-11 a second proposal to abolish a document that already waits for the head is refused with a clear message, never a 500 later")
  void secondAbolitionRefused() {
    String id = registry.seed("重复废止的办法", "unit-hazchem", START.plusYears(3), false, "《安全生产法》");
    ProcessInstance first = propose("legal", proposal(registry.number(id), "FILING_REVIEW_UNLAWFUL", null));
    assertThatThrownBy(() -> propose("legal", proposal(registry.number(id), "FILING_REVIEW_UNLAWFUL", null)))
        .hasMessageContaining("已有一项待主要负责人决定的废止建议");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_abolition WHERE document_id = ?").param(id).query(Integer.class).single())
        .isOne();
    Clerks.complete(engine, approval(first), Map.of("approvalDecision", "APPROVE", "approvalOpinion", "同意废止"));
    assertThatThrownBy(() -> propose("legal", proposal(registry.number(id), "FILING_REVIEW_UNLAWFUL", null)))
        .as("approved but not yet published: still pending").hasMessageContaining("已有一项待主要负责人决定的废止建议");
    organ.sign(first, START);
    organ.publish(first, START);
    assertThat(registry.stage(id)).isEqualTo("ABOLISHED");
    assertThatThrownBy(() -> propose("legal", proposal(registry.number(id), "FILING_REVIEW_UNLAWFUL", null)))
        .hasMessageContaining("不是有效文件");
  }
}
