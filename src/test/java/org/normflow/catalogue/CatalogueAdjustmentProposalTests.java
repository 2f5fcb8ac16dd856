package org.normflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normflow.decision.DecisionDriver.vars;
import static org.normflow.process.MajorDecisionVariables.*;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.decision.DecisionDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10, R-MD-01 (713 Art 3: the catalogue is adjusted only with the decision organ's approval and
 * published): a drafter who starts a matter outside the year's catalogue only proposes an adjustment.
 * The item stays outside the catalogue (not counted, not public, not offered for keeping) until the
 * head decides at Task_DecideStart; starting the procedure approves the adjustment, not starting it
 * refuses it. The same holds for a drafter who starts over /engine-rest.
 */
@NormFlowSpringTest
class CatalogueAdjustmentProposalTests {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired CatalogueService catalogue;
  @Autowired WorkingDayCalendar workingDays;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** The drafter's out-of-catalogue start, over the REST API anybody signed in can call. */
  ProcessInstance startOverRest(String title) {
    ResponseEntity<Map> started = submitStart(title);
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId((String) started.getBody().get("id"))
        .singleResult();
  }

  @SuppressWarnings("rawtypes")
  ResponseEntity<Map> submitStart(String title) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = "{\"variables\":{\"title\":{\"value\":\"" + title + "\"},\"proposedLeadUnit\":{\"value\":\"应急指挥中心\"},"
        + "\"adjustmentReason\":{\"value\":\"上级部署的新任务\"}}}";
    return rest.withBasicAuth("drafter", "demo").postForEntity(
        "/engine-rest/process-definition/key/major-decision/submit-form", new HttpEntity<>(body, headers), Map.class);
  }

  CatalogueItem item(ProcessInstance pi) {
    return catalogue.item(((Number) engine.getRuntimeService().getVariable(pi.getId(), CATALOGUE_ITEM_ID)).longValue());
  }

  /** The public page of decisions, with the published catalogues. */
  String publicCatalogue() {
    return rest.getForObject("/public/decisions", String.class);
  }

  @Test
  @DisplayName("R-MD-01 a drafter's out-of-catalogue start only proposes an adjustment; the head's start decision approves it, not starting refuses it; the same matter is never entered twice (issue 24 point 9)")
  void drafterProposesTheHeadDecides() {
    DecisionDriver.setClock(DecisionDriver.TODAY);
    DecisionDriver driver = new DecisionDriver(engine, catalogue, workingDays);
    int year = DecisionDriver.YEAR;
    driver.catalogueItem("已公布目录中的事项 " + UUID.randomUUID().toString().substring(0, 8));
    int before = catalogue.view(year).itemCount();

    String approvedTitle = "目录外事项（同意）" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance approved = startOverRest(approvedTitle);
    CatalogueItem proposed = item(approved);
    assertThat(proposed.status()).isEqualTo(CatalogueItem.ItemStatus.PROPOSED);
    assertThat(proposed.adjustment()).isTrue();
    assertThat(catalogue.view(year).itemCount()).as("not yet part of the catalogue").isEqualTo(before);
    assertThat(publicCatalogue()).doesNotContain(approvedTitle);
    assertThat(catalogue.events(year))
        .noneMatch(e -> "ADD".equals(e.get("kind")) && String.valueOf(e.get("content")).contains(approvedTitle))
        .anyMatch(e -> "PROPOSED".equals(e.get("kind")) && String.valueOf(e.get("content")).contains(approvedTitle));
    assertThat(engine.getRuntimeService().getVariable(approved.getId(), CATALOGUE_ADJUSTMENT_NOTE).toString())
        .contains("未列入 " + year + " 年度", "决定启动决策程序，即同意将其列入年度目录", "上级部署的新任务");

    // the drafter cannot decide it: the head's task is not theirs
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(approved.getId()).taskAssignee("drafter")
        .taskDefinitionKey("Task_DecideStart").count()).isZero();
    driver.proposal(approved);
    // nor approve the adjustment over the REST API by completing the head's task
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> forged = rest.withBasicAuth("drafter", "demo").postForEntity(
        "/engine-rest/task/" + driver.task(approved, "Task_DecideStart").getId() + "/submit-form",
        new HttpEntity<>("{\"variables\":{\"startDecision\":{\"value\":\"START\"},\"leadUnit\":{\"value\":\"应急指挥中心\"}}}",
            headers), String.class);
    assertThat(forged.getStatusCode().is4xxClientError()).as(forged.getBody()).isTrue();
    assertThat(item(approved).status()).isEqualTo(CatalogueItem.ItemStatus.PROPOSED);
    driver.decideStart(approved);
    CatalogueItem added = item(approved);
    assertThat(added.status()).isEqualTo(CatalogueItem.ItemStatus.IN_PROGRESS);
    assertThat(catalogue.view(year).itemCount()).isEqualTo(before + 1);
    assertThat(publicCatalogue()).contains(approvedTitle);
    assertThat(catalogue.events(year)).anyMatch(e -> "ADD".equals(e.get("kind"))
        && String.valueOf(e.get("content")).contains(approvedTitle) && "leader".equals(e.get("approved_by")));

    // issue 24 point 9: the same matter is not entered twice (spaces and punctuation aside)
    long processesBefore = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("major-decision").count();
    ResponseEntity<Map> duplicate = submitStart(" " + approvedTitle.replace("（", "(").replace("）", ")") + "。");
    assertThat(duplicate.getStatusCode().is4xxClientError()).as(String.valueOf(duplicate.getBody())).isTrue();
    assertThat(String.valueOf(duplicate.getBody())).contains("已列入 " + year + " 年度重大行政决策事项目录", "不能重复列入目录");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("major-decision").count())
        .as("no case, no item").isEqualTo(processesBefore);
    assertThat(catalogue.items(year)).filteredOn(i -> i.title().equals(approvedTitle)).hasSize(1);

    String refusedTitle = "目录外事项（不同意）" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance refused = startOverRest(refusedTitle);
    long refusedItem = item(refused).id();
    driver.proposal(refused);
    driver.complete(refused, "Task_DecideStart", vars(START_DECISION, NOT_START, START_DECISION_REASON, "本年度不具备条件"));
    assertThat(catalogue.item(refusedItem).status()).isEqualTo(CatalogueItem.ItemStatus.ADJUSTMENT_REFUSED);
    assertThat(catalogue.view(year).itemCount()).as("a refused adjustment never enters the catalogue").isEqualTo(before + 1);
    assertThat(catalogue.notCompleted(year)).noneMatch(i -> i.title().equals(refusedTitle));
    assertThat(publicCatalogue()).doesNotContain(refusedTitle);
  }
}
