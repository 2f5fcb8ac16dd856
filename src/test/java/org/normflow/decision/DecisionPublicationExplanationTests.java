package org.normflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.normflow.decision.DecisionDriver.vars;
import static org.normflow.process.MajorDecisionVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.catalogue.CatalogueService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R-MD-12 (713 Art 32, issue 24 point 11): a decision is published with the explanation of how opinions were
 * adopted and with its policy explanation (宣传解读); by the stricter default every decision needs one.
 */
@NormFlowSpringTest
class DecisionPublicationExplanationTests {

  @Autowired ProcessEngine engine;
  @Autowired CatalogueService catalogue;
  @Autowired DecisionRepository decisions;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired JdbcClient jdbc;

  DecisionDriver driver;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    DecisionDriver.setClock(DecisionDriver.TODAY);
    driver = new DecisionDriver(engine, catalogue, workingDays);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void resetAssertions() {
    BpmnAwareTests.reset();
  }

  @Test
  @DisplayName("R-MD-12 713 Art 32 a decision is refused publication without its 解读 (none, empty, not the same day) and published with it, recorded with the decision")
  void publishedWithInterpretation() {
    ProcessInstance pi = driver.toDiscussion("R-MD-12 危险化学品集中区布局决策");
    driver.members(pi, "APPROVE");
    driver.head(pi, "APPROVE", null);
    assertThat(pi).isWaitingAt("Task_Publication");
    String today = workingDays.today().toString();

    assertThatThrownBy(() -> driver.complete(pi, "Task_Publication",
        vars(PUBLISHED_ON, today, ADOPTION_EXPLANATION, "公众意见已采纳")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("请选择“政策解读形式”");
    assertThatThrownBy(() -> driver.complete(pi, "Task_Publication",
        vars(PUBLISHED_ON, today, ADOPTION_EXPLANATION, "公众意见已采纳", INTERPRETATION_FORM, "NONE")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("第三十二条").hasMessageContaining("不另行解读");
    assertThatThrownBy(() -> driver.complete(pi, "Task_Publication",
        vars(PUBLISHED_ON, today, ADOPTION_EXPLANATION, "公众意见已采纳", INTERPRETATION_FORM, "PRESS")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("政策解读内容或者发布位置")
        .hasMessageContaining("政策解读发布日期");
    assertThat(pi).isWaitingAt("Task_Publication");
    String id = driver.decisionId(pi);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nf_publication_explanation WHERE case_id = ?").param(id)
        .query(Integer.class).single()).isZero();

    driver.publish(pi);
    Map<String, Object> row = jdbc.sql("SELECT * FROM nf_publication_explanation WHERE case_id = ?").param(id)
        .query().singleRow();
    assertThat(row).containsEntry("CASE_TYPE", "DECISION").containsEntry("INTERPRETATION_FORM", "PRESS")
        .containsEntry("ADJUSTMENT_PERIOD", null);
    assertThat(decisions.get(id).reports()).anyMatch(r -> r.kind().equals(DecisionRepository.PUBLICATION)
        && r.content().contains("政策解读（新闻发布会或者访谈，" + today + " 发布）"));
  }
}
