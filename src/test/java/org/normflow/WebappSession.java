package org.normflow;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A browser-like session of the Camunda webapps: cookies, the CSRF token, the login form. */
public class WebappSession {

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final String base;
  private String token = "";

  public WebappSession(int port) {
    this.base = "http://localhost:" + port;
  }

  /** Opens the app's page, then posts its login form; answers the login's status. */
  public int login(String app, String user, String password) throws IOException, InterruptedException {
    get("/camunda/app/" + app + "/default/");
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base
            + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() == 200) {
      // the session changed at login: the webapps read the new token from the answer to the next request
      get("/camunda/api/engine/engine/default/task/count");
    }
    return login.statusCode();
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> token = t);
    return response;
  }

  /** A JSON POST as the webapps send it, with the session's CSRF token. */
  public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return post(path, json, true);
  }

  /** A JSON POST, with or without the CSRF token the webapps send (CsrfPreventionFilter checks it). */
  public HttpResponse<String> post(String path, String json, boolean withToken) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (withToken) {
      request.header("X-XSRF-TOKEN", token());
    }
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> token = t);
    return response;
  }

  /** A raw POST (any bytes, any content type), with the session's CSRF token. */
  public HttpResponse<String> post(String path, byte[] body, String contentType) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", contentType).header("X-XSRF-TOKEN", token())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> token = t);
    return response;
  }

  private String token() {
    if (!token.isEmpty()) {
      return token;
    }
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, last) -> last).orElse("");
  }
}
