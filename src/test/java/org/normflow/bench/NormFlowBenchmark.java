package org.normflow.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.normflow.CaseGenerator;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowApplication;
import org.normflow.PostgresDatabase;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16's benchmark: NormFlow against the bare Camunda engine it is built on, in one JVM and one run,
 * on H2 (file, as the default installation) and on the machine's PostgreSQL. Prints a table and writes
 * it into {@code docs/benchmarks.md} (between the markers; the rest of the file is kept).
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java} (sizes: see {@link Settings}; the full sizes of the
 * issue: {@code -Dbench.running=10000 -Dbench.finished=100000}).
 */
public final class NormFlowBenchmark {

  /** Sizes and switches, all system properties. */
  record Settings(List<String> databases, int lifecycles, int warmup, int starts, int running, int finished,
      int samples, int auditSamples, int inserts, boolean footprint, int footprintLoad, Path report) {

    static Settings fromSystemProperties() {
      return new Settings(
          List.of(System.getProperty("bench.databases", "h2,postgres").split(",")),
          Integer.getInteger("bench.lifecycles", 40),
          Integer.getInteger("bench.warmup", 10),
          Integer.getInteger("bench.starts", 300),
          Integer.getInteger("bench.running", 2000),
          Integer.getInteger("bench.finished", 20000),
          Integer.getInteger("bench.samples", 100),
          Integer.getInteger("bench.auditSamples", 10),
          Integer.getInteger("bench.inserts", 2000),
          Boolean.parseBoolean(System.getProperty("bench.footprint", "true")),
          Integer.getInteger("bench.footprintLoad", 200),
          Path.of(System.getProperty("bench.report", "docs/benchmarks.md")));
    }

    String describe() {
      return "lifecycles " + lifecycles + " (+" + warmup + " warm-up) per configuration, starts " + starts + ", running cases "
          + running + ", finished cases " + finished + ", list samples " + samples + ", audit samples " + auditSamples
          + ", inserts " + inserts + ", footprint load " + footprintLoad + " cases";
    }
  }

  /** One measured line of the table: a figure on one database, with NormFlow's and the bare engine's value where both exist. */
  record Row(String database, String what, String normflow, String bare, String ratio, String note) {}

  static final java.util.concurrent.ThreadFactory DAEMONS = r -> {
    Thread t = new Thread(r, "bench-worker");
    t.setDaemon(true);
    return t;
  };

