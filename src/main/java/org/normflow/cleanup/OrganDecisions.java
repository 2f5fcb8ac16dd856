package org.normflow.cleanup;

import static org.normflow.process.CleanupVariables.ORGAN_DECISION_ID;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.normflow.process.ProcessKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who decides for the organ (制定机关) and what it may decide (R-ND-10, R-ND-11, R-ND-14). Bean {@code
 * organDecisions}: the models' gates read the decision from the registry through it
 * ({@code ${organDecisions.decision(execution)}}), never from a variable a clerk or a meeting form could
 * write.
 *
 * <ul>
 *   <li>{@code normflow.cleanup.decided-by}: HEAD (the head's task) or MEETING (the organ's leadership
 *       meeting, {@code organ-meeting}); default MEETING, the stricter where local rules differ;
 *   <li>{@code normflow.validity.decided-by}: the same for a document's continuation; default MEETING;
 *   <li>{@code normflow.cleanup.decision-number-prefix}: the 文号 prefix of the organ's cleanup and
 *       abolition decisions (a continued document takes a document number, R-ND-07);
 *   <li>{@code normflow.cleanup.filing-deadline-days}: report to the filing body within this many days
 *       of publication (default {@code normflow.filing.deadline-days}).
 * </ul>
 */
@Component("organDecisions")
public class OrganDecisions {

  public static final String HEAD = "HEAD";
  public static final String MEETING = "MEETING";

  /** The options the organ chooses among, per subject, in the order the form shows them. */
  static final Map<String, Map<String, String>> OPTIONS = Map.of(
      OrganDecisionRepository.CLEANUP, ordered("APPROVE", "同意", "RETURN", "退回修改"),
      OrganDecisionRepository.ABOLITION, ordered("APPROVE", "同意废止", "REFUSE", "不同意废止"),
      OrganDecisionRepository.VALIDITY, ordered("CONTINUE", "继续施行（重新编号、签发、公布、备案）", "AMEND", "修订",
          "LAPSE", "不再施行，有效期届满失效"));

  private final OrganDecisionRepository decisions;
  private volatile String cleanupDecidedBy;
  private volatile String validityDecidedBy;
  private final String numberPrefix;
  private final int filingDeadlineDays;

  OrganDecisions(OrganDecisionRepository decisions,
      @Value("${normflow.cleanup.decided-by:MEETING}") String cleanupDecidedBy,
      @Value("${normflow.validity.decided-by:MEETING}") String validityDecidedBy,
      @Value("${normflow.cleanup.decision-number-prefix:X应急发}") String numberPrefix,
      @Value("${normflow.cleanup.filing-deadline-days:${normflow.filing.deadline-days:30}}") int filingDeadlineDays) {
    this.decisions = decisions;
    this.cleanupDecidedBy = mode(cleanupDecidedBy, "normflow.cleanup.decided-by");
    this.validityDecidedBy = mode(validityDecidedBy, "normflow.validity.decided-by");
    this.numberPrefix = numberPrefix;
    this.filingDeadlineDays = filingDeadlineDays;
  }

  private static String mode(String value, String key) {
    if (!HEAD.equals(value) && !MEETING.equals(value)) {
      throw new IllegalStateException(key + " must be HEAD or MEETING, not " + value);
    }
    return value;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** The subject a process decides on: its definition key. */
  static String subjectOf(String processDefinitionKey) {
    return switch (processDefinitionKey) {
      case ProcessKeys.PERIODIC_CLEANUP -> OrganDecisionRepository.CLEANUP;
      case ProcessKeys.DOCUMENT_ABOLITION -> OrganDecisionRepository.ABOLITION;
      case ProcessKeys.DOCUMENT_VALIDITY -> OrganDecisionRepository.VALIDITY;
      default -> throw new IllegalStateException("no organ decision in " + processDefinitionKey);
    };
  }

  String decidedBy(String subject) {
    return switch (subject) {
      case OrganDecisionRepository.CLEANUP -> cleanupDecidedBy;
      case OrganDecisionRepository.VALIDITY -> validityDecidedBy;
      default -> HEAD; // an abolition outside a cleanup: the head decides (Task_ApproveAbolition)
    };
  }

  /**
   * Changes who decides (package tests run both modes in one application context); returns the mode
   * before. Configuration sets it at start; nothing in the application calls this.
   */
  public String decideBy(String subject, String mode) {
    String before = decidedBy(subject);
    if (OrganDecisionRepository.CLEANUP.equals(subject)) {
      cleanupDecidedBy = mode(mode, "normflow.cleanup.decided-by");
    } else {
      validityDecidedBy = mode(mode, "normflow.validity.decided-by");
    }
    return before;
  }

  Map<String, String> options(String subject) {
    return OPTIONS.get(subject);
  }

  List<Map<String, String>> optionList(String subject) {
    return options(subject).entrySet().stream().map(e -> Map.of("value", e.getKey(), "label", e.getValue())).toList();
  }

  String numberPrefix() {
    return numberPrefix;
  }

  int filingDeadlineDays() {
    return filingDeadlineDays;
  }

  /** Gate: the organ's decision on record for this case's current decision, or "" when none was taken. */
  public String decision(DelegateExecution execution) {
    Object id = execution.getVariable(ORGAN_DECISION_ID);
    if (id == null) {
      return "";
    }
    return decisions.get(((Number) id).longValue()).map(OrganDecisionRepository.Decision::decision).orElse("");
  }

  /** Gate: the current decision is the head's, or the meeting's. */
  public String mode(DelegateExecution execution) {
    Object id = execution.getVariable(ORGAN_DECISION_ID);
    return id == null ? "" : decisions.get(((Number) id).longValue()).map(OrganDecisionRepository.Decision::mode).orElse("");
  }

  /** The decision this case put to the organ, as the registry holds it. */
  OrganDecisionRepository.Decision current(org.camunda.bpm.engine.delegate.VariableScope scope) {
    Object id = scope.getVariable(ORGAN_DECISION_ID);
    if (id == null) {
      throw new org.normflow.validation.FormValidationException(List.of("本案件还没有提请机关决定"));
    }
    return decisions.get(((Number) id).longValue()).orElseThrow();
  }

  /** The rule the decision is made under, as refusals cite it. */
  static String rule(String subject) {
    return OrganDecisionRepository.VALIDITY.equals(subject) ? "R-ND-10" : "R-ND-11";
  }
}
