package org.normflow.hearing;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * What the server-side checks of the hearing (听证, R-MD-05) share: notice and participant selection
 * method, participant list published in advance, materials delivered at least 7 days (configurable)
 * before the hearing, record confirmed and signed by the participants, hearing report.
 */
final class HearingSteps {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private HearingSteps() {}

  /** Today on the engine clock, so tests move it with ClockUtil. */
  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }
}
