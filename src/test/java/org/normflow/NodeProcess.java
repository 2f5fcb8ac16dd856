package org.normflow;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A NormFlow node in its own JVM, started from the test class path, spoken to over HTTP. */
public final class NodeProcess implements AutoCloseable {

  public final String name;
  public final int port;
  public final Path log;
  private final Process process;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private NodeProcess(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /** A node on PostgreSQL (profiles demo and postgres) at this JDBC URL. */
  public static NodeProcess start(String name, String jdbcUrl, String... extraArgs) throws IOException {
    return launch(name).postgres(jdbcUrl).args(extraArgs).start();
  }

  public static Launch launch(String name) {
    return new Launch(name);
  }

  /** How to start a node: database, engine clock, job executor, further Spring arguments. */
  public static final class Launch {
    private final String name;
    private String profiles = "demo,postgres";
    private String jdbcUrl;
    private long clockOffsetDays;
    private final List<String> args = new ArrayList<>();

    private Launch(String name) {
      this.name = name;
    }

    public Launch postgres(String jdbcUrl) {
      this.profiles = "demo,postgres";
      this.jdbcUrl = jdbcUrl;
      return this;
    }

    /** An H2 file database (the default single-node set-up), files {@code <file>.mv.db}. */
    public Launch h2(Path file) {
      this.profiles = "demo";
      this.jdbcUrl = h2Url(file);
      return this;
    }

    /** The engine clock runs this many days ahead (ClockUtil.offset in {@link ShiftedClockNode}). */
    public Launch clockOffsetDays(long days) {
      this.clockOffsetDays = days;
      return this;
    }

    public Launch args(String... more) {
      args.addAll(List.of(more));
      return this;
    }

    public NodeProcess start() throws IOException {
      int port = freePort();
      Path log = Files.createTempFile("normflow-" + name, ".log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx512m");
      command.add("-D" + ShiftedClockNode.OFFSET_PROPERTY + "=" + clockOffsetDays);
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(ShiftedClockNode.class.getName());
      command.add("--spring.profiles.active=" + profiles);
      command.add("--spring.datasource.url=" + jdbcUrl);
      command.add("--server.port=" + port);
      command.add("--spring.jmx.enabled=false");
      command.addAll(args);
      Process process =
          new ProcessBuilder(command)
              .directory(new File(System.getProperty("java.io.tmpdir")))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new NodeProcess(name, port, log, process);
    }
  }

  /** The URL NormFlow's default configuration uses, for a file of our choosing. */
  public static String h2Url(Path file) {
    return "jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=256";
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public void awaitStarted(Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " died at start-up:\n" + tail());
      }
      if (Files.readString(log, StandardCharsets.UTF_8).contains("Started " + ShiftedClockNode.class.getSimpleName())) {
        return;
      }
      Thread.sleep(250); // polling another process's start-up, not a timer under test
    }
    throw new IllegalStateException(name + " did not start in " + timeout + ":\n" + tail());
  }

  public HttpResponse<String> get(String user, String path) throws Exception {
    return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String user, String path, String json) throws Exception {
    return post(user, "demo", path, json);
  }

  public HttpResponse<String> post(String user, String password, String path, String json) throws Exception {
    return http.send(
        request(user, password, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String user, String path) {
    return request(user, "demo", path);
  }

  private HttpRequest.Builder request(String user, String password, String path) {
    String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + auth);
  }

  public String tail() throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /** Kills the node without a graceful stop (SIGKILL): what a power cut or an OOM kill does. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
