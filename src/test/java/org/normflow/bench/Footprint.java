package org.normflow.bench;

import java.io.File;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.normflow.NodeProcess;

/**
 * (5) Start-up time and resident memory of NormFlow against a bare starter-webapp application
 * ({@code baseline.BareWebappApplication}), each in its own JVM with the same flags and an H2 file
 * database of its own: start-up as Spring reports it ("process running for"), RSS from /proc after the
 * start and after the same number of case starts and task-list queries.
 */
final class Footprint {

  static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

  record Measure(double startSeconds, long rssStartKb, long rssLoadKb) {}

  private Footprint() {}

  static List<NormFlowBenchmark.Row> measure(int load) throws Exception {
    System.out.println("[bench] footprint: NormFlow and the bare webapp, each in its own JVM");
    // each with its database settings as installed: NormFlow's default URL (application.yaml), H2's defaults for the bare app
    Measure nf = run("org.normflow.NormFlowApplication", load, ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=256",
        List.of("--spring.profiles.active=demo"));
    Measure bare = run("baseline.BareWebappApplication", load, ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE", List.of(
        "--spring.config.name=bare",
        "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=demo",
        "--camunda.bpm.auto-deployment-enabled=false",
        "--spring.flyway.enabled=false",
        "--spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration,"
            + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
            + "org.springframework.boot.autoconfigure.jersey.JerseyAutoConfiguration"));
    List<NormFlowBenchmark.Row> rows = new ArrayList<>();
    rows.add(new NormFlowBenchmark.Row("H2 file", "start-up, seconds (JVM start to ready)", fmt(nf.startSeconds()),
        fmt(bare.startSeconds()), NormFlowBenchmark.ratio(nf.startSeconds(), bare.startSeconds()), "target ≤ 1.5"));
    rows.add(new NormFlowBenchmark.Row("H2 file", "RSS after start, MB", mb(nf.rssStartKb()), mb(bare.rssStartKb()),
        NormFlowBenchmark.ratio(nf.rssStartKb(), bare.rssStartKb()), "target ≤ 1.5; -Xmx512m both"));
    rows.add(new NormFlowBenchmark.Row("H2 file", "RSS after " + load + " starts and task-list queries, MB", mb(nf.rssLoadKb()),
        mb(bare.rssLoadKb()), NormFlowBenchmark.ratio(nf.rssLoadKb(), bare.rssLoadKb()),
        "target ≤ 1.5; NormFlow over /engine-rest, bare through its load endpoint"));
    return rows;
  }

  private static Measure run(String mainClass, int load, String urlOptions, List<String> extra) throws Exception {
    Path dir = Files.createTempDirectory("normflow-footprint");
    Path log = dir.resolve("app.log");
    int port = NodeProcess.freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", classPath(), mainClass,
        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + urlOptions,
        "--server.port=" + port, "--spring.jmx.enabled=false"));
    command.addAll(extra);
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      double started = awaitStarted(process, log);
      long rssStart = rss(process.pid());
      HttpClient http = HttpClient.newHttpClient();
      if (mainClass.startsWith("org.normflow")) {
        for (int i = 0; i < load; i++) {
          call(http, "drafter", port, "/engine-rest/process-definition/key/normative-document/start",
              "{\"variables\":{\"title\":{\"value\":\"负载 " + i + "\"},\"docType\":{\"value\":\"通知\"},"
                  + "\"issuingUnit\":{\"value\":\"市应急管理局\"}}}");
          call(http, "legal", port, "/engine-rest/task?candidateGroup=legal-office&maxResults=15", null);
        }
      } else {
        call(http, "admin", port, "/bench/load?n=" + load, null);
      }
      return new Measure(started, rssStart, rss(process.pid()));
    } catch (Exception e) {
      Path kept = Files.copy(log, Path.of(System.getProperty("java.io.tmpdir"), "normflow-footprint-" + mainClass + ".log"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      throw new IllegalStateException(mainClass + " failed, its log: " + kept, e);
    } finally {
      process.destroy();
      process.waitFor();
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /** The application's class path: exec:java runs the benchmark in Maven's JVM, in a class loader of its own. */
  static String classPath() {
    List<String> entries = new ArrayList<>();
    ClassLoader loader = Footprint.class.getClassLoader();
    while (loader != null) {
      if (loader instanceof java.net.URLClassLoader urls) {
        for (java.net.URL url : urls.getURLs()) {
          try {
            entries.add(Path.of(url.toURI()).toString());
          } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      loader = loader.getParent();
    }
    return entries.isEmpty() ? System.getProperty("java.class.path") : String.join(File.pathSeparator, entries);
  }

  private static void call(HttpClient http, String user, int port, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    request = json == null ? request.GET() : request.header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.statusCode() + " " + path + ": " + response.body());
    }
  }

  private static double awaitStarted(Process process, Path log) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("died at start-up, see " + log);
      }
      Matcher m = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (m.find()) {
        return Double.parseDouble(m.group(2));
      }
      Thread.sleep(200); // polling another process's start-up
    }
    throw new IllegalStateException("no start in 4 minutes, see " + log);
  }

  static long rss(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  private static String fmt(double seconds) {
    return String.format("%.1f", seconds);
  }

  private static String mb(long kb) {
    return String.valueOf(kb / 1024);
  }
}
