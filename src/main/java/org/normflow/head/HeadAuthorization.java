package org.normflow.head;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * An authorization recorded by the head (授权代行): the deputy may do the head's acts it names (acts, R-ND-14)
 * for one case (caseId) or for every case, from validFrom to validUntil inclusive, until revoked.
 */
public record HeadAuthorization(
    long id,
    String head,
    String headName,
    String deputy,
    String deputyName,
    String caseId,
    LocalDate validFrom,
    LocalDate validUntil,
    String reason,
    Set<HeadAct.Kind> acts,
    String processInstanceId,
    String recordedBy,
    LocalDateTime recordedAt,
    String revokedBy,
    LocalDateTime revokedAt,
    String summary,
    List<Event> events) {

  /** HANDED_OVER, HANDED_BACK (a task reassigned) or ACTED (the deputy did the head's step). */
  public record Event(String kind, String taskId, String taskName, String caseId, String assigneeBefore,
      String assigneeAfter, String note, String recordedBy, LocalDateTime recordedAt) {}

  /** In force on this day for a task of a case with these ids (document and decision id). */
  public boolean covers(LocalDate day, java.util.Collection<String> caseIds) {
    return revokedAt == null && !day.isBefore(validFrom) && !day.isAfter(validUntil)
        && (caseId == null || caseIds.contains(caseId));
  }

  /** The acts it names, as the form and the record name them, in the order of {@link HeadAct.Kind}. */
  public List<String> actLabels() {
    return acts.stream().sorted().map(HeadAct.Kind::label).toList();
  }

  /**
   * Whether it hands over this act: named by the head, and never the 713 Art 30 decision unless the
   * organisation allows that to be delegated ({@code normflow.organisation.delegate-collective-decision}).
   * A step that declares no act (null) is never handed over.
   */
  public boolean coversAct(HeadAct.Kind act, boolean collectiveDecisionDelegable) {
    return act != null && acts.contains(act) && (!act.collectiveDecision() || collectiveDecisionDelegable);
  }

  HeadAuthorization with(String headNameText, String deputyNameText, String summaryText, List<Event> list) {
    return new HeadAuthorization(id, head, headNameText, deputy, deputyNameText, caseId, validFrom, validUntil, reason,
        acts, processInstanceId, recordedBy, recordedAt, revokedBy, revokedAt, summaryText, list);
  }
}
