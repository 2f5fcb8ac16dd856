package org.normflow.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small url-encoded form (the webapps' login) read once for its fields, then offered again unchanged to
 * whoever reads the body next. At most {@code limit} bytes are read ahead; a longer body is passed on whole
 * (the rest is read from the connection) and its fields are not parsed here.
 */
final class RereadableForm extends HttpServletRequestWrapper {

  private final byte[] head;
  private final boolean complete;
  private final Map<String, String[]> fields = new LinkedHashMap<>();

  RereadableForm(HttpServletRequest request, int limit) {
    super(request);
    try {
      head = request.getInputStream().readNBytes(limit + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    complete = head.length <= limit;
    String type = request.getContentType();
    if (complete && type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
      for (String pair : new String(head, StandardCharsets.UTF_8).split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          try {
            String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.merge(key, new String[] {value}, (a, b) -> a);
          } catch (IllegalArgumentException malformed) {
            // not a field: Camunda's resource answers the malformed form
          }
        }
      }
    }
  }

  @Override
  public String getParameter(String name) {
    String[] values = fields.get(name);
    return values == null ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return Collections.unmodifiableMap(fields);
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(fields.keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    return fields.get(name);
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    InputStream bytes = complete ? new ByteArrayInputStream(head)
        : new SequenceInputStream(new ByteArrayInputStream(head), super.getInputStream());
    return new ServletInputStream() {
      @Override
      public int read() throws IOException {
        return bytes.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return bytes.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        try {
          return bytes.available() == 0;
        } catch (IOException e) {
          return true;
        }
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("the login form is read synchronously");
      }
    };
  }

  @Override
  public BufferedReader getReader() throws IOException {
    String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
    return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
  }
}
