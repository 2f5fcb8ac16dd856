package org.normflow.decision;

import org.normflow.Clerks;
import static org.normflow.process.MajorDecisionVariables.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.normflow.DocumentDriver;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.catalogue.Catalogue;
import org.normflow.catalogue.CatalogueService;
import org.normflow.process.HearingVariables;
import org.normflow.process.PartyCommitteeVariables;
import org.normflow.process.ProcessKeys;
import org.normflow.validation.NotFoundException;

/**
 * Drives a major decision through its steps with valid form values, so each test states only what
 * differs on its path. The called processes go through {@link CalledProcesses}.
 */
public final class DecisionDriver {

  /** Tests run on a fixed date in a catalogue year of their own. */
  public static final ZonedDateTime TODAY = ZonedDateTime.parse("2031-03-03T09:00:00+08:00[Asia/Shanghai]");
  public static final int YEAR = 2031;

  final ProcessEngine engine;
  final CatalogueService catalogue;
  final WorkingDayCalendar calendar;
  final CalledProcesses called;
  final java.util.function.BiConsumer<Task, Map<String, Object>> completer;

  public DecisionDriver(ProcessEngine engine, CatalogueService catalogue, WorkingDayCalendar calendar) {
    this(engine, catalogue, calendar, null);
  }

  /**
   * A driver whose steps of the decision itself (not of its called processes) are completed by
   * {@code completer} (e.g. over REST as the clerk the task is offered to) instead of the Java API.
   */
  public DecisionDriver(ProcessEngine engine, CatalogueService catalogue, WorkingDayCalendar calendar,
      java.util.function.BiConsumer<Task, Map<String, Object>> completer) {
    this.engine = engine;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.called = new CalledProcesses(engine, new DocumentDriver(engine, calendar));
    this.completer = completer != null ? completer : (task, values) -> Clerks.complete(engine, task, values);
  }

  public static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  /** A step refused by server-side validation (possibly wrapped by the engine's listener invocation). */
  public static void isRefusal(Throwable thrown) {
    Throwable t = thrown;
    while (t != null && !(t instanceof org.normflow.validation.FormValidationException)) {
      t = t.getCause();
    }
    if (t == null) {
      throw new AssertionError("expected a refusal (FormValidationException) but got " + thrown, thrown);
    }
  }

  public static void setClock(ZonedDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  /** A new item of the published catalogue of {@link #YEAR} (an adjustment once it is published). */
  public long catalogueItem(String title) {
    return catalogueItem(title, false);
  }

  public long catalogueItem(String title, boolean hearingPlanned) {
    Catalogue.Status status;
    try {
      status = catalogue.view(YEAR).status();
    } catch (NotFoundException e) {
      status = null;
    }
    if (status == null || status == Catalogue.Status.DRAFT) {
      long id = catalogue.addItem(YEAR, new CatalogueService.NewItem(title, "应急管理局政策法规处", null, hearingPlanned, null), "legal").id();
      catalogue.approve(YEAR, null, "leader");
      catalogue.publish(YEAR, null, "legal");
      return id;
    }
    return catalogue.addItem(YEAR,
        new CatalogueService.NewItem(title, "应急管理局政策法规处", null, hearingPlanned, "测试：年度中增加事项"), "legal").id();
  }

  public ProcessInstance start(String title) {
    return start(title, false);
  }

  public ProcessInstance start(String title, boolean hearingPlanned) {
    long item = catalogueItem(title + " " + UUID.randomUUID().toString().substring(0, 8), hearingPlanned);
    return engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.MAJOR_DECISION,
        "MD-T-" + UUID.randomUUID(), vars(CATALOGUE_ITEM_ID, String.valueOf(item)));
  }

  public String decisionId(ProcessInstance pi) {
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(DECISION_ID).singleResult().getValue();
  }

