package org.normflow.cleanup;

import java.time.LocalDate;
import org.normflow.document.DocumentSettings;
import org.normflow.validation.FormCheck;
import org.normflow.validation.LegalBasis;
import org.springframework.stereotype.Component;

/**
 * R-ND-10: the validity a document states for itself (有效期至) and the period it gets: the stated date
 * when there is one, never beyond the configured maximum from the effective date ({@code
 * normflow.validity.years}, {@code trial-years} for 试行/暂行); without one, the maximum.
 */
@Component
public class StatedValidity {

  private final DocumentSettings settings;

  StatedValidity(DocumentSettings settings) {
    this.settings = settings;
  }

  /** The last day of the maximum period from the effective date. */
  public LocalDate maximum(boolean trial, LocalDate effective) {
    return effective.plusYears(trial ? settings.getTrialValidityYears() : settings.getValidityYears()).minusDays(1);
  }

  /** Refuses a stated 有效期 before the effective date or beyond the maximum. */
  public void check(FormCheck check, boolean trial, LocalDate effective, LocalDate stated) {
    if (stated == null || effective == null) {
      return;
    }
    LocalDate max = maximum(trial, effective);
    check.require(stated.isAfter(effective), "“有效期至”（" + stated + "）须晚于施行日期（" + effective + "）");
    check.require(!stated.isAfter(max), "“有效期至”（" + stated + "）超过了" + (trial ? "试行、暂行文件" : "规范性文件")
        + "的最长有效期：自施行日期起 " + (trial ? settings.getTrialValidityYears() : settings.getValidityYears())
        + " 年，即至 " + max + LegalBasis.cite("R-ND-10"));
  }

  /** The last day of validity: the stated date, else the maximum. */
  public LocalDate validUntil(boolean trial, LocalDate effective, LocalDate stated) {
    return stated != null ? stated : maximum(trial, effective);
  }
}
