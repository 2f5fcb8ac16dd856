package org.normflow.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing production setting into Spring Boot's "APPLICATION FAILED TO START" report: the
 * reason and what to set come first, the stack trace only at debug level (registered in
 * META-INF/spring.factories).
 */
class ProductionSettingAnalyzer extends AbstractFailureAnalyzer<ProductionSettingMissing> {

  @Override
  protected FailureAnalysis analyze(Throwable root, ProductionSettingMissing cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
