package baseline;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.normflow.bench.BareModels;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline of issue 16's footprint figures: a bare {@code camunda-bpm-spring-boot-starter-webapp}
 * application (engine, Cockpit, Tasklist, Admin; default configuration, an admin user), started in its
 * own JVM by {@code org.normflow.bench.Footprint} exactly like NormFlow. It lives outside
 * {@code org.normflow} so NormFlow's component scan never finds it. What the test class path adds
 * beyond the starter (Flyway, Thymeleaf, Jersey REST) is switched off by {@code Footprint}'s arguments.
 * {@code GET /bench/load?n=} starts n bare lifecycles' first tasks and lists tasks n times: the load
 * before the second memory reading.
 */
@SpringBootApplication
@RestController
public class BareWebappApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareWebappApplication.class, args);
  }

  private final ProcessEngine engine;

  BareWebappApplication(ProcessEngine engine) {
    this.engine = engine;
  }

  /** During start-up (before "Started ..."), as NormFlow deploys its models. */
  @EventListener
  public void deploy(ContextRefreshedEvent event) {
    BareModels.deploy(engine);
  }

  @GetMapping("/bench/load")
  Map<String, Object> load(@RequestParam int n) {
    for (int i = 0; i < n; i++) {
      engine.getRuntimeService().startProcessInstanceByKey(BareModels.DOCUMENT, "load-" + i,
          Map.of("title", "负载 " + i, "docType", "通知", "issuingUnit", "市应急管理局"));
      engine.getTaskService().createTaskQuery().taskCandidateGroup("legal-office").listPage(0, 15);
    }
    return Map.of("started", n, "open", engine.getTaskService().createTaskQuery().count());
  }
}
