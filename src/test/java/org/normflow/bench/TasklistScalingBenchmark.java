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
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dbench.main=org.normflow.bench.TasklistScalingBenchmark} (optional {@code -Dbench.small=100 -Dbench.large=3000}).
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

  /**
   * Few open cases are measured twice, before and after the many: the first pass still carries JIT
   * warm-up, so the ratios use the second, measured on the same warm JVM as the large phase.
   */
  private void run(int small, int large, int samples) {
    identity.setAuthentication("drafter", List.of("drafters", "unit-hazchem"));
    Filter groupFilter = filters.createFilterQuery().filterName("本组待办").singleResult();
    warmUp(groupFilter);
    List<String> base = startCases(small, 0);
    Figures firstSmall = measure(groupFilter, samples, 1_000_000);
    List<String> extra = startCases(large - small - samples, small);
    Figures many = measure(groupFilter, samples, 2_000_000);
    deleteCases(extra);
    deleteCases(many.started());
    Figures fewAgain = measure(groupFilter, samples, 4_000_000);
    identity.clearAuthentication();

    System.out.printf("%nNormFlow Tasklist scaling benchmark (H2 in memory, %d samples each, medians)%n", samples);
    System.out.printf("  open cases:              %7d (first) %7d %7d (again)%n", small, large, small);
    System.out.printf("  start a case, ms:        %7.2f %7.2f %7.2f%n", firstSmall.start(), many.start(), fewAgain.start());
    System.out.printf("  load 本组待办 (15), ms:   %7.2f %7.2f %7.2f%n", firstSmall.list(), many.list(), fewAgain.list());
    System.out.printf("  ratio start  large/small: %.2f%n", many.start() / fewAgain.start());
    System.out.printf("  ratio list   large/small: %.2f  (open cases grew %.0fx)%n", many.list() / fewAgain.list(), (double) large / small);
    deleteCases(base);
  }

  record Figures(double start, double list, List<String> started) {}

  private Figures measure(Filter groupFilter, int samples, int offset) {
    List<String> started = new java.util.ArrayList<>();
    double start = medianMillis(samples, i -> started.add(startCase(offset + i)));
    double list = medianMillis(samples, i -> filters.listPage(groupFilter.getId(), 0, 15));
    return new Figures(start, list, started);
  }

  private void deleteCases(List<String> ids) {
    identity.clearAuthentication();
    runtime.deleteProcessInstances(ids, "benchmark", true, true);
    identity.setAuthentication("drafter", List.of("drafters", "unit-hazchem"));
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
    identity.setAuthentication("drafter", List.of("drafters", "unit-hazchem"));
  }

  private List<String> startCases(int count, int offset) {
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(startCase(offset + i));
    }
    return ids;
  }

  private String startCase(int n) {
    return runtime.startProcessInstanceByKey(
            "normative-document",
            Map.of("title", "基准测试文件 " + n, "docType", "通知", "issuingUnit", "市应急管理局"))
        .getId();
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
