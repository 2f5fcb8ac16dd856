package org.normflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than {@code normflow.http.max-request-bytes} (default 2 MiB) is read: a
 * declared larger length is answered 413 before anything parses it, and a chunked body without a
 * declared length is read only up to the limit. The largest legitimate body is a form with a few texts of at
 * most 4,000 characters each, or a model deployed by an administrator.
 */
@Configuration
class RequestSizeLimit {

  static final String TOO_LARGE = "提交的内容过大（超过 %d KB），请缩短后重试";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
      @Value("${normflow.http.max-request-bytes:2097152}") long maxBytes) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Limit(maxBytes));
    registration.setName("normflow-request-size-limit");
    registration.addUrlPatterns("/*");
    registration.setOrder(Integer.MIN_VALUE + 50);
    return registration;
  }

  static class Limit extends OncePerRequestFilter {
    private final long maxBytes;

    Limit(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long declared = request.getContentLengthLong();
      if (declared > maxBytes) {
        // the connection is closed rather than the unread body drained
        response.setHeader("Connection", "close");
        ApiAnswers.refuse(response, 413, "RequestTooLarge", TOO_LARGE.formatted(maxBytes / 1024));
        return;
      }
      if (declared >= 0 || !"chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))) {
        chain.doFilter(request, response);
        return;
      }
      byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (body.length > maxBytes) {
        response.setHeader("Connection", "close");
        ApiAnswers.refuse(response, 413, "RequestTooLarge", TOO_LARGE.formatted(maxBytes / 1024));
        return;
      }
      chain.doFilter(new Buffered(request, body), response);
    }
  }

  /**
   * A body of undeclared length (chunked) is read here, up to the limit, and handed on from memory; one
   * that goes past the limit is refused like a declared one.
   */
  static class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(encoding)));
    }
  }
}
