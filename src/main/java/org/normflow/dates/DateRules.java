package org.normflow.dates;

import static org.normflow.dates.DateRule.happened;
import static org.normflow.dates.DateRule.happenedOn;
import static org.normflow.dates.DateRule.planned;
import static org.normflow.dates.Earlier.recorded;
import static org.normflow.dates.Earlier.stepDone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.normflow.decision.DecisionSettings;
import org.normflow.process.ChallengeVariables;
import org.normflow.process.CleanupVariables;
import org.normflow.process.DecisionCatalogueVariables;
import org.normflow.process.DecisionImplementationVariables;
import org.normflow.process.HeadAuthorizationVariables;
import org.normflow.process.HearingVariables;
import org.normflow.process.MajorDecisionVariables;
import org.normflow.process.NormativeDocumentVariables;
import org.normflow.process.PartyCommitteeVariables;
import org.normflow.process.OrganMeetingVariables;
import org.springframework.stereotype.Component;

/**
 * Every date a form writes, with what it claims and the facts on the record it follows (R-ND-16): the
 * one place where the order of a procedure's dates is written down. {@code dates.RecordedDatesTests}
 * fails when a form has a date field that is not here.
 */
@Component
public class DateRules {

  private static final IntSupplier TODAY = () -> 0;
  private static final IntSupplier AFTER_TODAY = () -> 1;

  private final Map<String, List<DateRule>> byForm = new LinkedHashMap<>();

