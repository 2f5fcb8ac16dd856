package org.normflow.decision;

import java.time.LocalDateTime;
import java.util.List;

/** A major decision as the registry keeps it, with its plans, reports and opinions (R-MD-13). */
public record DecisionRecord(
    String id,
    String reference,
    String processInstanceId,
    String title,
    String leadUnit,
    String executingUnit,
    String executingGroup,
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
    List<Opinion> opinions,
    List<Measure> measures) {

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

  /**
   * An act of the decision organ after the decision (R-MD-15, R-MD-16): whether a post-evaluation is
   * carried out, continue, general adjustment (changes: what changed), major adjustment, suspension,
   * urgent suspension, resumption, stop; with its ground (what prompted it), reason, who decided
   * (authorizationId when a deputy acted under the head's authorization) and when.
   */
  public record Measure(String measure, String measureLabel, String ground, String groundLabel, String reason,
      String changes,
      String decidedBy, Long authorizationId, LocalDateTime decidedAt) {}

  DecisionRecord with(List<Version> v, List<Report> r, List<Opinion> o, List<Measure> m) {
    return new DecisionRecord(id, reference, processInstanceId, title, leadUnit, executingUnit, executingGroup, catalogueItemId,
        previousDecisionId, documentId, stage, stageLabel, outcome, createdBy, draftingUnit, createdAt, updatedAt, v, r,
        o, m);
  }
}
