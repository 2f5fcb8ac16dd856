package org.normflow.cluster;

import org.camunda.spin.plugin.variable.value.JsonValue;
import org.normflow.consultation.DispositionRows;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.normflow.DocumentDriver;
import org.normflow.NodeProcess;
import org.normflow.PostgresDatabase;

/**
 * One client of the cluster, as a clerk's browser behind a load balancer: it drives normative-document
 * cases from start to in force over /engine-rest of its node, and when its node stops answering it goes
 * on with the other (what the load balancer does). Timers are real timers fired by the nodes' job
 * executors. The consultation's closing timer is made due by moving its due date in the database, as the
 * passing of the period would (the trust boundary rightly refuses to let anyone, administrators
 * included, move a case's timer through the engine); the effective date is today (an early effect on a
 * configured ground). So no clock has to be moved in another JVM.
 */
final class ClusterLoad {

  static final ObjectMapper JSON = new ObjectMapper();

  private final List<NodeProcess> nodes;
  private final PostgresDatabase database;
  private int current;

  ClusterLoad(PostgresDatabase database, NodeProcess first, NodeProcess second) {
    this.database = database;
    this.nodes = List.of(first, second);
  }

  /** Runs one case to IN_FORCE; returns its process instance id. */
  String lifecycle(String title) throws Exception {
    Map<String, Object> start = DocumentDriver.startValues(title, false, false);
    String pi = ok(call(n -> n.post("drafter", "/engine-rest/process-definition/key/normative-document/start", variables(start))))
        .get("id").asText();
    complete(pi, "Task_IdentifyDocument", "legal", DocumentDriver.findingValues(false, false));
    complete(pi, "Task_Drafting", "drafter", DocumentDriver.draftValues());
    String consultation = called(pi);
    complete(consultation, "Task_PublishNotice", "drafter",
        new HashMap<>(Map.of("noticeText", "现公开征求意见", "noticeChannel", "本机关门户网站", "periodDays", 7)));
    // the period has run: the closing timer is due; some node's job executor fires it
    try (Connection db = database.connect();
        PreparedStatement due = db.prepareStatement(
            "UPDATE act_ru_job SET duedate_ = CURRENT_TIMESTAMP - INTERVAL '1 minute' WHERE process_instance_id_ = ? AND type_ = 'timer'")) {
      due.setString(1, consultation);
      if (due.executeUpdate() != 1) {
        throw new AssertionError("one closing timer expected in " + consultation);
      }
    }
    awaitTask(consultation, "Task_DisposeComments");
    complete(consultation, "Task_DisposeComments", "drafter",
        new HashMap<>(Map.of("commentRows", DispositionRows.all(0, "ADOPTED", null), "adoptionSummary", "意见均已研究处理")));
    String review = called(pi);
    complete(review, "Task_AdvisorOpinion", "advisor", new HashMap<>(Map.of("advisorOpinion", "草案内容合法，程序完备")));
    Map<String, Object> legality = DocumentDriver.legalityValues("LAWFUL");
    legality.put("earlyOpinionGround", "URGENT");
    legality.put("earlyOpinionReason", "集群负载测试：情况紧急，需要尽快出台");
    complete(review, "Task_LegalityReview", "legal", legality);
    complete(pi, "Task_Deliberation", "leader", DocumentDriver.deliberationValues("APPROVED"));
    LocalDate today = LocalDate.now(DocumentDriver.SHANGHAI);
    complete(pi, "Task_Signing", "leader", new HashMap<>(Map.of("signingDecision", "SIGN", "signedOn", today.toString())));
    complete(pi, "Task_Publication", "drafter", DocumentDriver.publicationValues(today, today,
        DocumentDriver.EARLY_GROUND, "集群负载测试：公布后立即施行"));
    complete(pi, "Task_Filing", "legal", DocumentDriver.filingValues(today));
    return pi;
  }

