package org.normflow.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A normative document as the registry keeps it. signedBy is the user who signed (R-ND-14); when a
 * deputy signed under the head's authorization, signingAuthorizationId names it and signingNote says
 * so ("郑伟 依据 吴刚 的授权（第 3 号）代为签发").
 */
public record DocumentRecord(
    String id,
    String reference,
    String processInstanceId,
    String title,
    String docType,
    String issuingUnit,
    boolean concernsMarket,
    boolean majorDecision,
    boolean trial,
    Stage stage,
    String stageLabel,
    String docNumber,
    LocalDate plannedEffectiveDate,
    LocalDate publishedOn,
    LocalDate effectiveOn,
    LocalDate validUntil,
    LocalDate filingDue,
    LocalDate filedOn,
    boolean filingLate,
    String withdrawnReason,
    String procedureTrack,
    String decisionId,
    LocalDate signedOn,
    String signedBy,
    Long signingAuthorizationId,
    String signingNote,
    String publicationChannel,
    String earlyEffectGround,
    String earlyEffectReason,
    Identification identification,
    String createdBy,
    String draftingUnit,
    LocalDateTime createdAt,
    LocalDateTime updatedAt,
    List<DocumentVersion> versions) {

  /**
   * 规范性文件认定和适用程序确认 (R-ND-13, R-ND-03, R-ND-12, R-MD-18), for every document: the drafter's
   * account (reason for believing it is not a normative document, or null; whether and how it concerns
   * operators' economic activity; whether and why it is also a major decision), then the legal office's
   * finding: {@code NORMATIVE} or {@code NOT_NORMATIVE} with its reason; for a normative document whether
   * fair competition review applies and whether the major-decision track applies, each with its reason;
   * who and when. The finding fields are null while the legal office has not decided.
   */
  public record Identification(
      String requestedReason,
      String finding,
      String findingLabel,
      String reason,
      String identifiedBy,
      LocalDateTime identifiedAt,
      Boolean claimedMarket,
      String marketAccount,
      Boolean claimedMajorDecision,
      String majorDecisionAccount,
      Boolean fcrApplies,
      String fcrFindingLabel,
      String fcrReason,
      Boolean majorDecisionApplies,
      String trackFindingLabel,
      String trackReason) {

    public static final String NORMATIVE = "NORMATIVE";
    public static final String NOT_NORMATIVE = "NOT_NORMATIVE";

    static String label(String finding) {
      if (finding == null) {
        return "待法制机构认定";
      }
      return NORMATIVE.equals(finding) ? "属于行政规范性文件" : "不属于行政规范性文件";
    }

    static String fcrLabel(Boolean applies) {
      if (applies == null) {
        return null;
      }
      return applies ? "涉及经营者经济活动，须进行公平竞争审查" : "不涉及经营者经济活动，不适用公平竞争审查";
    }

    static String trackLabel(Boolean applies) {
      if (applies == null) {
        return null;
      }
      return applies ? "同时属于重大行政决策，按重大行政决策程序办理" : "不属于重大行政决策，按一般程序办理";
    }
  }

  public DocumentRecord withVersions(List<DocumentVersion> list) {
    return new DocumentRecord(
        id, reference, processInstanceId, title, docType, issuingUnit, concernsMarket, majorDecision,
        trial, stage, stageLabel, docNumber, plannedEffectiveDate, publishedOn, effectiveOn, validUntil,
        filingDue, filedOn, filingLate, withdrawnReason, procedureTrack, decisionId, signedOn, signedBy,
        signingAuthorizationId, signingNote, publicationChannel,
        earlyEffectGround, earlyEffectReason, identification, createdBy, draftingUnit, createdAt, updatedAt, list);
  }
}
