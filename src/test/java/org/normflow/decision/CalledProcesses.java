package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.normflow.DocumentDriver;
import org.normflow.process.ProcessKeys;

/**
 * The one place where the decision tests meet the called processes {@code public-consultation} and
 * {@code legality-review}. They are the real models from bpmn/, driven through their own tasks with
 * the steps of {@link DocumentDriver} (the same steps the normative-document tests use), so every
 * out-variable the major decision sees comes out of the real out-mappings.
 */
public final class CalledProcesses {

  public static final String PUBLIC_COMMENT = "建议集中仓储区远离居民区";

  private final ProcessEngine engine;
  private final DocumentDriver steps;

  public CalledProcesses(ProcessEngine engine, DocumentDriver steps) {
    this.engine = engine;
    this.steps = steps;
  }

  /** The running called instance of {@code key} below the major decision, or null. */
  public ProcessInstance called(ProcessInstance decision, String key) {
    return steps.calledInstance(decision, key);
  }

  private ProcessInstance running(ProcessInstance decision, String key) {
    ProcessInstance called = called(decision, key);
    if (called == null) {
      throw new IllegalStateException("no running " + key + " below " + decision.getId());
    }
    return called;
  }

  /**
   * The real public consultation, end to end: the notice with exactly the minimum period the
   * decision passed in (R-MD-04: {@code consultationMinDays} calendar days), one public comment, the
   * clock moved past the period and the closing timer run, every comment disposed. The comment
   * count, adoption report and closing date reach the decision through the call activity's
   * out-mappings.
   */
  public ProcessInstance finishConsultation(ProcessInstance decision) {
    ProcessInstance consultation = running(decision, ProcessKeys.PUBLIC_CONSULTATION);
    Number minimum = (Number) engine.getRuntimeService().getVariable(consultation.getId(), CONSULTATION_MIN_DAYS);
    steps.publishNotice(consultation, minimum.intValue(), null);
    steps.submitComment(consultation, PUBLIC_COMMENT);
    steps.closeConsultation(consultation);
    steps.disposeAllAdopted(consultation);
    return consultation;
  }

  /**
   * The real legality review: the adviser's opinion, then the legal office's decision with this
   * outcome ({@code LAWFUL}, {@code UNLAWFUL}, ...), opinion and legal risk statement (null: none),
   * given after the review's minimum period of working days (R-MD-09).
   */
  public void finishLegalityReview(ProcessInstance decision, String outcome, String opinion, String riskStatement) {
    ProcessInstance review = running(decision, ProcessKeys.LEGALITY_REVIEW);
    steps.adviseLegality(review);
    decideLegality(decision, outcome, opinion, riskStatement);
  }

  /**
   * The real legality review finding procedures missing (R-MD-18): {@code missingFields} are the form's
   * checkboxes ({@code missingConsultation}, {@code missingFcr}, {@code missingHearing},
   * {@code missingExperts}, {@code missingRisk}).
   */
  public void finishLegalityReviewMissing(ProcessInstance decision, String opinion, String... missingFields) {
    ProcessInstance review = running(decision, ProcessKeys.LEGALITY_REVIEW);
    steps.adviseLegality(review);
    Map<String, Object> values = DocumentDriver.legalityValues("MISSING_PROCEDURE");
    values.remove("missingConsultation");
    for (String field : missingFields) {
      values.put(field, true);
    }
    values.put(LEGALITY_OPINION, opinion);
    steps.legalityDecision(review, values);
  }

  /** Only the legal office's decision (the adviser's opinion is already in), e.g. after a refused attempt. */
  public void decideLegality(ProcessInstance decision, String outcome, String opinion, String riskStatement) {
    ProcessInstance review = running(decision, ProcessKeys.LEGALITY_REVIEW);
    Map<String, Object> values = DocumentDriver.legalityValues(outcome);
    values.put(LEGALITY_OPINION, opinion);
    if (riskStatement != null) {
      values.put(LEGAL_RISK_STATEMENT, riskStatement);
    }
    steps.legalityDecision(review, values);
  }
}
