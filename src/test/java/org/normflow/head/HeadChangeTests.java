package org.normflow.head;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.catalogue.CatalogueService;
import org.normflow.decision.DecisionDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * docs/security.md "While the head cannot act" (R-ND-14, R-C-07): the organ's decision naming an acting head
 * is applied as {@code normflow.organisation.head}; at start-up the head's open tasks go to the acting head,
 * each hand-over recorded and shown in the case file. Nobody records an authorization in the head's name.
 */
@NormFlowSpringTest
class HeadChangeTests {

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired CatalogueService catalogue;
  @Autowired HeadSettings settings;
  @Autowired HeadChangeHandover handover;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void resetClock() {
    // the decision ran in 2031: a clock left there makes every later test's real-time due date overdue
    ClockUtil.reset();
  }

  @Test
  @DisplayName("R-ND-14 R-C-07 R-C-02 an acting head named by the organ (configuration) receives the head's open tasks at start-up, each hand-over recorded in the case file")
  void actingHeadReceivesOpenTasks() {
    DecisionDriver.setClock(DecisionDriver.TODAY);
    DecisionDriver decision = new DecisionDriver(engine, catalogue, workingDays);
    ProcessInstance pi = decision.start("主要负责人变更：决定启动");
    decision.proposal(pi);
    Task start = decision.task(pi, "Task_DecideStart");
    assertThat(start.getAssignee()).isEqualTo("leader");
    String head = settings.getHead();
    try {
      settings.setHead("deputy2");
      handover.handOver();
      assertThat(decision.task(pi, "Task_DecideStart").getAssignee()).isEqualTo("deputy2");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_admin_action WHERE task_id = ? AND kind = 'HEAD_CHANGED' "
          + "AND previous_assignee = 'leader' AND new_assignee = 'deputy2' AND performed_by = 'system'")
          .param(start.getId()).query(Long.class).single()).isOne();
      handover.handOver();
      assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_admin_action WHERE task_id = ?").param(start.getId())
          .query(Long.class).single()).as("nothing to hand over twice").isOne();
    } finally {
      settings.setHead(head);
      handover.handOver();
    }
    assertThat(decision.task(pi, "Task_DecideStart").getAssignee()).as("back to the head").isEqualTo("leader");
    String reference = jdbc.sql("SELECT reference FROM nf_decision WHERE process_instance_id = ?").param(pi.getId())
        .query(String.class).single();
    assertThat(rest.withBasicAuth("auditor", "demo").getForObject("/api/audit/cases/" + reference, String.class))
        .contains("转交任务", "主要负责人变更");
  }
}