  public static void main(String[] args) {
    try {
      benchmark();
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void benchmark() throws Exception {
    Settings settings = Settings.fromSystemProperties();
    List<Row> rows = new ArrayList<>();
    long t0 = System.nanoTime();
    for (String database : settings.databases()) {
      if (database.isBlank()) {
        continue;
      }
      try {
        rows.addAll(new NormFlowBenchmark(settings, database.trim()).run());
      } catch (org.opentest4j.TestAbortedException noServer) {
        rows.add(new Row(database, "not measured", "", "", "", noServer.getMessage()));
      }
    }
    if (settings.footprint()) {
      try {
        rows.addAll(Footprint.measure(settings.footprintLoad()));
      } catch (Exception failed) {
        failed.printStackTrace();
        rows.add(new Row("H2 file", "start-up and RSS: not measured", "", "", "", failed.getMessage()));
      }
    }
    String load = loadNote();
    String table = Report.table(rows, settings, load, Duration.ofNanos(System.nanoTime() - t0));
    System.out.println();
    System.out.println(table);
    Report.write(settings.report(), table);
    System.out.println("written to " + settings.report().toAbsolutePath());
    System.exit(0);
  }

  static String loadNote() {
    try {
      return "load average at the end " + Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0] + " on "
          + Runtime.getRuntime().availableProcessors() + " cores";
    } catch (Exception e) {
      return Runtime.getRuntime().availableProcessors() + " cores";
    }
  }

  private final Settings settings;
  private final String database;
  private final List<Row> rows = new ArrayList<>();
  private final List<AutoCloseable> cleanup = new ArrayList<>();

  private ConfigurableApplicationContext app;
  private StatementCounter normflowStatements;
  private StatementCounter bareStatements;
  private ProcessEngine normflow;
  private ProcessEngine bare;
  private WorkingDayCalendar calendar;
  private DataSource dataSource;
  private int port;

  private NormFlowBenchmark(Settings settings, String database) {
    this.settings = settings;
    this.database = database;
  }

  private List<Row> run() throws Exception {
    try {
      start();
      insertRate();
      starts();
      lifecycles();
      taskListAndAudit();
      return rows;
    } finally {
      ClockUtil.reset();
      if (app != null) {
        app.close();
      }
      if (bare != null) {
        bare.close();
      }
      for (AutoCloseable c : cleanup) {
        c.close();
      }
    }
  }

  // ------------------------------------------------------------------ set-up

  private void start() throws Exception {
    String url;
    String user;
    String password;
    String bareUrl;
    if (database.equals("postgres")) {
      PostgresDatabase db = PostgresDatabase.create("bench");
      cleanup.add(db);
      PostgresDatabase bareDb = PostgresDatabase.create("benchbare");
      cleanup.add(bareDb);
      url = db.jdbcUrl();
      bareUrl = bareDb.jdbcUrl();
      user = PostgresDatabase.USER;
      password = PostgresDatabase.PASSWORD;
    } else {
      Path dir = Files.createTempDirectory("normflow-bench");
      cleanup.add(() -> deleteTree(dir));
      url = "jdbc:h2:file:" + dir.resolve("normflow") + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=256";
      bareUrl = "jdbc:h2:file:" + dir.resolve("bare") + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
      user = "sa";
      password = "";
    }
    System.out.println("[bench] " + database + ": starting NormFlow and the bare engine");
    app = new SpringApplicationBuilder(NormFlowApplication.class)
        .profiles("demo")
        .initializers(context -> context.getBeanFactory().addBeanPostProcessor(
            new org.springframework.beans.factory.config.BeanPostProcessor() {
              @Override
              public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource source && name.equals("dataSource")) {
                  normflowStatements = new StatementCounter(source);
                  return normflowStatements;
                }
                return bean;
              }
            }))
        .run(
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + user,
            "--spring.datasource.password=" + password,
            "--server.port=0",
            "--spring.jmx.enabled=false",
            "--camunda.bpm.job-execution.enabled=false",
            "--logging.level.root=warn");
    normflow = app.getBean(ProcessEngine.class);
    calendar = app.getBean(WorkingDayCalendar.class);
    dataSource = app.getBean(DataSource.class);
    port = ((WebServerApplicationContext) app).getWebServer().getPort();
    // the bare engine: Camunda's defaults (history level audit, no authorization checks), own database
    bareStatements = new StatementCounter(new org.apache.ibatis.datasource.pooled.PooledDataSource(
        database.equals("postgres") ? "org.postgresql.Driver" : "org.h2.Driver", bareUrl, user, password));
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration()
        .setProcessEngineName("bare")
        .setDataSource(bareStatements)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setJobExecutorActivate(false);
    // the comment dispositions are a JSON list: any engine that stores one needs Camunda's Spin plugin
    config.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    bare = config.buildProcessEngine();
    BareModels.deploy(bare);
    // the bare models also in NormFlow's engine: its configuration (history full, pool, Spring
    // transactions) without NormFlow's code
    BareModels.deploy(normflow);
  }

  // ------------------------------------------------------------------ (6) the database's own limit

  private void insertRate() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE bench_probe (id BIGINT PRIMARY KEY, payload VARCHAR(200))");
    }
    AtomicInteger ids = new AtomicInteger();
    for (int threads : new int[] {1, 2}) {
      double perSecond = parallel(threads, settings.inserts(), i -> {
        try (Connection c = dataSource.getConnection();
            PreparedStatement p = c.prepareStatement("INSERT INTO bench_probe (id, payload) VALUES (?, ?)")) {
          c.setAutoCommit(true);
          p.setLong(1, ids.incrementAndGet());
          p.setString(2, "一行测试数据 " + i);
          p.executeUpdate();
        }
      });
      rows.add(new Row(database, "single-row INSERT + COMMIT per second, " + threads + " thread(s) (pool connection each)",
          fmt(perSecond), "", "", "the database's own limit from this JVM"));
    }
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE bench_probe");
    }
  }

  // ------------------------------------------------------------------ (3) starts per second

  private void starts() throws Exception {
    Map<String, List<String>> groups = Lifecycle.newGroups();
    groups.put("drafter", normflow.getIdentityService().createGroupQuery().groupMember("drafter").list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    ClockUtil.setCurrentTime(java.util.Date.from(Lifecycle.START.atTime(9, 0).atZone(DocumentDriver.SHANGHAI).toInstant()));
    Step nf = i -> {
      normflow.getIdentityService().setAuthentication("drafter", groups.get("drafter"));
      try {
        normflow.getRuntimeService().startProcessInstanceByKey("normative-document",
            DocumentDriver.startValues("启动测试 " + i, false, false));
      } finally {
        normflow.getIdentityService().clearAuthentication();
      }
    };
    Step bareStart = i -> bare.getRuntimeService().startProcessInstanceByKey(BareModels.DOCUMENT,
        DocumentDriver.startValues("启动测试 " + i, false, false));
    int warm = Math.max(20, settings.starts() / 5);
    parallel(1, warm, i -> nf.run(1_000_000 + i));
    parallel(1, warm, i -> bareStart.run(1_000_000 + i));
    long s0 = normflowStatements.count();
    double a = parallel(1, settings.starts(), nf);
    double nfStatements = (normflowStatements.count() - s0) / (double) settings.starts();
    long b0 = bareStatements.count();
    double b = parallel(1, settings.starts(), bareStart);
    double bareStatementsPerStart = (bareStatements.count() - b0) / (double) settings.starts();
    // the first user task really is there, and the case is registered
    long registered = new JdbcTemplate(dataSource).queryForObject(
        "SELECT COUNT(*) FROM nf_document WHERE title LIKE '启动测试 %'", Long.class);
    long waiting = normflow.getTaskService().createTaskQuery().processDefinitionKey("normative-document")
        .taskDefinitionKey("Task_IdentifyDocument").count();
    check(registered == warm + settings.starts() && waiting >= registered, "every start registered and waiting at the finding");
    rows.add(new Row(database, "process starts per second to the first user task (1 thread)", fmt(a), fmt(b), ratio(a, b),
        "NormFlow: start form checked, case registered, reference given, finding task created"));
    rows.add(new Row(database, "SQL statements per start", fmt(nfStatements), fmt(bareStatementsPerStart),
        ratio(nfStatements, bareStatementsPerStart), "counted at the JDBC driver; independent of the machine's load"));
    // leave the started cases running: they belong to the open cases of the task-list phase
    ClockUtil.reset();
  }

  // ------------------------------------------------------------------ (1)+(2) full lifecycles

  private void lifecycles() throws Exception {
    Map<String, String> clerks = Lifecycle.newClerks();
    Map<String, List<String>> groups = Lifecycle.newGroups();
    // one of each, checked: same shape, registry written
    String nfOne = new Lifecycle(normflow, calendar, true, new Lifecycle.Clock(1), clerks, groups).run(DocumentDriver.uniqueId("shape"));
    String bareOne = new Lifecycle(bare, calendar, false, new Lifecycle.Clock(1), clerks, groups).run(DocumentDriver.uniqueId("shape"));
    Map<String, Long> nfShape = shape(normflow, nfOne);
    Map<String, Long> bareShape = shape(bare, bareOne);
    check(nfShape.equals(bareShape), "NormFlow's path " + nfShape + " and the bare process's " + bareShape + " differ");
    System.out.println("[bench] " + database + ": one lifecycle passes " + nfShape + " on both");
    for (int threads : new int[] {1, 2}) {
      long n0 = normflowStatements.count();
      double nf = lifecycles(normflow, true, threads, clerks, groups);
      long n1 = normflowStatements.count();
      long b0 = bareStatements.count();
      double be = lifecycles(bare, false, threads, clerks, groups);
      long b1 = bareStatements.count();
      double bn = lifecycles(normflow, false, threads, clerks, groups);
      if (threads == 1) {
        // per measured lifecycle, warm-up ones included in the count and in the divisor
        double perNf = (n1 - n0) / (double) (settings.lifecycles() + settings.warmup());
        double perBare = (b1 - b0) / (double) (settings.lifecycles() + settings.warmup());
        rows.add(new Row(database, "SQL statements per full lifecycle (the driver's task and job lookups included in both)",
            fmt(perNf), fmt(perBare), ratio(perNf, perBare), "counted at the JDBC driver; independent of the machine's load"));
      }
      rows.add(new Row(database, "full lifecycles per second, " + threads + " worker thread(s)", fmt(nf), fmt(be), ratio(nf, be),
          "bare process on NormFlow's engine configuration (history full, Spring, pool): " + fmt(bn) + "/s, NormFlow / that = "
              + ratio(nf, bn)));
    }
    List<Map<String, Object>> registry = new JdbcTemplate(dataSource).queryForList(
        "SELECT stage, doc_number FROM nf_document WHERE title LIKE '基准测试文件 %'");
    check(registry.stream().allMatch(r -> "IN_FORCE".equals(r.get("stage")) && r.get("doc_number") != null),
        "every lifecycle ends IN_FORCE with a number in the registry");
    check(registry.stream().map(r -> r.get("doc_number")).distinct().count() == registry.size(), "document numbers unique");
  }

  /** Activity types passed by the case and the processes it called. */
  private static Map<String, Long> shape(ProcessEngine engine, String processInstanceId) {
    Map<String, Long> shape = new java.util.TreeMap<>();
    List<String> instances = new ArrayList<>(List.of(processInstanceId));
    engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
        .forEach(p -> instances.add(p.getId()));
    for (String instance : instances) {
      for (HistoricActivityInstance a : engine.getHistoryService().createHistoricActivityInstanceQuery()
          .processInstanceId(instance).list()) {
        if (List.of("userTask", "callActivity", "intermediateTimer").contains(a.getActivityType())) {
          shape.merge(a.getActivityType(), 1L, Long::sum);
        }
      }
    }
    return shape;
  }

  private double lifecycles(ProcessEngine engine, boolean nf, int threads, Map<String, String> clerks,
      Map<String, List<String>> groups) throws Exception {
    Lifecycle.Clock warmClock = new Lifecycle.Clock(threads);
    runLifecycles(engine, nf, threads, settings.warmup(), warmClock, clerks, groups, "warm");
    long t0 = System.nanoTime();
    int done = runLifecycles(engine, nf, threads, settings.lifecycles(), new Lifecycle.Clock(threads), clerks, groups, "run");
    double seconds = (System.nanoTime() - t0) / 1e9;
    ClockUtil.reset();
    return done / seconds;
  }

  private int runLifecycles(ProcessEngine engine, boolean nf, int threads, int total, Lifecycle.Clock clock,
      Map<String, String> clerks, Map<String, List<String>> groups, String tag) throws Exception {
    int perThread = Math.max(1, total / threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads, DAEMONS);
    List<Future<Integer>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int worker = t;
      futures.add(pool.submit(() -> {
        Lifecycle lifecycle = new Lifecycle(engine, calendar, nf, clock, clerks, groups);
        for (int i = 0; i < perThread; i++) {
          lifecycle.run(DocumentDriver.uniqueId(tag + threads + "-" + worker + "-" + i));
        }
        return perThread;
      }));
    }
    int done = 0;
    for (Future<Integer> f : futures) {
      done += f.get(30, TimeUnit.MINUTES);
    }
    pool.shutdown();
    return done;
  }

  // ------------------------------------------------------------------ (4) task lists and the auditors' reads

  private void taskListAndAudit() throws Exception {
    long g0 = System.nanoTime();
    CaseGenerator generator = new CaseGenerator(dataSource, 16);
    CaseGenerator.Written written = generator.finished("gen", settings.finished(), 2016, 2025);
    double finishedSeconds = (System.nanoTime() - g0) / 1e9;
    ClockUtil.setCurrentTime(java.util.Date.from(Lifecycle.START.atTime(9, 0).atZone(DocumentDriver.SHANGHAI).toInstant()));
    long r0 = System.nanoTime();
    CaseGenerator.running(normflow, "在办案件", settings.running(), 2);
    double runningSeconds = (System.nanoTime() - r0) / 1e9;
    // what a DBA does after a bulk load (and the database's own autovacuum soon after): fresh statistics,
    // so the planner does not plan the task lists for the empty tables it last saw
    new JdbcTemplate(dataSource).execute("ANALYZE");
    long open = normflow.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("normative-document").count();
    long openTasks = normflow.getTaskService().createTaskQuery().count();
    System.out.printf("[bench] %s: generated %d finished cases in %.1f s (%d comments, %d late filings), %d running in %.1f s%n",
        database, settings.finished(), finishedSeconds, written.comments(), written.lateFilings(), settings.running(), runningSeconds);
    rows.add(new Row(database, "data: open normative-document cases / open tasks / finished cases in the registry",
        open + " / " + openTasks + " / " + settings.finished(), "", "",
        "generated: finished " + fmt(settings.finished() / finishedSeconds) + " cases/s (JDBC batches), running "
            + fmt(settings.running() / runningSeconds) + " cases/s (engine, 2 threads); then ANALYZE"));

    Filter group = normflow.getFilterService().createFilterQuery().filterName("本组待办").singleResult();
    Filter mine = normflow.getFilterService().createFilterQuery().filterName("我的待办").singleResult();
    String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
    for (String user : List.of("legal", "drafter")) {
      latency(user + ": Tasklist 本组待办, first page (15, HAL, as Tasklist asks)", settings.samples(),
          () -> post(user, "/engine-rest/filter/" + group.getId() + "/list?firstResult=0&maxResults=15", body, true));
      latency(user + ": Tasklist counts of 本组待办 and 我的待办 (the side bar)", settings.samples(), () -> {
        post(user, "/engine-rest/filter/" + group.getId() + "/count", body, false);
        post(user, "/engine-rest/filter/" + mine.getId() + "/count", body, false);
      });
    }
    String reference = new JdbcTemplate(dataSource).queryForObject(
        "SELECT reference FROM nf_document WHERE title LIKE '基准测试文件 shape%' AND reference IS NOT NULL", String.class);
    long cases = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM nf_case_summary", Long.class);
    // the register page as auditors use it (issue 23): one page of 50, a different filter and sort each time
    String[] questions = {"", "dateField=published&dateYear=2025&withoutReview=true&sort=publishedOn&dir=desc",
        "late=true&sort=filedOn&dir=asc&page=3", "unit=unit-hazchem&outcome=LAWFUL_AFTER_AMENDMENT&sort=title&dir=asc",
        "q=" + URLEncoder.encode("应急物资", StandardCharsets.UTF_8) + "&year=2020", "overdue=true&sort=registeredAt",
        "kind=DECISION&dateField=reviewed&dateYear=2019&page=2", "stage=ABOLISHED&dateField=cleanup&dateYear=2024&sort=reference&dir=desc",
        "fcr=NONE&dateField=effective&dateYear=2023&sort=effectiveOn&dir=asc&page=10"};
    AtomicInteger asked = new AtomicInteger();
    latency("auditor: register page (50 rows, filtered/sorted) over " + String.format("%,d", cases) + " cases (/api/audit/cases?…)",
        settings.samples(), () -> get("auditor", "/api/audit/cases?size=50&" + questions[asked.getAndIncrement() % questions.length]));
    latency("drafter: register page of the own unit (50 rows, newest first)", settings.samples(),
        () -> get("drafter", "/api/audit/cases?size=50"));
    latency("auditor: register filter options (/api/audit/cases/options)", settings.auditSamples(),
        () -> get("auditor", "/api/audit/cases/options"));
    latency("auditor: one case file (/api/audit/cases/{reference}, a full lifecycle)", settings.samples(),
        () -> get("auditor", "/api/audit/cases/" + URLEncoder.encode(reference, StandardCharsets.UTF_8).replace("+", "%20")));
    latency("auditor: annual figures 2025 (/api/reports/annual)", settings.auditSamples(), () -> get("auditor", "/api/reports/annual?year=2025"));
    ClockUtil.reset();
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private String get(String user, String path) throws Exception {
    return send(user, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET(), "application/json");
  }

  private String post(String user, String path, String json, boolean hal) throws Exception {
    return send(user, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), hal ? "application/hal+json" : "application/json");
  }

  private String send(String user, HttpRequest.Builder request, String accept) throws Exception {
    String auth = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + auth).header("Accept", accept)
        .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.statusCode() + " " + response.uri() + ": " + response.body());
    }
    return response.body();
  }

  interface Call {
    void run() throws Exception;
  }

  private void latency(String what, int samples, Call call) throws Exception {
    for (int i = 0; i < Math.min(10, samples); i++) {
      call.run();
    }
    double[] ms = new double[samples];
    for (int i = 0; i < samples; i++) {
      long t0 = System.nanoTime();
      call.run();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    rows.add(new Row(database, what, String.format("p50 %.1f / p95 %.1f / p99 %.1f ms", pct(ms, 50), pct(ms, 95), pct(ms, 99)),
        "", "", samples + " samples"));
  }

  static double pct(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  // ------------------------------------------------------------------ helpers

  interface Step {
    void run(int i) throws Exception;
  }

  /** Runs {@code count} steps over {@code threads} threads; returns steps per second. */
  static double parallel(int threads, int count, Step step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads, DAEMONS);
    AtomicInteger next = new AtomicInteger();
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          step.run(i);
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get(30, TimeUnit.MINUTES);
    }
    pool.shutdown();
    return count / ((System.nanoTime() - t0) / 1e9);
  }

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark check failed: " + what);
    }
  }

  static String fmt(double value) {
    return value >= 100 ? String.format("%.0f", value) : String.format("%.1f", value);
  }

  static String ratio(double a, double b) {
    return String.format("%.2f", a / b);
  }

  private static void deleteTree(Path dir) throws Exception {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static Map<String, String> orderedMap() {
    return new LinkedHashMap<>();
  }
}
