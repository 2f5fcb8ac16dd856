package org.normflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.DocumentDriver;
import org.normflow.catalogue.CatalogueService;
import org.normflow.decision.CalledProcesses;
import org.normflow.decision.DecisionDriver;
import org.normflow.decision.DecisionRecord;
import org.normflow.decision.DecisionRepository;
import org.normflow.decision.DecisionStage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class NormativeDocumentProcessTests extends DocumentTestBase {

  @Autowired TestRestTemplate rest;
  @Autowired CatalogueService catalogue;
  @Autowired DecisionRepository decisions;
  @Autowired org.normflow.validation.Grounds grounds;




  @Test
  @DisplayName("Happy path: a document affecting rights and the market reaches IN_FORCE with a number (R-ND-07, R-ND-10)")
  void happyPathToInForce() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "应急物资储备管理办法（快乐路径）", true);
    assertThat(documents.get(id).stage()).isEqualTo(Stage.UNDER_REVIEW);
    driver.deliberate(pi, "APPROVED");
    assertThat(documents.get(id).stage()).isEqualTo(Stage.DELIBERATED);
    assertThat(pi).isWaitingAt("Task_Signing");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "docNumber")).as("R-ND-07: no number before 签发").isNull();
    LocalDate published = driver.today();
    driver.toInForce(pi);
    String number = documents.get(id).docNumber();
    assertThat(number).matches("X应急规〔2026〕\\d+号");

    assertThat(pi).isEnded().hasPassedInOrder(
        "Task_Drafting", "BusinessRuleTask_DecideReviews", "Task_FairCompetitionReview", "CallActivity_PublicConsultation",
        "CallActivity_LegalityReview", "Task_Deliberation", "Task_Signing", "ServiceTask_AssignNumber",
        "Task_Publication", "Task_Filing", "Timer_EffectiveDate", "ServiceTask_EnterIntoForce", "EndEvent_InForce");
    assertThat(pi).hasNotPassed("EndEvent_NotIssuedUnlawful", "EndEvent_NotIssuedRejected", "EndEvent_WithdrawnOnRequest");
    DocumentRecord doc = documents.get(id);
    assertThat(doc.stage()).isEqualTo(Stage.IN_FORCE);
    assertThat(doc.docNumber()).isEqualTo(number);
    assertThat(doc.publishedOn()).isEqualTo(published);
    assertThat(doc.effectiveOn()).isEqualTo(published.plusDays(30));
    assertThat(doc.validUntil()).isEqualTo(published.plusDays(30).plusYears(5).minusDays(1));
    assertThat(doc.filedOn()).isEqualTo(published);
    assertThat(doc.filingLate()).isFalse();
    assertThat(doc.versions()).hasSize(1);
    assertThat(doc.procedureTrack()).isEqualTo("ORDINARY");
    assertThat(documents.deliberations(id)).hasSize(1);

    ResponseEntity<Map> json = rest.withBasicAuth("auditor", "demo").getForEntity("/api/documents/" + id, Map.class);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.getBody()).containsEntry("stage", "IN_FORCE").containsEntry("docNumber", number)
        .containsEntry("effectiveOn", published.plusDays(30).toString());
    assertThat((List<?>) json.getBody().get("versions")).hasSize(1);
    ResponseEntity<List> inForce = rest.withBasicAuth("auditor", "demo").getForEntity("/api/documents?stage=IN_FORCE", List.class);
    assertThat(inForce.getBody()).anySatisfy(d -> assertThat(((Map<?, ?>) d).get("id")).isEqualTo(id));
  }

  @Test
  @DisplayName("R-ND-01 a draft without its drafting explanation is refused; the explanation travels to the reviews")
  void draftingExplanationIsAGate() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "起草说明测试", false, false);
    Map<String, Object> noExplanation = DocumentDriver.draftValues();
    noExplanation.remove("legalBasis");
    noExplanation.put("purpose", " ");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Drafting", noExplanation))
        .hasMessageContaining("表单填写有误")
        .hasMessageContaining("制定依据")
        .hasMessageContaining("制定目的和必要性");
    assertThat(pi).isWaitingAt("Task_Drafting");
    assertThat(documents.get(id).versions()).isEmpty();

    driver.draft(pi);
    ProcessInstance consultation = driver.calledInstance(pi, "public-consultation");
    assertThat(engine.getRuntimeService().getVariable(consultation.getId(), "caseVersion")).isEqualTo(1);
    assertThat((String) engine.getRuntimeService().getVariable(consultation.getId(), "caseExplanation"))
        .contains("规范应急物资储备管理").contains("突发事件应对法");
    driver.consultation(pi, 7, null);
    ProcessInstance review = driver.calledInstance(pi, "legality-review");
    assertThat((String) engine.getRuntimeService().getVariable(review.getId(), "caseExplanation"))
        .contains("调研三家单位");
  }

  @Test
  @DisplayName("R-ND-02 market documents get 30 calendar days, others 7 working days, from the DMN table")
  void consultationMinimumFromDmn() {
    ProcessInstance market = driver.start(DocumentDriver.uniqueId("ND"), "涉企文件", true, false);
    driver.draft(market);
    assertThat(engine.getRuntimeService().getVariable(market.getId(), "consultationMinDays")).isEqualTo(30);
    assertThat(engine.getRuntimeService().getVariable(market.getId(), "consultationDayKind")).isEqualTo("CALENDAR_DAYS");
    assertThat(market).isWaitingAt("Task_FairCompetitionReview");

    ProcessInstance ordinary = driver.start(DocumentDriver.uniqueId("ND"), "一般文件", false, false);
    driver.draft(ordinary);
    assertThat(ordinary).hasNotPassed("Task_FairCompetitionReview");
    ProcessInstance consultation = driver.calledInstance(ordinary, "public-consultation");
    assertThat(engine.getRuntimeService().getVariable(consultation.getId(), "consultationMinDays")).isEqualTo(7);
    assertThat(engine.getRuntimeService().getVariable(consultation.getId(), "consultationDayKind")).isEqualTo("WORKING_DAYS");
    assertThat(engine.getRuntimeService().getVariable(consultation.getId(), "consultationRuleId")).isEqualTo("R-ND-02");
  }

  @Test
  @DisplayName("R-ND-03 a document failing fair competition review is abandoned by the drafting unit, never by the reviewer, and never numbered or issued")
  void fairCompetitionFails() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "限制竞争的文件", true, false);
    driver.draft(pi);
    // the reviewer concludes and nothing more: the form has no withdrawal any more, and one sent anyway is refused
    assertThatThrownBy(() -> driver.fairCompetition(
        pi, withVariables("fcrConclusion", "FAILS", "fcrOpinion", "设置了地方保护条款", "fcrFailAction", "WITHDRAW")))
        .hasMessageContaining("fcrFailAction");
    driver.fairCompetition(pi, withVariables("fcrConclusion", "FAILS", "fcrOpinion", "设置了地方保护条款"));
    assertThat(pi).isWaitingAt("Task_DecideAfterFcr");
    assertThat(driver.task(pi.getId(), "Task_DecideAfterFcr"))
        .satisfies(t -> assertThat(engine.getTaskService().getIdentityLinksForTask(t.getId()))
            .extracting(l -> l.getGroupId()).doesNotContain("fair-competition"));
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_DecideAfterFcr", withVariables("fcrFollowUp", "ABANDON")))
        .hasMessageContaining("理由");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_DecideAfterFcr",
        withVariables("fcrFollowUp", "WITHDRAW", "fcrFollowUpReason", "审查机构要求撤回")))
        .hasMessageContaining("起草单位的决定");
    assertThat(pi).isWaitingAt("Task_DecideAfterFcr");
    driver.decideAfterFcr(pi, "ABANDON");
    assertThat(pi).isEnded().hasPassed("EndEvent_WithdrawnAfterFcr")
        .hasNotPassed("CallActivity_PublicConsultation", "ServiceTask_AssignNumber", "Task_Publication");
    DocumentRecord doc = documents.get(id);
    assertThat(doc.stage()).isEqualTo(Stage.WITHDRAWN);
    assertThat(doc.docNumber()).isNull();
    assertThat(doc.withdrawnReason()).contains("公平竞争审查未通过", "起草单位决定放弃制定", "无法修改");
    assertThat(documents.fairCompetitionReviews(id)).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("follow_up", "ABANDON").containsEntry("follow_up_by", "drafter"));
  }

  @Test
  @DisplayName("R-ND-03 failing review sent back goes to drafting; an exception needs a justification and an end")
  void fairCompetitionReviseAndException() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "例外规定测试", true, false);
    driver.draft(pi);
    assertThatThrownBy(
            () -> driver.fairCompetition(
                pi, withVariables("fcrConclusion", "EXCEPTION", "fcrOpinion", "为维护公共安全",
                    "fcrExceptionJustification", "没有其他替代方案")))
        .hasMessageContaining("表单填写有误")
        .hasMessageContaining("实施期限");
    assertThatThrownBy(
            () -> driver.fairCompetition(
                pi, withVariables("fcrConclusion", "EXCEPTION", "fcrOpinion", "为维护公共安全",
                    "fcrExceptionEndDate", "2028-12-31")))
        .hasMessageContaining("表单填写有误")
        .hasMessageContaining("替代方案");
    // 783 Art 12: an exception names one of the four purposes of the configured list
    assertThatThrownBy(
            () -> driver.fairCompetition(
                pi, withVariables("fcrConclusion", "EXCEPTION", "fcrOpinion", "为维护公共安全",
                    "fcrExceptionJustification", "没有其他替代方案", "fcrExceptionEndDate", "2028-12-31")))
        .hasMessageContaining("适用例外的情形");
    assertThatThrownBy(
            () -> driver.fairCompetition(
                pi, withVariables("fcrConclusion", "EXCEPTION", "fcrOpinion", "为维护公共安全", "fcrExceptionGround", "CONVENIENCE",
                    "fcrExceptionJustification", "没有其他替代方案", "fcrExceptionEndDate", "2028-12-31")))
        .hasMessageContaining("适用例外的情形");
    assertThat(pi).isWaitingAt("Task_FairCompetitionReview");

    driver.fairCompetition(
        pi, withVariables("fcrConclusion", "FAILS", "fcrOpinion", "第五条限定了供应商"));
    assertThat(pi).isWaitingAt("Task_DecideAfterFcr");
    driver.decideAfterFcr(pi, "REVISE");
    assertThat(pi).isWaitingAt("Task_Drafting");
    assertThat(documents.get(id).stage()).isEqualTo(Stage.DRAFTING);
    driver.draft(pi);
    assertThat(documents.get(id).stage()).isEqualTo(Stage.UNDER_REVIEW);
    assertThat(documents.get(id).versions()).extracting(DocumentVersion::versionNo).containsExactly(1, 2);
    driver.fairCompetition(
        pi, withVariables("fcrConclusion", "EXCEPTION", "fcrOpinion", "为维护公共安全",
            "fcrExceptionGround", "PUBLIC_INTEREST",
            "fcrExceptionJustification", "没有对竞争影响更小的替代方案", "fcrExceptionEndCondition", "疫情应急响应终止"));
    assertThat(pi).isWaitingAt("CallActivity_PublicConsultation");
    assertThat(documents.fairCompetitionReviews(id)).last().satisfies(r -> assertThat(r).containsEntry("exception_ground", "PUBLIC_INTEREST"));
  }

  @Test
  @DisplayName("R-ND-04 R-MD-18 legality review finds the consultation missing: the drafter revises, the consultation runs again, then a fresh review")
  void missingProcedure() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "缺少程序测试", false, false);
    driver.draft(pi);
    driver.consultation(pi, 7, null);
    ProcessInstance first = driver.calledInstance(pi, "legality-review");
    driver.adviseLegality(first);
    driver.legalityDecision(first, DocumentDriver.missingProcedureValues(true, false));
    assertThat(pi).isWaitingAt("Task_ReviseForMakeUp").hasPassed("ServiceTask_PlanMakeUp").hasNotPassed("Task_Deliberation");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_ReviseForMakeUp", withVariables("changeNote", "")))
        .hasMessageContaining("表单填写有误");
    Map<String, Object> revised = DocumentDriver.draftValues();
    revised.put("changeNote", "草案未修改，补正公开征求意见");
    driver.complete(pi.getId(), "Task_ReviseForMakeUp", revised);
    assertThat(pi).isWaitingAt("CallActivity_PublicConsultation");
    driver.consultation(pi, 7, null);
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    ProcessInstance second = driver.calledInstance(pi, "legality-review");
    assertThat(second.getId()).isNotEqualTo(first.getId());
    driver.decideLegality(second, "LAWFUL");
    assertThat(pi).isWaitingAt("Task_Deliberation");
  }

  @Test
  @DisplayName("R-ND-04 unlawful draft cannot reach deliberation")
  void unlawfulCannotReachDeliberation() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "不合法的文件", false, false);
    driver.draft(pi);
    driver.consultation(pi, 7, null);
    driver.legalityReview(pi, "UNLAWFUL");
    assertThat(pi).isEnded().hasPassed("EndEvent_NotIssuedUnlawful").hasNotPassed("Task_Deliberation", "ServiceTask_AssignNumber");
    assertThat(documents.get(id).stage()).isEqualTo(Stage.WITHDRAWN);
    assertThat(documents.get(id).withdrawnReason()).contains("不合法");
  }

  @Test
  @DisplayName("R-ND-04 deliberation refuses a document without a lawful legality review")
  void deliberationGateChecksLegality() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "审议关口测试", false);
    engine.getRuntimeService().setVariable(pi.getId(), "legalityMayProceed", false);
    assertThatThrownBy(() -> driver.deliberate(pi, "APPROVED"))
        .hasMessageContaining("表单填写有误")
        .hasMessageContaining("不得提交集体审议");
    assertThat(pi).isWaitingAt("Task_Deliberation");
  }

  @Test
  @DisplayName("R-ND-06 deliberation needs a meeting record; rejection stops the document")
  void deliberationRejects() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "审议不通过的文件", false);
    Map<String, Object> noRecord = DocumentDriver.deliberationValues("REJECTED");
    noRecord.remove("meetingRecord");
    noRecord.put("meetingDate", "2026-13-45");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Deliberation", noRecord))
        .hasMessageContaining("表单填写有误")
        .hasMessageContaining("会议纪要")
        .hasMessageContaining("会议日期");
    assertThat(documents.deliberations(id)).isEmpty();
    driver.deliberate(pi, "REJECTED");
    assertThat(pi).isEnded().hasPassed("EndEvent_NotIssuedRejected").hasNotPassed("ServiceTask_AssignNumber");
    assertThat(documents.get(id).stage()).isEqualTo(Stage.WITHDRAWN);
    assertThat(documents.deliberations(id)).singleElement()
        .satisfies(row -> assertThat(row.get("meeting_record").toString()).contains("REJECTED"));
  }

  @Test
  @DisplayName("R-ND-06 the meeting is recorded: date, kind (部门办公会议 or 局务会议), presider and attendees, stored with who recorded it")
  void meetingRecord() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "会议记录的文件", false);
    Map<String, Object> noPresider = DocumentDriver.deliberationValues("APPROVED");
    noPresider.remove("meetingPresider");
    noPresider.put("meetingKind", "常务会议");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Deliberation", noPresider))
        .hasMessageContaining("主持人")
        .hasMessageContaining("“会议类型”的取值");
    assertThat(documents.deliberations(id)).isEmpty();
    Map<String, Object> values = DocumentDriver.deliberationValues("APPROVED");
    values.put("meetingKind", "部门办公会议");
    driver.complete(pi.getId(), "Task_Deliberation", values);
    assertThat(documents.deliberations(id)).singleElement().satisfies(row -> {
      assertThat(row.get("meeting_kind")).isEqualTo("部门办公会议");
      assertThat(row.get("meeting_date").toString()).isEqualTo(driver.today().toString());
      assertThat(row.get("presider")).isEqualTo("吴刚 局长");
      assertThat(row.get("participants")).isEqualTo("吴局长、郑副局长、冯副局长");
      assertThat(row.get("recorded_by")).isEqualTo("deputy1");
      assertThat(row.get("recorded_at")).isNotNull();
    });
  }

  @Test
  @DisplayName("R-ND-06 amendments with a material change go back through drafting and legality review")
  void amendmentsWithMaterialChange() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "修改后通过的文件", false);
    Map<String, Object> values = DocumentDriver.deliberationValues("APPROVED_WITH_AMENDMENTS");
    values.put("materialChange", true);
    driver.complete(pi.getId(), "Task_Deliberation", values);
    assertThat(pi).isWaitingAt("Task_AmendAfterDeliberation");
    Map<String, Object> draft = DocumentDriver.draftValues();
    draft.put("changeNote", "按会议意见修改第三条");
    driver.complete(pi.getId(), "Task_AmendAfterDeliberation", draft);
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    driver.legalityReview(pi, "LAWFUL");
    driver.deliberate(pi, "APPROVED");
    assertThat(pi).isWaitingAt("Task_Signing");
    assertThat(documents.get(id).versions()).hasSize(2);
    assertThat(documents.get(id).versions().get(1).changeNote()).contains("第三条");
  }

  @Test
  @DisplayName("R-ND-02 issue 24: a document that concerns operators hears operators and trade associations (who, how, when, summary) before its legality review; one that does not is not asked")
  void operatorsHeardBeforeLegalityReview() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "涉企文件听取经营者意见", true, false);
    driver.draft(pi);
    driver.fairCompetition(pi, DocumentDriver.fcrPasses());
    ProcessInstance consultation = driver.calledInstance(pi, "public-consultation");
    driver.publishNotice(consultation, 30, null);
    driver.closeConsultation(consultation);
    driver.disposeAllAdopted(consultation);
    assertThat(pi).isWaitingAt("Task_HearOperators").hasNotPassed("CallActivity_LegalityReview");

    // the dishonest clerk: nobody named, a date in the future, a forged "not needed"
    Map<String, Object> nobody = DocumentDriver.operatorsHeardValues(driver.today());
    nobody.remove("operatorsEnterprises");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_HearOperators", nobody)).hasMessageContaining("听取意见的经营者");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_HearOperators",
        DocumentDriver.operatorsHeardValues(driver.today().plusDays(3)))).hasMessageContaining("不能晚于今天");
    Map<String, Object> forged = DocumentDriver.operatorsHeardValues(driver.today());
    forged.put("operatorsHearingNeeded", false);
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_HearOperators", forged)).hasMessageContaining("operatorsHearingNeeded");
    assertThat(documents.operatorsHearings(id)).isEmpty();

    driver.complete(pi.getId(), "Task_HearOperators", DocumentDriver.operatorsHeardValues(driver.today()));
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    assertThat(documents.operatorsHearings(id)).singleElement()
        .satisfies(h -> assertThat(h).containsEntry("method", "SYMPOSIUM").containsEntry("associations", "市应急产业协会"));
    ProcessInstance review = driver.calledInstance(pi, "legality-review");
    assertThat((String) engine.getRuntimeService().getVariable(review.getId(), "caseProcedureAccount"))
        .contains("听取经营者和行业协会商会意见", "座谈会", "市应急产业协会");
    assertThat(pi).hasPassedInOrder("CallActivity_PublicConsultation", "Task_HearOperators", "ServiceTask_PrepareLegalityReview",
        "Gateway_OperatorsHeard").isWaitingAt("CallActivity_LegalityReview");

    ProcessInstance plain = driver.toDeliberation(DocumentDriver.uniqueId("ND"), "不涉企的文件", false);
    assertThat(plain).hasNotPassed("Task_HearOperators");
  }

  @Test
  @DisplayName("R-ND-14 R-ND-07: the head who will not sign returns the draft with a reason; no number is taken; the amended draft is reviewed, deliberated and signed again")
  void headReturnsDraftUnsigned() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "不予签发退回修改", false);
    driver.deliberate(pi, "APPROVED");
    assertThat(pi).isWaitingAt("Task_Signing");
    // the dishonest or hasty head: no decision, a refusal without reason, a refusal with a signing date,
    // a signature with a refusal reason, another user on the head's task
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Signing", withVariables("signedOn", driver.today().toString())))
        .hasMessageContaining("签发决定");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Signing", withVariables("signingDecision", "RETURN")))
        .hasMessageContaining("不予签发的理由");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Signing", withVariables("signingDecision", "RETURN",
        "signingRefusalReason", "第三条表述不清", "signedOn", driver.today().toString())))
        .hasMessageContaining("签发日期");
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Signing", withVariables("signingDecision", "SIGN",
        "signedOn", driver.today().toString(), "signingRefusalReason", "无")))
        .hasMessageContaining("不予签发的理由");
    Task signing = driver.task(pi.getId(), "Task_Signing");
    assertThatThrownBy(() -> org.normflow.Clerks.as(engine, "drafter", () -> engine.getTaskService().complete(signing.getId(),
        withVariables("signingDecision", "NOT_ISSUE", "signingRefusalReason", "起草单位自己不签"))))
        .isInstanceOf(RuntimeException.class);
    assertThat(pi).isWaitingAt("Task_Signing");
    assertThat(documents.signingRefusals(id)).isEmpty();

    driver.complete(pi.getId(), "Task_Signing", withVariables("signingDecision", "RETURN",
        "signingRefusalReason", "第三条的储备标准须与省级标准一致，修改后再送签"));
    assertThat(pi).isWaitingAt("Task_AmendAfterSigningRefusal");
    assertThat(documents.get(id).docNumber()).as("a refused signature wastes no number").isNull();
    assertThat(documents.get(id).stage()).isEqualTo(Stage.DRAFTING);
    assertThat(documents.signingRefusals(id)).singleElement().satisfies(r -> assertThat(r)
        .containsEntry("action", "RETURN").containsEntry("refused_by", "leader").containsEntry("version_no", 1));

    Map<String, Object> amended = DocumentDriver.draftValues();
    amended.put("changeNote", "按签发意见修改第三条");
    driver.complete(pi.getId(), "Task_AmendAfterSigningRefusal", amended);
    assertThat(pi).isWaitingAt("CallActivity_LegalityReview");
    driver.legalityReview(pi, "LAWFUL");
    driver.deliberate(pi, "APPROVED");
    driver.sign(pi);
    assertThat(pi).isWaitingAt("Task_Publication");
    assertThat(documents.get(id).docNumber()).isNotNull();
    assertThat(documents.get(id).versions()).hasSize(2);
    assertThat(pi).hasPassedInOrder("Task_Signing", "Task_AmendAfterSigningRefusal", "CallActivity_LegalityReview",
        "Task_Deliberation", "Task_Signing", "ServiceTask_AssignNumber");
  }

  @Test
  @DisplayName("R-ND-14: the head decides not to issue the document (不予签发，不予出台): the case ends, the reason is recorded, no number is taken")
  void headDecidesNotToIssue() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "不予签发不予出台", false);
    driver.deliberate(pi, "APPROVED");
    driver.complete(pi.getId(), "Task_Signing", withVariables("signingDecision", "NOT_ISSUE",
        "signingRefusalReason", "上位法即将修订，本文件不再出台"));
    assertThat(pi).isEnded().hasPassed("EndEvent_NotIssuedNotSigned")
        .hasNotPassed("ServiceTask_AssignNumber", "Task_Publication", "Task_AmendAfterSigningRefusal");
    DocumentRecord doc = documents.get(id);
    assertThat(doc.stage()).isEqualTo(Stage.WITHDRAWN);
    assertThat(doc.docNumber()).isNull();
    assertThat(doc.withdrawnReason()).contains("主要负责人不予签发", "上位法即将修订");
    assertThat(documents.signingRefusals(id)).singleElement().satisfies(r -> assertThat(r).containsEntry("action", "NOT_ISSUE"));
  }

  @Test
  @DisplayName("R-ND-07 numbers run in sequence per prefix and year and are assigned once")
  void numbersInSequence() {
    ProcessInstance first = driver.toDeliberation(DocumentDriver.uniqueId("ND"), "编号一", false);
    ProcessInstance second = driver.toDeliberation(DocumentDriver.uniqueId("ND"), "编号二", false);
    driver.deliberate(first, "APPROVED");
    driver.deliberate(second, "APPROVED");
    driver.sign(first);
    driver.sign(second);
    String a = (String) engine.getRuntimeService().getVariable(first.getId(), "docNumber");
    String b = (String) engine.getRuntimeService().getVariable(second.getId(), "docNumber");
    int na = Integer.parseInt(a.replaceAll(".*〕(\\d+)号", "$1"));
    int nb = Integer.parseInt(b.replaceAll(".*〕(\\d+)号", "$1"));
    assertThat(nb).isEqualTo(na + 1);
    assertThatThrownBy(() -> documents.assignNumber(documents.get(
            (String) engine.getRuntimeService().getVariable(first.getId(), "documentId")).id(),
            new NumberingService.IssuedNumber("X应急规〔2026〕999号", "X应急规", 2026, 999)))
        .hasMessageContaining("不能重复编号");
  }

  @Test
  @DisplayName("R-ND-08 effective date at least 30 days after publication; sooner only on a configured ground with an explanation, stored and in the audit trail; never before")
  void effectiveDateRule() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "提前施行的文件", false);
    driver.deliberate(pi, "APPROVED");
    driver.sign(pi);
    LocalDate published = driver.today();
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "effectiveMinDays")).isEqualTo(30);
    // same day, no ground: refused with a message that says why
    assertThatThrownBy(() -> driver.publish(pi, published, published, null, null))
        .hasMessageContaining("表单填写有误")
        .hasMessageContaining("施行日期与公布日期为同一天")
        .hasMessageContaining("提前施行的依据");
    // a reason typed as free text is not a ground
    assertThatThrownBy(() -> driver.publish(pi, published, published.plusDays(10), "工作需要", "汛期临近"))
        .hasMessageContaining("“提前施行的依据”的取值");
    // a ground without an explanation
    assertThatThrownBy(() -> driver.publish(pi, published, published.plusDays(10), DocumentDriver.EARLY_GROUND, " "))
        .hasMessageContaining("提前施行的说明");
    assertThatThrownBy(() -> driver.publish(pi, published, published.plusDays(10), null, null))
        .hasMessageContaining("不足 30 日");
    assertThatThrownBy(() -> driver.publish(pi, published, published.minusDays(1), DocumentDriver.EARLY_GROUND, "紧急"))
        .hasMessageContaining("表单填写有误")
        .hasMessageContaining("不能早于公布日期（" + published + "）");
    assertThat(pi).isWaitingAt("Task_Publication");
    assertThat(documents.get(id).publishedOn()).isNull();
    driver.publish(pi, published, published, "DELAY_HINDERS_IMPLEMENTATION", "汛期临近，须自公布之日起施行");
    DocumentRecord doc = documents.get(id);
    assertThat(doc.stage()).isEqualTo(Stage.PUBLISHED);
    assertThat(doc.earlyEffectGround()).isEqualTo("公布后不立即施行将有碍规范性文件施行");
    assertThat(doc.earlyEffectReason()).isEqualTo("汛期临近，须自公布之日起施行");
    assertThat(doc.effectiveOn()).isEqualTo(published);
    ResponseEntity<List> trail =
        rest.withBasicAuth("auditor", "demo").getForEntity("/api/audit/processes/" + pi.getId(), List.class);
    assertThat((List<Map<String, Object>>) trail.getBody()).anySatisfy(e -> assertThat(e)
        .containsEntry("kind", "VALUE").containsEntry("activityId", "Task_Publication")
        .containsEntry("detail", "earlyEffectGround = DELAY_HINDERS_IMPLEMENTATION"));
    assertThat((List<Map<String, Object>>) trail.getBody()).anySatisfy(e -> assertThat(e)
        .containsEntry("kind", "VALUE")
        .containsEntry("detail", "earlyEffectNote = 提前施行的依据：公布后不立即施行将有碍规范性文件施行；说明：汛期临近，须自公布之日起施行"));
  }

  @Test
  @DisplayName("R-ND-08 the publication form offers exactly the configured grounds for an early effective date")
  void earlyEffectGroundsMatchConfiguration() throws Exception {
    com.fasterxml.jackson.databind.JsonNode form = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(java.nio.file.Path.of("forms/normative-document-publication.form").toFile());
    java.util.List<String> values = new java.util.ArrayList<>();
    java.util.List<String> labels = new java.util.ArrayList<>();
    for (var c : form.get("components")) {
      if ("earlyEffectGround".equals(c.path("key").asText())) {
        c.get("values").forEach(v -> {
          values.add(v.get("value").asText());
          labels.add(v.get("label").asText());
        });
      }
    }
    assertThat(values).containsExactlyElementsOf(grounds.of(org.normflow.validation.Grounds.EARLY_EFFECT).keySet());
    assertThat(labels).containsExactlyElementsOf(grounds.of(org.normflow.validation.Grounds.EARLY_EFFECT).values());
  }

  @Test
  @DisplayName("R-ND-08 an effective date at or beyond the minimum needs no ground, and a ground sent along is not stored")
  void noGroundNeededAtTheMinimum() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "按期施行的文件", false);
    driver.deliberate(pi, "APPROVED");
    driver.sign(pi);
    LocalDate published = driver.today();
    driver.publish(pi, published, published.plusDays(30), DocumentDriver.EARLY_GROUND, "无需");
    assertThat(documents.get(id).earlyEffectGround()).isNull();
    assertThat(documents.get(id).earlyEffectReason()).isNull();
  }

  @Test
  @DisplayName("R-ND-08 R-ND-09 effect follows the effective date without filing; filing late: past the deadline the registry flags it and auditors and legal office get a task")
  void filingLate() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "逾期备案的文件", false);
    driver.deliberate(pi, "APPROVED");
    driver.sign(pi);
    LocalDate published = driver.today();
    driver.publish(pi, published, published.plusDays(30), null);
    assertThat(documents.get(id).filingDue()).isEqualTo(published.plusDays(30));

    assertThatThrownBy(() -> {
          Map<String, Object> incomplete = DocumentDriver.filingValues(published);
          incomplete.put("pkgLegalityOpinion", false);
          driver.complete(pi.getId(), "Task_Filing", incomplete);
        })
        .hasMessageContaining("表单填写有误")
        .hasMessageContaining("合法性审查意见");

    // R-ND-08: on the effective date the document is in force although it is not filed yet
    DocumentDriver.setClock(published.plusDays(30), 20);
    assertThat(driver.runDueTimers(pi.getId())).as("the effective-date timer only; the filing deadline is not due on its last day").isOne();
    assertThat(documents.get(id).stage()).isEqualTo(Stage.IN_FORCE);
    assertThat(documents.get(id).filedOn()).isNull();
    assertThat(documents.get(id).filingLate()).isFalse();
    assertThat(pi).hasPassed("ServiceTask_EnterIntoForce", "EndEvent_InForce").isWaitingAt("Task_Filing");
    DocumentDriver.setClock(published.plusDays(31), 9);
    assertThat(driver.runDueTimers(pi.getId())).isEqualTo(1);
    assertThat(documents.get(id).filingLate()).isTrue();
    Task escalation = driver.task(pi.getId(), "Task_FilingOverdue");
    assertThat(escalation).isNotNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
        .extracting(link -> link.getGroupId())
        .containsExactly("legal-office");
    assertThat(escalation.getDueDate()).as("shown as overdue in Tasklist").isEqualTo(
        engine.getRuntimeService().getVariable(pi.getId(), "filingDueAt"));
    // auditors see the escalation (they read every task) but, being read-only, cannot work on it
    engine.getIdentityService().setAuthentication("auditor", java.util.List.of("auditors"));
    try {
      assertThat(engine.getTaskService().createTaskQuery().taskId(escalation.getId()).count()).isOne();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().claim(escalation.getId(), "auditor"))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(pi).isWaitingAt("Task_Filing", "Task_FilingOverdue");
    assertThat(documents.get(id).stage()).as("late filing never takes effect away").isEqualTo(Stage.IN_FORCE);

    driver.file(pi, driver.today());
    DocumentRecord filed = documents.get(id);
    assertThat(filed.stage()).as("filing does not move a document in force back").isEqualTo(Stage.IN_FORCE);
    assertThat(filed.filedOn()).isEqualTo(driver.today());
    assertThat(filed.filingLate()).isTrue();
    driver.complete(pi.getId(), "Task_FilingOverdue", withVariables("overdueNote", "已约谈起草科室"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Filed", "EndEvent_InForce", "EndEvent_FilingEscalationHandled");
  }

  @Test
  @DisplayName("R-ND-10 a trial (试行) document is valid for 2 years, others for 5")
  void trialValidity() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "应急演练管理办法（试行）", false);
    driver.deliberate(pi, "APPROVED");
    driver.toInForce(pi);
    DocumentRecord doc = documents.get(id);
    assertThat(doc.stage()).isEqualTo(Stage.IN_FORCE);
    assertThat(doc.validUntil()).isEqualTo(doc.effectiveOn().plusYears(2).minusDays(1));
  }

  /** The called major-decision instance of a document, run from its first task to the head's decision. */
  private ProcessInstance majorDecisionProcedure(ProcessInstance pi, String headDecision) {
    ProcessInstance md = driver.calledInstance(pi, "major-decision");
    assertThat(md).as("R-ND-12 the document calls major-decision").isNotNull();
    DecisionDriver decision = new DecisionDriver(engine, catalogue, workingDays);
    CalledProcesses called = new CalledProcesses(engine, driver);
    assertThat(md).isWaitingAt("Task_ClassifyDocumentDecision");
    decision.complete(md, "Task_ClassifyDocumentDecision", DecisionDriver.vars("technical", false));
    ProcessInstance consultation = called.called(md, "public-consultation");
    assertThat(engine.getRuntimeService().getVariable(consultation.getId(), "consultationRuleId")).isEqualTo("R-MD-04");
    called.finishConsultation(md);
    decision.participation(md, false);
    called.finishLegalityReview(md, "LAWFUL", "草案合法", null);
    decision.integrity(md, true);
    decision.members(md, headDecision);
    decision.head(md, headDecision, null);
    return md;
  }

  @Test
  @DisplayName("R-ND-12 a document that is also a major decision runs the major-decision procedure, then gets number, publication, filing and validity")
  void majorDecisionTrack() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "重大决策类文件", false, true);
    assertThat(pi).hasPassed("ServiceTask_MarkMajorDecisionTrack").hasNotPassed("ServiceTask_MarkOrdinaryTrack");
    assertThat(documents.get(id).procedureTrack()).isEqualTo("MAJOR_DECISION");
    assertThat(documents.get(id).majorDecision()).isTrue();
    driver.draft(pi);
    assertThat(pi).isWaitingAt("CallActivity_MajorDecisionProcedure");
    assertThat(driver.calledInstance(pi, "public-consultation")).as("no ordinary consultation").isNull();
    String decisionId = "MD-" + id;
    assertThat(documents.get(id).decisionId()).isEqualTo(decisionId);

    ProcessInstance md = majorDecisionProcedure(pi, "APPROVE");
    // issue 24 point 9, R-MD-01: the matter entered the catalogue only by the head's approval of the decision
    long itemId = decisions.get(decisionId).catalogueItemId();
    assertThat(catalogue.events(catalogue.item(itemId).year())).anyMatch(e -> "ADD".equals(e.get("kind"))
        && String.valueOf(e.get("content")).contains("重大决策类文件") && "leader".equals(e.get("approved_by")));

    // the decision: registered for the document, draft and explanation adopted, discussed, head decided last
    assertThat(md).isEnded().hasPassed("ServiceTask_AdoptDocumentDraft", "CallActivity_PublicConsultation",
            "CallActivity_LegalityReview", "Task_IntegrityReview", "CallActivity_OrganMeeting", "ServiceTask_ApplyMeetingDecision",
            "EndEvent_ReturnedToNormativeDocument")
        .hasNotPassed("Task_Proposal", "Task_DecideStart", "Task_DraftPlan", "Task_HeadDecision", "Task_Publication",
            "SubProcess_Implementation");
    DecisionRecord record = decisions.get(decisionId);
    assertThat(record.documentId()).isEqualTo(id);
    assertThat(record.processInstanceId()).isEqualTo(md.getId());
    assertThat(record.stage()).isEqualTo(DecisionStage.RETURNED_TO_DOCUMENT);
    assertThat(record.outcome()).isEqualTo("APPROVE");
    assertThat(record.versions()).singleElement().satisfies(v -> assertThat(v.planText()).startsWith("第一条"));
    assertThat(record.reports()).anySatisfy(r -> assertThat(r.content()).contains("同时属于重大行政决策").doesNotContain("R-ND-12").contains("突发事件应对法"));
    assertThat(record.opinions()).extracting(DecisionRecord.Opinion::role).contains("MEMBER", "HEAD").last().isEqualTo("HEAD");
    assertThat(catalogue.item(record.catalogueItemId()).adjustmentReason())
        .as("issue 10: the document by its 登记号, not its internal id")
        .contains(documents.get(id).reference()).doesNotContain(id).contains("同时属于重大行政决策");
    assertThat(record.reference()).matches("\\d{4}年调整第\\d+项");

    // back in the document: no ordinary consultation, review or deliberation; then R-ND-07..10
    assertThat(pi).isWaitingAt("Task_Signing");
    assertThat(documents.get(id).stage()).isEqualTo(Stage.DELIBERATED);
    assertThat(documents.get(id).docNumber()).as("R-ND-07: numbered after 签发").isNull();
    // R-ND-09: the review ran inside the major decision, and its opinion belongs in the filing package too
    driver.sign(pi);
    assertThat(documents.get(id).docNumber()).matches("X应急规〔2026〕\\d+号");
    LocalDate published = driver.today();
    driver.publish(pi, published, published.plusDays(30), null);
    Map<String, Object> noOpinion = DocumentDriver.filingValues(published);
    noOpinion.put("pkgLegalityOpinion", false);
    assertThatThrownBy(() -> driver.complete(pi.getId(), "Task_Filing", noOpinion))
        .hasMessageContaining("备案材料缺少“合法性审查意见”");
    driver.file(pi, published);
    DocumentDriver.setClock(published.plusDays(30), 1);
    assertThat(driver.runDueTimers(pi.getId())).isEqualTo(1);
    assertThat(pi).isEnded().hasPassedInOrder("Task_Drafting", "CallActivity_MajorDecisionProcedure",
        "ServiceTask_RecordMajorDecisionOutcome", "Task_Signing", "ServiceTask_AssignNumber", "Task_Publication",
        "Task_Filing", "ServiceTask_EnterIntoForce", "EndEvent_InForce");
    assertThat(pi).hasNotPassed("CallActivity_PublicConsultation", "CallActivity_LegalityReview", "Task_Deliberation",
        "Task_AmendAfterDecision");
    DocumentRecord doc = documents.get(id);
    assertThat(doc.stage()).isEqualTo(Stage.IN_FORCE);
    assertThat(doc.docNumber()).isNotNull();
    assertThat(doc.publishedOn()).isNotNull();
    assertThat(doc.filedOn()).isNotNull();
    assertThat(doc.validUntil()).isEqualTo(doc.effectiveOn().plusYears(5).minusDays(1));
    assertThat(documents.deliberations(id)).isEmpty();
  }

  @Test
  @DisplayName("R-ND-12 approved with amendments: the drafter amends the document draft before numbering")
  void majorDecisionWithAmendments() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "修改后同意的重大决策类文件", false, true);
    driver.draft(pi);
    ProcessInstance md = driver.calledInstance(pi, "major-decision");
    DecisionDriver decision = new DecisionDriver(engine, catalogue, workingDays);
    CalledProcesses called = new CalledProcesses(engine, driver);
    decision.complete(md, "Task_ClassifyDocumentDecision", DecisionDriver.vars());
    called.finishConsultation(md);
    decision.participation(md, false);
    called.finishLegalityReview(md, "LAWFUL", "草案合法", null);
    decision.integrity(md, true);
    decision.members(md, "APPROVE_WITH_AMENDMENTS");
    decision.headAtMeeting(md, "APPROVE_WITH_AMENDMENTS", "第三条增加储备品种目录");
    assertThat(md).isEnded().hasPassed("EndEvent_ReturnedToNormativeDocument");
    assertThat(pi).isWaitingAt("Task_AmendAfterDecision");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "decisionAmendments")).isEqualTo("第三条增加储备品种目录");
    Map<String, Object> amended = DocumentDriver.draftValues();
    amended.put("changeNote", "按决定增加储备品种目录");
    driver.complete(pi.getId(), "Task_AmendAfterDecision", amended);
    assertThat(pi).isWaitingAt("Task_Signing");
    assertThat(documents.get(id).versions()).hasSize(2);
  }

  @Test
  @DisplayName("R-ND-04 R-MD-09 R-ND-12 issue 24: a document on the major-decision track found 不合法 ends 不予出台 on the head's decision to stop, never in an endless revision loop")
  void majorDecisionTrackUnlawfulEndsNotIssued() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "审查不合法的重大决策类文件", false, true);
    driver.draft(pi);
    ProcessInstance md = driver.calledInstance(pi, "major-decision");
    DecisionDriver decision = new DecisionDriver(engine, catalogue, workingDays);
    CalledProcesses called = new CalledProcesses(engine, driver);
    decision.complete(md, "Task_ClassifyDocumentDecision", DecisionDriver.vars("technical", false));
    called.finishConsultation(md);
    decision.participation(md, false);
    called.finishLegalityReview(md, "UNLAWFUL", "设定了行政许可，超越权限", null);
    assertThat(md).isWaitingAt("Task_ReviseAfterReview");
    decision.proposeStop(md);
    assertThat(decision.task(md, "Task_DecideNotToProceed").getAssignee()).isEqualTo("leader");
    decision.decideStop(md, "STOP");

    assertThat(md).isEnded().hasPassed("EndEvent_NotProceeded").hasNotPassed("EndEvent_ReturnedToNormativeDocument");
    assertThat(decisions.get("MD-" + id).stage()).isEqualTo(DecisionStage.NOT_PROCEEDED);
    assertThat(pi).isEnded().hasPassed("ServiceTask_RecordMajorDecisionOutcome", "ServiceTask_StopDecisionRejected",
            "EndEvent_NotIssuedDecisionRejected")
        .hasNotPassed("ServiceTask_AssignNumber", "Task_Signing", "Task_Publication", "Task_Deliberation");
    DocumentRecord doc = documents.get(id);
    assertThat(doc.stage()).isEqualTo(Stage.WITHDRAWN);
    assertThat(doc.withdrawnReason()).contains("主要负责人决定终止决策程序，不予出台");
    assertThat(doc.docNumber()).isNull();
  }

  @Test
  @DisplayName("R-ND-12 a document whose major decision is rejected is withdrawn and never numbered or published")
  void majorDecisionRejected() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "未通过的重大决策类文件", false, true);
    driver.draft(pi);
    ProcessInstance md = majorDecisionProcedure(pi, "REJECT");
    assertThat(md).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("EndEvent_ReturnedToNormativeDocument");
    assertThat(decisions.get("MD-" + id).stage()).isEqualTo(DecisionStage.REJECTED);
    assertThat(pi).isEnded().hasPassed("ServiceTask_StopDecisionRejected", "EndEvent_NotIssuedDecisionRejected")
        .hasNotPassed("ServiceTask_AssignNumber", "Task_Signing", "Task_Publication", "Task_Deliberation");
    DocumentRecord doc = documents.get(id);
    assertThat(doc.stage()).isEqualTo(Stage.WITHDRAWN);
    assertThat(doc.withdrawnReason()).contains("重大行政决策未通过");
    assertThat(doc.docNumber()).isNull();
    assertThat(doc.decisionId()).isEqualTo("MD-" + id);
  }

  @Test
  @DisplayName("Withdrawal: a drafter withdraws via POST /api/documents/{id}/withdraw before publication, not after")
  void withdrawal() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "撤回的文件", false, false);
    driver.draft(pi);
    ProcessInstance consultation = driver.calledInstance(pi, "public-consultation");

    ResponseEntity<String> anonymous = rest.postForEntity("/api/documents/" + id + "/withdraw", Map.of("reason", "x"), String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> notDrafter = rest.withBasicAuth("legal", "demo")
        .postForEntity("/api/documents/" + id + "/withdraw", Map.of("reason", "x"), String.class);
    assertThat(notDrafter.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> ok = rest.withBasicAuth("drafter", "demo")
        .postForEntity("/api/documents/" + id + "/withdraw", Map.of("reason", "上级已出台同类文件"), String.class);
    assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pi).isEnded().hasPassed("EndEvent_WithdrawnOnRequest");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(consultation.getId()).count()).isZero();
    DocumentRecord doc = documents.get(id);
    assertThat(doc.stage()).isEqualTo(Stage.WITHDRAWN);
    assertThat(doc.withdrawnReason()).isEqualTo("上级已出台同类文件");

    String published = DocumentDriver.uniqueId("ND");
    ProcessInstance late = driver.toDeliberation(published, "已公布的文件", false);
    driver.deliberate(late, "APPROVED");
    driver.sign(late);
    driver.publish(late, driver.today(), driver.today().plusDays(30), null);
    ResponseEntity<String> refused = rest.withBasicAuth("drafter", "demo")
        .postForEntity("/api/documents/" + published + "/withdraw", Map.of("reason", "想撤回"), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late).isWaitingAt("Task_Filing");
    assertThat(documents.get(published).stage()).isEqualTo(Stage.PUBLISHED);
  }

  @Test
  @DisplayName("R-C-02 every step records who did it, when, with which values; claiming is recorded")
  void auditTrail() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, "留痕测试", false);
    Task task = driver.task(pi.getId(), "Task_Deliberation");
    engine.getIdentityService().setAuthentication("leader", List.of("leadership"));
    try {
      engine.getTaskService().claim(task.getId(), "leader");
      driver.deliberate(pi, "APPROVED");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
    assertThat(done.getAssignee()).isEqualTo("leader");
    assertThat(done.getEndTime()).isNotNull();
    assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(task.getId()).operationType("Claim").count())
        .isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates().list())
        .anySatisfy(d -> assertThat(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()).isEqualTo("meetingRecord"));
    List<Map<String, Object>> meetings = documents.deliberations(id);
    assertThat(meetings.get(0).get("recorded_by")).isEqualTo("leader");
  }

  @Test
  @DisplayName("Tasklist: drafters get the deployed Camunda Form of their tasks, also in the called consultation")
  void deployedForms() {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.start(id, "表单测试", false, false);
    Task drafting = driver.task(pi.getId(), "Task_Drafting");
    ResponseEntity<String> form = rest.withBasicAuth("drafter", "demo")
        .getForEntity("/engine-rest/task/" + drafting.getId() + "/deployed-form", String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("\"id\": \"normative-document-drafting\"");
    driver.draft(pi);
    Task notice = driver.task(driver.calledInstance(pi, "public-consultation").getId(), "Task_PublishNotice");
    ResponseEntity<String> noticeForm = rest.withBasicAuth("drafter", "demo")
        .getForEntity("/engine-rest/task/" + notice.getId() + "/deployed-form", String.class);
    assertThat(noticeForm.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(noticeForm.getBody()).contains("public-consultation-notice");
  }
}
