package org.normflow.document;

import org.normflow.trust.Actors;
import static org.normflow.process.NormativeDocumentVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.normflow.calendar.WorkingDayCalendar;
import org.normflow.process.ConsultationVariables;
import org.normflow.process.LegalityReviewVariables;
import org.normflow.review.LegalityReviewRepository;
import org.normflow.validation.FormCheck;
import org.normflow.validation.FormValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and task listeners of {@code normative-document}, each a bean named as in the BPMN
 * ({@code camunda:delegateExpression="${name}"}). Every one writes the registry in the engine's
 * transaction, so a refused or failed step leaves no half record.
 */
@Configuration
class NormativeDocumentSteps {

  static final int MAX_TEXT = 4000;
  static final List<String> DELIBERATION_OUTCOMES = List.of("APPROVED", "APPROVED_WITH_AMENDMENTS", "REJECTED");
  static final List<String> MEETING_KINDS = List.of("部门办公会议", "局务会议", "常务会议");
  static final List<String> IDENTIFICATION_FINDINGS =
      List.of(DocumentRecord.Identification.NORMATIVE, DocumentRecord.Identification.NOT_NORMATIVE);
  static final EnumSet<Stage> PUBLISHED_OR_LATER =
      EnumSet.of(Stage.PUBLISHED, Stage.FILED, Stage.IN_FORCE, Stage.EXPIRED, Stage.ABOLISHED);

  private final DocumentRepository documents;
  private final LegalityReviewRepository legalityReviews;
  private final DocumentSettings settings;
  private final WorkingDayCalendar calendar;

  NormativeDocumentSteps(
      DocumentRepository documents, LegalityReviewRepository legalityReviews, DocumentSettings settings,
      WorkingDayCalendar workingDays) {
    this.documents = documents;
    this.legalityReviews = legalityReviews;
    this.settings = settings;
    this.calendar = workingDays;
  }

