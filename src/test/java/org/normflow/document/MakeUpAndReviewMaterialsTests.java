package org.normflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.DocumentDriver;
import org.normflow.process.ProcessKeys;

/**
 * Issue 9 for normative documents: unlawful means stop (R-ND-04, R-MD-08), a missing procedure is made
 * up by running it again and then a fresh review (R-ND-04, R-MD-18), and the reviewer gets the draft and
 * the 程序履行情况说明 on every path (R-ND-01, R-MD-09).
 */
class MakeUpAndReviewMaterialsTests extends DocumentTestBase {





  private Object variable(ProcessInstance pi, String name) {
    return engine.getRuntimeService().getVariable(pi.getId(), name);
  }

  private ProcessInstance toLegalityReview(String id, String title, boolean market) {
    ProcessInstance pi = driver.start(id, title, market, false);
    driver.draft(pi);
    if (market) {
      driver.fairCompetition(pi, DocumentDriver.fcrPasses());
    }
    driver.consultation(pi, market ? 30 : 7, null);
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    return pi;
  }

  // ---- the materials of the review (issue 24 point 12)

  @Test
  @DisplayName("R-ND-03: the legal office found that fair competition review applies, so the legality review refuses materials without its conclusion ticked, unless it finds that review missing")
  void fairCompetitionConclusionAmongTheMaterials() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = toLegalityReview(id, "公平竞争审查结论未勾选", true);
    ProcessInstance review = driver.calledInstance(pi, ProcessKeys.LEGALITY_REVIEW);
    driver.adviseLegality(review);
    Map<String, Object> unticked = DocumentDriver.legalityValues("LAWFUL");
    unticked.remove("matFcrResult");
    assertThatThrownBy(() -> driver.legalityDecision(review, unticked)).hasMessageContaining("公平竞争审查结论");
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    Map<String, Object> untickedFalse = DocumentDriver.legalityValues("LAWFUL");
    untickedFalse.put("matFcrResult", false);
    assertThatThrownBy(() -> driver.complete(review.getId(), "Task_LegalityReview", untickedFalse))
        .hasMessageContaining("公平竞争审查结论");
    driver.complete(review.getId(), "Task_LegalityReview", DocumentDriver.legalityValues("LAWFUL"));
    assertThat(pi).isWaitingAt("Task_Deliberation");

