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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.normflow.NodeProcess;
import org.normflow.PostgresDatabase;

/**
 * Two NormFlow nodes (separate JVMs) against one real PostgreSQL database: the cluster of
 * DESIGN.md "Scale", with no component beyond the engine's own locking.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresClusterTests {

  static final ObjectMapper JSON = new ObjectMapper();

  PostgresDatabase database;
  NodeProcess nodeA;
  NodeProcess nodeB;

  @BeforeAll
  void startTwoNodes() throws Exception {
    database = PostgresDatabase.create("cluster");
    // the first node creates the schema (engine tables and Flyway registry), the second joins it
    nodeA = NodeProcess.start("nodeA", database.jdbcUrl());
    nodeA.awaitStarted(Duration.ofMinutes(3));
    nodeB = NodeProcess.start("nodeB", database.jdbcUrl());
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
        .as("the role groups and the four drafting units").isEqualTo(13);
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
