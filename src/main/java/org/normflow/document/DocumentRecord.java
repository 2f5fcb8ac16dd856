package org.normflow.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A normative document as the registry keeps it. */
public record DocumentRecord(
    String id,
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
    String publicationChannel,
    String earlyEffectReason,
    Identification identification,
    String createdBy,
    String draftingUnit,
    LocalDateTime createdAt,
    LocalDateTime updatedAt,
    List<DocumentVersion> versions) {

  /**
   * R-ND-13 规范性文件认定: the drafter's reason for asking, then the legal office's finding ({@code
   * NORMATIVE} or {@code NOT_NORMATIVE}) with its reason, who and when; the finding is null while the
   * legal office has not decided. The document has no identification when the drafter did not ask.
   */
  public record Identification(
      String requestedReason,
      String finding,
      String findingLabel,
      String reason,
      String identifiedBy,
      LocalDateTime identifiedAt) {

    public static final String NORMATIVE = "NORMATIVE";
    public static final String NOT_NORMATIVE = "NOT_NORMATIVE";

    static String label(String finding) {
      if (finding == null) {
        return "待法制机构认定";
      }
      return NORMATIVE.equals(finding) ? "属于行政规范性文件" : "不属于行政规范性文件";
    }
  }

  public DocumentRecord withVersions(List<DocumentVersion> list) {
    return new DocumentRecord(
        id, processInstanceId, title, docType, issuingUnit, concernsMarket, majorDecision,
        trial, stage, stageLabel, docNumber, plannedEffectiveDate, publishedOn, effectiveOn, validUntil,
        filingDue, filedOn, filingLate, withdrawnReason, procedureTrack, decisionId, signedOn, publicationChannel,
        earlyEffectReason, identification, createdBy, draftingUnit, createdAt, updatedAt, list);
  }
}
