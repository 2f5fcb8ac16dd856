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

/** The annual decision catalogue (R-MD-01) over /api/catalogue, and the decision registry over /api/decisions. */
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
  @DisplayName("R-MD-01 catalogue compiled by the legal office, approved by leadership, published; later items are adjustments with a reason")
  @SuppressWarnings("unchecked")
  void catalogueLifecycle() {
    int year = 2041;
    Map<String, Object> item = Map.of("title", "城市安全风险综合监测预警平台建设", "leadUnit", "风险监测和综合减灾处",
        "plannedCompletion", "2041-10-31", "hearingPlanned", true);
    assertThat(post("drafter", "/api/catalogue/" + year + "/items", item).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var created = post("legal", "/api/catalogue/" + year + "/items", item);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("adjustment", false).containsEntry("status", "PLANNED");

    var refused = post("legal", "/api/catalogue/" + year + "/approve", null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) refused.getBody().get("detail")).contains("决策机关");
    assertThat(post("legal", "/api/catalogue/" + year + "/publish", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("leader", "/api/catalogue/" + year + "/approve", null).getBody()).containsEntry("status", "APPROVED");
    assertThat(post("legal", "/api/catalogue/" + year + "/publish", null).getBody()).containsEntry("status", "PUBLISHED");

    Map<String, Object> midYear = Map.of("title", "危险化学品集中仓储区布局调整", "leadUnit", "危险化学品安全监督管理处");
    var noReason = post("legal", "/api/catalogue/" + year + "/items", midYear);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) noReason.getBody().get("detail")).contains("调整理由").contains("《重大行政决策程序暂行条例》第三条");
    var adjusted = post("legal", "/api/catalogue/" + year + "/items",
        Map.of("title", "危险化学品集中仓储区布局调整", "leadUnit", "危险化学品安全监督管理处", "adjustmentReason", "发生化工园区事故后新增"));
    assertThat(adjusted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(adjusted.getBody()).containsEntry("adjustment", true).containsEntry("adjustmentReason", "发生化工园区事故后新增");

    var view = get("auditor", "/api/catalogue/" + year);
    assertThat(view.getBody()).containsEntry("status", "PUBLISHED").containsEntry("itemCount", 2)
        .containsEntry("adjustmentCount", 1).containsEntry("openCount", 2);
    assertThat((List<Map<String, Object>>) view.getBody().get("items")).extracting(m -> m.get("statusLabel"))
        .as("issue 10: each published item (and each item added to the published catalogue) opened its decision")
        .containsOnly("办理中");
    assertThat(post("deputy1", "/api/catalogue/" + (year + 1) + "/approve", null).getStatusCode())
        .as("only the head approves a catalogue").isEqualTo(HttpStatus.FORBIDDEN);
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