  /** Waits until every given case has ended (the effective-date timer fired on some node). */
  void awaitEnded(List<String> processInstanceIds, long timeoutMillis) throws Exception {
    await(() -> {
      try {
        for (String id : processInstanceIds) {
          JsonNode pi = ok(call(n -> n.get("auditor", "/engine-rest/history/process-instance/" + id)));
          if (!"COMPLETED".equals(pi.get("state").asText())) {
            return false;
          }
        }
        return true;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, timeoutMillis, "cases ended");
  }

  private String called(String parent) throws Exception {
    JsonNode sub = ok(call(n -> n.get("admin", "/engine-rest/process-instance?superProcessInstance=" + parent)));
    if (sub.size() != 1) {
      throw new AssertionError("one called process expected under " + parent + ": " + sub);
    }
    return sub.get(0).get("id").asText();
  }

  private void awaitTask(String processInstanceId, String key) throws Exception {
    await(() -> {
      try {
        return ok(call(n -> n.get("admin", "/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + key)))
            .size() == 1;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, 60_000, key + " in " + processInstanceId);
  }

  /** Completions answered "please retry" because the case changed at the same moment (see {@link #complete}). */
  static final java.util.concurrent.atomic.AtomicInteger RETRIED = new java.util.concurrent.atomic.AtomicInteger();

  /**
   * Completes the open task as the clerk. A retry after the node died may find the task already
   * completed by the dead node's last committed transaction: then there is nothing left to do (the
   * test counts completions in the history afterwards). A completion that meets a job running in the
   * same case at the same moment (filing while the effective-date timer fires) loses the engine's
   * optimistic lock and is answered "nothing saved, please retry": the clerk submits again, as here.
   */
  private void complete(String processInstanceId, String key, String user, Map<String, Object> values) throws Exception {
    JsonNode tasks = ok(call(n -> n.get("admin", "/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + key)));
    if (tasks.size() != 1) {
      throw new AssertionError("one open " + key + " expected in " + processInstanceId + ": " + tasks);
    }
    String taskId = tasks.get(0).get("id").asText();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = call(n -> n.post(user, "/engine-rest/task/" + taskId + "/complete", variables(values)));
      if (response.statusCode() == 204) {
        return;
      }
      JsonNode still = ok(call(n -> n.get("admin", "/engine-rest/task?taskId=" + taskId)));
      if (still.size() == 0) {
        return;
      }
      // a collision with a timer of the same case is answered 409: nothing saved, the clerk tries again
      if (response.statusCode() != 409 || !response.body().contains("请刷新后重试") || attempt == 3) {
        throw new AssertionError(key + " refused on " + node() + ": " + response.statusCode() + " " + response.body());
      }
      RETRIED.incrementAndGet();
    }
  }

  interface Request {
    HttpResponse<String> send(NodeProcess node) throws Exception;
  }

  /** Sends to the current node; when it does not answer (killed), switches to the other for good. */
  HttpResponse<String> call(Request request) throws Exception {
    for (int attempt = 0; attempt < 2; attempt++) {
      NodeProcess node = nodes.get(current);
      try {
        return request.send(node);
      } catch (IOException unreachable) {
        // a node being killed drops its connections a moment before its process is gone
        for (int i = 0; i < 40 && node.isAlive(); i++) {
          Thread.sleep(250);
        }
        if (node.isAlive()) {
          throw unreachable;
        }
        synchronized (this) {
          current = 1 - nodes.indexOf(node);
        }
      }
    }
    throw new IllegalStateException("no node answers");
  }

  String node() {
    return nodes.get(current).name;
  }

  static JsonNode ok(HttpResponse<String> response) throws Exception {
    if (response.statusCode() < 200 || response.statusCode() > 299) {
      throw new AssertionError(response.statusCode() + " " + response.uri() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  static String variables(Map<String, Object> values) throws Exception {
    Map<String, Object> out = new HashMap<>();
    values.forEach((k, v) -> out.put(k, v instanceof JsonValue json
        // a form-js list travels as the engine's Json type, as Tasklist sends it
        ? Map.of("value", json.getValue().toString(), "type", "Json")
        : Map.of("value", v)));
    return JSON.writeValueAsString(Map.of("variables", out));
  }

  static void await(BooleanSupplier condition, long timeoutMillis, String what) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(250); // polling other JVMs' job executors, not a timer under test
    }
    throw new AssertionError("not within " + timeoutMillis + " ms: " + what);
  }
}
