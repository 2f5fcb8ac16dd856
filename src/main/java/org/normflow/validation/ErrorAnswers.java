package org.normflow.validation;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 29: where the container sends a failed request ({@code /error}: an unknown path or a wrong method
 * before any controller was chosen, a failure outside NormFlow's controllers): a Chinese answer in the
 * shape of NormFlow's other errors, never Spring's English default, never a class name in {@code type}.
 */
@Controller
class ErrorAnswers implements ErrorController {

  private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
      + "form-action 'none'; frame-ancestors 'none'";
  private static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @RequestMapping("/error")
  ResponseEntity<String> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i && i >= 400 ? i : 500;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String reference = UUID.randomUUID().toString().substring(0, 8);
    String message = status >= 500 ? ErrorBodies.SERVER_ERROR.formatted(reference) : ErrorBodies.clientMessage(status, reference);
    boolean program = readByProgram(uri == null ? "" : uri.toString());
    return ResponseEntity.status(status)
        .contentType(program ? MediaType.APPLICATION_JSON : new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Cache-Control", "no-store")
        .body(program ? json(status, message) : page(status, message));
  }

  /** The APIs answer JSON; pages and everything else a person opens answer a page. */
  static boolean readByProgram(String uri) {
    return uri.startsWith("/api/") || uri.startsWith("/engine-rest/") || uri.startsWith("/camunda/api/");
  }

  /** The type of an error answer says what kind of refusal it is, never which class raised it. */
  static String type(int status) {
    return switch (status) {
      case 400 -> "BadRequest";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "NotFound";
      case 405 -> "MethodNotAllowed";
      case 409 -> "Conflict";
      case 413 -> "PayloadTooLarge";
      case 415 -> "UnsupportedMediaType";
      case 429 -> "TooManyRequests";
      default -> status >= 500 ? "Error" : "BadRequest";
    };
  }

  static String json(int status, String message) {
    return "{\"type\":\"" + type(status) + "\",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
  }

  static String page(int status, String message) {
    return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + status + " 无法完成请求</title>"
        + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"></head>"
        + "<body style=\"font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em\"><h1>无法完成请求</h1><p>"
        + HtmlUtils.htmlEscape(message) + "</p><p><a href=\"/camunda/app/\">返回首页</a> · <a href=\"/public/\">公众参与</a></p>"
        + "</body></html>";
  }

  static void securityHeaders(HttpServletResponse response, boolean program) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Security-Policy", program ? DATA_POLICY : PAGE_POLICY);
  }
}
