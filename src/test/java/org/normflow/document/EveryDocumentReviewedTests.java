package org.normflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normflow.Clerks;
import org.normflow.DocumentDriver;
import org.normflow.process.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 应审必审 (R-ND-04) and 规范性文件认定 (R-ND-13): the drafter cannot exempt a draft from the legality
 * review; whether a draft is a normative document at all is the legal office's recorded finding.
 */
class EveryDocumentReviewedTests extends DocumentTestBase {

  @Autowired TestRestTemplate rest;




  // ---- R-ND-04 应审必审

  @ParameterizedTest(name = "concerns market entities: {0}")
  @ValueSource(booleans = {true, false})
  @DisplayName("R-ND-04 every normative document goes through legality review, none self-exempted (each rule of the DMN table)")
  void everyDocumentIsReviewed(boolean concernsMarket) {
    String id = DocumentDriver.uniqueId("ND");
    // what the drafter used to tick to skip the review is no longer read by anything
    Map<String, Object> start = DocumentDriver.startValues("应审必审测试", concernsMarket, false);
    start.put("affectsRights", false);
    ProcessInstance pi = driver.start(id, start);
    driver.draft(pi);
    // only model versions from before R-ND-04 read it; it is always true now
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "legalityReviewNeeded")).isEqualTo(true);
    if (concernsMarket) {
      driver.fairCompetition(pi, DocumentDriver.fcrPasses());
    }
    driver.consultation(pi, concernsMarket ? 30 : 7, null);

    assertThat(pi).isWaitingAt("CallActivity_LegalityReview").hasNotPassed("Task_Deliberation");
    ProcessInstance review = driver.calledInstance(pi, ProcessKeys.LEGALITY_REVIEW);
    assertThat(engine.getRuntimeService().getVariable(review.getId(), "caseId")).isEqualTo(id);
    driver.decideLegality(review, "LAWFUL");
    assertThat(pi).isWaitingAt("Task_Deliberation").hasPassedInOrder("CallActivity_PublicConsultation", "CallActivity_LegalityReview");
  }

  @ParameterizedTest(name = "concerns market entities: {0}")
  @ValueSource(booleans = {true, false})
  @DisplayName("R-ND-04 R-ND-03 the review table decides fair competition and the comment period from the legal office's confirmed market fact, never whether the legality review happens")
  void reviewTableHasNoLegalityOutput(boolean concernsMarket) {
    DmnDecisionResult result =
        engine.getDecisionService().evaluateDecisionByKey("normative-document-reviews")
            .variables(Map.of("marketConfirmed", concernsMarket, "affectsRights", false))
            .evaluate();
    assertThat(result.getSingleResult().getEntryMap())
        .containsOnlyKeys("fcrNeeded", "consultationMinDays", "consultationDayKind")
        .containsEntry("fcrNeeded", concernsMarket)
        .containsEntry("consultationMinDays", concernsMarket ? 30 : 7);
  }

  @Test
  @DisplayName("R-ND-04 R-ND-12 on every path of the models, deliberation, numbering, signing, publication and filing lie behind a legality review")
  void noPathAroundTheReview() {
    BpmnModelInstance document = deployedModel(ProcessKeys.NORMATIVE_DOCUMENT);
    // the document's own review, or the major-decision procedure (whose own review is checked below)
    Set<String> withoutReview =
        reachableAvoiding(document, Set.of("CallActivity_LegalityReview", "CallActivity_MajorDecisionProcedure"));
    assertThat(withoutReview).contains("Task_Drafting", "CallActivity_PublicConsultation", "EndEvent_NotNormativeDocument")
        .doesNotContain("Task_Deliberation", "ServiceTask_AssignNumber", "Task_Signing", "Task_Publication", "Task_Filing",
            "EndEvent_InForce");
    for (SequenceFlow flow : document.getModelElementsByType(SequenceFlow.class)) {
      ConditionExpression condition = flow.getConditionExpression();
      if (condition != null) {
        assertThat(condition.getTextContent()).as(flow.getId()).doesNotContain("legalityReviewNeeded", "affectsRights");
      }
    }

    BpmnModelInstance decision = deployedModel(ProcessKeys.MAJOR_DECISION);
    assertThat(reachableAvoiding(decision, Set.of("CallActivity_LegalityReview")))
        .contains("Task_ClassifyDocumentDecision", "CallActivity_PublicConsultation")
        .doesNotContain("CallActivity_OrganMeeting", "Task_HeadDecision", "EndEvent_ReturnedToNormativeDocument");
  }

  @Test
  @DisplayName("R-ND-04 a drafter can no longer send the old exemption: a start carrying affectsRights is refused, nothing registered")
  void exemptionCannotBeSent() {
    Map<String, Object> start = DocumentDriver.startValues("自行免审的文件", false, false);
    start.put("affectsRights", false);
    assertThatThrownBy(() -> Clerks.as(engine, "drafter",
            () -> engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.NORMATIVE_DOCUMENT, start)))
        .hasMessageContaining("affectsRights")
        .hasMessageContaining("不能提交表单以外的内容");
    assertThat(documents.list(null)).noneSatisfy(d -> assertThat(d.title()).isEqualTo("自行免审的文件"));
  }

  @Test
  @DisplayName("R-ND-04 a start value that is not a tick (\"yes\") is refused, not silently read as unticked")
  void startCheckboxesAreStrict() {
    String id = DocumentDriver.uniqueId("ND");
    Map<String, Object> start = DocumentDriver.startValues("勾选项校验", false, false);
    start.put("concernsMarket", "yes");
    start.put("notNormativeClaim", "yes");
    assertThatThrownBy(() -> driver.start(id, start))
        .hasMessageContaining("表单填写有误")
        .hasMessageContaining("涉及经营者的经济活动")
        .hasMessageContaining("认为本文件不属于行政规范性文件");
    assertThat(documents.find(id)).isEmpty();
  }

  // ---- R-ND-13 规范性文件认定

  @Test
  @DisplayName("R-ND-13 the drafter's belief needs a reason; the legal office's finding needs a valid conclusion and a reason")
  void identificationRefusals() {
    String refused = DocumentDriver.uniqueId("ND");
    Map<String, Object> noReason = DocumentDriver.startValues("没有理由的认定申请", false, false);
    noReason.put("notNormativeClaim", true);
    noReason.put("notNormativeReason", "  ");
    assertThatThrownBy(() -> driver.start(refused, noReason))
        .hasMessageContaining("表单填写有误")
        .hasMessageContaining("认为不属于行政规范性文件的理由");
    assertThat(documents.find(refused)).isEmpty();

    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.startAskingIdentification(id, "内部工作安排通知", false, "仅安排本局内部值班，不涉及外部");
    assertThat(pi).isWaitingAt("Task_IdentifyDocument").hasNotPassed("Task_Drafting");
    Task task = driver.task(pi.getId(), "Task_IdentifyDocument");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .extracting(link -> link.getGroupId()).containsExactly("legal-office");

    assertThatThrownBy(() -> driver.identify(pi, "NOT_NORMATIVE", ""))
        .hasMessageContaining("表单填写有误")
        .hasMessageContaining("认定理由");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_IdentifyDocument", withVariables("identificationReason", "理由")))
        .hasMessageContaining("请选择“认定结论”");
    assertThatThrownBy(() -> driver.identify(pi, "MAYBE", "理由"))
        .hasMessageContaining("“认定结论”的取值");
    assertThat(pi).isWaitingAt("Task_IdentifyDocument");
    DocumentRecord doc = documents.get(id);
    assertThat(doc.stage()).isEqualTo(Stage.DRAFTING);
    assertThat(doc.identification().requestedReason()).isEqualTo("仅安排本局内部值班，不涉及外部");
    assertThat(doc.identification().finding()).isNull();
    assertThat(doc.identification().findingLabel()).isEqualTo("待法制机构认定");
  }

  @Test
  @DisplayName("R-ND-13 found to be a normative document: the procedure goes on, with its legality review (R-ND-04)")
  void identifiedAsNormative() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.startAskingIdentification(id, "关于开展安全检查的通知", false, "只是一次性工作部署");
    // the gateway reads what the listener derived from the checked finding; a clerk cannot send it alongside
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_IdentifyDocument", withVariables(
            "identificationFinding", "NORMATIVE", "identificationReason", "理由", "identifiedAsNormative", false)))
        .hasMessageContaining("identifiedAsNormative");
    assertThat(pi).isWaitingAt("Task_IdentifyDocument");
    assertThat(documents.get(id).identification().finding()).isNull();
    driver.identify(pi, "NORMATIVE", "对检查对象设定了义务，且反复适用");

    assertThat(pi).isWaitingAt("Task_Drafting").hasPassed("Gateway_IdentificationFinding", "Gateway_ProcedureTrack").hasNotPassed("EndEvent_NotNormativeDocument");
    DocumentRecord.Identification identification = documents.get(id).identification();
    assertThat(identification.finding()).isEqualTo("NORMATIVE");
    assertThat(identification.findingLabel()).isEqualTo("属于行政规范性文件");
    assertThat(identification.reason()).isEqualTo("对检查对象设定了义务，且反复适用");
    assertThat(identification.identifiedBy()).isEqualTo("legal");
    assertThat(identification.identifiedAt()).isNotNull();

    driver.draft(pi);
    driver.consultation(pi, 7, null);
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    driver.legalityReview(pi, "LAWFUL");
    assertThat(pi).isWaitingAt("Task_Deliberation");
  }

  @Test
  @DisplayName("R-ND-13 found not to be a normative document: it leaves the procedure, kept in the registry as NOT_NORMATIVE with reason, who and when, visible to auditors")
  void identifiedAsNotNormative() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.startAskingIdentification(id, "关于调整值班安排的通知", false, "仅调整本局内部值班");
    driver.identify(pi, "NOT_NORMATIVE", "内部工作安排，不涉及外部权利义务");

    assertThat(pi).isEnded().hasPassed("ServiceTask_RecordNotNormative", "EndEvent_NotNormativeDocument")
        .hasNotPassed("Task_Drafting", "CallActivity_LegalityReview", "ServiceTask_AssignNumber");
    DocumentRecord doc = documents.get(id);
    assertThat(doc.stage()).isEqualTo(Stage.NOT_NORMATIVE);
    assertThat(doc.stageLabel()).isEqualTo("不属于行政规范性文件");
    assertThat(doc.docNumber()).isNull();
    assertThat(doc.identification().reason()).isEqualTo("内部工作安排，不涉及外部权利义务");
    assertThat(doc.identification().identifiedBy()).isEqualTo("legal");
    assertThat(doc.identification().identifiedAt()).isNotNull();

    ResponseEntity<Map> json = rest.withBasicAuth("auditor", "demo").getForEntity("/api/documents/" + id, Map.class);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.getBody()).containsEntry("stage", "NOT_NORMATIVE").containsEntry("stageLabel", "不属于行政规范性文件");
    assertThat((Map<String, Object>) json.getBody().get("identification"))
        .containsEntry("requestedReason", "仅调整本局内部值班")
        .containsEntry("finding", "NOT_NORMATIVE")
        .containsEntry("findingLabel", "不属于行政规范性文件")
        .containsEntry("reason", "内部工作安排，不涉及外部权利义务")
        .containsEntry("identifiedBy", "legal")
        .containsKey("identifiedAt");
    ResponseEntity<List> listed =
        rest.withBasicAuth("auditor", "demo").getForEntity("/api/documents?stage=NOT_NORMATIVE", List.class);
    assertThat(listed.getBody()).anySatisfy(d -> assertThat(((Map<?, ?>) d).get("id")).isEqualTo(id));

    ResponseEntity<List> trail =
        rest.withBasicAuth("auditor", "demo").getForEntity("/api/audit/processes/" + pi.getId(), List.class);
    assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> entries = trail.getBody();
    assertThat(entries).anySatisfy(e -> assertThat(e)
        .containsEntry("kind", "USER_COMPLETE").containsEntry("activityId", "Task_IdentifyDocument")
        .containsEntry("userId", "legal"));
    assertThat(entries).anySatisfy(e -> assertThat(e)
        .containsEntry("kind", "VALUE").containsEntry("activityId", "Task_IdentifyDocument")
        .containsEntry("detail", "identificationReason = 内部工作安排，不涉及外部权利义务"));
    assertThat(entries).anySatisfy(e -> assertThat(e).containsEntry("activityId", "EndEvent_NotNormativeDocument"));
  }

  // ---- R-ND-09 the filing package holds the review opinion

  @Test
  @DisplayName("R-ND-09 filing needs the legality review opinion in the package and in the registry, even when a token was moved past the review")
  void filingNeedsTheReviewOpinion() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "跳过审查的文件", false, false);
    driver.draft(pi);
    // a case moved past consultation and review by a process-instance modification (refused to every
    // signed-in user by the trust boundary, R-C-06, but the engine itself can) still cannot be filed
    String consultation = driver.calledInstance(pi, ProcessKeys.PUBLIC_CONSULTATION).getId();
    engine.getRuntimeService().createProcessInstanceModification(pi.getId())
        .cancelAllForActivity("CallActivity_PublicConsultation")
        .startBeforeActivity("Task_Filing")
        .setVariable("filingDueAt", workingDays.endOf(driver.today().plusDays(30)))
        .execute();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(consultation).count()).isZero();

    Map<String, Object> noOpinion = DocumentDriver.filingValues(driver.today());
    noOpinion.put("pkgLegalityOpinion", false);
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Filing", noOpinion))
        .hasMessageContaining("备案材料缺少“合法性审查意见”");
    assertThatThrownBy(() -> driver.file(pi, driver.today()))
        .hasMessageContaining("登记簿中没有本文件的合法性审查意见");
    assertThat(pi).isWaitingAt("Task_Filing");
    assertThat(documents.get(id).filedOn()).isNull();
  }

  // ---- helpers

  private BpmnModelInstance deployedModel(String key) {
    ProcessDefinition definition =
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    return engine.getRepositoryService().getBpmnModelInstance(definition.getId());
  }

  /**
   * Every flow node a token can reach from any start event (event subprocesses included) without
   * entering one of {@code barriers}. Entering an embedded subprocess reaches both its inside and what
   * follows it, so the set is never smaller than the truth: what it lacks is unreachable.
   */
  static Set<String> reachableAvoiding(BpmnModelInstance model, Set<String> barriers) {
    Set<String> seen = new HashSet<>();
    Deque<FlowNode> open = new ArrayDeque<>(model.getModelElementsByType(StartEvent.class));
    while (!open.isEmpty()) {
      FlowNode node = open.pop();
      if (barriers.contains(node.getId()) || !seen.add(node.getId())) {
        continue;
      }
      for (SequenceFlow flow : node.getOutgoing()) {
        open.push(flow.getTarget());
      }
      if (node instanceof Activity) {
        for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
          if (boundary.getAttachedTo() == node) {
            open.push(boundary);
          }
        }
      }
      if (node instanceof SubProcess sub) {
        open.addAll(sub.getChildElementsByType(StartEvent.class));
      }
    }
    return seen;
  }
}
