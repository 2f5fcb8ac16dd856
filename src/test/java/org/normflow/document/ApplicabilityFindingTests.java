package org.normflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.process.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 9, "applicability is found, not ticked": the drafter gives an account, the legal office finds
 * for every document whether it is normative, whether fair competition review applies and whether the
 * major-decision track applies, each with a reason (R-ND-13, R-ND-03, R-ND-12, R-MD-18).
 */
class ApplicabilityFindingTests extends DocumentTestBase {

  @Autowired TestRestTemplate rest;




  private Object variable(ProcessInstance pi, String name) {
    return engine.getRuntimeService().getVariable(pi.getId(), name);
  }

  @Test
  @DisplayName("R-ND-13 R-MD-18 every document, ticked or not, waits for the legal office's finding before drafting")
  void everyDocumentGetsAFinding() {
    ProcessInstance pi = driver.startOnly(DocumentDriver.uniqueId("ND"), DocumentDriver.startValues("无勾选的文件", false, false));
    assertThat(pi).isWaitingAt("Task_IdentifyDocument").hasNotPassed("Task_Drafting", "BusinessRuleTask_DecideReviews");
    Task task = driver.task(pi.getId(), "Task_IdentifyDocument");
    assertThat(task.getName()).isEqualTo("规范性文件认定和适用程序确认");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .extracting(link -> link.getGroupId()).containsExactly("legal-office");
  }

