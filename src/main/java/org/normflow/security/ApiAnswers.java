package org.normflow.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The JSON error answers of the perimeter filters, in the engine REST API's shape. */
final class ApiAnswers {

  private ApiAnswers() {}

  static void refuse(HttpServletResponse response, int status, String type, String message) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"" + type + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}");
    response.flushBuffer();
  }
}