  static String documentId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return (String) scope.getVariable(DOCUMENT_ID);
  }

  /**
   * R-ND-13, Task_IdentifyDocument: the legal office decides whether the draft is a normative document,
   * with a reason; the finding is recorded with who and when. The gateway after the task reads only the
   * variable set here from the checked finding, never the form value itself.
   */
  @Bean
  TaskListener recordIdentification() {
    return task -> {
      FormCheck check = FormCheck.of(task);
      String finding = check.oneOf(IDENTIFICATION_FINDING, "认定结论", IDENTIFICATION_FINDINGS);
      String reason = check.text(IDENTIFICATION_REASON, "认定理由", RegisterDocument.MAX_REASON);
      check.verify();
      documents.recordIdentification(documentId(task), finding, reason, Actors.of(task));
      task.setVariable(IDENTIFIED_AS_NORMATIVE, DocumentRecord.Identification.NORMATIVE.equals(finding));
    };
  }

  /**
   * R-ND-13: a draft the legal office found not to be a normative document leaves the procedure; the
   * registry keeps it with stage 不属于行政规范性文件 next to the finding (reason, who, when).
   */
  @Bean
  JavaDelegate recordNotNormative() {
    return execution -> {
      String id = documentId(execution);
      DocumentRecord.Identification identification = documents.get(id).identification();
      if (identification == null || !DocumentRecord.Identification.NOT_NORMATIVE.equals(identification.finding())) {
        throw new IllegalStateException("文件 " + id + " 没有“不属于行政规范性文件”的认定结论，不能退出制定程序（R-ND-13）");
      }
      documents.updateStage(id, Stage.NOT_NORMATIVE);
    };
  }

  /** R-ND-12: a document that is also a major decision is marked in the registry and follows the marked track. */
  @Bean
  JavaDelegate markMajorDecisionTrack() {
    return execution -> {
      documents.setProcedureTrack(documentId(execution), "MAJOR_DECISION");
      execution.setVariable(PROCEDURE_TRACK, "MAJOR_DECISION");
    };
  }

  /**
   * R-ND-12, start of CallActivity_MajorDecisionProcedure: the decision gets the id {@code MD-<documentId>}
   * (its business key), the document record points at it, and the fair competition conclusion goes along
   * as a material of the collective discussion (R-MD-10).
   */
  @Bean
  ExecutionListener prepareMajorDecisionCall() {
    return execution -> {
      String id = documentId(execution);
      String decisionId = "MD-" + id;
      documents.linkDecision(id, decisionId);
      execution.setVariable(DECISION_ID, decisionId);
      String fcr = null;
      if (Boolean.TRUE.equals(execution.getVariable(FCR_NEEDED)) && execution.getVariable(FCR_CONCLUSION) != null) {
        fcr = "公平竞争审查结论：" + execution.getVariable(FCR_CONCLUSION) + "\n" + execution.getVariable(FCR_OPINION);
      }
      execution.setVariable(FAIR_COMPETITION_RESULT, fcr);
    };
  }

  /**
   * R-ND-12, after the major-decision procedure: the head's decision is the document's deliberation
   * result (R-ND-06 record kept in the decision's registry record). Approved documents go on to
   * numbering; a rejected one is stopped by the next step.
   */
  @Bean
  JavaDelegate recordMajorDecisionOutcome() {
    return execution -> {
      String id = documentId(execution);
      Object outcome = execution.getVariable(DECISION_OUTCOME);
      if (!List.of("APPROVE", "APPROVE_WITH_AMENDMENTS", "REJECT").contains(outcome)) {
        throw new IllegalStateException("重大行政决策程序没有返回决定结果（文件 " + id + "，结果 " + outcome + "）");
      }
      if (!"REJECT".equals(outcome)) {
        documents.updateStage(id, Stage.DELIBERATED);
      }
    };
  }

  @Bean
  JavaDelegate markOrdinaryTrack() {
    return execution -> {
      documents.setProcedureTrack(documentId(execution), "ORDINARY");
      execution.setVariable(PROCEDURE_TRACK, "ORDINARY");
    };
  }

  /**
   * Unpacks the review plan of the DMN table into plain variables and opens the review stage. R-ND-01:
   * the draft goes to review only with a recorded version that carries its drafting explanation.
   */
  @Bean
  JavaDelegate applyReviewPlan() {
    return execution -> {
      String id = documentId(execution);
      List<DocumentVersion> versions = documents.versions(id);
      DocumentVersion current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
      if (current == null || blank(current.purpose()) || blank(current.legalBasis())
          || blank(current.draftingProcess()) || blank(current.mainContent())) {
        throw new FormValidationException(List.of("草案没有完整的起草说明，不能送审（R-ND-01）"));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> plan = (Map<String, Object>) execution.getVariable(REVIEW_PLAN);
      execution.setVariable(FCR_NEEDED, Boolean.TRUE.equals(plan.get(FCR_NEEDED)));
      execution.setVariable(
          ConsultationVariables.CONSULTATION_MIN_DAYS,
          ((Number) plan.get(ConsultationVariables.CONSULTATION_MIN_DAYS)).intValue());
      execution.setVariable(
          ConsultationVariables.CONSULTATION_DAY_KIND, plan.get(ConsultationVariables.CONSULTATION_DAY_KIND));
      execution.removeVariable(REVIEW_PLAN);
      // cases that started on a model version from before R-ND-04 was enforced still have a gateway
      // that reads this; for them too every document is reviewed, whatever their old plan said
      execution.setVariable(LEGACY_LEGALITY_REVIEW_NEEDED, true);
      documents.updateStage(id, Stage.UNDER_REVIEW);
    };
  }

  /** The drafter records how a missing procedure was made up (R-ND-04, outcome MISSING_PROCEDURE). */
  @Bean
  TaskListener recordMadeUpProcedure() {
    return task -> {
      FormCheck check = FormCheck.of(task);
      check.text(MADE_UP_PROCEDURE, "补正的程序及其情况", MAX_TEXT);
      check.verify();
    };
  }

  /** R-ND-06: collective deliberation with meeting date, participants, outcome and record; R-ND-04 gate. */
  @Bean
  TaskListener recordDeliberation() {
    return task -> {
      FormCheck check = FormCheck.of(task);
      String kind = check.oneOf(MEETING_KIND, "会议类型", MEETING_KINDS);
      LocalDate date = check.date(MEETING_DATE, "会议日期");
      String participants = check.text(PARTICIPANTS, "出席人员", 2000);
      String outcome = check.oneOf(DELIBERATION_OUTCOME, "审议结论", DELIBERATION_OUTCOMES);
      String record = check.text(MEETING_RECORD, "会议纪要", MAX_TEXT);
      boolean material = check.flag(MATERIAL_CHANGE);
      check.require(
          Boolean.TRUE.equals(task.getVariable(LegalityReviewVariables.LEGALITY_MAY_PROCEED)),
          "未经合法性审查或经审查不合法的文件，不得提交集体审议（R-ND-04）");
      check.require(
          !material || "APPROVED_WITH_AMENDMENTS".equals(outcome), "只有“修改后通过”才需勾选“实质性修改”");
      check.verify();
      String id = documentId(task);
      documents.recordDeliberation(id, kind, date, participants, outcome, record, material, Actors.of(task));
      if (!"REJECTED".equals(outcome)) {
        documents.updateStage(id, Stage.DELIBERATED);
      }
    };
  }

  /** R-ND-07: unified registration and numbering; R-ND-03: nothing that failed fair competition review is numbered. */
  @Bean
  JavaDelegate assignDocumentNumber(NumberingService numbering) {
    return execution -> {
      String id = documentId(execution);
      if (Boolean.TRUE.equals(execution.getVariable(FCR_NEEDED))) {
        String conclusion = documents.latestFairCompetitionConclusion(id).orElse(null);
        if (!"PASSES".equals(conclusion) && !"EXCEPTION".equals(conclusion)) {
          throw new FormValidationException(List.of("未通过公平竞争审查的文件不得出台（R-ND-03）"));
        }
      }
      NumberingService.IssuedNumber number = numbering.next(settings.getNumberPrefix(), calendar.today().getYear());
      documents.assignNumber(id, number);
      execution.setVariable(DOC_NUMBER, number.text());
    };
  }

  @Bean
  TaskListener recordSigning() {
    return task -> {
      FormCheck check = FormCheck.of(task);
      String signatory = check.text(SIGNATORY, "签发人", 64);
      LocalDate signedOn = check.date(SIGNED_ON, "签发日期");
      check.require(task.getVariable(DOC_NUMBER) != null, "文件尚未统一编号，不能签发（R-ND-07）");
      check.verify();
      documents.recordSigning(documentId(task), signatory, signedOn);
    };
  }

  /** R-ND-08 (effective date at least N days after publication unless a reason), R-ND-09 deadline, R-ND-10 validity. */
  @Bean
  TaskListener recordPublication() {
    return task -> {
      FormCheck check = FormCheck.of(task);
      LocalDate published = check.date(PUBLISHED_ON, "公布日期");
      String channel = check.text(PUBLICATION_CHANNEL, "公布载体", 200);
      LocalDate effective = check.date(EFFECTIVE_ON, "施行日期");
      String reason = check.optionalText(EARLY_EFFECT_REASON);
      check.require(task.getVariable(DOC_NUMBER) != null, "文件尚未统一编号，不能公布（R-ND-07）");
      if (published != null && effective != null) {
        check.require(!effective.isBefore(published), "施行日期不得早于公布日期");
        int min = settings.getEffectiveMinDays();
        check.require(
            !effective.isBefore(published.plusDays(min)) || reason != null,
            "施行日期距公布日期不足 " + min + " 日，须填写“提前施行的理由”（R-ND-08）");
      }
      check.verify();
      String id = documentId(task);
      DocumentRecord doc = documents.get(id);
      boolean trial = doc.trial() || doc.title().contains("试行") || doc.title().contains("暂行");
      int years = trial ? settings.getTrialValidityYears() : settings.getValidityYears();
      LocalDate validUntil = effective.plusYears(years).minusDays(1);
      LocalDate filingDue = published.plusDays(settings.getFilingDeadlineDays());
      boolean early = effective.isBefore(published.plusDays(settings.getEffectiveMinDays()));
      documents.recordPublication(id, published, channel, effective, early ? reason : null, validUntil, filingDue);
      task.setVariable(FILING_DUE_AT, calendar.endOf(filingDue));
      task.setVariable(EFFECTIVE_AT, calendar.startOf(effective));
    };
  }

  /**
   * R-ND-09: the filing package must be complete, and always holds the legality review opinion: every
   * normative document was reviewed (R-ND-04), in its own procedure or in the major decision's (R-ND-12),
   * and the registry must show that opinion. A filing after the deadline is flagged late.
   */
  @Bean
  TaskListener recordFiling() {
    return task -> {
      FormCheck check = FormCheck.of(task);
      LocalDate filedOn = check.date(FILED_ON, "报送备案日期");
      check.text(FILING_AUTHORITY, "备案监督机关", 200);
      List<String> pkg = new ArrayList<>();
      requireItem(check, PKG_FILING_REPORT, "备案报告", pkg);
      requireItem(check, PKG_OFFICIAL_TEXT, "文件正式文本", pkg);
      requireItem(check, PKG_DRAFTING_EXPLANATION, "起草说明", pkg);
      requireItem(check, PKG_LEGAL_BASIS, "制定依据", pkg);
      requireItem(check, PKG_LEGALITY_OPINION, "合法性审查意见", pkg);
      String id = documentId(task);
      DocumentRecord doc = documents.get(id);
      check.require(
          legalityReviews.opinionGiven(id) || (doc.decisionId() != null && legalityReviews.opinionGiven(doc.decisionId())),
          "登记簿中没有本文件的合法性审查意见，不能报送备案（R-ND-04、R-ND-09）");
      if (filedOn != null && doc.publishedOn() != null) {
        check.require(!filedOn.isBefore(doc.publishedOn()), "报送备案日期不得早于公布日期");
      }
      check.verify();
      boolean late = doc.filingDue() != null && filedOn.isAfter(doc.filingDue());
      documents.recordFiling(id, filedOn, String.join("、", pkg), late);
    };
  }

  private static void requireItem(FormCheck check, String name, String label, List<String> pkg) {
    boolean present = check.flag(name);
    check.require(present, "备案材料缺少“" + label + "”（R-ND-09）");
    if (present) {
      pkg.add(label);
    }
  }

  /** R-ND-09: the deadline passed without a filing; flagged in the registry, escalated by the next task. */
  @Bean
  JavaDelegate flagFilingLate() {
    return execution -> documents.flagFilingLate(documentId(execution));
  }

  @Bean
  TaskListener recordFilingOverdueHandling() {
    return task -> {
      FormCheck check = FormCheck.of(task);
      check.text(OVERDUE_NOTE, "逾期原因及督办情况", MAX_TEXT);
      check.verify();
    };
  }

  /** R-ND-07/R-ND-10: in force only with a number, a publication and a validity period. */
  @Bean
  JavaDelegate enterIntoForce() {
    return execution -> {
      String id = documentId(execution);
      DocumentRecord doc = documents.get(id);
      if (doc.docNumber() == null || doc.publishedOn() == null || doc.validUntil() == null) {
        throw new IllegalStateException("文件 " + id + " 没有文号、公布日期或有效期，不能生效");
      }
      documents.updateStage(id, Stage.IN_FORCE);
    };
  }

  /** Withdrawal before publication (message, unlawful review or rejected deliberation); reason required. */
  @Bean
  JavaDelegate withdrawDocument() {
    return (DelegateExecution execution) -> {
      String id = documentId(execution);
      FormCheck check = FormCheck.of(execution);
      String reason = check.text(WITHDRAW_REASON, "撤回理由", 2000);
      Stage stage = documents.get(id).stage();
      check.require(!PUBLISHED_OR_LATER.contains(stage), "文件已公布，不能撤回");
      check.verify();
      documents.withdraw(id, reason);
    };
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
