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
    String signedBy,
    Long signingAuthorizationId,
    String signingNote,
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
        filingDue, filedOn, filingLate, withdrawnReason, procedureTrack, decisionId, signedOn, signedBy,
        signingAuthorizationId, signingNote, publicationChannel,
        earlyEffectReason, createdBy, createdAt, updatedAt, list);
  }
}
