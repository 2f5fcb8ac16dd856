package org.normflow.consultation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.normflow.validation.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side of a consultation as JSON (no login, see RestAuthentication). A comment is stored
 * in the registry by {@link PublicComments} (insert only); the running {@code public-consultation}
 * is never touched and reads the stored comments when its period closes.
 */
@RestController
@RequestMapping("/api/public/consultations")
class PublicConsultationController {

  private final ConsultationRepository consultations;
  private final PublicComments comments;
  private final CommentRateLimit rateLimit;
  private final PublicParticipationSettings settings;

  PublicConsultationController(ConsultationRepository consultations, PublicComments comments,
      CommentRateLimit rateLimit, PublicParticipationSettings settings) {
    this.consultations = consultations;
    this.comments = comments;
    this.rateLimit = rateLimit;
    this.settings = settings;
  }

  /**
   * The notice as published: the text, the period and, when the period is shorter than the statutory
   * minimum, the ground and its explanation (713 Art 15, R-MD-04, R-ND-02).
   */
  @GetMapping("/{caseId}")
  ConsultationRepository.PublishedNotice notice(@PathVariable String caseId) {
    return consultations.latestNotice(caseId)
        .orElseThrow(() -> new NotFoundException("事项 " + caseId + " 没有已发布的征求意见公告"));
  }

  /**
   * A comment token for the case's open consultation: send it back as {@code token} with the comment,
   * no sooner than {@code usableAfterSeconds} (the public page puts one into its form).
   */
  @GetMapping("/{caseId}/comment-token")
  Map<String, Object> token(@PathVariable String caseId) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("token", comments.tokenFor(caseId));
    answer.put("usableAfterSeconds", settings.getTokenMinAgeSeconds());
    answer.put("validForMinutes", settings.getTokenMaxAgeMinutes());
    return answer;
  }

  record CommentRequest(String name, String phone, String email, String text, String clause, String token) {}

  /** 202 when stored, 200 when this comment was already stored (a double submit stores one). */
  @PostMapping("/{caseId}/comments")
  ResponseEntity<Map<String, Object>> comment(@PathVariable String caseId, @RequestBody CommentRequest request,
      HttpServletRequest http) {
    if (request == null) {
      throw new CommentRefused(400, "请填写意见内容");
    }
    PublicComments.Receipt receipt = comments.submit(caseId,
        new PublicComments.Submission(request.name(), request.phone(), request.email(), request.text(),
            request.clause(), request.token()),
        rateLimit.addressOf(http));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "received");
    if (receipt.duplicate()) {
      body.put("message", "该意见已经收到，无需重复提交");
      return ResponseEntity.ok(body);
    }
    body.put("reference", receipt.reference());
    body.put("message", "意见已收到，谢谢。意见经审核后公开（不公开姓名和联系方式）");
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
  }

  @ExceptionHandler(CommentRefused.class)
  ResponseEntity<ProblemDetail> refused(CommentRefused e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), e.getMessage());
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
    if (e.retryAfterSeconds() != null) {
      answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
    }
    return answer.body(problem);
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
  ResponseEntity<ProblemDetail> unreadable(Exception e) {
    return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "无法识别提交的内容：请以 JSON 提交 name、phone、email、text、clause、token 等文字字段"));
  }
}
