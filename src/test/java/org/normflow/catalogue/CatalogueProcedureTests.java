package org.normflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.normflow.decision.DecisionDriver.vars;
import static org.normflow.process.DecisionCatalogueVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.Clerks;
import org.normflow.NormFlowSpringTest;
import org.normflow.decision.DecisionDriver;
import org.normflow.decision.DecisionRepository;
import org.normflow.process.MajorDecisionVariables;
import org.normflow.process.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 10: the annual catalogue of major decisions as a procedure in Tasklist (process
 * decision-catalogue, R-MD-01): proposals from the units, the legal office compiles, the head approves
 * after collective discussion, the legal office publishes; each published item opens its decision case
 * for its lead unit; in-year adjustments with a reason and the head's approval; year-end list.
 */
@NormFlowSpringTest
class CatalogueProcedureTests {

  @Autowired ProcessEngine engine;
  @Autowired CatalogueService catalogue;
  @Autowired DecisionRepository decisions;
  @Autowired TestRestTemplate rest;

  int freeYear() {
    for (int year = 2060; year < 2100; year++) {
      int y = year;
      if (engine.getHistoryService().createHistoricVariableInstanceQuery().variableName(YEAR).list().stream()
          .noneMatch(v -> Integer.valueOf(y).equals(v.getValue()))) {
        try {
          catalogue.view(year);
        } catch (RuntimeException none) {
          return year;
        }
      }
    }
    throw new AssertionError("no free year");
  }

