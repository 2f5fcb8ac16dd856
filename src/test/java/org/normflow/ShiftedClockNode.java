package org.normflow;

import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.SpringApplication;

/**
 * Starts NormFlow in a node JVM ({@link NodeProcess}) with the engine clock moved ahead by
 * {@code -Dnormflow.test.clock-offset-days} days (0: the real time), so that a test proves timers due
 * after a restart without sleeping for them.
 */
public final class ShiftedClockNode {

  public static final String OFFSET_PROPERTY = "normflow.test.clock-offset-days";

  private ShiftedClockNode() {}

  public static void main(String[] args) {
    long days = Long.getLong(OFFSET_PROPERTY, 0);
    if (days != 0) {
      ClockUtil.offset(TimeUnit.DAYS.toMillis(days));
    }
    SpringApplication.run(NormFlowApplication.class, args);
  }
}
