package org.normflow.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.normflow.NormFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Does Tasklist stay fast as a bureau's open cases pile up? Measures, in one run on one machine,
 * the median time to start a case and to load the "本组待办" list (first page, as Tasklist does) with
 * few and with many open cases, and prints the ratios.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java} (optional {@code -Dbench.small=100 -Dbench.large=3000}).
 */
public final class TasklistScalingBenchmark {

  public static void main(String[] args) {
    int small = Integer.getInteger("bench.small", 100);
    int large = Integer.getInteger("bench.large", 3000);
    int samples = Integer.getInteger("bench.samples", 41);
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(NormFlowApplication.class)
            .profiles("demo")
            .run(
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--logging.level.root=warn")) {
      new TasklistScalingBenchmark(app).run(small, large, samples);
    }
  }

  private final RuntimeService runtime;
  private final FilterService filters;
  private final IdentityService identity;

  private TasklistScalingBenchmark(ConfigurableApplicationContext app) {
    runtime = app.getBean(RuntimeService.class);
    filters = app.getBean(FilterService.class);
    identity = app.getBean(IdentityService.class);
  }

  private void run(int small, int large, int samples) {
    identity.setAuthentication("drafter", List.of("drafters"));
    Filter groupFilter = filters.createFilterQuery().filterName("本组待办").singleResult();
    warmUp(groupFilter);
    startCases(small, 0);
    double startSmall = medianMillis(samples, i -> startCase(1_000_000 + i));
    double listSmall = medianMillis(samples, i -> filters.listPage(groupFilter.getId(), 0, 15));
    int open = small + samples;
    startCases(large - open, open);
    double startLarge = medianMillis(samples, i -> startCase(2_000_000 + i));
    double listLarge = medianMillis(samples, i -> filters.listPage(groupFilter.getId(), 0, 15));
    identity.clearAuthentication();

    System.out.printf("%nNormFlow Tasklist scaling benchmark (H2 in memory, %d samples each, medians)%n", samples);
    System.out.printf("  start a case:          %7.2f ms with %5d open cases, %7.2f ms with %5d%n", startSmall, small, startLarge, large);
    System.out.printf("  load 本组待办 (15 rows): %7.2f ms with %5d open cases, %7.2f ms with %5d%n", listSmall, small, listLarge, large);
    System.out.printf("  ratio start  large/small: %.2f%n", startLarge / startSmall);
    System.out.printf("  ratio list   large/small: %.2f  (open cases grew %.0fx)%n", listLarge / listSmall, (double) large / small);
  }

  /** JIT warm-up on cases that are deleted again, so the small phase really has few open cases. */
  private void warmUp(Filter filter) {
    for (int i = 0; i < 400; i++) {
      filters.listPage(filter.getId(), 0, 15);
      startCase(3_000_000 + i);
    }
    identity.clearAuthentication();
    runtime.createProcessInstanceQuery().processDefinitionKey("normative-document").list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "benchmark warm-up"));
    identity.setAuthentication("drafter", List.of("drafters"));
  }

  private void startCases(int count, int offset) {
    for (int i = 0; i < count; i++) {
      startCase(offset + i);
    }
  }

  private void startCase(int n) {
    runtime.startProcessInstanceByKey(
        "normative-document",
        Map.of("title", "基准测试文件 " + n, "docType", "通知", "issuingUnit", "市应急管理局"));
  }

  interface Step {
    void run(int i);
  }

  private static double medianMillis(int samples, Step step) {
    double[] times = new double[samples];
    for (int i = 0; i < samples; i++) {
      long t0 = System.nanoTime();
      step.run(i);
      times[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(times);
    return times[samples / 2];
  }
}
