package org.normflow.decision;

import java.time.LocalDateTime;
import java.util.List;

/** A major decision as the registry keeps it, with its plans, reports and opinions (R-MD-13). */
public record DecisionRecord(
    String id,
    String processInstanceId,
    String title,
    String leadUnit,
    String executingUnit,
    Long catalogueItemId,
    String previousDecisionId,
    String documentId,
    DecisionStage stage,
    String stageLabel,
    String outcome,
    String createdBy,
    String draftingUnit,
    LocalDateTime createdAt,
    LocalDateTime updatedAt,
    List<Version> versions,
    List<Report> reports,
    List<Opinion> opinions) {

  /** One plan of the draft (R-MD-03); several plans of one version carry different labels. */
  public record Version(int versionNo, String planLabel, String planText, String changeNote, String createdBy,
      LocalDateTime createdAt) {}

  /**
   * A report or record of one step, kept verbatim; authorizationId names the head's authorization
   * when a deputy did the head's step (授权代行), else null.
   */
  public record Report(String kind, String content, String createdBy, Long authorizationId, LocalDateTime createdAt) {}

  /**
   * An opinion of a member, the head or an expert, kept verbatim (R-MD-06, R-MD-11); for the head's
   * decision taken by a deputy, authorizationId names the authorization and the signature says so.
   */
  public record Opinion(int round, String memberId, String role, String vote, String opinion, String signature,
      Long authorizationId, LocalDateTime createdAt) {}

  DecisionRecord with(List<Version> v, List<Report> r, List<Opinion> o) {
    return new DecisionRecord(id, processInstanceId, title, leadUnit, executingUnit, catalogueItemId,
        previousDecisionId, documentId, stage, stageLabel, outcome, createdBy, draftingUnit, createdAt, updatedAt, v, r, o);
  }
}