  ProcessInstance startAs(String user, int year) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.DECISION_CATALOGUE).latestVersion().singleResult().getId();
    return Clerks.as(engine, user, () -> engine.getFormService().submitStartForm(definition, Map.of(CATALOGUE_YEAR, year)));
  }

  List<Task> tasks(ProcessInstance pi, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
  }

  Task task(ProcessInstance pi, String key) {
    List<Task> open = tasks(pi, key);
    assertThat(open).as(key).hasSize(1);
    return open.get(0);
  }

  void completeAs(String user, Task task, Map<String, Object> values) {
    Clerks.as(engine, user, () -> engine.getTaskService().complete(task.getId(), values));
  }

  String unitOf(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).findFirst().orElseThrow();
  }

  String options(Task task, String name) {
    return String.valueOf(engine.getTaskService().getVariable(task.getId(), name));
  }

  @Test
  @DisplayName("R-MD-01 issue 10: units propose, the legal office compiles, the head approves after discussion, publication opens each item's decision for its unit")
  void catalogueAsProcedure() {
    int year = freeYear();
    assertThatThrownBy(() -> startAs("drafter", year)).as("a drafter cannot open a catalogue").isNotNull();
    ProcessInstance pi = startAs("legal", year);
    List<Task> proposing = tasks(pi, "Task_ProposeItems");
    assertThat(proposing).as("every drafting unit with staff").hasSize(2);
    for (Task t : proposing) {
      String unit = unitOf(t);
      String clerk = Clerks.clerkFor(engine, t);
      switch (unit) {
        case "unit-hazchem" -> {
          assertThatThrownBy(() -> completeAs(clerk, t, vars(PROPOSAL_1_TITLE, "危险化学品储存场所安全整治",
              PROPOSAL_1_COMPLETION, "明年十月")))
              .satisfies(DecisionDriver::isRefusal).hasMessageContaining("yyyy-mm-dd");
          assertThatThrownBy(() -> completeAs(clerk, t, vars("proposals", "危险化学品储存场所安全整治|" + year + "-10-31")))
              .as("delimited text outside the form's rows is refused").isNotNull();
          completeAs(clerk, t, vars(PROPOSAL_1_TITLE, "危险化学品储存场所安全整治", PROPOSAL_1_COMPLETION, year + "-10-31",
              PROPOSAL_1_HEARING, true, PROPOSAL_1_REASON, "涉及企业和周边居民"));
        }
        case "unit-rescue" -> completeAs(clerk, t, vars(PROPOSAL_1_TITLE, "应急避难场所布局规划",
            PROPOSAL_1_COMPLETION, year + "-12-15", PROPOSAL_2_TITLE, "不予列入的建议"));
        default -> completeAs(clerk, t, vars(NO_PROPOSAL, true));
      }
    }

    Task compile = task(pi, "Task_CompileCatalogue");
    assertThat(options(compile, PROPOSAL_OPTIONS)).contains("危化品监管科：危险化学品储存场所安全整治", "应急救援科：应急避难场所布局规划");
    List<CatalogueProposal> proposals = catalogue.proposals(year);
    String hazchem = id(proposals, "危险化学品储存场所安全整治");
    String shelters = id(proposals, "应急避难场所布局规划");
    assertThatThrownBy(() -> completeAs("drafter", compile, vars(INCLUDED_PROPOSALS, List.of(hazchem))))
        .as("a drafter cannot compile a catalogue").isNotNull();
    assertThatThrownBy(() -> completeAs("legal", compile, vars(INCLUDED_PROPOSALS, List.of(hazchem, "999999"))))
        .as("a forged proposal id").satisfies(DecisionDriver::isRefusal).hasMessageContaining("不在本年度各单位的建议之中");
    completeAs("legal", compile, vars(INCLUDED_PROPOSALS, List.of(hazchem)));

    Task approve = task(pi, "Task_ApproveCatalogue");
    assertThat(approve.getAssignee()).isEqualTo("leader");
    assertThatThrownBy(() -> completeAs("deputy1", approve, vars(CATALOGUE_DECISION, "APPROVE", DISCUSSED_ON, org.normflow.DocumentDriver.engineToday().toString())))
        .as("only the head approves a catalogue; the message names the head").hasMessageContaining("吴刚");
    assertThatThrownBy(() -> completeAs("leader", approve, vars(CATALOGUE_DECISION, "RETURN")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("退回理由");
    completeAs("leader", approve, vars(CATALOGUE_DECISION, "RETURN", CATALOGUE_DECISION_REASON, "应急避难场所规划应当列入"));

    Task again = task(pi, "Task_CompileCatalogue");
    completeAs("legal", again, vars(INCLUDED_PROPOSALS, List.of(hazchem, shelters)));
    Task approveAgain = task(pi, "Task_ApproveCatalogue");
    assertThat(options(approveAgain, CATALOGUE_DRAFT)).contains("第 1 项 危险化学品储存场所安全整治（承办单位：危化品监管科",
        "第 2 项 应急避难场所布局规划（承办单位：应急救援科");
    assertThatThrownBy(() -> completeAs("leader", approveAgain, vars(CATALOGUE_DECISION, "APPROVE")))
        .as("collective discussion first").satisfies(DecisionDriver::isRefusal).hasMessageContaining("集体讨论日期");
    completeAs("leader", approveAgain, vars(CATALOGUE_DECISION, "APPROVE", DISCUSSED_ON, org.normflow.DocumentDriver.engineToday().toString()));

    // issue 24 point 4, R-MD-01 (713 Art 3): the Party committee consents before the catalogue is published
    assertThat(tasks(pi, "Task_PublishCatalogue")).as("not published before the Party committee consents").isEmpty();
    Task consent = task(pi, "Task_PartyCommitteeConsent");
    assertThat(unitOf(consent)).as("the organ's office records it").isEqualTo("organ-office");
    java.time.LocalDate today = org.normflow.DocumentDriver.engineToday();
    assertThatThrownBy(() -> completeAs("legal", consent, DecisionDriver.partyCommitteeAnswer(today, true)))
        .as("another group's task").isNotNull();
    Map<String, Object> backDated = DecisionDriver.partyCommitteeAnswer(today, true);
    backDated.put(org.normflow.process.PartyCommitteeVariables.REQUESTED_ON, today.minusDays(3).toString());
    backDated.put("lateRecordGround", "OFFLINE_URGENT");
    backDated.put("lateRecordReason", "先行报请");
    assertThatThrownBy(() -> completeAs("office", consent, backDated)).as("asked before the head approved")
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("报请日期");
    Map<String, Object> forged = DecisionDriver.partyCommitteeAnswer(today, true);
    forged.put(org.normflow.process.PartyCommitteeVariables.AGREED, true);
    assertThatThrownBy(() -> completeAs("office", consent, forged)).as("the gateway's variable is not the form's")
        .isNotNull();
    Map<String, Object> noDocument = DecisionDriver.partyCommitteeAnswer(today, true);
    noDocument.remove(org.normflow.process.PartyCommitteeVariables.ANSWER_DOC_NO);
    assertThatThrownBy(() -> completeAs("office", consent, noDocument))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("答复文号");
    completeAs("office", consent, DecisionDriver.partyCommitteeAnswer(today, false));
    assertThat(catalogue.view(year).status()).as("refused: the catalogue is not published").isNotEqualTo(Catalogue.Status.PUBLISHED);
    completeAs("legal", task(pi, "Task_CompileCatalogue"), vars(INCLUDED_PROPOSALS, List.of(hazchem, shelters)));
    completeAs("leader", task(pi, "Task_ApproveCatalogue"), vars(CATALOGUE_DECISION, "APPROVE", DISCUSSED_ON, today.toString()));
    // the publication step reads the record, not the way the case came: moved past the consent, it refuses
    String consentAgain = task(pi, "Task_PartyCommitteeConsent").getId();
    engine.getRuntimeService().createProcessInstanceModification(pi.getId())
        .cancelAllForActivity("Task_PartyCommitteeConsent").startBeforeActivity("Task_PublishCatalogue").execute();
    assertThatThrownBy(() -> completeAs("legal", task(pi, "Task_PublishCatalogue"), vars(PUBLISHED_ON, today.toString(),
        PUBLICATION_CHANNEL, "本局门户网站"))).satisfies(DecisionDriver::isRefusal).hasMessageContaining("党委");
    engine.getRuntimeService().createProcessInstanceModification(pi.getId())
        .cancelAllForActivity("Task_PublishCatalogue").startBeforeActivity("Task_PartyCommitteeConsent").execute();
    assertThat(consentAgain).isNotNull();
    consent(pi, "Task_PartyCommitteeConsent", true);

    completeAs("legal", task(pi, "Task_PublishCatalogue"), vars(PUBLISHED_ON, org.normflow.DocumentDriver.engineToday().toString(), PUBLICATION_CHANNEL, "本局门户网站"));
    assertThat(catalogue.view(year).status()).isEqualTo(Catalogue.Status.PUBLISHED);
    List<CatalogueItem> items = catalogue.items(year);
    assertThat(items).hasSize(2).allSatisfy(i -> assertThat(i.decisionId()).isNotNull());
    CatalogueItem first = items.get(0);
    var decision = decisions.get(first.decisionId());
    assertThat(decision.reference()).isEqualTo(year + "年第1项");
    assertThat(decision.draftingUnit()).isEqualTo("unit-hazchem");
    ProcessInstance md = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(decision.processInstanceId()).singleResult();
    Task proposal = engine.getTaskService().createTaskQuery().processInstanceId(md.getId()).singleResult();
    assertThat(proposal.getTaskDefinitionKey()).isEqualTo("Task_Proposal");
    assertThat(unitOf(proposal)).as("the item's lead unit gets its decision").isEqualTo("unit-hazchem");
    assertThat(engine.getRuntimeService().getVariable(md.getId(), MajorDecisionVariables.CASE_REFERENCE)).isEqualTo(year + "年第1项");
    // the API takes the decision number as well as the internal id
    @SuppressWarnings("rawtypes")
    var byReference = rest.withBasicAuth("auditor", "demo").getForEntity("/api/decisions/{id}", Map.class, year + "年第1项");
    assertThat(byReference.getBody()).containsEntry("id", decision.id()).containsEntry("reference", year + "年第1项");

    // in-year adjustment: add, with a reason, approved by the head; the new item opens its case
    Task keep = task(pi, "Task_KeepCatalogue");
    assertThat(options(keep, ITEM_OPTIONS)).contains("第 1 项 危险化学品储存场所安全整治");
    assertThatThrownBy(() -> completeAs("legal", keep, vars(KEEP_ACTION, "ADJUST", ADJUSTMENT_KIND, "ADD",
        ADJUSTED_TITLE, "森林防火", ADJUSTED_UNIT, "unit-forged", ADJUSTMENT_REASON, "上级部署")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("承办单位不在起草单位名单中");
    assertThatThrownBy(() -> completeAs("legal", keep, vars(KEEP_ACTION, "ADJUST", ADJUSTMENT_KIND, "ADD",
        ADJUSTED_TITLE, "森林防火", ADJUSTED_UNIT, "unit-disaster")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("调整理由");
    // issue 24 point 9, R-MD-01: a matter already in the catalogue is not added a second time
    assertThatThrownBy(() -> completeAs("legal", keep, vars(KEEP_ACTION, "ADJUST", ADJUSTMENT_KIND, "ADD",
        ADJUSTED_TITLE, "危险化学品储存场所 安全整治", ADJUSTED_UNIT, "unit-disaster", ADJUSTMENT_REASON, "重复")))
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("不能重复增加").hasMessageContaining("第 1 项");
    completeAs("legal", keep, vars(KEEP_ACTION, "ADJUST", ADJUSTMENT_KIND, "ADD", ADJUSTED_TITLE, "森林防火重点区域治理",
        ADJUSTED_UNIT, "unit-disaster", ADJUSTMENT_REASON, "上级部署的年度重点工作"));
    Task approveAdjustment = task(pi, "Task_ApproveAdjustment");
    assertThat(options(approveAdjustment, ADJUSTMENT_SUMMARY)).contains("增加事项", "森林防火重点区域治理", "防灾减灾科", "上级部署的年度重点工作");
    completeAs("leader", approveAdjustment, vars(ADJUSTMENT_DECISION, "APPROVE"));
    consent(pi, "Task_AdjustmentPartyCommitteeConsent", true);
    CatalogueItem added = catalogue.items(year).get(2);
    assertThat(added.adjustment()).isTrue();
    assertThat(added.adjustmentReason()).isEqualTo("上级部署的年度重点工作");
    assertThat(decisions.get(added.decisionId()).reference()).isEqualTo(year + "年调整第3项");

    // removal: refused by the head first (recorded), then approved; the item's case ends
    completeAs("legal", task(pi, "Task_KeepCatalogue"), vars(KEEP_ACTION, "ADJUST", ADJUSTMENT_KIND, "REMOVE",
        ADJUSTED_ITEM, Long.toString(items.get(1).id()), ADJUSTMENT_REASON, "已并入上级规划"));
    completeAs("leader", task(pi, "Task_ApproveAdjustment"), vars(ADJUSTMENT_DECISION, "REJECT", ADJUSTMENT_DECISION_REASON, "仍需本级决策"));
    assertThat(catalogue.item(items.get(1).id()).status()).isEqualTo(CatalogueItem.ItemStatus.IN_PROGRESS);
    completeAs("legal", task(pi, "Task_KeepCatalogue"), vars(KEEP_ACTION, "ADJUST", ADJUSTMENT_KIND, "REMOVE",
        ADJUSTED_ITEM, Long.toString(items.get(1).id()), ADJUSTMENT_REASON, "已并入省级规划，不再单独决策"));
    completeAs("leader", task(pi, "Task_ApproveAdjustment"), vars(ADJUSTMENT_DECISION, "APPROVE"));
    consent(pi, "Task_AdjustmentPartyCommitteeConsent", true);
    assertThat(catalogue.item(items.get(1).id()).status()).isEqualTo(CatalogueItem.ItemStatus.REMOVED);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(decisions.get(items.get(1).decisionId()).processInstanceId()).count()).isZero();

    // year end: the items not completed, with their state
    completeAs("legal", task(pi, "Task_KeepCatalogue"), vars(KEEP_ACTION, "YEAR_END"));
    Task yearEnd = task(pi, "Task_YearEndReport");
    assertThat(options(yearEnd, YEAR_END_REPORT)).contains("未完成的事项共 2 项", "危险化学品储存场所安全整治", "办理中", "森林防火重点区域治理")
        .doesNotContain("应急避难场所布局规划");
    completeAs("legal", yearEnd, vars(YEAR_END_NOTE, "两项结转下一年度"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(catalogue.events(year)).extracting(e -> e.get("KIND")).contains("APPROVED", "PUBLISHED", "ADD", "REMOVE",
        "ADJUSTMENT_REFUSED", "YEAR_END");
  }

  /**
   * Issue 22: what the year's catalogue must be for each task of its case to be completable (its complete
   * listener refuses otherwise, e.g. 「已公布，不能重复批准」 at Task_ApproveCatalogue).
   */
  static final Map<String, Catalogue.Status> COMPLETABLE_FROM = Map.of(
      "Task_ProposeItems", Catalogue.Status.DRAFT,
      "Task_CompileCatalogue", Catalogue.Status.DRAFT,
      "Task_ApproveCatalogue", Catalogue.Status.DRAFT,
      "Task_PartyCommitteeConsent", Catalogue.Status.APPROVED,
      "Task_PublishCatalogue", Catalogue.Status.APPROVED,
      "Task_AdjustmentPartyCommitteeConsent", Catalogue.Status.PUBLISHED,
      "Task_KeepCatalogue", Catalogue.Status.PUBLISHED,
      "Task_ApproveAdjustment", Catalogue.Status.PUBLISHED,
      "Task_YearEndReport", Catalogue.Status.PUBLISHED);

  /** Every open task of the case finds the catalogue in the state it completes from, and the case keeps the year. */
  void completable(ProcessInstance pi, int year) {
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list();
    assertThat(open).isNotEmpty();
    Catalogue.Status status = catalogue.view(year).status();
    for (Task t : open) {
      assertThat(status).as("the catalogue at " + t.getTaskDefinitionKey()).isEqualTo(COMPLETABLE_FROM.get(t.getTaskDefinitionKey()));
    }
    assertThat(catalogue.keeper(year)).isEqualTo(pi.getId());
  }

  /**
   * Every other way to change the year's catalogue while its case waits: the removed endpoints (as the
   * legal office, the head and the administrator), a second case for the year, and the service's writers
   * named for no case or another one. Each is refused and the case stays completable.
   */
  void everyOtherWayRefused(ProcessInstance pi, int year) {
    Catalogue before = catalogue.view(year);
    for (String user : List.of("legal", "leader", "admin")) {
      for (String act : List.of("items", "approve", "publish", "adjustments")) {
        var answer = rest.withBasicAuth(user, "demo").postForEntity("/api/catalogue/" + year + "/" + act,
            Map.of("title", "无单位提出的事项", "leadUnit", "应急救援科", "adjustmentReason", "绕过目录程序"), String.class);
        assertThat(answer.getStatusCode().value()).as(user + " POST " + act).isIn(404, 405);
      }
    }
    assertThatThrownBy(() -> startAs("legal", year)).as("a second case for the year")
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining(before.status() == Catalogue.Status.DRAFT
            ? "正在“年度重大行政决策事项目录”程序中办理" : before.status().label());
    assertThatThrownBy(() -> catalogue.approve(year, null, "leader")).satisfies(DecisionDriver::isRefusal);
    assertThatThrownBy(() -> catalogue.approve(year, "another-case", "leader")).satisfies(DecisionDriver::isRefusal);
    assertThatThrownBy(() -> catalogue.publish(year, null, "legal")).satisfies(DecisionDriver::isRefusal);
    assertThatThrownBy(() -> catalogue.compile(year, null, List.of(), "legal")).satisfies(DecisionDriver::isRefusal);
    assertThatThrownBy(() -> catalogue.addItem(year, new CatalogueService.NewItem("无单位提出的事项", "应急救援科", null,
        false, "绕过目录程序"), "legal")).satisfies(DecisionDriver::isRefusal).hasMessageContaining("事项由各单位在该程序中提出");
    Catalogue after = catalogue.view(year);
    assertThat(after.status()).isEqualTo(before.status());
    assertThat(after.items()).isEqualTo(before.items());
    completable(pi, year);
  }

  @Test
  @DisplayName("R-MD-01 issue 22 one way to each act: at every step of the catalogue case every other way in is refused, so the year never reaches a state its case cannot complete from")
  void noStuckCatalogueCase() {
    int year = freeYear();
    ProcessInstance pi = startAs("legal", year);
    completable(pi, year);
    everyOtherWayRefused(pi, year);
    for (Task t : tasks(pi, "Task_ProposeItems")) {
      completeAs(Clerks.clerkFor(engine, t), t, "unit-hazchem".equals(unitOf(t))
          ? vars(PROPOSAL_1_TITLE, "危险化学品储存场所安全整治", PROPOSAL_1_COMPLETION, year + "-10-31")
          : vars(NO_PROPOSAL, true));
    }
    completable(pi, year);
    everyOtherWayRefused(pi, year);
    String proposal = id(catalogue.proposals(year), "危险化学品储存场所安全整治");
    completeAs("legal", task(pi, "Task_CompileCatalogue"), vars(INCLUDED_PROPOSALS, List.of(proposal)));
    everyOtherWayRefused(pi, year);
    completeAs("leader", task(pi, "Task_ApproveCatalogue"), vars(CATALOGUE_DECISION, "RETURN",
        CATALOGUE_DECISION_REASON, "请补充说明"));
    everyOtherWayRefused(pi, year);
    completeAs("legal", task(pi, "Task_CompileCatalogue"), vars(INCLUDED_PROPOSALS, List.of(proposal)));
    completeAs("leader", task(pi, "Task_ApproveCatalogue"), vars(CATALOGUE_DECISION, "APPROVE", DISCUSSED_ON, org.normflow.DocumentDriver.engineToday().toString()));
    consent(pi, "Task_PartyCommitteeConsent", true);
    everyOtherWayRefused(pi, year);
    completeAs("legal", task(pi, "Task_PublishCatalogue"), vars(PUBLISHED_ON, org.normflow.DocumentDriver.engineToday().toString(), PUBLICATION_CHANNEL, "本局门户网站"));
    everyOtherWayRefused(pi, year);
    completeAs("legal", task(pi, "Task_KeepCatalogue"), vars(KEEP_ACTION, "ADJUST", ADJUSTMENT_KIND, "ADD",
        ADJUSTED_TITLE, "森林防火重点区域治理", ADJUSTED_UNIT, "unit-disaster", ADJUSTMENT_REASON, "上级部署的年度重点工作"));
    everyOtherWayRefused(pi, year);
    completeAs("leader", task(pi, "Task_ApproveAdjustment"), vars(ADJUSTMENT_DECISION, "APPROVE"));
    consent(pi, "Task_AdjustmentPartyCommitteeConsent", true);
    completeAs("legal", task(pi, "Task_KeepCatalogue"), vars(KEEP_ACTION, "YEAR_END"));
    everyOtherWayRefused(pi, year);
    completeAs("legal", task(pi, "Task_YearEndReport"), vars(YEAR_END_NOTE, "结转下一年度"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count())
        .as("the case completed").isZero();
    assertThatThrownBy(() -> startAs("legal", year)).as("a published year is not opened again")
        .satisfies(DecisionDriver::isRefusal).hasMessageContaining("已公布");
  }

  @Test
  @DisplayName("R-MD-01 issue 22 a draft catalogue whose case no longer runs (deleted by an earlier release) is taken over by a new case, which completes")
  void draftOfAnEndedCaseIsTakenOver() {
    int year = freeYear();
    ProcessInstance ended = startAs("legal", year);
    // an earlier release let the administrator delete a running case; here the engine's Java API does it
    engine.getRuntimeService().deleteProcessInstance(ended.getId(), "测试：早期版本删除的目录案件");
    ProcessInstance pi = startAs("legal", year);
    completable(pi, year);
    for (Task t : tasks(pi, "Task_ProposeItems")) {
      completeAs(Clerks.clerkFor(engine, t), t, "unit-hazchem".equals(unitOf(t))
          ? vars(PROPOSAL_1_TITLE, "危险化学品储存场所安全整治", PROPOSAL_1_COMPLETION, year + "-10-31")
          : vars(NO_PROPOSAL, true));
    }
    completeAs("legal", task(pi, "Task_CompileCatalogue"), vars(INCLUDED_PROPOSALS,
        List.of(id(catalogue.proposals(year), "危险化学品储存场所安全整治"))));
    completeAs("leader", task(pi, "Task_ApproveCatalogue"), vars(CATALOGUE_DECISION, "APPROVE", DISCUSSED_ON, org.normflow.DocumentDriver.engineToday().toString()));
    consent(pi, "Task_PartyCommitteeConsent", true);
    completeAs("legal", task(pi, "Task_PublishCatalogue"), vars(PUBLISHED_ON, org.normflow.DocumentDriver.engineToday().toString(), PUBLICATION_CHANNEL, "本局门户网站"));
    assertThat(catalogue.view(year).status()).isEqualTo(Catalogue.Status.PUBLISHED);
    completable(pi, year);
  }

  /** Issue 24 point 4: the organ's office records the Party committee's answer (R-MD-01). */
  void consent(ProcessInstance pi, String key, boolean agreed) {
    completeAs("office", task(pi, key), DecisionDriver.partyCommitteeAnswer(org.normflow.DocumentDriver.engineToday(), agreed));
  }

  static String id(List<CatalogueProposal> proposals, String title) {
    return proposals.stream().filter(p -> p.title().equals(title)).findFirst().map(p -> Long.toString(p.id())).orElseThrow();
  }
}
