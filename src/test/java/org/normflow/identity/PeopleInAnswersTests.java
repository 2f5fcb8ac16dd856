package org.normflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.catalogue.CatalogueService;
import org.normflow.decision.DecisionDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10: people by name in the API and the raw audit trail. Every field that holds who did a step
 * keeps the user id and gets the person's name and post beside it.
 */
@NormFlowSpringTest
class PeopleInAnswersTests {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired CatalogueService catalogue;

  @AfterEach
  void reset() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(answer.getStatusCode().is2xxSuccessful()).as(path + ": " + answer.getBody()).isTrue();
    return JSON.readTree(answer.getBody());
  }

  /** Every value of a field with this name anywhere in the answer. */
  static List<JsonNode> all(JsonNode tree, String field) {
    return new ArrayList<>(tree.findValues(field));
  }

  @Test
  @DisplayName("R-C-02 the raw audit trail and /api/documents name who did each step (王明（起草科室）) beside the user id")
  void documentAndAuditTrailNamePeople() throws Exception {
    String title = "姓名显示测试办法 " + DocumentDriver.uniqueId("NAME");
    ProcessInstance pi = Clerks.as(engine, "drafter", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("normative-document", DocumentDriver.startValues(title, false, false)));
    DocumentDriver driver = new DocumentDriver(engine, workingDays);
    driver.confirm(pi, false, false);
    driver.draft(pi);
    String documentId = (String) engine.getRuntimeService().getVariable(pi.getId(), "documentId");

    JsonNode document = get("auditor", "/api/documents/" + documentId);
    assertThat(document.path("createdBy").asText()).isEqualTo("drafter");
    assertThat(document.path("createdByName").asText()).startsWith("王明");
    assertThat(all(document, "createdByName")).isNotEmpty().allSatisfy(n -> assertThat(n.asText()).doesNotContain("drafter"));

    JsonNode trail = get("auditor", "/api/audit/processes/" + pi.getId());
    List<JsonNode> byDrafter = new ArrayList<>();
    trail.forEach(e -> {
      if ("drafter".equals(e.path("userId").asText())) {
        byDrafter.add(e);
      }
    });
    assertThat(byDrafter).isNotEmpty().allSatisfy(e -> assertThat(e.path("userName").asText()).isEqualTo("王明（起草科室）"));
    assertThat(trail.findValuesAsText("detail")).anyMatch(d -> d.startsWith("user drafter（王明"))
        .anyMatch(d -> d.startsWith("group legal-office（"));
    assertThat(trail.findValuesAsText("userName")).noneMatch(n -> n.matches("[a-z0-9-]+"));
  }

  @Test
  @DisplayName("R-MD-02 /api/decisions names who wrote each report (the head's start decision: 吴刚（局长）) beside the user id")
  void decisionNamesPeople() throws Exception {
    DecisionDriver.setClock(DecisionDriver.TODAY);
    DecisionDriver driver = new DecisionDriver(engine, catalogue, workingDays);
    ProcessInstance pi = driver.start("姓名显示测试决策");
    driver.proposal(pi);
    driver.decideStart(pi);
    JsonNode decision = get("auditor", "/api/decisions/" + driver.decisionId(pi));
    // the head's start decision is a report written by 吴刚, named with his post
    assertThat(decision.findValuesAsText("createdByName")).contains("吴刚（局长）");
    assertThat(decision.findValuesAsText("createdBy")).contains("leader");
  }

  @Test
  @DisplayName("issue 10: the fields that get a name beside them")
  void fieldsThatGetAName() {
    assertThat(PeopleInAnswers.nameField("createdBy")).isEqualTo("createdByName");
    assertThat(PeopleInAnswers.nameField("approved_by")).isEqualTo("approved_by_name");
    assertThat(PeopleInAnswers.nameField("assignee")).isEqualTo("assigneeName");
    assertThat(PeopleInAnswers.nameField("userId")).isEqualTo("userName");
    assertThat(PeopleInAnswers.nameField("title")).isNull();
    assertThat(PeopleInAnswers.nameField("draftingUnit")).isNull();
  }
}
