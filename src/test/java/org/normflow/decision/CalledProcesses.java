package org.normflow.decision;

import static org.normflow.process.MajorDecisionVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.normflow.process.ProcessKeys;

/**
 * The one place where tests meet the called processes {@code public-consultation} and {@code
 * legality-review}, which are built on another branch. Until they are merged, TEST-ONLY stand-ins
 * (src/test/resources/stubs/) with one user task each are deployed here, and "finishing" a called
 * process completes that task with the out-variables of docs/process-contracts.md.
 *
 * <p>To retarget to the real processes after the merge: make {@link #deploy} do nothing (the real
 * models come from bpmn/), delete src/test/resources/stubs/, and let {@link #finishConsultation} and
 * {@link #finishLegalityReview} drive the real processes' tasks (or correlate their messages).
 */
public final class CalledProcesses {

  static final String STUB_DEPLOYMENT = "normflow-test-stubs";
  static final String CONSULTATION_TASK = "Task_StubConsultation";
  static final String LEGALITY_TASK = "Task_StubLegalityReview";

  private final ProcessEngine engine;

  public CalledProcesses(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Deploys the stand-ins once per engine (duplicate filtering keeps it to one version). */
  public CalledProcesses deploy() {
    engine.getRepositoryService().createDeployment()
        .name(STUB_DEPLOYMENT)
        .enableDuplicateFiltering(false)
        .addClasspathResource("stubs/public-consultation-stub.bpmn")
        .addClasspathResource("stubs/legality-review-stub.bpmn")
        .deploy();
    return this;
  }

  /** The running called instance of {@code key} below the major decision. */
  public ProcessInstance called(ProcessInstance decision, String key) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(decision.getId()).processDefinitionKey(key).singleResult();
  }

  /** The public consultation closes with this adoption report (null or blank: the report is missing). */
  public void finishConsultation(ProcessInstance decision, String adoptionReport) {
    Map<String, Object> out = new HashMap<>();
    out.put(CONSULTATION_COMMENT_COUNT, 3);
    out.put(CONSULTATION_ADOPTION_REPORT, adoptionReport);
    out.put(CONSULTATION_CLOSED_ON, "2031-04-15");
    complete(decision, ProcessKeys.PUBLIC_CONSULTATION, CONSULTATION_TASK, out);
  }

  /** The legality review ends with this outcome ({@code LAWFUL}, {@code UNLAWFUL}, ...). */
  public void finishLegalityReview(ProcessInstance decision, String outcome, String opinion, String riskStatement) {
    Map<String, Object> out = new HashMap<>();
    out.put(LEGALITY_OUTCOME, outcome);
    out.put(LEGALITY_OPINION, opinion);
    out.put(LEGAL_RISK_STATEMENT, riskStatement);
    out.put(LEGALITY_REVIEWED_ON, "2031-05-20");
    complete(decision, ProcessKeys.LEGALITY_REVIEW, LEGALITY_TASK, out);
  }

  private void complete(ProcessInstance decision, String key, String taskKey, Map<String, Object> out) {
    ProcessInstance called = called(decision, key);
    if (called == null) {
      throw new IllegalStateException("no running " + key + " below " + decision.getId());
    }
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(called.getId())
        .taskDefinitionKey(taskKey).singleResult();
    engine.getTaskService().complete(task.getId(), out);
  }
}
