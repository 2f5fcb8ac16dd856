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
    boolean affectsRights,
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
    String createdBy,
    LocalDateTime createdAt,
    LocalDateTime updatedAt,
    List<DocumentVersion> versions) {

  public DocumentRecord withVersions(List<DocumentVersion> list) {
    return new DocumentRecord(
        id, processInstanceId, title, docType, issuingUnit, affectsRights, concernsMarket, majorDecision,
        trial, stage, stageLabel, docNumber, plannedEffectiveDate, publishedOn, effectiveOn, validUntil,
        filingDue, filedOn, filingLate, withdrawnReason, procedureTrack, decisionId, signedOn, publicationChannel,
        earlyEffectReason, createdBy, createdAt, updatedAt, list);
  }
}
