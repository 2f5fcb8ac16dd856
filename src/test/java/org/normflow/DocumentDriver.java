package org.normflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.normflow.calendar.WorkingDayCalendar;

/**
 * Drives {@code normative-document} and its called processes through their tasks with valid form
 * values; each step can be given different values to test refusals. Timers are run by moving the
 * engine clock and executing due jobs, never by sleeping.
 */
public class DocumentDriver {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final ProcessEngine engine;
  private final WorkingDayCalendar calendar;

  public DocumentDriver(ProcessEngine engine, WorkingDayCalendar calendar) {
    this.engine = engine;
    this.calendar = calendar;
  }

  // ---- clock and jobs

  public static void setClock(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(hour, 0).atZone(SHANGHAI).toInstant()));
  }

  /** Today on the engine's clock in the bureau's zone (R-ND-16: a recorded date is never after it). */
  public static LocalDate engineToday() {
    return ClockUtil.getCurrentTime().toInstant().atZone(SHANGHAI).toLocalDate();
  }

  public LocalDate today() {
    return calendar.today();
  }

  /** Moves the clock to 10:00 of the day {@code days} calendar days ahead. */
  public void advanceDays(int days) {
    setClock(today().plusDays(days), 10);
  }

  public void advanceWorkingDays(int days) {
    setClock(calendar.plusWorkingDays(today(), days), 10);
  }

  /** Executes every timer job of the instance that is due at the engine's now; returns how many ran. */
  public int runDueTimers(String processInstanceId) {
    List<Job> due =
        engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers().executable().list();
    for (Job job : due) {
      engine.getManagementService().executeJob(job.getId());
    }
    return due.size();
  }

  // ---- lookups

  public static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public Task task(String processInstanceId, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  public ProcessInstance calledInstance(ProcessInstance parent, String key) {
    if ("legality-review".equals(key)) {
      hearOperatorsIfAsked(parent);
    }
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(parent.getId())
        .processDefinitionKey(key).singleResult();
  }

  public void complete(String processInstanceId, String taskKey, Map<String, Object> values) {
    Task task = task(processInstanceId, taskKey);
    if (task == null) {
      throw new AssertionError("no open task " + taskKey + " in " + processInstanceId);
    }
    Clerks.complete(engine, task, values);
  }

  // ---- normative-document

  /**
   * The start form's values: the drafter's account (R-ND-13, R-MD-18). A tick comes with its account
   * (how the document concerns operators' economic activity, why it is a major decision); the drafter
   * does not ask for identification.
   */
  public static Map<String, Object> startValues(String title, boolean concernsMarket, boolean majorDecision) {
    Map<String, Object> values =
        new HashMap<>(
            withVariables(
                "title", title, "docType", "办法", "trial", false, "issuingUnit", "市应急管理局",
                "concernsMarket", concernsMarket, "majorDecision", majorDecision));
    if (concernsMarket) {
      values.put("marketAccount", "规定储备企业的准入条件和补贴标准");
    }
    if (majorDecision) {
      values.put("majorDecisionAccount", "已列入本年度重大行政决策事项目录");
    }
    return values;
  }

  /**
   * Starts a case and lets the legal office confirm the drafter's account as it stands (normative;
   * fair competition review and the major-decision track as the drafter said), so the case waits at
   * drafting. Use {@link #startOnly} to leave the finding open.
   */
  public ProcessInstance start(String documentId, String title, boolean concernsMarket, boolean majorDecision) {
    return start(documentId, startValues(title, concernsMarket, majorDecision));
  }

  /** As {@link #start(String, String, boolean, boolean)}; a drafter who claims "not normative" is left at the finding. */
  public ProcessInstance start(String documentId, Map<String, Object> values) {
    ProcessInstance pi = startOnly(documentId, values);
    if (!Boolean.TRUE.equals(values.get("notNormativeClaim")) && task(pi.getId(), "Task_IdentifyDocument") != null) {
      confirm(pi, Boolean.TRUE.equals(values.get("concernsMarket")), Boolean.TRUE.equals(values.get("majorDecision")));
    }
    return pi;
  }

  /** Starts a case; it waits at the legal office's finding (Task_IdentifyDocument). */
  public ProcessInstance startOnly(String documentId, Map<String, Object> values) {
    return engine.getRuntimeService().startProcessInstanceByKey("normative-document", documentId, values);
  }

  /** The drafter believes the draft is not a normative document and asks the legal office to decide (R-ND-13). */
  public ProcessInstance startAskingIdentification(String documentId, String title, boolean concernsMarket, String reason) {
    Map<String, Object> values = startValues(title, concernsMarket, false);
    values.put("notNormativeClaim", true);
    values.put("notNormativeReason", reason);
    return startOnly(documentId, values);
  }

  /** The legal office's finding values: normative, with whether fair competition review and the major-decision track apply. */
  public static Map<String, Object> findingValues(boolean fcrApplies, boolean majorDecision) {
    return new HashMap<>(
        withVariables(
            "identificationFinding", "NORMATIVE", "identificationReason", "对不特定对象设定义务，反复适用",
            "fcrFinding", fcrApplies ? "APPLIES" : "NOT_APPLIES",
            "fcrFindingReason", fcrApplies ? "涉及储备企业准入条件" : "不涉及经营者经济活动",
            "trackFinding", majorDecision ? "MAJOR_DECISION" : "ORDINARY",
            "trackFindingReason", majorDecision ? "已列入年度决策事项目录" : "未列入决策事项目录，不属于重大行政决策"));
  }

  /**
   * For journeys that are about something else: the legal office's finding on the case with this
   * title, made over the engine API as the legal-office clerk (R-ND-13, R-MD-18).
   */
  public static void legalOfficeConfirms(ProcessEngine engine, String title, boolean fcrApplies, boolean majorDecision) {
    Task task = engine.getTaskService().createTaskQuery().processDefinitionKey("normative-document")
        .taskDefinitionKey("Task_IdentifyDocument").processVariableValueEquals("title", title).singleResult();
    if (task == null) {
      throw new AssertionError("no open finding for " + title);
    }
    Clerks.complete(engine, task, findingValues(fcrApplies, majorDecision));
  }

  /** As {@link #legalOfficeConfirms(ProcessEngine, String, boolean, boolean)}, for the case with this process instance id. */
  public static void legalOfficeConfirmsInstance(ProcessEngine engine, String processInstanceId, boolean fcrApplies, boolean majorDecision) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey("Task_IdentifyDocument").singleResult();
    if (task == null) {
      throw new AssertionError("no open finding in " + processInstanceId);
    }
    Clerks.complete(engine, task, findingValues(fcrApplies, majorDecision));
  }

  /** The legal office finds the document normative and decides fair competition review and track (R-ND-13, R-MD-18). */
  public void confirm(ProcessInstance pi, boolean fcrApplies, boolean majorDecision) {
    complete(pi.getId(), "Task_IdentifyDocument", findingValues(fcrApplies, majorDecision));
  }

  /**
   * The legal office's finding on Task_IdentifyDocument: NORMATIVE (then fair competition review and
   * the track as the drafter said) or NOT_NORMATIVE, with a reason.
   */
  public void identify(ProcessInstance pi, String finding, String reason) {
    Map<String, Object> values;
    if ("NORMATIVE".equals(finding)) {
      values = findingValues(
          Boolean.TRUE.equals(engine.getRuntimeService().getVariable(pi.getId(), "concernsMarket")),
          Boolean.TRUE.equals(engine.getRuntimeService().getVariable(pi.getId(), "majorDecision")));
    } else {
      values = new HashMap<>();
      values.put("identificationFinding", finding);
    }
    values.put("identificationReason", reason);
    complete(pi.getId(), "Task_IdentifyDocument", values);
  }

  public static Map<String, Object> draftValues() {
    return new HashMap<>(
        withVariables(
            "draftText", "第一条 为了规范……，制定本办法。", "purpose", "规范应急物资储备管理",
            "legalBasis", "《中华人民共和国突发事件应对法》第三十二条", "draftingProcess", "调研三家单位，召开座谈会",
            "mainContent", "储备品种、管理责任、监督检查"));
  }

  public void draft(ProcessInstance pi) {
    complete(pi.getId(), "Task_Drafting", draftValues());
  }

  public void fairCompetition(ProcessInstance pi, Map<String, Object> values) {
    complete(pi.getId(), "Task_FairCompetitionReview", values);
  }

  /** The drafting unit's decision after a failing fair competition review (R-ND-03, 783 Art 18): REVISE or ABANDON. */
  public void decideAfterFcr(ProcessInstance pi, String followUp) {
    complete(pi.getId(), "Task_DecideAfterFcr", withVariables("fcrFollowUp", followUp, "fcrFollowUpReason",
        "ABANDON".equals(followUp) ? "限制竞争的条款是本文件的核心内容，无法修改，放弃制定" : "删除限定供应商的条款后重新送审"));
  }

  public static Map<String, Object> fcrPasses() {
    return withVariables("fcrConclusion", "PASSES", "fcrOpinion", "未发现排除、限制竞争的内容");
  }

  /**
   * Publishes the notice with the given period, lets the period run out and disposes every comment as
   * adopted; a document that concerns operators then hears them (Task_HearOperators, R-ND-02) when asked.
   */
  public ProcessInstance consultation(ProcessInstance pi, int days, String shortenedReason) {
    ProcessInstance consultation = calledInstance(pi, "public-consultation");
    publishNotice(consultation, days, shortenedReason);
    closeConsultation(consultation);
    disposeAllAdopted(consultation);
    hearOperatorsIfAsked(pi);
    return consultation;
  }

  /** R-ND-02 (722 Art 62(1), 783 Art 16): the drafting unit's record of the operators and associations heard, today. */
  public static Map<String, Object> operatorsHeardValues(LocalDate heardOn) {
    return new HashMap<>(withVariables("operatorsEnterprises", "省应急物资储备有限公司、市安达救援装备有限公司",
        "operatorsAssociations", "市应急产业协会", "operatorsMethod", "SYMPOSIUM", "operatorsHeardOn", heardOn.toString(),
        "operatorsSummary", "企业建议放宽储备企业准入条件中的注册资本要求，已部分采纳"));
  }

  /** Completes Task_HearOperators with {@link #operatorsHeardValues} when the document waits there. */
  public void hearOperatorsIfAsked(ProcessInstance pi) {
    if (task(pi.getId(), "Task_HearOperators") != null) {
      complete(pi.getId(), "Task_HearOperators", operatorsHeardValues(today()));
    }
  }

  /** The notice; a shortened period is given the ground 情况紧急 ({@code URGENT}) and this explanation. */
  public void publishNotice(ProcessInstance consultation, int days, String shortenedReason) {
    publishNotice(consultation, days, shortenedReason == null ? null : "URGENT", shortenedReason);
  }

  public void publishNotice(ProcessInstance consultation, int days, String shortenedGround, String shortenedReason) {
    Map<String, Object> values =
        new HashMap<>(withVariables("noticeText", "现公开征求意见", "noticeChannel", "本机关门户网站", "periodDays", days));
    if (shortenedGround != null) {
      values.put("shortenedGround", shortenedGround);
    }
    if (shortenedReason != null) {
      values.put("shortenedReason", shortenedReason);
    }
    complete(consultation.getId(), "Task_PublishNotice", values);
  }

  /**
   * A public comment on the whole draft, stored in the registry as the public endpoint stores it
   * (insert only, pending moderation); the running consultation is not touched.
   */
  public void submitComment(ProcessInstance consultation, String text) {
    submitComment(consultation, text, "总体意见");
  }

  /** A public comment on one clause of the draft (e.g. 第一条), stored like {@link #submitComment(ProcessInstance, String)}. */
  public void submitComment(ProcessInstance consultation, String text, String clause) {
    javax.sql.DataSource dataSource =
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getDataSource();
    org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
        .sql("INSERT INTO nf_public_comment (consultation_id, case_id, case_type, content, clause, status, dedup_key, "
            + "received_at) SELECT id, case_id, case_type, ?, ?, 'PENDING', ?, ? FROM nf_consultation WHERE id = ?")
        .params(text, clause, UUID.randomUUID().toString(), new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime()),
            consultation.getId())
        .update();
  }

  public void closeConsultation(ProcessInstance consultation) {
    String closesOn =
        (String) engine.getRuntimeService().getVariable(consultation.getId(), "consultationClosesOn");
    setClock(LocalDate.parse(closesOn).plusDays(1), 9);
    if (runDueTimers(consultation.getId()) != 1) {
      throw new AssertionError("consultation timer did not run");
    }
  }

  public void disposeAllAdopted(ProcessInstance consultation) {
    Number count = (Number) engine.getRuntimeService().getVariable(consultation.getId(), "consultationCommentCount");
    complete(
        consultation.getId(), "Task_DisposeComments",
        withVariables("commentRows", org.normflow.consultation.DispositionRows.all(count.intValue(), "ADOPTED", null),
            "adoptionSummary", "意见均已研究处理"));
  }

  /** Advisor opinion, then the decision after the minimum period. */
  public ProcessInstance legalityReview(ProcessInstance pi, String outcome) {
    ProcessInstance review = calledInstance(pi, "legality-review");
    decideLegality(review, outcome);
    return review;
  }

  public void decideLegality(ProcessInstance review, String outcome) {
    adviseLegality(review);
    legalityDecision(review, legalityValues(outcome));
  }

  /** The legal adviser's written opinion (needed before the decision). */
  public void adviseLegality(ProcessInstance review) {
    complete(review.getId(), "Task_AdvisorOpinion", withVariables("advisorOpinion", "草案内容合法，程序完备"));
  }

  /**
   * The legal office's decision with these form values, after moving the clock forward by the
   * review's own minimum period ({@code reviewMinWorkingDays} working days), so no early-opinion
   * reason is needed.
   */
  public void legalityDecision(ProcessInstance review, Map<String, Object> values) {
    Number minimum = (Number) engine.getRuntimeService().getVariable(review.getId(), "reviewMinWorkingDays");
    advanceWorkingDays(minimum.intValue());
    complete(review.getId(), "Task_LegalityReview", values);
  }

  /** The legal office's finding; a missing-procedure finding names the public consultation unless changed. */
  public static Map<String, Object> legalityValues(String outcome) {
    Map<String, Object> values = new HashMap<>(
        withVariables(
            "matDraft", true, "matExplanation", true, "matLegalBasis", true, "matProcedureAccount", true,
            "matConsultationReport", true, "matFcrResult", true,
            "legalityOutcome", outcome, "legalityOpinion", "审查意见：" + outcome));
    if ("MISSING_PROCEDURE".equals(outcome)) {
      values.put("missingConsultation", true);
    }
    return values;
  }

  /**
   * The legal office's decision MISSING_PROCEDURE naming the missing procedures (legality-review
   * contract v2; the form's checkboxes, see docs/process-contracts.md).
   */
  public static Map<String, Object> missingProcedureValues(boolean consultation, boolean fcr) {
    Map<String, Object> values = legalityValues("MISSING_PROCEDURE");
    values.put(MISSING_CONSULTATION_FIELD, consultation);
    values.put(MISSING_FCR_FIELD, fcr);
    return values;
  }

  /** Field names of the legality-review decision form for the missing procedures (contract v2). */
  public static final String MISSING_CONSULTATION_FIELD = "missingConsultation";
  public static final String MISSING_FCR_FIELD = "missingFcr";

  public static Map<String, Object> deliberationValues(String outcome) {
    return new HashMap<>(
        withVariables(
            "meetingKind", "局务会议", "meetingDate", engineToday().toString(), "meetingPresider", "吴刚 局长",
            "participants", "吴局长、郑副局长、冯副局长",
            "deliberationOutcome", outcome, "meetingRecord", "会议审议了草案，结论：" + outcome, "materialChange", false));
  }

  public void deliberate(ProcessInstance pi, String outcome) {
    complete(pi.getId(), "Task_Deliberation", deliberationValues(outcome));
  }

  public void sign(ProcessInstance pi) {
    complete(pi.getId(), "Task_Signing", withVariables("signingDecision", "SIGN", "signedOn", today().toString()));
  }

  /** The first configured ground for an early effective date (R-ND-08, normflow.grounds.early-effect). */
  public static final String EARLY_GROUND = "SECURITY_OR_PUBLIC_INTEREST";

  /** Publication; an {@code earlyReason} comes with the first configured ground (R-ND-08). */
  public void publish(ProcessInstance pi, LocalDate publishedOn, LocalDate effectiveOn, String earlyReason) {
    publish(pi, publishedOn, effectiveOn, earlyReason == null ? null : EARLY_GROUND, earlyReason);
  }

  public void publish(ProcessInstance pi, LocalDate publishedOn, LocalDate effectiveOn, String ground, String earlyReason) {
    complete(pi.getId(), "Task_Publication", publicationValues(publishedOn, effectiveOn, ground, earlyReason));
  }

  public static Map<String, Object> publicationValues(LocalDate publishedOn, LocalDate effectiveOn, String ground, String earlyReason) {
    Map<String, Object> values =
        new HashMap<>(
            withVariables(
                "publishedOn", publishedOn.toString(), "publicationChannel", "本机关门户网站",
                "effectiveOn", effectiveOn.toString()));
    if (ground != null) {
      values.put("earlyEffectGround", ground);
    }
    if (earlyReason != null) {
      values.put("earlyEffectReason", earlyReason);
    }
    values.putAll(explanationValues(publishedOn, effectiveOn));
    return values;
  }

  /**
   * Issue 24 point 11: the policy explanation (解读) published the same day, and the adjustment period for
   * operators (722 Art 65): left when publication and effect are 30 days or more apart, else not left, with
   * a reason (valid for documents that concern operators' economic activity and for those that do not).
   */
  public static Map<String, Object> explanationValues(LocalDate publishedOn, LocalDate effectiveOn) {
    Map<String, Object> values = new HashMap<>();
    values.put("interpretationForm", "TEXT");
    values.put("interpretationContent", "《关于本文件的政策解读》，本机关门户网站政策解读栏目");
    values.put("interpretationPublishedOn", publishedOn.toString());
    boolean adjustment = !effectiveOn.isBefore(publishedOn.plusDays(30));
    values.put("adjustmentPeriod", adjustment ? "GIVEN" : "NONE");
    values.put("adjustmentNote", adjustment ? "经营者须调整作业审批材料" : "涉及安全生产紧急情况，须尽快施行");
    return values;
  }

  public static Map<String, Object> filingValues(LocalDate filedOn) {
    return new HashMap<>(
        withVariables(
            "filedOn", filedOn.toString(), "filingAuthority", "本级人民政府（由司法行政部门承办）", "pkgFilingReport", true,
            "pkgOfficialText", true, "pkgDraftingExplanation", true, "pkgLegalBasis", true, "pkgLegalityOpinion", true));
  }

  public void file(ProcessInstance pi, LocalDate filedOn) {
    complete(pi.getId(), "Task_Filing", filingValues(filedOn));
  }

  /** From the start to the open deliberation task: drafting, (fcr), consultation, legality review LAWFUL. */
  public ProcessInstance toDeliberation(String documentId, String title, boolean concernsMarket) {
    ProcessInstance pi = start(documentId, title, concernsMarket, false);
    draft(pi);
    if (concernsMarket) {
      fairCompetition(pi, fcrPasses());
    }
    consultation(pi, concernsMarket ? 30 : 7, null);
    legalityReview(pi, "LAWFUL");
    return pi;
  }

  /** Numbering, signing, publication (effective 30 days later), filing on the day of publication, entry into force. */
  public void toInForce(ProcessInstance pi) {
    sign(pi);
    LocalDate published = today();
    publish(pi, published, published.plusDays(30), null);
    file(pi, published);
    setClock(published.plusDays(30), 1);
    if (runDueTimers(pi.getId()) != 1) {
      throw new AssertionError("effective-date timer did not run");
    }
  }
}
