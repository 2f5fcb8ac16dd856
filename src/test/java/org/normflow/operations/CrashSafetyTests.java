package org.normflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.normflow.NodeProcess;
import org.normflow.PostgresDatabase;

/**
 * Crash safety and backup/restore (issue 15), with NormFlow in a node JVM of its own: while drafters
 * start normative documents, the legal office completes their first task and the head records
 * authorizations whose timers fall due, the node is killed (SIGKILL, no graceful stop) and restarted on
 * the same database, on an H2 file database and on PostgreSQL. Then: every acknowledged action (HTTP
 * 2xx) is there, no registry record is half-written (every document and authorization has its process
 * instance and the other way round), the registration numbers (登记号) run 1..n without a gap or a
 * duplicate and agree with their counter, and the due timers fire after the restart (the engine clock
 * is moved ahead, nothing sleeps for a timer). Afterwards the database is backed up while the node
 * works (H2: BACKUP TO through the administrator's endpoint; PostgreSQL: pg_dump), changed and
 * destroyed, restored, and the node started on it again: engine and registry agree, open tasks and
 * registry rows are those of the backup, and numbering continues without a gap.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSafetyTests {

  static final ObjectMapper JSON = new ObjectMapper();
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Pattern REFERENCE = Pattern.compile("〔(\\d{4})〕(\\d+)号");
  static final Duration START = Duration.ofMinutes(3);
  static final long LOAD_MILLIS = 5000;
  /** Each life's engine clock runs this many days further ahead: the previous life's authorizations are due. */
  static final int AHEAD = 3;

  int crashes;
  int verified;
  int restores;

  @AfterAll
  void report() {
    System.out.println("crash safety: " + crashes + " crashes survived, " + verified + " acknowledged actions verified");
    System.out.println("backup and restore: " + restores + " databases restored and verified");
  }

  /** What the clients were told succeeded. */
  static final class Acknowledged {
    final ConcurrentLinkedQueue<String> documents = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> identified = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> authorizations = new ConcurrentLinkedQueue<>();
    final Set<String> tried = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final Set<String> authorized = java.util.concurrent.ConcurrentHashMap.newKeySet();

    int size() {
      return documents.size() + identified.size() + authorizations.size();
    }
  }

  interface Launcher {
    NodeProcess.Launch launch(String name);
  }

  interface Jdbc {
    Connection connect() throws SQLException;
  }

  @Test
  @DisplayName("crash safety (two crashes) and backup/restore on an H2 file database")
  void h2() throws Exception {
    Path dir = Files.createTempDirectory("normflow-crash-h2");
    Path file = dir.resolve("normflow");
    Jdbc jdbc = () -> DriverManager.getConnection(NodeProcess.h2Url(file), "sa", "");
    Acknowledged ack = new Acknowledged();
    Path backups = dir.resolve("backups");
    String key = BackupCipherTests.key();
    NodeProcess node = crashAndRecover("h2", name -> NodeProcess.launch(name).h2(file)
        .args("--normflow.backup.directory=" + backups, "--normflow.backup.encryption-key=" + key), ack, 2);
    long ahead = 2 * AHEAD;
    try {
      // backup while the node works (the administrator's endpoint), change, destroy, restore, start again
      State before = state(node);
      assertThat(node.post("drafter", "/api/operations/backup", "{}").statusCode()).as("only administrators back up")
          .isEqualTo(403);
      JsonNode written = json(node.post("admin", "/api/operations/backup", "{}"));
      String name = written.get("file").asText();
      assertThat(name).as("issue 29: the answer names the file, not the server's path").matches("normflow-[0-9-]+\\.zip\\.enc");
      assertThat(written.get("encrypted").asBoolean()).isTrue();
      Path encrypted = backups.resolve(name);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(encrypted))).as("issue 29: the service's own")
          .isEqualTo("rw-------");
      try (var left = Files.list(backups)) {
        assertThat(left.map(p -> p.getFileName().toString())).as("no plain copy stays beside it").containsExactly(name);
      }
      Path zip = dir.resolve("decrypted.zip");
      new BackupCipher(key).decrypt(encrypted, zip);
      assertThat(Files.size(zip)).isPositive();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups))).isEqualTo("rwx------");
      HttpResponse<String> again = node.post("admin", "/api/operations/backup", "{}");
      assertThat(again.statusCode()).as("issue 29: one full copy per interval").isEqualTo(429);
      assertThat(again.body()).contains("分钟最多一次");
      List<String> lost = changeAfterBackup(node);
      node.close();
      consistent(jdbc); // H2: the file is the node's while it runs
      Files.delete(dir.resolve("normflow.mv.db"));
      unzip(zip, dir);
      node = start(NodeProcess.launch("h2-restored").h2(file).clockOffsetDays(ahead));
      verifyRestored(node, before, ack, lost);
    } finally {
      node.close();
    }
    consistent(jdbc);
    restores++;
  }

  @Test
  @DisplayName("crash safety (one crash) and backup/restore on PostgreSQL")
  void postgres() throws Exception {
    try (PostgresDatabase database = PostgresDatabase.create("crash")) {
      Acknowledged ack = new Acknowledged();
      NodeProcess node = crashAndRecover("pg", name -> NodeProcess.launch(name).postgres(database.jdbcUrl()), ack, 1);
      try {
        consistent(database::connect);
        State before = state(node);
        Path dump = Files.createTempFile("normflow-backup", ".dump");
        // one consistent snapshot of engine and registry while the node works
        run("pg_dump", "-Fc", "-h", "127.0.0.1", "-U", PostgresDatabase.USER, "-f", dump.toString(), database.name());
        List<String> lost = changeAfterBackup(node);
        node.close();
        consistent(database::connect);
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA public CASCADE");
          s.execute("CREATE SCHEMA public");
        }
        run("pg_restore", "-h", "127.0.0.1", "-U", PostgresDatabase.USER, "--no-owner", "-d", database.name(),
            dump.toString());
        node = start(NodeProcess.launch("pg-restored").postgres(database.jdbcUrl()).clockOffsetDays(AHEAD));
        verifyRestored(node, before, ack, lost);
      } finally {
        node.close();
      }
      consistent(database::connect);
      restores++;
    }
  }

  /**
   * {@code lives} times: start (each life's clock {@link #AHEAD} days further, so the previous life's
   * authorizations are due), check what was acknowledged so far, load, kill under the load. Then start
   * once more, check, and see the due timers fire. Returns the running node.
   */
  NodeProcess crashAndRecover(String db, Launcher launcher, Acknowledged ack, int lives) throws Exception {
    for (int life = 0; life < lives; life++) {
      NodeProcess node = start(launcher.launch(db + "-life" + (life + 1)).clockOffsetDays((long) life * AHEAD));
      try {
        verifyAcknowledged(node, ack);
        load(node, ack, life * AHEAD);
      } finally {
        node.kill();
      }
      crashes++;
      assertThat(ack.documents).as("the load did something before the crash").isNotEmpty();
    }
    NodeProcess node = start(launcher.launch(db + "-recovered").clockOffsetDays((long) lives * AHEAD));
    try {
      verifyAcknowledged(node, ack);
      awaitTimersFired(node, ack);
    } catch (Exception | AssertionError e) {
      node.close();
      throw e;
    }
    verified += ack.size();
    return node;
  }

  static NodeProcess start(NodeProcess.Launch launch) throws Exception {
    NodeProcess node = launch.start();
    try {
      node.awaitStarted(START);
    } catch (Exception | AssertionError e) {
      node.close();
      throw e;
    }
    return node;
  }

  /** Three clients work on the node for a while; it is killed under them by the caller. */
  void load(NodeProcess node, Acknowledged ack, int aheadDays) throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    LocalDate tomorrow = LocalDate.now(SHANGHAI).plusDays(aheadDays + 1);
    List<Thread> clients = List.of(
        new Thread(() -> {
          int n = 0;
          while (running.get()) {
            String start = "{\"variables\":{\"title\":{\"value\":\"断电测试文件" + (++n) + "\"},\"docType\":{\"value\":\"通知\"},"
                + "\"issuingUnit\":{\"value\":\"市应急管理局\"}}}";
            HttpResponse<String> r = call(() -> node.post("drafter", "/engine-rest/process-definition/key/normative-document/start", start));
            if (r != null && r.statusCode() == 200) {
              ack.documents.add(field(r.body(), "id"));
            }
          }
        }),
        new Thread(() -> {
          String complete =
              "{\"variables\":{\"identificationFinding\":{\"value\":\"NORMATIVE\"},\"identificationReason\":{\"value\":\"反复适用\"},"
                  + "\"fcrFinding\":{\"value\":\"NOT_APPLIES\"},\"fcrFindingReason\":{\"value\":\"不涉及经营者\"},"
                  + "\"trackFinding\":{\"value\":\"ORDINARY\"},\"trackFindingReason\":{\"value\":\"未列入目录\"}}}";
          while (running.get()) {
            String doc = ack.documents.stream().filter(d -> !ack.tried.contains(d)).findFirst().orElse(null);
            if (doc == null) {
              pause();
              continue;
            }
            ack.tried.add(doc);
            HttpResponse<String> tasks = call(() -> node.get("legal", "/engine-rest/task?processInstanceId=" + doc));
            if (tasks == null || tasks.statusCode() != 200 || tasks.body().equals("[]")) {
              continue;
            }
            String taskId = field(tasks.body(), "id");
            HttpResponse<String> r = call(() -> node.post("legal", "/engine-rest/task/" + taskId + "/complete", complete));
            if (r != null && r.statusCode() == 204) {
              ack.identified.add(doc);
            }
          }
        }),
        new Thread(() -> {
          while (running.get()) {
            String doc = ack.documents.stream().filter(d -> !ack.authorized.contains(d)).findFirst().orElse(null);
            if (doc == null) {
              pause();
              continue;
            }
            ack.authorized.add(doc);
            String start = "{\"variables\":{\"deputy\":{\"value\":\"deputy1\"},\"caseId\":{\"value\":\"" + doc + "\"},"
                + "\"validFrom\":{\"value\":\"" + tomorrow + "\"},\"validUntil\":{\"value\":\"" + tomorrow + "\"},"
                + "\"authorizationReason\":{\"value\":\"外出学习\"},"
                + "\"headActs\":{\"value\":\"[\\\"SIGN_DOCUMENT\\\"]\",\"type\":\"Json\"}}}";
            HttpResponse<String> r = call(() -> node.post("leader", "/engine-rest/process-definition/key/head-authorization/start", start));
            if (r != null && r.statusCode() == 200) {
              ack.authorizations.add(field(r.body(), "id"));
            }
          }
        }));
    int documents = ack.documents.size();
    int identified = ack.identified.size();
    int authorizations = ack.authorizations.size();
    clients.forEach(Thread::start);
    // the load runs LOAD_MILLIS, and at least until each client has been acknowledged a few times (the
    // first requests of a fresh node are slow on a busy machine); polling another process, not a timer
    Instant started = Instant.now();
    Instant latest = started.plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(latest)
        && (Duration.between(started, Instant.now()).toMillis() < LOAD_MILLIS
            || ack.documents.size() < documents + 3 || ack.identified.size() < identified + 1
            || ack.authorizations.size() < authorizations + 1)) {
      Thread.sleep(100);
    }
    node.kill(); // under load: requests in flight get no answer and count for nothing
    running.set(false);
    for (Thread t : clients) {
      t.join(30_000);
    }
  }

  static void pause() {
    try {
      Thread.sleep(20); // a client with nothing to do waits for the next acknowledged start
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  interface Call {
    HttpResponse<String> run() throws Exception;
  }

  static HttpResponse<String> call(Call call) {
    try {
      return call.run();
    } catch (Exception e) {
      return null; // the node died under the request: not acknowledged
    }
  }

  static String field(String body, String name) {
    try {
      JsonNode node = JSON.readTree(body);
      return (node.isArray() ? node.get(0) : node).get(name).asText();
    } catch (IOException e) {
      throw new IllegalStateException(body, e);
    }
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    return JSON.readTree(response.body());
  }

  /** Every acknowledged start, completion and authorization is in the restarted node. */
  static void verifyAcknowledged(NodeProcess node, Acknowledged ack) throws Exception {
    for (String doc : ack.documents) {
      JsonNode record = json(node.get("auditor", "/api/documents/" + doc));
      assertThat(record.path("reference").asText()).as("document %s registered", doc).matches(".*〔\\d{4}〕\\d+号");
    }
    for (String doc : ack.identified) {
      JsonNode record = json(node.get("auditor", "/api/documents/" + doc));
      assertThat(record.path("identification").path("identifiedBy").asText()).as("finding of %s", doc).isEqualTo("legal");
    }
    for (String id : ack.authorizations) {
      assertThat(json(node.get("leader", "/engine-rest/history/process-instance/" + id)).get("id").asText()).isEqualTo(id);
    }
  }

  /** The authorizations' start and end timers were due at the restart: the job executor runs them. */
  static void awaitTimersFired(NodeProcess node, Acknowledged ack) throws Exception {
    assertThat(ack.authorizations).as("authorizations with timers were acknowledged").isNotEmpty();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    Set<String> open = new HashSet<>(ack.authorizations);
    while (!open.isEmpty() && Instant.now().isBefore(deadline)) {
      for (String id : new ArrayList<>(open)) {
        JsonNode instance = json(node.get("leader", "/engine-rest/history/process-instance/" + id));
        if ("COMPLETED".equals(instance.get("state").asText())) {
          open.remove(id);
        }
      }
      if (!open.isEmpty()) {
        Thread.sleep(500); // waiting for the node's job executor, not for a timer under test
      }
    }
    assertThat(open).as("authorizations whose due timers did not fire after the restart").isEmpty();
    for (String id : ack.authorizations) {
      JsonNode timers = json(node.get("leader",
          "/engine-rest/history/activity-instance?processInstanceId=" + id + "&activityType=intermediateTimer&finished=true"));
      assertThat(timers).as("both timers of %s fired", id).hasSize(2);
    }
  }

  /** Engine and registry agree; registration numbers run 1..n per year, as their counter says. */
  static void consistent(Jdbc jdbc) throws SQLException {
    try (Connection c = jdbc.connect()) {
      Set<String> documentInstances = strings(c, "SELECT process_instance_id FROM nf_document");
      Set<String> engineDocuments = strings(c, "SELECT ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'normative-document'");
      assertThat(documentInstances).as("every registry record has its case").isEqualTo(engineDocuments);
      assertThat(strings(c, "SELECT id FROM nf_document WHERE reference IS NULL OR title IS NULL")).as("half records").isEmpty();
      Set<String> authorizationInstances = strings(c, "SELECT process_instance_id FROM nf_head_authorization");
      assertThat(authorizationInstances).as("every authorization has its case")
          .isEqualTo(strings(c, "SELECT ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'head-authorization'"));
      Map<Integer, List<Integer>> numbers = new TreeMap<>();
      for (String reference : strings(c, "SELECT reference FROM nf_document")) {
        Matcher m = REFERENCE.matcher(reference);
        assertThat(m.find()).as(reference).isTrue();
        numbers.computeIfAbsent(Integer.parseInt(m.group(1)), y -> new ArrayList<>()).add(Integer.parseInt(m.group(2)));
      }
      assertThat(count(c, "SELECT COUNT(*) FROM nf_document")).as("no duplicate numbers")
          .isEqualTo(count(c, "SELECT COUNT(DISTINCT reference) FROM nf_document"));
      for (Map.Entry<Integer, List<Integer>> year : numbers.entrySet()) {
        List<Integer> sorted = year.getValue().stream().sorted().toList();
        assertThat(sorted).as("numbers of %s without gaps", year.getKey())
            .isEqualTo(java.util.stream.IntStream.rangeClosed(1, sorted.size()).boxed().toList());
        assertThat(count(c, "SELECT last_value FROM nf_number_sequence WHERE issuer_prefix LIKE 'REF:%' AND number_year = "
            + year.getKey())).as("the counter agrees").isEqualTo(sorted.size());
      }
    }
  }

  static Set<String> strings(Connection c, String sql) throws SQLException {
    Set<String> out = new HashSet<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      return rs.getLong(1);
    }
  }

  /** What a backup must bring back. */
  record State(int documents, int openTasks, int highestNumber, Set<String> documentIds) {}

  static State state(NodeProcess node) throws Exception {
    JsonNode documents = json(node.get("auditor", "/api/documents"));
    Set<String> ids = new HashSet<>();
    int highest = 0;
    for (JsonNode d : documents) {
      ids.add(d.get("id").asText());
      Matcher m = REFERENCE.matcher(d.path("reference").asText());
      if (m.find()) {
        highest = Math.max(highest, Integer.parseInt(m.group(2)));
      }
    }
    int open = json(node.get("admin", "/engine-rest/task/count")).get("count").asInt();
    return new State(documents.size(), open, highest, ids);
  }

  /** Work done after the backup, which the restore takes back: three new documents and a finding. */
  static List<String> changeAfterBackup(NodeProcess node) throws Exception {
    List<String> lost = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String start = "{\"variables\":{\"title\":{\"value\":\"备份之后\"},\"docType\":{\"value\":\"通知\"},"
          + "\"issuingUnit\":{\"value\":\"市应急管理局\"}}}";
      lost.add(json(node.post("drafter", "/engine-rest/process-definition/key/normative-document/start", start)).get("id").asText());
    }
    return lost;
  }

  /** The restored node holds exactly the backup's state, and numbering continues from it. */
  static void verifyRestored(NodeProcess node, State before, Acknowledged ack, List<String> lost) throws Exception {
    State after = state(node);
    assertThat(after).as("registry rows, open tasks and numbers as at the backup").isEqualTo(before);
    for (String id : lost) {
      assertThat(node.get("auditor", "/api/documents/" + id).statusCode()).as("made after the backup").isEqualTo(404);
    }
    verifyAcknowledged(node, ack);
    String start = "{\"variables\":{\"title\":{\"value\":\"恢复之后\"},\"docType\":{\"value\":\"通知\"},"
        + "\"issuingUnit\":{\"value\":\"市应急管理局\"}}}";
    String id = json(node.post("drafter", "/engine-rest/process-definition/key/normative-document/start", start)).get("id").asText();
    Matcher m = REFERENCE.matcher(json(node.get("auditor", "/api/documents/" + id)).get("reference").asText());
    assertThat(m.find()).isTrue();
    assertThat(Integer.parseInt(m.group(2))).as("numbering continues without a gap").isEqualTo(before.highestNumber() + 1);
  }

  static void unzip(Path zip, Path dir) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path target = dir.resolve(Path.of(e.getName()).getFileName().toString());
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = p.getInputStream()) {
      output = new String(in.readAllBytes());
    }
    assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
  }
}