    // a document without the market finding needs no such conclusion
    ProcessInstance plain = toLegalityReview(DocumentDriver.uniqueId("ND"), "不涉及经营者的文件", false);
    ProcessInstance plainReview = driver.calledInstance(plain, ProcessKeys.LEGALITY_REVIEW);
    driver.adviseLegality(plainReview);
    Map<String, Object> none = DocumentDriver.legalityValues("LAWFUL");
    none.remove("matFcrResult");
    driver.legalityDecision(plainReview, none);
    assertThat(plain).isWaitingAt("Task_Deliberation");
  }

  // ---- unlawful means stop

  @Test
  @DisplayName("R-ND-04 R-MD-08 the document's model lets nothing but a lawful finding through: unlawful is the default way out, no exploratory reform")
  void modelStopsEverythingButLawful() {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.NORMATIVE_DOCUMENT).latestVersion().singleResult();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    ExclusiveGateway outcome = model.getModelElementById("Gateway_LegalityOutcome");
    assertThat(outcome.getDefault().getId()).isEqualTo("Flow_LegalityUnlawful");
    assertThat(outcome.getDefault().getTarget().getId()).isEqualTo("ServiceTask_StopUnlawful");
    for (SequenceFlow flow : outcome.getOutgoing()) {
      if (flow.getTarget().getId().equals("Gateway_JoinDeliberation") || flow.getTarget().getId().equals("Task_AmendAfterLegality")) {
        assertThat(flow.getConditionExpression().getTextContent()).contains("legalityMayProceed == true").doesNotContain("UNLAWFUL");
      }
    }
    var review = model.getModelElementById("CallActivity_LegalityReview");
    assertThat(review.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class).iterator().next()
            .getElementsQuery().filterByType(CamundaIn.class).list())
        .anySatisfy(in -> {
          assertThat(in.getCamundaTarget()).isEqualTo("exploratoryReform");
          assertThat(in.getCamundaSourceExpression()).isEqualTo("${false}");
        });
  }

  @Test
  @DisplayName("R-ND-04 R-MD-08 unlawful stops even when the review reports that it may proceed (a legal-risk statement on a forged exploratory flag)")
  void unlawfulStopsEvenWithARiskStatement() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = toLegalityReview(id, "带风险说明的不合法文件", false);
    ProcessInstance review = driver.calledInstance(pi, ProcessKeys.LEGALITY_REVIEW);
    assertThat(engine.getRuntimeService().getVariable(review.getId(), "exploratoryReform")).isEqualTo(false);
    // the dishonest route: the engine-level flag turned on in the called review (no clerk can send it)
    engine.getRuntimeService().setVariable(review.getId(), "exploratoryReform", true);
    driver.adviseLegality(review);
    Map<String, Object> values = DocumentDriver.legalityValues("UNLAWFUL");
    values.put("legalRiskStatement", "探索性改革，法律风险已说明");
    boolean completed;
    try {
      driver.legalityDecision(review, values);
      completed = true;
    } catch (RuntimeException refused) {
      completed = false;
    }
    assertThat(pi).hasNotPassed("Task_Deliberation", "ServiceTask_AssignNumber");
    if (completed) {
      assertThat(pi).isEnded().hasPassed("ServiceTask_StopUnlawful", "EndEvent_NotIssuedUnlawful");
      assertThat(documents.get(id).stage()).isEqualTo(Stage.WITHDRAWN);
      assertThat(documents.get(id).docNumber()).isNull();
    } else {
      assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    }
  }

  @Test
  @DisplayName("R-ND-04 R-MD-08 the document stops on UNLAWFUL even if a called review answers legalityMayProceed=true, and a clerk cannot send that flag")
  void unlawfulStopsWhateverTheFlag() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = toLegalityReview(id, "结论不合法但标记可继续", false);
    ProcessInstance review = driver.calledInstance(pi, ProcessKeys.LEGALITY_REVIEW);
    driver.adviseLegality(review);
    Map<String, Object> forged = DocumentDriver.legalityValues("UNLAWFUL");
    forged.put("legalityMayProceed", true);
    assertThatThrownBy(() -> driver.legalityDecision(review, forged)).hasMessageContaining("legalityMayProceed");
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    // what an older or faulty called review could answer: UNLAWFUL, yet "may proceed" (the old exploratory route)
    engine.getRuntimeService().createProcessInstanceModification(pi.getId())
        .cancelAllForActivity("CallActivity_LegalityReview")
        .startBeforeActivity("Gateway_LegalityOutcome")
        .setVariable("legalityOutcome", "UNLAWFUL")
        .setVariable("legalityMayProceed", true)
        .setVariable("legalRiskStatement", "探索性改革，风险可控")
        .execute();
    assertThat(pi).isEnded().hasPassed("ServiceTask_StopUnlawful", "EndEvent_NotIssuedUnlawful")
        .hasNotPassed("Task_Deliberation", "Task_AmendAfterLegality");
    assertThat(documents.get(id).stage()).isEqualTo(Stage.WITHDRAWN);
    assertThat(documents.get(id).withdrawnReason()).contains("不合法");
  }

  @Test
  @DisplayName("R-ND-04 an outcome a normative document's review cannot give (国家尚无明确规定) stops the document too")
  void noClearProvisionStopsADocument() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = toLegalityReview(id, "无明确规定的文件", false);
    engine.getRuntimeService().createProcessInstanceModification(pi.getId())
        .cancelAllForActivity("CallActivity_LegalityReview")
        .startBeforeActivity("Gateway_LegalityOutcome")
        .setVariable("legalityOutcome", "NO_CLEAR_PROVISION")
        .setVariable("legalityMayProceed", true)
        .execute();
    assertThat(pi).isEnded().hasPassed("EndEvent_NotIssuedUnlawful").hasNotPassed("Task_Deliberation");
  }

  // ---- a missing procedure is made up

  @Test
  @DisplayName("R-ND-03 R-ND-04 R-MD-18 fair competition review found missing: it runs again, the consultation does not, then a fresh legality review")
  void missingFairCompetitionReviewIsRerun() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = toLegalityReview(id, "缺少公平竞争审查的文件", true);
    ProcessInstance first = driver.calledInstance(pi, ProcessKeys.LEGALITY_REVIEW);
    driver.adviseLegality(first);
    driver.legalityDecision(first, DocumentDriver.missingProcedureValues(false, true));
    assertThat(pi).isWaitingAt("Task_ReviseForMakeUp");
    assertThat(variable(pi, "makeUpProcedures")).isEqualTo("公平竞争审查");
    Map<String, Object> revised = DocumentDriver.draftValues();
    revised.put("changeNote", "按公平竞争审查标准修改第五条");
    driver.complete(pi.getId(), "Task_ReviseForMakeUp", revised);

    assertThat(pi).isWaitingAt("Task_FairCompetitionReview");
    driver.fairCompetition(pi, DocumentDriver.fcrPasses());
    assertThat(pi).as("consultation not named: not rerun").isWaitingAt("CallActivity_LegalityReview");
    assertThat(documents.consultations(id)).hasSize(1);
    assertThat(documents.fairCompetitionReviews(id)).hasSize(2);
    assertThat(documents.makeUps(id)).singleElement()
        .satisfies(m -> assertThat(m.get("missing_procedures")).isEqualTo("FAIR_COMPETITION_REVIEW"));
    assertThat(documents.get(id).versions()).hasSize(2);

    ProcessInstance second = driver.calledInstance(pi, ProcessKeys.LEGALITY_REVIEW);
    assertThat(second.getId()).isNotEqualTo(first.getId());
    assertThat((String) engine.getRuntimeService().getVariable(second.getId(), "caseProcedureAccount"))
        .contains("认定缺少：公平竞争审查");
    assertThat(engine.getRuntimeService().getVariable(second.getId(), "caseVersion")).isEqualTo(2);
    driver.decideLegality(second, "LAWFUL");
    assertThat(pi).isWaitingAt("Task_Deliberation");
  }

  @Test
  @DisplayName("R-ND-02 R-ND-03 R-MD-18 both found missing on a document the legal office had found not to concern the market: review and a 30-day consultation run, then a fresh review")
  void bothMissingCorrectsTheMarketFact() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = toLegalityReview(id, "漏审的涉企文件", false);
    ProcessInstance first = driver.calledInstance(pi, ProcessKeys.LEGALITY_REVIEW);
    driver.adviseLegality(first);
    driver.legalityDecision(first, DocumentDriver.missingProcedureValues(true, true));
    assertThat(variable(pi, "marketConfirmed")).isEqualTo(true);
    assertThat(variable(pi, "consultationMinDays")).isEqualTo(30);
    assertThat(documents.get(id).concernsMarket()).isTrue();
    assertThat(documents.get(id).identification().fcrApplies()).isTrue();
    driver.complete(pi.getId(), "Task_ReviseForMakeUp", Map.of(
        "draftText", "第一条 修改后", "purpose", "规范应急物资储备管理", "legalBasis", "《突发事件应对法》",
        "draftingProcess", "补正公平竞争审查和公开征求意见", "mainContent", "储备品种", "changeNote", "补正程序"));
    driver.fairCompetition(pi, DocumentDriver.fcrPasses());
    ProcessInstance consultation = driver.calledInstance(pi, ProcessKeys.PUBLIC_CONSULTATION);
    assertThat(engine.getRuntimeService().getVariable(consultation.getId(), "consultationMinDays")).isEqualTo(30);
    assertThat(engine.getRuntimeService().getVariable(consultation.getId(), "caseVersion")).isEqualTo(2);
    assertThat((String) engine.getRuntimeService().getVariable(consultation.getId(), "caseExplanation")).contains("补正公平竞争审查");
    driver.consultation(pi, 30, null);
    assertThat(documents.consultations(id)).hasSize(2);
    driver.legalityReview(pi, "LAWFUL");
    assertThat(pi).isWaitingAt("Task_Deliberation");
  }

  @Test
  @DisplayName("R-ND-02 R-ND-03 issue 24: only the fair competition review found missing on a document consulted for 7 working days: the market fact raises the minimum to 30 days and the consultation runs again, although the review did not name it")
  void raisedMinimumRerunsTheConsultation() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = toLegalityReview(id, "审查时才发现涉企的文件", false);
    assertThat(documents.consultations(id)).singleElement()
        .satisfies(c -> assertThat(c).containsEntry("period_days", 7).containsEntry("day_kind", "WORKING_DAYS"));
    ProcessInstance first = driver.calledInstance(pi, ProcessKeys.LEGALITY_REVIEW);
    driver.adviseLegality(first);
    driver.legalityDecision(first, DocumentDriver.missingProcedureValues(false, true));
    assertThat(variable(pi, "consultationMinDays")).isEqualTo(30);
    assertThat(variable(pi, "consultationNeeded")).isEqualTo(true);
    assertThat((String) variable(pi, "makeUpProcedures")).startsWith("公平竞争审查、公开征求意见").contains("不少于 30 日");
    Map<String, Object> revised = DocumentDriver.draftValues();
    revised.put("changeNote", "补正公平竞争审查，重新征求意见");
    driver.complete(pi.getId(), "Task_ReviseForMakeUp", revised);
    driver.fairCompetition(pi, DocumentDriver.fcrPasses());
    assertThat(pi).as("the consultation runs again").isWaitingAt("CallActivity_PublicConsultation");
    ProcessInstance consultation = driver.calledInstance(pi, ProcessKeys.PUBLIC_CONSULTATION);
    assertThat(engine.getRuntimeService().getVariable(consultation.getId(), "consultationMinDays")).isEqualTo(30);
    // the 7 working days of the first notice are not enough now
    assertThatThrownBy(() -> driver.publishNotice(consultation, 7, null)).hasMessageContaining("30");
    driver.consultation(pi, 30, null);
    assertThat(documents.consultations(id)).hasSize(2);
    driver.legalityReview(pi, "LAWFUL");
    assertThat(pi).isWaitingAt("Task_Deliberation");
  }

  @Test
  @DisplayName("R-ND-04 R-MD-18 a missing-procedure finding that names no procedure is refused to the reviewer")
  void missingProcedureMustBeNamed() {
    ProcessInstance pi = toLegalityReview(DocumentDriver.uniqueId("ND"), "未列明缺少程序", false);
    ProcessInstance review = driver.calledInstance(pi, ProcessKeys.LEGALITY_REVIEW);
    driver.adviseLegality(review);
    assertThatThrownBy(() -> driver.legalityDecision(review, DocumentDriver.missingProcedureValues(false, false)))
        .hasMessageContaining("表单填写有误");
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
  }

  // ---- reviewers see what they review

  @Test
  @DisplayName("R-ND-01 R-ND-04 R-MD-09 the legality review receives the draft text, version, explanation and a procedure account from the record")
  void reviewerGetsDraftAndProcedureAccount() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "送审材料齐全的文件", true, false);
    driver.draft(pi);
    driver.fairCompetition(pi, DocumentDriver.fcrPasses());
    ProcessInstance consultation = driver.calledInstance(pi, ProcessKeys.PUBLIC_CONSULTATION);
    driver.publishNotice(consultation, 30, null);
    driver.submitComment(consultation, "建议增加储备品种");
    driver.closeConsultation(consultation);
    driver.disposeAllAdopted(consultation);

    ProcessInstance review = driver.calledInstance(pi, ProcessKeys.LEGALITY_REVIEW);
    Map<String, Object> in = engine.getRuntimeService().getVariables(review.getId());
    assertThat(in).containsEntry("caseDraftText", "第一条 为了规范……，制定本办法。").containsEntry("caseVersion", 1);
    assertThat((String) in.get("caseExplanation")).contains("规范应急物资储备管理");
    String account = (String) in.get("caseProcedureAccount");
    assertThat(account)
        .contains("程序履行情况说明")
        .contains("法制机构").contains("属于行政规范性文件").contains("涉及经营者经济活动，须进行公平竞争审查")
        .contains("符合公平竞争审查标准")
        .contains("2026-03-02 起征求意见，期限 30 日").contains("收到意见 1 条")
        .doesNotContain("PASSES", "CALENDAR_DAYS");
  }

  @Test
  @DisplayName("R-ND-01 R-ND-04 after a material change at deliberation the fresh review gets the new draft and an account that lists the deliberation")
  void materialChangeReviewGetsNewDraft() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "实质修改后重审的文件", false);
    Map<String, Object> values = DocumentDriver.deliberationValues("APPROVED_WITH_AMENDMENTS");
    values.put("materialChange", true);
    driver.complete(pi.getId(), "Task_Deliberation", values);
    Map<String, Object> draft = DocumentDriver.draftValues();
    draft.put("draftText", "第一条 修改后的草案");
    driver.complete(pi.getId(), "Task_AmendAfterDeliberation", draft);
    ProcessInstance review = driver.calledInstance(pi, ProcessKeys.LEGALITY_REVIEW);
    assertThat(engine.getRuntimeService().getVariable(review.getId(), "caseDraftText")).isEqualTo("第一条 修改后的草案");
    assertThat(engine.getRuntimeService().getVariable(review.getId(), "caseVersion")).isEqualTo(2);
    assertThat((String) engine.getRuntimeService().getVariable(review.getId(), "caseProcedureAccount"))
        .contains("局务会议，结论：修改后通过").contains("结论：合法");
  }
}
