package org.normflow.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, gives every case without a summary row its row: the cases of a database migrated to V175,
 * and cases written into the registry by hand or by a bulk load since. A no-op (one anti-join) otherwise.
 */
@Component
class CaseSummaryBackfill implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CaseSummaryBackfill.class);

  private final CaseSummary summary;

  CaseSummaryBackfill(CaseSummary summary) {
    this.summary = summary;
  }

  @Override
  public void run(ApplicationArguments args) {
    int written = summary.refreshMissing();
    if (written > 0) {
      log.info("Case register: summary rows written for {} cases", written);
    }
  }
}