  public DateRules(DecisionSettings decisions) {
    // 规范性文件 (R-ND-04, R-ND-08, R-ND-09, R-ND-14)
    add(planned("normative-document-start", NormativeDocumentVariables.PLANNED_EFFECTIVE_DATE, "拟施行日期", TODAY));
    add(planned("normative-document-fair-competition-review", NormativeDocumentVariables.FCR_EXCEPTION_END_DATE,
        "例外实施期限（截止日期）", AFTER_TODAY));
    add(happened("normative-document-deliberation", NormativeDocumentVariables.MEETING_DATE, "会议日期",
        stepDone("Task_LegalityReview", "合法性审核作出结论之日")));
    // issue 24: the number is taken after 签发, so signing follows the deliberation only
    add(happened("normative-document-signing", NormativeDocumentVariables.SIGNED_ON, "签发日期",
        recorded(NormativeDocumentVariables.MEETING_DATE, "审议会议日期")));
    add(happened("normative-document-hear-operators", NormativeDocumentVariables.OPERATORS_HEARD_ON, "听取意见日期",
        stepDone("Task_IdentifyDocument", "法制机构作出认定之日")));
    add(happened("normative-document-publication", NormativeDocumentVariables.PUBLISHED_ON, "公布日期",
        recorded(NormativeDocumentVariables.SIGNED_ON, "签发日期"),
        stepDone("CallActivity_PublicConsultation", "公开征求意见结束之日")));
    add(planned("normative-document-publication", NormativeDocumentVariables.EFFECTIVE_ON, "施行日期", TODAY,
        recorded(NormativeDocumentVariables.PUBLISHED_ON, "公布日期")));
    add(happened("normative-document-publication", NormativeDocumentVariables.INTERPRETATION_PUBLISHED_ON,
        "政策解读发布日期", recorded(NormativeDocumentVariables.PUBLISHED_ON, "公布日期")));
    add(planned("normative-document-publication", NormativeDocumentVariables.STATED_VALID_UNTIL, "有效期至",
        AFTER_TODAY, recorded(NormativeDocumentVariables.EFFECTIVE_ON, "施行日期")));
    add(happened("normative-document-filing", NormativeDocumentVariables.FILED_ON, "报送备案日期",
        recorded(NormativeDocumentVariables.PUBLISHED_ON, "公布日期")));
    // 清理、废止和有效期届满后继续施行: the organ's decision signed, published, reported (R-ND-10, R-ND-11)
    for (String process : List.of("periodic-cleanup", "document-abolition", "document-validity")) {
      add(happened(process + "-sign-decision", CleanupVariables.DECISION_SIGNED_ON, "签发日期",
          recorded(CleanupVariables.MEETING_DATE, "会议日期"),
          stepDone("Task_OrganDecision", "主要负责人作出决定之日"),
          stepDone("Task_ApproveAbolition", "主要负责人同意废止之日")));
      add(happened(process + "-publish-decision", CleanupVariables.DECISION_PUBLISHED_ON, "公布日期",
          recorded(CleanupVariables.DECISION_SIGNED_ON, "决定的签发日期")));
      add(happened(process + "-report-to-filing-body", CleanupVariables.DECISION_FILED_ON, "报送备案日期",
          recorded(CleanupVariables.DECISION_PUBLISHED_ON, "决定的公布日期")));
    }
    // R-ND-10: a continued document re-issued: its effective date and the 有效期至 it states, planned at publication
    // (not before the publication date of the same form: recordOrganDecisionPublication refuses that)
    add(planned("document-validity-publish-decision", CleanupVariables.REISSUE_EFFECTIVE_ON, "施行日期", TODAY));
    add(planned("document-validity-publish-decision", CleanupVariables.STATED_VALID_UNTIL, "文件载明的有效期至",
        AFTER_TODAY, recorded(CleanupVariables.REISSUE_EFFECTIVE_ON, "施行日期")));
    // 重大行政决策 (R-MD-05, R-MD-08, R-MD-11, R-MD-12)
    add(planned("major-decision-fair-competition-review", MajorDecisionVariables.FCR_EXCEPTION_END_DATE,
        "实施期限（截止日期）", AFTER_TODAY));
    add(planned("major-decision-head-decision", MajorDecisionVariables.EXECUTION_DEADLINE, "执行时限", AFTER_TODAY));
    add(happened("major-decision-publication", MajorDecisionVariables.PUBLISHED_ON, "公布日期",
        recorded(MajorDecisionVariables.MEETING_DATE, "集体讨论会议日期"),
        stepDone("Task_HeadDecision", "行政首长作出决定之日")));
    add(happened("major-decision-publication", MajorDecisionVariables.INTERPRETATION_PUBLISHED_ON, "政策解读发布日期",
        recorded(MajorDecisionVariables.PUBLISHED_ON, "公布日期")));
    // 机关会议 (R-MD-11, R-ND-06): the organ meets on a draft the legality review (and integrity review) let proceed
    add(happened("organ-meeting-record-attendance", OrganMeetingVariables.MEETING_DATE, "会议日期",
        stepDone("Task_LegalityReview", "合法性审查作出结论之日"),
        stepDone("Task_IntegrityReview", "廉洁性审查完成之日")));
    add(planned("hearing-notice", HearingVariables.HEARING_DATE, "听证会日期", decisions::getHearingMaterialsDays));
    add(happened("hearing-publish-participants", HearingVariables.PARTICIPANTS_PUBLISHED_ON, "名单公布日期",
        stepDone("Task_HearingNotice", "听证公告发布之日")));
    add(happened("hearing-deliver-materials", HearingVariables.MATERIALS_DELIVERED_ON, "材料送达日期",
        recorded(HearingVariables.PARTICIPANTS_PUBLISHED_ON, "听证参加人名单公布日期")));
    add(happenedOn("hearing-hold", HearingVariables.HEARING_HELD_ON, "听证会召开日期",
        recorded(HearingVariables.HEARING_DATE, "听证公告确定的听证会日期")));
    // 年度重大行政决策事项目录 (R-MD-01)
    for (String completion : List.of(DecisionCatalogueVariables.PROPOSAL_1_COMPLETION,
        DecisionCatalogueVariables.PROPOSAL_2_COMPLETION, DecisionCatalogueVariables.PROPOSAL_3_COMPLETION,
        DecisionCatalogueVariables.PROPOSAL_4_COMPLETION, DecisionCatalogueVariables.PROPOSAL_5_COMPLETION)) {
      add(planned("decision-catalogue-propose-items", completion, "计划完成时间", TODAY));
    }
    add(happened("decision-catalogue-approve", DecisionCatalogueVariables.DISCUSSED_ON, "集体讨论日期",
        stepDone("Task_CompileCatalogue", "目录草案汇总之日")));
    add(happened("decision-catalogue-publish", DecisionCatalogueVariables.PUBLISHED_ON, "公布日期",
        recorded(DecisionCatalogueVariables.DISCUSSED_ON, "集体讨论日期"),
        stepDone("Task_ApproveCatalogue", "目录批准之日")));
    add(planned("decision-catalogue-keep", DecisionCatalogueVariables.ADJUSTED_COMPLETION, "计划完成时间", TODAY));
    // 决策后评估听取公众意见 (issue 24 point 7, R-MD-15): after the head ordered the evaluation
    add(happened("decision-implementation-post-evaluation", DecisionImplementationVariables.PUBLIC_PARTICIPATION_FROM,
        "听取意见开始日期", stepDone("Task_DecideEvaluation", "决定开展评估之日")));
    add(happened("decision-implementation-post-evaluation", DecisionImplementationVariables.PUBLIC_PARTICIPATION_TO,
        "听取意见结束日期", recorded(DecisionImplementationVariables.PUBLIC_PARTICIPATION_FROM, "听取意见开始日期")));
    // 中止、停止执行的公布 (issue 24 point 7, R-MD-15): after the suspension or stop was decided
    add(happened("decision-implementation-publish-measure", DecisionImplementationVariables.MEASURE_PUBLISHED_ON,
        "公布日期", stepDone("Task_DecideOutcome", "作出处理决定之日"), stepDone("Task_SuspendExecution", "决定中止执行之日")));
    // 党委（党组）同意 / 请示报告 (issue 24 point 4, R-MD-01, R-MD-19): asked after the organ decided, answered after asked
    partyCommittee("decision-catalogue-party-committee-consent", "Task_ApproveCatalogue", "目录审定之日");
    partyCommittee("decision-catalogue-adjustment-party-committee-consent", "Task_ApproveAdjustment", "目录调整审定之日");
    partyCommittee("major-decision-party-committee-report", "Task_HeadDecision", "行政首长作出决定之日");
    // 附带审查 (R-ND-15): received after the document was published (checked by registerChallenge on the registry)
    add(happened("document-challenge-start", ChallengeVariables.RECEIVED_ON, "收到日期"));
    add(happened("document-challenge-written-answer", ChallengeVariables.ANSWER_SENT_ON, "书面答复发出日期",
        recorded(ChallengeVariables.RECEIVED_ON, "收到日期")));
    add(happened("document-challenge-record-outcome", ChallengeVariables.OUTCOME_ON, "决定日期",
        recorded(ChallengeVariables.ANSWER_SENT_ON, "书面答复发出日期")));
    // 授权代行 (R-ND-14): an authorization is never recorded after the fact
    add(planned("head-authorization-start", HeadAuthorizationVariables.VALID_FROM, "授权开始日期", TODAY));
    add(planned("head-authorization-start", HeadAuthorizationVariables.VALID_UNTIL, "授权截止日期", TODAY,
        recorded(HeadAuthorizationVariables.VALID_FROM, "授权开始日期")));
  }

  private void partyCommittee(String form, String decidedStep, String decidedLabel) {
    add(happened(form, PartyCommitteeVariables.REQUESTED_ON, "报请日期", stepDone(decidedStep, decidedLabel)));
    add(happened(form, PartyCommitteeVariables.ANSWERED_ON, "答复日期",
        recorded(PartyCommitteeVariables.REQUESTED_ON, "报请日期")));
  }

  private void add(DateRule rule) {
    byForm.computeIfAbsent(rule.form(), form -> new ArrayList<>()).add(rule);
  }

  /** The date rules of one form, in the order its fields are checked; empty for a form without dates. */
  public List<DateRule> of(String formId) {
    return formId == null ? List.of() : byForm.getOrDefault(formId, List.of());
  }

  public List<DateRule> all() {
    return byForm.values().stream().flatMap(List::stream).toList();
  }

  /** Whether a form records a date that happened, and so offers the late-record ground. */
  public boolean recordsEvents(String formId) {
    return of(formId).stream().anyMatch(rule -> rule.kind() == DateKind.HAPPENED);
  }
}
