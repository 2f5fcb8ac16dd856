package org.normflow.validation;

import java.io.IOException;
import java.io.Writer;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Issue 29: the answers Tomcat writes itself, before any filter or controller runs (a {@code %00} or an
 * encoded {@code /} in the path, a header it cannot read), are NormFlow's: Chinese, without the server's
 * name, with the security headers of every other answer, JSON where a program reads them.
 */
@Component
class ServerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    // the host adds the valve of this class when it starts, as the innermost one, so it writes the page
    factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(Valve.class.getName());
      }
    });
  }

  /** Tomcat's error report, in NormFlow's words. */
  public static class Valve extends ErrorReportValve {

    public Valve() {
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean ioAllowed = new AtomicBoolean(false);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
      if (!ioAllowed.get()) {
        return;
      }
      String uri = String.valueOf(request.getCoyoteRequest().requestURI());
      String reference = UUID.randomUUID().toString().substring(0, 8);
      String message = status >= 500 ? ErrorBodies.SERVER_ERROR.formatted(reference) : ErrorBodies.clientMessage(status, reference);
      boolean program = ErrorAnswers.readByProgram(uri);
      try {
        ErrorAnswers.securityHeaders(response, program);
        response.setContentType(program ? "application/json" : "text/html");
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(program ? ErrorAnswers.json(status, message) : ErrorAnswers.page(status, message));
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // the client went away; nothing more to tell it
      }
    }
  }
}