  public Task task(ProcessInstance pi, String key) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    if (tasks.size() != 1) {
      throw new IllegalStateException("expected one task " + key + " in " + pi.getId() + ", found " + tasks.size());
    }
    return tasks.get(0);
  }

  public void complete(ProcessInstance pi, String key, Map<String, Object> values) {
    completer.accept(task(pi, key), values);
  }

  public void proposal(ProcessInstance pi) {
    complete(pi, "Task_Proposal", vars(PROBLEM, "危险化学品仓储布局分散", REASONS, "多起事故暴露监管薄弱",
        LEGAL_BASIS, "《安全生产法》第四条", INITIAL_PLAN, "划定集中仓储区", NECESSITY, "降低重大事故风险",
        FEASIBILITY, "已有用地储备"));
  }

  public void decideStart(ProcessInstance pi) {
    complete(pi, "Task_DecideStart", vars(START_DECISION, START, LEAD_UNIT, "危险化学品安全监督管理处"));
  }

  /** The drafter's account (R-MD-18): the facts ticked in {@code flags}, each with an explanation. */
  public static Map<String, Object> account(Map<String, Object> flags) {
    Map<String, Object> values = new HashMap<>(flags);
    Map<String, String> explanations = Map.of(AFFECTS_VITAL_INTERESTS, AFFECTS_VITAL_INTERESTS_EXPLANATION,
        LOCAL_RULE_REQUIRES_HEARING, LOCAL_RULE_EXPLANATION, TECHNICAL, TECHNICAL_EXPLANATION, STABILITY_RISK,
        STABILITY_RISK_EXPLANATION, CONCERNS_MARKET, CONCERNS_MARKET_EXPLANATION);
    flags.forEach((key, value) -> {
      if (Boolean.TRUE.equals(value) && explanations.containsKey(key)) {
        values.putIfAbsent(explanations.get(key), "起草单位说明：" + key);
      }
    });
    return values;
  }

  /** The draft plan with the drafter's account: every fact not ticked unless given in {@code flags}. */
  public void draftPlan(ProcessInstance pi, Map<String, Object> flags) {
    Map<String, Object> values = vars(PLAN_A_LABEL, "方案一", PLAN_A_TEXT, "集中仓储区设在东区", PLAN_B_LABEL, "方案二",
        PLAN_B_TEXT, "分区设立两处仓储区");
    values.putAll(account(flags));
    complete(pi, "Task_DraftPlan", values);
  }

  /** R-ND-12: the drafter's account for a document on the major-decision track. */
  public void classifyDocument(ProcessInstance pi, Map<String, Object> flags) {
    complete(pi, "Task_ClassifyDocumentDecision", account(flags));
  }

  /** The drafter's summary of the comments, reporting considerable divergence or none. */
  public void summarise(ProcessInstance pi, boolean considerableDivergence) {
    complete(pi, "Task_AssessParticipation", vars(PARTICIPATION_SUMMARY, "意见集中在选址", DIVERGENCE_DEGREE,
        considerableDivergence ? "CONSIDERABLE" : "NONE", DIVERGENCE_EXPLANATION,
        considerableDivergence ? "居民与企业意见对立" : "意见基本一致"));
  }

  /** The facts of the legal office's finding, each field name of the form with APPLIES / NOT_APPLIES. */
  public static final List<String> FINDING_FIELDS = List.of(FINDING_VITAL_INTERESTS, FINDING_DIVERGENCE,
      FINDING_LOCAL_RULE, FINDING_TECHNICAL, FINDING_STABILITY_RISK, FINDING_MARKET);

  /**
   * The legal office's finding (R-MD-18): the facts in {@code applies} hold, every other fact does not,
   * each with a reason; {@code extra} adds other values (e.g. an earlier risk assessment). The market
   * fact is found only for a standalone decision.
   */
  public void findProcedures(ProcessInstance pi, java.util.Collection<String> applies, Map<String, Object> extra) {
    boolean forDocument = Boolean.TRUE.equals(engine.getRuntimeService().getVariable(pi.getId(), FOR_NORMATIVE_DOCUMENT));
    Map<String, Object> values = new HashMap<>();
    for (String field : FINDING_FIELDS) {
      if (forDocument && field.equals(FINDING_MARKET)) {
        continue;
      }
      values.put(field, applies.contains(field) ? FINDING_APPLIES : FINDING_NOT_APPLIES);
      values.put(field + "Reason", "法制机构认定理由：" + field);
    }
    values.putAll(extra);
    complete(pi, "Task_FindApplicableProcedures", values);
  }

  /** The legal office confirms the drafter's account as given (ticks and reported divergence). */
  public void findAsClaimed(ProcessInstance pi) {
    var runtime = engine.getRuntimeService();
    List<String> applies = new java.util.ArrayList<>();
    Map<String, String> claims = Map.of(FINDING_VITAL_INTERESTS, AFFECTS_VITAL_INTERESTS, FINDING_LOCAL_RULE,
        LOCAL_RULE_REQUIRES_HEARING, FINDING_TECHNICAL, TECHNICAL, FINDING_STABILITY_RISK, STABILITY_RISK,
        FINDING_MARKET, CONCERNS_MARKET);
    claims.forEach((finding, claim) -> {
      if (Boolean.TRUE.equals(runtime.getVariable(pi.getId(), claim))) {
        applies.add(finding);
      }
    });
    if ("CONSIDERABLE".equals(runtime.getVariable(pi.getId(), DIVERGENCE_DEGREE))) {
      applies.add(FINDING_DIVERGENCE);
    }
    findProcedures(pi, applies, vars());
  }

  /** The drafter's summary, then the legal office's finding confirming the drafter's account. */
  public void participation(ProcessInstance pi, boolean considerableDivergence) {
    summarise(pi, considerableDivergence);
    findAsClaimed(pi);
  }

  /** The head's judgement on the risk report (R-MD-07). */
  public void judgeRisk(ProcessInstance pi, boolean controllable) {
    complete(pi, "Task_JudgeRisk", vars(RISK_JUDGEMENT, controllable ? CONTROLLABLE : UNCONTROLLABLE,
        RISK_JUDGEMENT_REASON, controllable ? "防范措施具体可行，风险可控" : "风险点未消除，须调整草案"));
  }

  /** The fair competition review of a standalone decision (783 Art 18). */
  public void fairCompetitionReview(ProcessInstance pi, String conclusion) {
    complete(pi, "Task_FairCompetitionReview", vars(FCR_CONCLUSION, conclusion, FCR_OPINION, "审查意见：" + conclusion));
  }

  /** The organ's meeting (organ-meeting, R-MD-11) the decision called, or null. */
  public ProcessInstance organMeeting(ProcessInstance pi) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(ProcessKeys.ORGAN_MEETING).singleResult();
  }

  /** The open task {@code key} of the decision's organ meeting, or null. */
  public Task meetingTask(ProcessInstance pi, String key) {
    ProcessInstance meeting = organMeeting(pi);
    return meeting == null ? null : engine.getTaskService().createTaskQuery().processInstanceId(meeting.getId())
        .taskDefinitionKey(key).list().stream().findFirst().orElse(null);
  }

  /** The office records the meeting's attendance (713 Art 30, R-MD-11): everyone present. */
  public void meeting(ProcessInstance pi) {
    Task task = meetingTask(pi, "Task_RecordAttendance");
    if (task == null) {
      throw new AssertionError("no attendance to record below " + pi.getId());
    }
    completer.accept(task, vars("meetingKind", "LEADERSHIP", "meetingDate", calendar.today().toString(),
        "meetingPresider", "leader", "presentMembers", List.of("leader", "deputy1", "deputy2"), "absences", ""));
  }

  /** Proposal to the end of public participation, with the given draft flags. */
  public ProcessInstance throughParticipation(String title, Map<String, Object> flags, boolean disagreement) {
    ProcessInstance pi = start(title);
    proposal(pi);
    decideStart(pi);
    draftPlan(pi, flags);
    called.finishConsultation(pi);
    participation(pi, disagreement);
    return pi;
  }

  /** The risk report, then the head's judgement: controllable exactly when the assessor finds the measures effective. */
  public void riskAssessment(ProcessInstance pi, String likelihood, String impact, boolean effective) {
    riskReport(pi, likelihood, impact, effective);
    judgeRisk(pi, effective);
  }

  /** Only the assessor's risk report (R-MD-07). */
  public void riskReport(ProcessInstance pi, String likelihood, String impact, boolean effective) {
    complete(pi, "Task_RiskAssessment", vars(RISK_ASSESSOR_UNIT, "市社会稳定风险评估中心", RISK_POINTS, "周边居民反对",
        RISK_MEASURES, "加强沟通、设置隔离带", CONTINGENCY_PLAN, "群体性事件处置预案", RISK_LIKELIHOOD, likelihood,
        RISK_IMPACT, impact, MEASURES_EFFECTIVE, effective));
  }

  public void revise(ProcessInstance pi, String taskKey) {
    Map<String, Object> values = vars(REVISED_PLAN_TEXT, "集中仓储区改设在远离居民区的北区", REVISION_NOTE, "根据评估意见调整选址");
    if ("Task_ReviseAfterReview".equals(taskKey)) {
      // issue 24: after a failed review the unit revises (or proposes that the organ not proceed)
      values.put(REVISION_CHOICE, REVISE);
    }
    complete(pi, taskKey, values);
  }

  /** Issue 24: after a failed review the unit proposes that the organ not proceed, with its reason. */
  public void proposeStop(ProcessInstance pi) {
    complete(pi, "Task_ReviseAfterReview", vars(REVISION_CHOICE, PROPOSE_STOP, STOP_PROPOSAL_REASON,
        "上位法明确禁止，无法修改到合法"));
  }

  /** Issue 24: the head decides on the proposal: STOP (不予出台) or CONTINUE (back to revision). */
  public void decideStop(ProcessInstance pi, String decision) {
    complete(pi, "Task_DecideNotToProceed", vars(STOP_DECISION, decision, STOP_DECISION_REASON,
        "STOP".equals(decision) ? "审查认定不合法，终止决策程序" : "尚可修改，继续修改后送审"));
  }

  public void integrity(ProcessInstance pi, boolean passed) {
    complete(pi, "Task_IntegrityReview", vars(INTEGRITY_OUTCOME, passed ? "PASSED" : "FAILED", INTEGRITY_OPINION,
        passed ? "未发现廉洁风险" : "存在利益输送风险"));
  }

  /** The meeting's attendance is recorded (when it waits for that), then every member present gives the same opinion. */
  public void members(ProcessInstance pi, String vote) {
    if (meetingTask(pi, "Task_RecordAttendance") != null) {
      meeting(pi);
    }
    ProcessInstance meeting = organMeeting(pi);
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(meeting.getId())
        .taskDefinitionKey("Task_MemberOpinion").list()) {
      completer.accept(task,
          vars(MEMBER_VOTE, vote, MEMBER_OPINION, task.getAssignee() + "：原话照录，" + vote));
    }
  }

  /** The drafting unit the head names as executing unit when approving (not the drafter's own unit). */
  public static final String EXECUTING_UNIT_ID = "unit-rescue";
  public static final String EXECUTING_UNIT_LABEL = "应急救援科";

  /** The head's decision at the meeting (R-MD-11), then the minutes by the office; nothing after that. */
  public void headAtMeeting(ProcessInstance pi, String decision, String reason) {
    Task task = meetingTask(pi, "Task_OrganDecision");
    if (task == null) {
      throw new AssertionError("the head has no decision to take below " + pi.getId());
    }
    completer.accept(task, vars("meetingDecision", decision, "meetingReason", reason));
    completer.accept(meetingTask(pi, "Task_KeepMinutes"), vars("meetingMinutes", "会议纪要：讨论了决策草案，决定" + decision));
  }

  /** The values of Task_HeadDecision (R-MD-14): {@link #EXECUTING_UNIT_ID}, a deadline in a year, the reporting duty. */
  public Map<String, Object> executionTerms() {
    return vars(EXECUTING_UNIT, EXECUTING_UNIT_ID, EXECUTION_DEADLINE, calendar.today().plusYears(1).toString(),
        REPORTING_DUTY, "每季度末报告执行进度，执行完毕后 15 日内报告结果");
  }

  /**
   * The head decides at the meeting and the office keeps the minutes; a decision approved with amendments is
   * amended by the drafting unit; approving one carried out, the head names {@link #EXECUTING_UNIT_ID} as
   * executing unit with a deadline and a reporting duty (R-MD-14).
   */
  public void head(ProcessInstance pi, String decision, String reason) {
    headAtMeeting(pi, decision, reason == null && decision.equals("APPROVE_WITH_AMENDMENTS") ? "修改意见：第三条删去" : reason);
    if (waiting(pi, "Task_AmendDecision")) {
      amendDecision(pi);
    }
    if (waiting(pi, "Task_HeadDecision")) {
      complete(pi, "Task_HeadDecision", executionTerms());
    }
    if (waiting(pi, "Task_PartyCommitteeReport")) {
      partyCommitteeReport(pi, true);
    }
  }

  public boolean waiting(ProcessInstance pi, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).count() > 0;
  }

  /** 修改后同意: the drafting unit's amended text, checked against the decision. */
  public void amendDecision(ProcessInstance pi) {
    complete(pi, "Task_AmendDecision", vars(REVISED_PLAN_TEXT, "按决定修改后的决策草案：第三条已删去", REVISION_NOTE,
        "按决定删去第三条", AMENDMENTS_CARRIED_OUT, true));
  }

  /** Issue 24 point 4, R-MD-19: the organ's office records the request-report and the Party committee's answer. */
  public void partyCommitteeReport(ProcessInstance pi, boolean agreed) {
    complete(pi, "Task_PartyCommitteeReport", partyCommitteeAnswer(calendar.today(), agreed));
  }

  /** The office's record of a request to the Party committee and its answer, both on {@code day}. */
  public static Map<String, Object> partyCommitteeAnswer(LocalDate day, boolean agreed) {
    return vars(PartyCommitteeVariables.COMMITTEE, "中共某市应急管理局党委", PartyCommitteeVariables.REQUESTED_ON,
        day.toString(), PartyCommitteeVariables.REQUEST_DOC_NO, "某应急党请〔2026〕3号", PartyCommitteeVariables.ANSWER,
        agreed ? "AGREE" : "DISAGREE", PartyCommitteeVariables.ANSWERED_ON, day.toString(),
        PartyCommitteeVariables.ANSWER_CONTENT, agreed ? "同意" : "暂不出台，另行研究", PartyCommitteeVariables.ANSWER_DOC_NO,
        "党委会议纪要〔2026〕5号");
  }

  /** A plain case (no hearing, experts or risk) through lawful review and integrity review to the meeting record. */
  public ProcessInstance toMeeting(String title) {
    ProcessInstance pi = throughParticipation(title, vars(), false);
    called.finishLegalityReview(pi, "LAWFUL", "草案合法", null);
    integrity(pi, true);
    return pi;
  }

  /** A plain case through the meeting's attendance (713 Art 30, R-MD-11) to the members' opinions. */
  public ProcessInstance toDiscussion(String title) {
    ProcessInstance pi = toMeeting(title);
    meeting(pi);
    return pi;
  }

  /** Approved by everyone and published: implementation running. */
  public ProcessInstance toImplementation(String title) {
    ProcessInstance pi = toDiscussion(title);
    members(pi, "APPROVE");
    head(pi, "APPROVE", null);
    publish(pi);
    return pi;
  }

  /** Publication (R-MD-12); implementation then runs in the called process decision-implementation. */
  public void publish(ProcessInstance pi) {
    complete(pi, "Task_Publication", vars(PUBLISHED_ON, calendar.today().toString(), ADOPTION_EXPLANATION,
        "公众意见采纳 2 条；专家意见全部采纳", INTERPRETATION_FORM, "PRESS", INTERPRETATION_CONTENT,
        "新闻发布会：决策主要内容和意见采纳情况", INTERPRETATION_PUBLISHED_ON, calendar.today().toString()));
  }

  // implementation, supervision and post-evaluation, run inside the called decision-implementation

  /** The running decision-implementation instance below the decision, or null. */
  public ProcessInstance implementation(ProcessInstance decision) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(decision.getId())
        .processDefinitionKey(ProcessKeys.DECISION_IMPLEMENTATION).singleResult();
  }

  /** The one open task {@code key} of the decision's implementation. */
  public Task implementationTask(ProcessInstance decision, String key) {
    ProcessInstance implementation = implementation(decision);
    if (implementation == null) {
      throw new IllegalStateException("no decision-implementation running below " + decision.getId());
    }
    return task(implementation, key);
  }

  /** Completes the implementation's task {@code key} as the clerk who would do it. */
  public void completeImplementation(ProcessInstance decision, String key, Map<String, Object> values) {
    Clerks.complete(engine, implementationTask(decision, key), values);
  }

  // hearing, run inside the called instance

  public ProcessInstance hearing(ProcessInstance decision) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(decision.getId())
        .processDefinitionKey(ProcessKeys.HEARING).singleResult();
  }

  public Task hearingTask(ProcessInstance hearing, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(hearing.getId()).taskDefinitionKey(key).singleResult();
  }

  public void completeHearingTask(ProcessInstance hearing, String key, Map<String, Object> values) {
    Task task = hearingTask(hearing, key);
    if (task == null) {
      throw new IllegalStateException("hearing not waiting at " + key);
    }
    Clerks.complete(engine, task, values);
  }

  /** The hearing day used by {@link #prepareHearing}: 17 days after the day the hearing is prepared. */
  public LocalDate hearingDay() {
    return calendar.today().plusDays(17);
  }

  /** Notice, participants and materials (delivered today, hearing 17 days later); the hearing then waits for its timer. */
  public ProcessInstance prepareHearing(ProcessInstance decision) {
    ProcessInstance hearing = hearing(decision);
    String today = calendar.today().toString();
    String day = hearingDay().toString();
    completeHearingTask(hearing, "Task_HearingNotice", vars(HearingVariables.HEARING_NOTICE, "定于 " + day + " 举行听证会",
        HearingVariables.SELECTION_METHOD, "自愿报名、随机抽取", HearingVariables.HEARING_DATE, day,
        HearingVariables.HEARING_PLACE, "市应急管理局三楼会议室"));
    completeHearingTask(hearing, "Task_PublishParticipants", vars(HearingVariables.PARTICIPANT_LIST, "居民代表张三、企业代表李四",
        HearingVariables.PARTICIPANTS_PUBLISHED_ON, today));
    // the hearing date is the notice's (R-ND-16): the materials task shows it and cannot change it
    completeHearingTask(hearing, "Task_DeliverMaterials", vars(HearingVariables.MATERIALS_DELIVERED_ON, today));
    return hearing;
  }

  public Job hearingTimer(ProcessInstance hearing) {
    return engine.getManagementService().createJobQuery().processInstanceId(hearing.getId()).timers().singleResult();
  }

  /** The whole hearing: the clock moves to the hearing day for the timer; returns the day it was held. */
  public LocalDate runHearing(ProcessInstance decision) {
    ProcessInstance hearing = prepareHearing(decision);
    LocalDate day = hearingDay();
    setClock(day.atTime(9, 0).atZone(calendar.zone()));
    engine.getManagementService().executeJob(hearingTimer(hearing).getId());
    completeHearingTask(hearing, "Task_HoldHearing", vars(HearingVariables.HEARING_HELD_ON, day.toString(),
        HearingVariables.HEARING_RECORD, "听证笔录全文"));
    completeHearingTask(hearing, "Task_ConfirmRecord", vars(HearingVariables.RECORD_CONFIRMED, true,
        HearingVariables.SIGNED_BY, "张三、李四"));
    completeHearingTask(hearing, "Task_HearingReport", vars(HearingVariables.HEARING_REPORT, "听证报告：多数代表支持方案二"));
    return day;
  }
}
