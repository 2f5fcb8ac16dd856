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

  /** A report or record of one step, kept verbatim. */
  public record Report(String kind, String content, String createdBy, LocalDateTime createdAt) {}

  /** An opinion of a member, the head or an expert, kept verbatim (R-MD-06, R-MD-11). */
  public record Opinion(int round, String memberId, String role, String vote, String opinion, String signature,
      LocalDateTime createdAt) {}

  DecisionRecord with(List<Version> v, List<Report> r, List<Opinion> o) {
    return new DecisionRecord(id, processInstanceId, title, leadUnit, executingUnit, catalogueItemId,
        previousDecisionId, documentId, stage, stageLabel, outcome, createdBy, draftingUnit, createdAt, updatedAt, v, r, o);
  }
}
