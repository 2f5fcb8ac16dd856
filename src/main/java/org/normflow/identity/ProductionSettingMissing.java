package org.normflow.identity;

/**
 * A setting production cannot run without (the administrator, the head): start-up stops with what to
 * set. {@link ProductionSettingAnalyzer} prints it as Spring Boot's failure description, not as a stack
 * trace.
 */
public class ProductionSettingMissing extends IllegalStateException {

  private final String action;

  public ProductionSettingMissing(String description, String action) {
    super(description);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
