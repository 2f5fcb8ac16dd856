package org.normflow.validation;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/** NormFlow's {@code /api} answers refusals with the Chinese message that says what is wrong. */
@RestControllerAdvice(basePackages = "org.normflow")
class ApiErrors {

  static final String UNREADABLE =
      "无法识别提交的内容：请以 UTF-8 编码的 JSON 提交，文字字段填写文字（不是数字、是/否或列表），括号和引号须成对";
  /** How the loser of a race is told (issue 22): the same words on every API. */
  static final String CONFLICT = ConcurrentChange.MESSAGE;
  static final String MEDIA_TYPE = "不支持的提交格式，请以 JSON（Content-Type: application/json）提交";

  @ExceptionHandler(FormValidationException.class)
  ProblemDetail invalid(FormValidationException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(
        e instanceof RoleRefusedException ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST, String.join("；", e.problems()));
    problem.setProperty("problems", e.problems());
    return problem;
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
  }

  /** A controller's refusal with a status of its own keeps its Chinese reason in the body. */
  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
    return ResponseEntity.status(e.getStatusCode())
        .body(ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason()));
  }

  /**
   * R-C-02, issue 22: two hands on the same case at once (two clerks, a clerk and a timer): the engine's
   * optimistic lock lets one win and rolls the other back whole. The loser is told so; nothing of theirs
   * was saved, nothing is saved twice.
   */
  @ExceptionHandler(OptimisticLockingException.class)
  ProblemDetail conflict(OptimisticLockingException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, CONFLICT);
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  /** Malformed JSON, a body in another encoding, a number or list where text belongs (issue 15, bad input). */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, UNREADABLE);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, MEDIA_TYPE);
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
  ProblemDetail badParameter(Exception e) {
    String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
        : ((MissingServletRequestParameterException) e).getParameterName();
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "参数“" + name + "”的值无效或缺失");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail method(HttpRequestMethodNotSupportedException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED, "此地址不支持 " + e.getMethod() + " 请求");
  }
}
