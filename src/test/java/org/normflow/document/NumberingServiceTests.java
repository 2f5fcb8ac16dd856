package org.normflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@NormFlowSpringTest
class NumberingServiceTests {

  @Autowired NumberingService numbering;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  @DisplayName("R-ND-07 numbers have the configured pattern and start at 1 per prefix and year")
  void pattern() {
    String prefix = DocumentDriver.uniqueId("测试规");
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    assertThat(tx.execute(s -> numbering.next(prefix, 2026)).text()).isEqualTo(prefix + "〔2026〕1号");
    assertThat(tx.execute(s -> numbering.next(prefix, 2026)).text()).isEqualTo(prefix + "〔2026〕2号");
    assertThat(tx.execute(s -> numbering.next(prefix, 2027)).text()).isEqualTo(prefix + "〔2027〕1号");
  }

  @Test
  @DisplayName("R-ND-07 concurrent issuers get an unbroken sequence without duplicates; a rolled-back number is reused")
  void concurrentIssuance() throws Exception {
    String prefix = DocumentDriver.uniqueId("并发规");
    int threads = 4;
    int perThread = 15;
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    List<Integer> issued = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        go.await();
        for (int i = 0; i < perThread; i++) {
          issued.add(tx.execute(s -> numbering.next(prefix, 2026)).sequence());
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(issued).hasSize(threads * perThread);
    assertThat(issued.stream().sorted().toList())
        .isEqualTo(IntStream.rangeClosed(1, threads * perThread).boxed().toList());

    tx.executeWithoutResult(s -> {
      numbering.next(prefix, 2026);
      s.setRollbackOnly();
    });
    assertThat(tx.execute(s -> numbering.next(prefix, 2026)).sequence()).isEqualTo(threads * perThread + 1);
  }
}
