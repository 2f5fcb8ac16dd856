package org.normflow.audit;

import java.util.List;
import org.normflow.DocumentDriver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link RegisterCases} for the browser journey (another package): a dozen documents of this year and
 * last, with and without a legality review before publication, filed on time and late, and the answers
 * to the auditor's question counted from how they were built.
 */
public final class RegisterJourneyCases {

  private final JdbcClient jdbc;
  private final RegisterCases built;

  public RegisterJourneyCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.built = new RegisterCases("J" + DocumentDriver.uniqueId("j").replaceAll("[^A-Za-z0-9]", ""), 14);
    built.write(jdbc);
  }

  public String marker() {
    return built.marker;
  }

  public int thisYear() {
    return built.today.getYear();
  }

  /** Published this year, with no legality review reviewed on or before the day of publication. */
  public List<String> issuedThisYearWithoutReview() {
    return built.titles(b -> b.withoutReview() && b.published().getYear() == thisYear());
  }

  /** Published this year and filed after the filing deadline (or recorded late). */
  public List<String> issuedThisYearFiledLate() {
    return built.titles(b -> b.late() && b.published().getYear() == thisYear());
  }

  public void remove() {
    built.remove(jdbc);
  }
}
