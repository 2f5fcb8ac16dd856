package org.normflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.normflow.decision.DecisionDriver.vars;
import static org.normflow.process.MajorDecisionVariables.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.normflow.decision.DecisionDriver;
import org.normflow.process.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The annual decision catalogue (R-MD-01) read over /api/catalogue, and the decision registry over /api/decisions. */
@NormFlowSpringTest
class DecisionCatalogueTests {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired CatalogueService catalogue;
  @Autowired WorkingDayCalendar workingDays;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void resetAssertions() {
    BpmnAwareTests.reset();
  }

  @SuppressWarnings("rawtypes")
  ResponseEntity<Map> post(String user, String path, Object body) {
    return rest.withBasicAuth(user, "demo").postForEntity(path, body, Map.class);
  }

  @SuppressWarnings("rawtypes")
  ResponseEntity<Map> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, Map.class);
  }

  @Test
  @DisplayName("R-MD-01 issue 22 one way to each act: a catalogue is written only by its Tasklist procedure; the old write endpoints are gone for everyone and change nothing; every clerk reads it")
  @SuppressWarnings("unchecked")
  void catalogueWrittenOnlyByItsProcedure() {
    int year = 2041;
    // a catalogue no procedure keeps, seeded as CatalogueService.addItem documents (the Tasklist
    // procedure itself is CatalogueProcedureTests)
    catalogue.addItem(year, new CatalogueService.NewItem("城市安全风险综合监测预警平台建设", "风险监测和综合减灾处",
        java.time.LocalDate.of(year, 10, 31), true, null), "legal");
    Catalogue before = catalogue.view(year);
    Map<String, Object> item = Map.of("title", "无单位提出的事项", "leadUnit", "风险监测和综合减灾处",
        "plannedCompletion", year + "-10-31", "adjustmentReason", "绕过目录程序");
    for (String user : List.of("legal", "leader", "admin", "drafter")) {
      for (String act : List.of("items", "approve", "publish")) {
        assertThat(post(user, "/api/catalogue/" + year + "/" + act, item).getStatusCode().value())
            .as(user + " POST /api/catalogue/{year}/" + act).isIn(404, 405);
      }
    }
    Catalogue after = catalogue.view(year);
    assertThat(after.status()).isEqualTo(Catalogue.Status.DRAFT).isEqualTo(before.status());
    assertThat(after.items()).isEqualTo(before.items());
    assertThat(after.approvedBy()).isNull();

    var view = get("auditor", "/api/catalogue/" + year);
    assertThat(view.getBody()).containsEntry("status", "DRAFT").containsEntry("itemCount", 1);
    assertThat((List<Map<String, Object>>) view.getBody().get("items")).extracting(m -> m.get("title"))
        .containsExactly("城市安全风险综合监测预警平台建设");
    assertThat(get("drafter", "/api/catalogue/" + year).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/api/catalogue/" + year, Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("R-MD-01 a decision starts only from an item of a published catalogue, or as an adjustment with its reason")
  void startFromCatalogue() {
    DecisionDriver.setClock(DecisionDriver.TODAY);
    long draftItem = catalogue.addItem(2042, new CatalogueService.NewItem("未公布目录中的事项", "处", null, false, null), "legal").id();
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.MAJOR_DECISION,
        vars(CATALOGUE_ITEM_ID, String.valueOf(draftItem)))).satisfies(DecisionDriver::isRefusal).hasMessageContaining("尚未公布");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.MAJOR_DECISION,
        vars(TITLE, "目录外事项", PROPOSED_LEAD_UNIT, "处"))).satisfies(DecisionDriver::isRefusal).hasMessageContaining("目录调整理由");

    String title = "目录外事项 " + UUID.randomUUID();
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.MAJOR_DECISION,
        vars(TITLE, title, PROPOSED_LEAD_UNIT, "应急指挥中心", ADJUSTMENT_REASON, "上级部署的新任务"));
    Number itemId = (Number) engine.getRuntimeService().getVariable(pi.getId(), CATALOGUE_ITEM_ID);
    CatalogueItem item = catalogue.item(itemId.longValue());
    assertThat(item.year()).isEqualTo(2031);
    assertThat(item.adjustment()).isTrue();
    assertThat(item.adjustmentReason()).isEqualTo("上级部署的新任务");
    assertThat(item.status()).as("a drafter only proposes the adjustment").isEqualTo(CatalogueItem.ItemStatus.PROPOSED);
    // an item already taken up cannot start a second decision
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.MAJOR_DECISION,
        vars(CATALOGUE_ITEM_ID, String.valueOf(itemId)))).satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能再次发起");
  }

  @Test
  @DisplayName("R-MD-01 at year end the catalogue shows each item's completion; R-MD-13 the registry keeps the decision's record")
  @SuppressWarnings("unchecked")
  void completionAndRegistry() {
    DecisionDriver.setClock(DecisionDriver.TODAY);
    DecisionDriver driver = new DecisionDriver(engine, catalogue, workingDays);
    ProcessInstance pi = driver.toImplementation("年终完成情况");
    driver.completeImplementation(pi, "Task_ImplementDecision",
        vars(org.normflow.process.DecisionImplementationVariables.EXECUTION_REPORT, "COMPLETED"));
    String decisionId = driver.decisionId(pi);

    Map<String, Object> view = get("auditor", "/api/catalogue/" + DecisionDriver.YEAR).getBody();
    Map<String, Object> item = ((List<Map<String, Object>>) view.get("items")).stream()
        .filter(i -> decisionId.equals(i.get("decisionId"))).findFirst().orElseThrow();
    assertThat(item).containsEntry("status", "COMPLETED").containsEntry("statusLabel", "已完成").containsKey("completedOn");
    assertThat((Integer) view.get("completedCount")).isPositive();

    var record = get("auditor", "/api/decisions/" + decisionId);
    assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(record.getBody()).containsEntry("stage", "ARCHIVED").containsEntry("stageLabel", "已归档");
    assertThat((List<?>) record.getBody().get("versions")).isNotEmpty();
    assertThat((List<?>) record.getBody().get("opinions")).hasSize(3);
    var missing = get("auditor", "/api/decisions/MD-NONE");
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((String) missing.getBody().get("detail")).contains("没有编号为");
    assertThat(rest.getForEntity("/api/decisions", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    List<Map<String, Object>> list = rest.withBasicAuth("auditor", "demo").getForObject("/api/decisions?stage=ARCHIVED", List.class);
    assertThat(list).anyMatch(d -> decisionId.equals(d.get("id")));
  }
}
