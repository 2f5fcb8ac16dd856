package org.normflow.consultation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff side of public comments as JSON (HTTP Basic, or a Tasklist session for reading): the
 * comments of a consultation with the commenters' personal data, for its drafting unit and auditors
 * (R-C-05), and moderation by the drafting unit only. The staff page /staff/ does the same in HTML.
 */
@RestController
@RequestMapping("/api/consultations")
class CommentModerationController {

  private final CommentModeration moderation;
  private final ConsultationRepository consultations;

  CommentModerationController(CommentModeration moderation, ConsultationRepository consultations) {
    this.moderation = moderation;
    this.consultations = consultations;
  }

  @GetMapping
  List<Map<String, Object>> list() {
    return moderation.readable().stream().map(c -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("consultationId", c.id());
      row.put("caseId", c.caseId());
      row.put("title", c.caseTitle());
      row.put("openedOn", c.openedOn());
      row.put("closesOn", c.closesOn());
      row.put("closedOn", c.closedOn());
      row.put("counts", consultations.statusCounts(c.id()));
      return row;
    }).toList();
  }

  @GetMapping("/{consultationId}/comments")
  List<ConsultationRepository.Comment> comments(@PathVariable String consultationId) {
    return moderation.comments(consultationId);
  }

  record ModerationRequest(List<Long> commentIds, String status, String reason, String note) {}

  /** {"commentIds":[..], "status":"PUBLISHED"|"HIDDEN", "reason": code (hiding), "note": text}. */
  @PostMapping("/{consultationId}/moderation")
  Map<String, Object> moderate(@PathVariable String consultationId, @RequestBody ModerationRequest request) {
    int changed = moderation.moderate(consultationId, request.commentIds(), request.status(), request.reason(),
        request.note());
    return Map.of("changed", changed);
  }
}
