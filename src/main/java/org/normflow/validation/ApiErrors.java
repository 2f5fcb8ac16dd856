package org.normflow.validation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** NormFlow's {@code /api} answers refusals with the Chinese message that says what is wrong. */
@RestControllerAdvice(basePackages = "org.normflow")
class ApiErrors {

  @ExceptionHandler(FormValidationException.class)
  ProblemDetail invalid(FormValidationException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("；", e.problems()));
    problem.setProperty("problems", e.problems());
    return problem;
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
  }

  /** A controller's refusal with a status of its own keeps its Chinese reason in the body. */
  @ExceptionHandler(org.springframework.web.server.ResponseStatusException.class)
  org.springframework.http.ResponseEntity<ProblemDetail> status(org.springframework.web.server.ResponseStatusException e) {
    return org.springframework.http.ResponseEntity.status(e.getStatusCode())
        .body(ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason()));
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }
}
