package org.normflow.head;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An authorization recorded by the head (授权代行): the deputy may do the head's steps for one case
 * (caseId) or for every case, from validFrom to validUntil inclusive, until revoked.
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

  HeadAuthorization with(String headNameText, String deputyNameText, String summaryText, List<Event> list) {
    return new HeadAuthorization(id, head, headNameText, deputy, deputyNameText, caseId, validFrom, validUntil, reason,
        processInstanceId, recordedBy, recordedAt, revokedBy, revokedAt, summaryText, list);
  }
}
