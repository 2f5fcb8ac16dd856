package org.normflow.consultation;

import static org.normflow.process.ConsultationVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.normflow.process.ProcessKeys;
import org.normflow.validation.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public side of a consultation (no login, see RestAuthentication): a comment is sent to the
 * running {@code public-consultation} of the case as message {@code Message_PublicComment}.
 */
@RestController
@RequestMapping("/api/public/consultations")
class PublicConsultationController {

  private final RuntimeService runtimeService;
  private final ConsultationRepository consultations;

  PublicConsultationController(RuntimeService runtimeService, ConsultationRepository consultations) {
    this.runtimeService = runtimeService;
    this.consultations = consultations;
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

  record CommentRequest(String name, String phone, String email, String text) {}

  @PostMapping("/{caseId}/comments")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, String> comment(@PathVariable String caseId, @RequestBody CommentRequest request) {
    if (request.text() == null || request.text().isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "请填写意见内容");
    }
    ProcessInstance consultation =
        runtimeService.createProcessInstanceQuery()
            .processDefinitionKey(ProcessKeys.PUBLIC_CONSULTATION)
            .variableValueEquals(CASE_ID, caseId)
            .active()
            .list()
            .stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("事项 " + caseId + " 当前没有正在进行的公开征求意见"));
    Map<String, Object> variables = new HashMap<>();
    variables.put(COMMENT_TEXT, request.text().strip());
    variables.put(COMMENTER_NAME, request.name());
    variables.put(COMMENTER_PHONE, request.phone());
    variables.put(COMMENTER_EMAIL, request.email());
    try {
      runtimeService.createMessageCorrelation(MESSAGE_PUBLIC_COMMENT)
          .processInstanceId(consultation.getId())
          .setVariables(variables)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "征求意见期已结束或尚未开始，不能再提交意见");
    }
    return Map.of("status", "received", "message", "意见已收到，谢谢");
  }
}
