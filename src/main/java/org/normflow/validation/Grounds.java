package org.normflow.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The grounds the law or local rules accept for going below a statutory minimum or outside a
 * procedure ("minimum with reason", RULES.md), per kind, as code → Chinese label, from
 * {@code normflow.grounds.<kind>} in application.yaml. A form offers the codes as a select; the step
 * refuses a code that is not configured, so a province removes a ground by configuration alone.
 */
@ConfigurationProperties(prefix = "normflow")
public class Grounds {

  /** Shortening the public comment period (R-MD-04, R-ND-02). */
  public static final String SHORTENED_CONSULTATION = "shortened-consultation";
  /** A legality opinion before the minimum review period (R-MD-09, R-ND-05). */
  public static final String EARLY_LEGALITY_OPINION = "early-legality-opinion";
  /** An effective date sooner than the minimum after publication (R-ND-08). */
  public static final String EARLY_EFFECT = "early-effect";
  /** A date recorded after the day it names: earlier than the task that records it (R-ND-16). */
  public static final String LATE_RECORD = "late-record";
  /** Why a public comment is not published (moderation, issue 14). */
  public static final String HIDDEN_COMMENT = "hidden-comment";

  /** A major decision outside the procedure (R-MD-17, 713 Art 3). */
  public static final String OUTSIDE_PROCEDURE = "outside-procedure";
  /** An exception in a standalone major decision's fair competition review (783 Art 12). */
  public static final String DECISION_FCR_EXCEPTION = "decision-fcr-exception";
  /** Abolishing a normative document outside a cleanup (R-ND-11). */
  public static final String ABOLITION = "abolition";
  /** Where cleanup results and abolitions are published (R-ND-11); a choice, not a ground, kept the same way. */
  public static final String CLEANUP_PUBLICATION_CHANNEL = "cleanup-publication-channel";

  private final Map<String, LinkedHashMap<String, String>> grounds = new LinkedHashMap<>();

  public Map<String, LinkedHashMap<String, String>> getGrounds() {
    return grounds;
  }

  /** The grounds of one kind in their configured order; empty when none are configured. */
  public Map<String, String> of(String kind) {
    return grounds.getOrDefault(kind, new LinkedHashMap<>());
  }

  public List<String> codes(String kind) {
    return List.copyOf(of(kind).keySet());
  }

  /** The label of a ground, or the code itself for a ground no longer configured (old records). */
  public String label(String kind, String code) {
    return code == null ? null : of(kind).getOrDefault(code, code);
  }
}