  @Test
  @DisplayName("R-ND-03 R-MD-18 the drafter ticks market activity, the legal office finds none: no fair competition review, 7 working days")
  void legalOfficeSaysNoMarket() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.startOnly(id, DocumentDriver.startValues("起草单位认为涉企的文件", true, false));
    driver.confirm(pi, false, false);
    driver.draft(pi);
    assertThat(pi).hasNotPassed("Task_FairCompetitionReview").isWaitingAt("CallActivity_PublicConsultation");
    assertThat(variable(pi, "consultationMinDays")).isEqualTo(7);
    assertThat(variable(pi, "consultationDayKind")).isEqualTo("WORKING_DAYS");
    assertThat(variable(pi, "concernsMarket")).as("the drafter's account stays as given").isEqualTo(true);
    assertThat(variable(pi, "marketConfirmed")).isEqualTo(false);
    DocumentRecord doc = documents.get(id);
    assertThat(doc.concernsMarket()).as("the registry holds the confirmed fact").isFalse();
    assertThat(doc.identification().claimedMarket()).isTrue();
    assertThat(doc.identification().marketAccount()).isEqualTo("规定储备企业的准入条件和补贴标准");
    assertThat(doc.identification().fcrApplies()).isFalse();
    assertThat(doc.identification().fcrReason()).isEqualTo("不涉及经营者经济活动");
  }

  @Test
  @DisplayName("R-ND-03 R-ND-02 R-MD-18 the drafter ticks nothing, the legal office finds market activity: fair competition review and 30 days")
  void legalOfficeSaysMarket() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.startOnly(id, DocumentDriver.startValues("起草单位认为不涉企的文件", false, false));
    driver.confirm(pi, true, false);
    driver.draft(pi);
    assertThat(pi).isWaitingAt("Task_FairCompetitionReview");
    assertThat(variable(pi, "consultationMinDays")).isEqualTo(30);
    assertThat(variable(pi, "consultationDayKind")).isEqualTo("CALENDAR_DAYS");
    assertThat(variable(pi, "concernsMarket")).isEqualTo(false);
    driver.fairCompetition(pi, DocumentDriver.fcrPasses());
    ProcessInstance consultation = driver.calledInstance(pi, ProcessKeys.PUBLIC_CONSULTATION);
    assertThat(engine.getRuntimeService().getVariable(consultation.getId(), "consultationMinDays")).isEqualTo(30);
    assertThat(documents.get(id).concernsMarket()).isTrue();
    assertThat(documents.get(id).identification().claimedMarket()).isFalse();
  }

  @Test
  @DisplayName("R-ND-12 R-MD-18 the legal office decides the track: a drafter's major-decision tick is corrected, and an untick overruled")
  void legalOfficeDecidesTheTrack() {
    String ordinaryId = DocumentDriver.uniqueId("ND");
    ProcessInstance ordinary = driver.startOnly(ordinaryId, DocumentDriver.startValues("自称重大决策的文件", false, true));
    driver.confirm(ordinary, false, false);
    assertThat(ordinary).hasPassed("ServiceTask_MarkOrdinaryTrack").hasNotPassed("ServiceTask_MarkMajorDecisionTrack");
    driver.draft(ordinary);
    assertThat(ordinary).isWaitingAt("CallActivity_PublicConsultation");
    assertThat(driver.calledInstance(ordinary, ProcessKeys.MAJOR_DECISION)).isNull();
    assertThat(documents.get(ordinaryId).procedureTrack()).isEqualTo("ORDINARY");
    assertThat(documents.get(ordinaryId).majorDecision()).isFalse();
    assertThat(documents.get(ordinaryId).identification().claimedMajorDecision()).isTrue();

    String majorId = DocumentDriver.uniqueId("ND");
    ProcessInstance major = driver.startOnly(majorId, DocumentDriver.startValues("未自称重大决策的文件", false, false));
    driver.confirm(major, false, true);
    assertThat(major).hasPassed("ServiceTask_MarkMajorDecisionTrack");
    driver.draft(major);
    assertThat(major).isWaitingAt("CallActivity_MajorDecisionProcedure");
    assertThat(documents.get(majorId).procedureTrack()).isEqualTo("MAJOR_DECISION");
    assertThat(documents.get(majorId).identification().trackReason()).isEqualTo("已列入年度决策事项目录");
  }

  @Test
  @DisplayName("R-ND-13 R-MD-18 the finding needs each conclusion with its reason; the drafter's tick needs its account")
  void findingNeedsReasons() {
    Map<String, Object> tickWithoutAccount = DocumentDriver.startValues("没有说明的勾选", true, true);
    tickWithoutAccount.remove("marketAccount");
    tickWithoutAccount.put("majorDecisionAccount", " ");
    String refused = DocumentDriver.uniqueId("ND");
    assertThatThrownBy(() -> driver.startOnly(refused, tickWithoutAccount))
        .hasMessageContaining("如何涉及经营者的经济活动")
        .hasMessageContaining("属于重大行政决策事项的理由");
    assertThat(documents.find(refused)).isEmpty();

    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.startOnly(id, DocumentDriver.startValues("缺少认定理由", false, false));
    Map<String, Object> incomplete = DocumentDriver.findingValues(true, false);
    incomplete.remove("fcrFinding");
    incomplete.put("trackFindingReason", "");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_IdentifyDocument", incomplete))
        .hasMessageContaining("表单填写有误")
        .hasMessageContaining("请选择“公平竞争审查是否适用”")
        .hasMessageContaining("办理程序的理由");
    Map<String, Object> unknown = DocumentDriver.findingValues(true, false);
    unknown.put("trackFinding", "FAST_TRACK");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_IdentifyDocument", unknown))
        .hasMessageContaining("“办理程序”的取值");
    assertThat(pi).isWaitingAt("Task_IdentifyDocument");
    assertThat(documents.get(id).identification().finding()).isNull();
  }

  @Test
  @DisplayName("R-C-06 R-MD-18 a dishonest drafter or legal clerk cannot send the confirmed facts the gateways and the rule table read")
  void confirmedFactsCannotBeSent() {
    Map<String, Object> forgedStart = DocumentDriver.startValues("伪造确认的文件", false, false);
    forgedStart.put("marketConfirmed", false);
    forgedStart.put("majorDecisionConfirmed", false);
    assertThatThrownBy(() -> Clerks.as(engine, "drafter",
            () -> engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.NORMATIVE_DOCUMENT, forgedStart)))
        .hasMessageContaining("marketConfirmed")
        .hasMessageContaining("不能提交表单以外的内容");

    ProcessInstance pi = driver.startOnly(DocumentDriver.uniqueId("ND"), DocumentDriver.startValues("伪造认定", true, false));
    Map<String, Object> forgedFinding = DocumentDriver.findingValues(true, false);
    forgedFinding.put("marketConfirmed", false);
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_IdentifyDocument", forgedFinding))
        .hasMessageContaining("marketConfirmed");
    assertThat(pi).isWaitingAt("Task_IdentifyDocument");
    driver.confirm(pi, true, false);
    assertThat(variable(pi, "marketConfirmed")).isEqualTo(true);
  }

  @Test
  @DisplayName("R-ND-13 R-MD-18 the finding is in the case file (GET /api/documents/{id}), the audit trail and later forms (disabled)")
  @SuppressWarnings("unchecked")
  void findingIsOnTheRecord() throws Exception {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.startOnly(id, DocumentDriver.startValues("认定留痕的文件", true, true));
    driver.confirm(pi, false, false);

    ResponseEntity<Map> json = rest.withBasicAuth("auditor", "demo").getForEntity("/api/documents/" + id, Map.class);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> identification = (Map<String, Object>) json.getBody().get("identification");
    assertThat(identification)
        .containsEntry("finding", "NORMATIVE")
        .containsEntry("findingLabel", "属于行政规范性文件")
        .containsEntry("claimedMarket", true)
        .containsEntry("fcrApplies", false)
        .containsEntry("fcrFindingLabel", "不涉及经营者经济活动，不适用公平竞争审查")
        .containsEntry("fcrReason", "不涉及经营者经济活动")
        .containsEntry("claimedMajorDecision", true)
        .containsEntry("majorDecisionApplies", false)
        .containsEntry("trackFindingLabel", "不属于重大行政决策，按一般程序办理")
        .containsEntry("identifiedBy", "legal")
        .containsKey("identifiedAt");

    ResponseEntity<List> trail =
        rest.withBasicAuth("auditor", "demo").getForEntity("/api/audit/processes/" + pi.getId(), List.class);
    List<Map<String, Object>> entries = trail.getBody();
    assertThat(entries).anySatisfy(e -> assertThat(e)
        .containsEntry("kind", "USER_COMPLETE").containsEntry("activityId", "Task_IdentifyDocument").containsEntry("userId", "legal"));
    assertThat(entries).anySatisfy(e -> assertThat(e)
        .containsEntry("kind", "VALUE").containsEntry("activityId", "Task_IdentifyDocument")
        .containsEntry("detail", "fcrFindingReason = 不涉及经营者经济活动"));

    String finding = (String) variable(pi, "applicabilityFinding");
    assertThat(finding).contains("法制机构认定（李静").contains("不适用公平竞争审查").contains("按一般程序办理")
        .contains("未列入决策事项目录");
    Task drafting = driver.task(pi.getId(), "Task_Drafting");
    ResponseEntity<String> form = rest.withBasicAuth("drafter", "demo")
        .getForEntity("/engine-rest/task/" + drafting.getId() + "/deployed-form", String.class);
    var component = findComponent(new com.fasterxml.jackson.databind.ObjectMapper().readTree(form.getBody()), "applicabilityFinding");
    assertThat(component).as("later forms show the finding").isNotNull();
    assertThat(component.path("disabled").asBoolean()).isTrue();
  }

  private static com.fasterxml.jackson.databind.JsonNode findComponent(com.fasterxml.jackson.databind.JsonNode form, String key) {
    for (var c : form.path("components")) {
      if (key.equals(c.path("key").asText())) {
        return c;
      }
    }
    return null;
  }
}
