package org.normflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ErrorBodiesTests {

  static MockHttpServletResponse answer(int status, String body) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain chain = (request, servletResponse) -> {
      var http = (jakarta.servlet.http.HttpServletResponse) servletResponse;
      http.setStatus(status);
      http.setContentType("application/json");
      http.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    };
    new ErrorBodies.Sanitizer().doFilter(new MockHttpServletRequest("POST", "/engine-rest/x"), response, chain);
    return response;
  }

  @Test
  @DisplayName("R-C-06 a server error answers a Chinese message with a reference, never SQL, class names or a stack trace")
  void serverErrorsCarryNoInternals() throws Exception {
    MockHttpServletResponse response = answer(500, "{\"type\":\"ProcessEngineException\",\"message\":\"### Error "
        + "updating database. Cause: org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException: Value too long for "
        + "column BUSINESS_KEY_ SQL statement: insert into ACT_RU_EXECUTION\"}");
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(body).contains("系统未能完成此操作", "参考编号").doesNotContain("SQL", "org.h2", "ACT_RU", "Exception");
  }

  @Test
  @DisplayName("R-C-02 issue 22 a completion whose branch a timer or another node ended meanwhile (ENGINE-03077) is the race it is: 409")
  void endedBranchIsAConflict() throws Exception {
    MockHttpServletResponse response = answer(500, "{\"type\":\"RestException\",\"message\":\"Cannot complete task t1: "
        + "ENGINE-03077 Cannot resolve parent with id 'p1' of execution 'e1', perhaps it was deleted in the meantime\"}");
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("该事项刚刚被他人或系统同时处理")
        .doesNotContain("ENGINE-", "execution");
  }

  @Test
  @DisplayName("R-C-06 a client error that leaks internals keeps its status with a plain Chinese message; a clean one keeps its message, its type names no class (issue 29)")
  void clientErrorsLeakNothing() throws Exception {
    MockHttpServletResponse leaking = answer(400, "{\"type\":\"InvalidRequestException\",\"message\":\"Cannot convert "
        + "value of type org.camunda.bpm.engine.variable.value.ObjectValue\"}");
    assertThat(leaking.getStatus()).isEqualTo(400);
    assertThat(leaking.getContentAsString(StandardCharsets.UTF_8)).contains("请求的内容无效").doesNotContain("org.camunda");

    String clean = "{\"type\":\"AuthorizationException\",\"message\":\"只能为自己认领任务\"}";
    MockHttpServletResponse untouched = answer(403, clean);
    assertThat(untouched.getContentAsString(StandardCharsets.UTF_8)).as("issue 29: the message stays, the class name goes")
        .isEqualTo("{\"type\":\"Forbidden\",\"message\":\"只能为自己认领任务\"}");
  }
}
