package org.normflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.normflow.NodeProcess;
import org.normflow.PostgresDatabase;

/**
 * Two NormFlow nodes (separate JVMs) against one real PostgreSQL database: the cluster of
 * DESIGN.md "Scale", with no component beyond the engine's own locking. The load tests run last, the
 * one that kills a node at the very end (docs/deployment.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresClusterTests {

  /** Cases each of the four clients drives per load test (two clients per node). */
  static final int CASES_PER_CLIENT = Integer.getInteger("normflow.cluster.cases", 3);

  /**
   * The job executor settings of docs/deployment.md, with a short lock time so that the jobs a killed
   * node had locked are taken over within seconds (production: minutes), and quick acquisition.
   */
  static final String[] NODE_SETTINGS = {
    "--camunda.bpm.job-execution.lock-time-in-millis=15000",
    "--camunda.bpm.job-execution.wait-time-in-millis=500",
    "--camunda.bpm.job-execution.max-wait=2000"
  };

  static final ObjectMapper JSON = new ObjectMapper();

  PostgresDatabase database;
  NodeProcess nodeA;
  NodeProcess nodeB;

  @BeforeAll
  void startTwoNodes() throws Exception {
    database = PostgresDatabase.create("cluster");
    // the first node creates the schema (engine tables and Flyway registry), the second joins it
    nodeA = NodeProcess.start("nodeA", database.jdbcUrl(), NODE_SETTINGS);
    nodeA.awaitStarted(Duration.ofMinutes(3));
    nodeB = NodeProcess.start("nodeB", database.jdbcUrl(), NODE_SETTINGS);
    nodeB.awaitStarted(Duration.ofMinutes(3));
  }

  @AfterAll
  void stopNodes() throws Exception {
    if (nodeA != null) nodeA.close();
    if (nodeB != null) nodeB.close();
    if (database != null) database.close();
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    return JSON.readTree(response.body());
  }

  @Test
  @DisplayName("a second node joining one PostgreSQL deploys nothing again and shares the users")
  void deployedOnce() throws Exception {
    JsonNode deployments = json(nodeA.get("admin", "/engine-rest/deployment?name=normflow"));
    assertThat(deployments).hasSize(1);
    assertThat(json(nodeB.get("admin", "/engine-rest/deployment?name=normflow"))).hasSize(1);
    assertThat(json(nodeB.get("admin", "/engine-rest/group/count")).get("count").asInt())
        .as("the role groups (the office among them) and the four drafting units").isEqualTo(14);
  }

  @Test
  @DisplayName("a case started on one node is worked on the other, and its registry record is the same on both")
  void sharedState() throws Exception {
    String start =
        "{\"variables\":{\"title\":{\"value\":\"集群测试文件\"},\"docType\":{\"value\":\"通知\"},"
            + "\"issuingUnit\":{\"value\":\"市应急管理局\"}}}";
    String id = json(nodeA.post("drafter", "/engine-rest/process-definition/key/normative-document/start", start))
        .get("id").asText();
    // the first step is the legal office's finding (R-ND-13, R-MD-18), seen on the other node
    JsonNode tasks = json(nodeB.get("legal", "/engine-rest/task?processInstanceId=" + id));
    assertThat(tasks).hasSize(1);
    JsonNode record = json(nodeB.get("auditor", "/api/documents/" + id));
    assertThat(record.get("title").asText()).isEqualTo("集群测试文件");
    assertThat(json(nodeA.get("auditor", "/api/documents/" + id))).isEqualTo(record);
  }

  @Test
  @DisplayName("the same task completed on both nodes at once is completed exactly once (optimistic locking)")
  void concurrentCompleteOnce() throws Exception {
    String start =
        "{\"variables\":{\"title\":{\"value\":\"并发办理\"},\"docType\":{\"value\":\"通知\"},"
            + "\"issuingUnit\":{\"value\":\"市应急管理局\"}}}";
    String complete =
        "{\"variables\":{\"identificationFinding\":{\"value\":\"NORMATIVE\"},\"identificationReason\":{\"value\":\"反复适用\"},"
            + "\"fcrFinding\":{\"value\":\"NOT_APPLIES\"},\"fcrFindingReason\":{\"value\":\"不涉及经营者\"},"
            + "\"trackFinding\":{\"value\":\"ORDINARY\"},\"trackFindingReason\":{\"value\":\"未列入目录\"}}}";
    for (int i = 0; i < 10; i++) {
      String id = json(nodeA.post("drafter", "/engine-rest/process-definition/key/normative-document/start", start))
          .get("id").asText();
      String taskId = json(nodeA.get("legal", "/engine-rest/task?processInstanceId=" + id)).get(0).get("id").asText();
      CompletableFuture<HttpResponse<String>> a =
          CompletableFuture.supplyAsync(() -> call(() -> nodeA.post("legal", "/engine-rest/task/" + taskId + "/complete", complete)));
      CompletableFuture<HttpResponse<String>> b =
          CompletableFuture.supplyAsync(() -> call(() -> nodeB.post("legal", "/engine-rest/task/" + taskId + "/complete", complete)));
      int ok = (a.get().statusCode() == 204 ? 1 : 0) + (b.get().statusCode() == 204 ? 1 : 0);
      assertThat(ok).as("exactly one node completes the task").isEqualTo(1);
      JsonNode passes =
          json(nodeB.get("auditor", "/engine-rest/history/activity-instance?processInstanceId=" + id + "&activityId=Task_Drafting"));
      assertThat(passes).hasSize(1);
      JsonNode record = json(nodeA.get("auditor", "/api/documents/" + id));
      assertThat(record.path("identification").path("identifiedBy").asText()).as("the finding recorded once, by legal")
          .isEqualTo("legal");
    }
  }

  @Test
  @Order(Integer.MAX_VALUE - 1)
  @DisplayName("R-ND-07 R-C-02 under load from both nodes at once no task is lost or done twice, numbers have no gap, every due timer fires once")
  void loadFromBothNodes() throws Exception {
    List<String> cases = drive("负载", null);
    new ClusterLoad(database, nodeA, nodeB).awaitEnded(cases, 120_000);
    verify(cases, 4 * CASES_PER_CLIENT);
    System.out.println("[cluster] " + cases.size() + " cases from both nodes; completions submitted again after a "
        + "concurrent update of the case: " + ClusterLoad.RETRIED.get());
  }

  @Test
  @Order(Integer.MAX_VALUE)
  @DisplayName("R-C-02 a node killed (SIGKILL) mid-load: the other node finishes every case, its timers included")
  void nodeKilledMidLoad() throws Exception {
    List<String> cases = drive("宕机", nodeB);
    assertThat(nodeB.isAlive()).as("node B was killed during the load").isFalse();
    // jobs node B had locked become free when its lock expires (15 s here); node A's executor takes them
    new ClusterLoad(database, nodeA, nodeB).awaitEnded(cases, 120_000);
    verify(cases, 4 * CASES_PER_CLIENT);
  }

  /**
   * Four clients, two on each node, each driving {@link #CASES_PER_CLIENT} cases to the end; with a
   * victim, that node is killed once the first case is through and its clients go on with the other.
   */
  List<String> drive(String title, NodeProcess victim) throws Exception {
    java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
    List<String> cases = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<?>> work = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      ClusterLoad client = c % 2 == 0 ? new ClusterLoad(database, nodeA, nodeB) : new ClusterLoad(database, nodeB, nodeA);
      int number = c;
      work.add(clients.submit(() -> {
        for (int i = 0; i < CASES_PER_CLIENT; i++) {
          cases.add(client.lifecycle(title + "文件 " + number + "-" + i));
          if (finished.incrementAndGet() == 1 && victim != null) {
            victim.kill();
          }
        }
        return null;
      }));
    }
    try {
      for (java.util.concurrent.Future<?> f : work) {
        f.get(5, java.util.concurrent.TimeUnit.MINUTES);
      }
    } finally {
      clients.shutdownNow();
    }
    return cases;
  }

  /** Reads the shared database directly: registry, engine history and job log of the given cases. */
  void verify(List<String> cases, int expected) throws Exception {
    assertThat(cases).hasSize(expected).doesNotHaveDuplicates();
    try (java.sql.Connection db = database.connect()) {
      java.sql.Array ids = db.createArrayOf("varchar", cases.toArray());
      // the registry: every case in force with a number
      assertThat(rows(db, "SELECT stage, doc_number FROM nf_document WHERE process_instance_id = ANY(?)", ids))
          .hasSize(expected).allSatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("IN_FORCE");
            assertThat(r.get(1)).isNotNull();
          });
      // R-ND-07: per prefix (issuer) and year, numbers 1..n without gap or duplicate, over the whole database
      java.util.Map<String, List<Integer>> numbers = new java.util.TreeMap<>();
      for (List<Object> r : rows(db, "SELECT doc_number, number_year, number_seq FROM nf_document WHERE doc_number IS NOT NULL", null)) {
        String prefix = ((String) r.get(0)).substring(0, ((String) r.get(0)).indexOf('〔'));
        numbers.computeIfAbsent(prefix + r.get(1), k -> new ArrayList<>()).add((Integer) r.get(2));
      }
      numbers.forEach((issuerYear, seqs) -> assertThat(seqs.stream().sorted().toList()).as(issuerYear)
          .isEqualTo(java.util.stream.IntStream.rangeClosed(1, seqs.size()).boxed().toList()));
      // every user task of the path completed exactly once, none left open, none deleted
      List<List<Object>> tasks = rows(db, "SELECT root_proc_inst_id_, task_def_key_, COUNT(*), "
          + "SUM(CASE WHEN delete_reason_ = 'completed' THEN 1 ELSE 0 END) FROM act_hi_taskinst "
          + "WHERE root_proc_inst_id_ = ANY(?) GROUP BY root_proc_inst_id_, task_def_key_", ids);
      assertThat(tasks).hasSize(expected * 10).allSatisfy(r -> {
        assertThat(((Number) r.get(2)).intValue()).as("%s %s", r.get(0), r.get(1)).isEqualTo(1);
        assertThat(((Number) r.get(3)).intValue()).as("%s %s completed", r.get(0), r.get(1)).isEqualTo(1);
      });
      assertThat(rows(db, "SELECT id_ FROM act_ru_task WHERE proc_inst_id_ IN "
          + "(SELECT id_ FROM act_hi_procinst WHERE root_proc_inst_id_ = ANY(?))", ids)).isEmpty();
      // both timers of every case passed once, and each timer job succeeded exactly once
      List<List<Object>> timers = rows(db, "SELECT root_proc_inst_id_, act_id_, COUNT(*) FROM act_hi_actinst "
          + "WHERE root_proc_inst_id_ = ANY(?) AND act_id_ IN ('Timer_ConsultationClosed', 'Timer_EffectiveDate') "
          + "AND end_time_ IS NOT NULL GROUP BY root_proc_inst_id_, act_id_", ids);
      assertThat(timers).hasSize(expected * 2).allSatisfy(r -> assertThat(((Number) r.get(2)).intValue()).isEqualTo(1));
      List<List<Object>> jobs = rows(db, "SELECT job_id_, SUM(CASE WHEN job_state_ = 2 THEN 1 ELSE 0 END) FROM act_hi_job_log "
          + "WHERE root_proc_inst_id_ = ANY(?) AND job_def_type_ = 'timer-intermediate-transition' GROUP BY job_id_", ids);
      assertThat(jobs).hasSize(expected * 2).allSatisfy(r -> assertThat(((Number) r.get(1)).intValue()).isEqualTo(1));
    }
  }

  static List<List<Object>> rows(java.sql.Connection db, String sql, java.sql.Array ids) throws Exception {
    try (java.sql.PreparedStatement statement = db.prepareStatement(sql)) {
      if (ids != null) {
        statement.setArray(1, ids);
      }
      List<List<Object>> out = new ArrayList<>();
      try (java.sql.ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.add(rs.getObject(i));
          }
          out.add(row);
        }
      }
      return out;
    }
  }

  interface Call {
    HttpResponse<String> run() throws Exception;
  }

  static HttpResponse<String> call(Call call) {
    try {
      return call.run();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
