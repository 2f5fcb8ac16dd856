package org.normflow.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare engine's version of a normative document's ordinary lifecycle: the same user tasks, timers
 * and call activities in the same order as {@code normative-document} with {@code public-consultation}
 * and {@code legality-review} on the path the benchmark drives, and nothing of NormFlow: no delegates,
 * listeners, decision table, form validation or registry. Dates the NormFlow delegates compute are
 * handed in by the driver as plain variables.
 */
public final class BareModels {

  public static final String DOCUMENT = "bare-document";
  static final String CONSULTATION = "bare-consultation";
  static final String REVIEW = "bare-review";

  private BareModels() {}

  static BpmnModelInstance document() {
    return Bpmn.createExecutableProcess(DOCUMENT).camundaHistoryTimeToLive(3650)
        .startEvent()
        .userTask("Task_IdentifyDocument").camundaCandidateGroups("legal-office")
        .userTask("Task_Drafting").camundaCandidateGroups("unit-hazchem")
        .callActivity("CallActivity_PublicConsultation").calledElement(CONSULTATION)
          .camundaIn("closesAt", "closesAt")
        .callActivity("CallActivity_LegalityReview").calledElement(REVIEW)
          .camundaIn("reviewReminderAt", "reviewReminderAt").camundaIn("reviewDueAt", "reviewDueAt")
        .userTask("Task_Deliberation").camundaCandidateGroups("leadership")
        .userTask("Task_Signing").camundaAssignee("leader")
        .userTask("Task_Publication").camundaCandidateGroups("unit-hazchem")
        .parallelGateway("Gateway_AfterPublication")
          .userTask("Task_Filing").camundaCandidateGroups("legal-office").camundaDueDate("${filingDueAt}")
            .boundaryEvent("Timer_FilingDeadline").cancelActivity(false).timerWithDate("${filingDueAt}")
            .userTask("Task_FilingOverdue").camundaCandidateGroups("legal-office")
            .endEvent("EndEvent_FilingOverdueHandled")
          .moveToActivity("Task_Filing")
          .parallelGateway("Gateway_Join")
          .endEvent("EndEvent_InForce")
        .moveToNode("Gateway_AfterPublication")
          .intermediateCatchEvent("Timer_EffectiveDate").timerWithDate("${effectiveAt}")
          .connectTo("Gateway_Join")
        .done();
  }

  static BpmnModelInstance consultation() {
    return Bpmn.createExecutableProcess(CONSULTATION).camundaHistoryTimeToLive(3650)
        .startEvent()
        .userTask("Task_PublishNotice").camundaCandidateGroups("unit-hazchem")
        .intermediateCatchEvent("Timer_ConsultationClosed").timerWithDate("${closesAt}")
        .userTask("Task_DisposeComments").camundaCandidateGroups("unit-hazchem")
        .endEvent()
        .done();
  }

  static BpmnModelInstance review() {
    return Bpmn.createExecutableProcess(REVIEW).camundaHistoryTimeToLive(3650)
        .startEvent()
        .parallelGateway("Gateway_SplitReview")
          .userTask("Task_AdvisorOpinion").camundaCandidateGroups("legal-advisors")
          .parallelGateway("Gateway_JoinReview")
          .endEvent("EndEvent_Reviewed")
        .moveToNode("Gateway_SplitReview")
          .userTask("Task_LegalityReview").camundaCandidateGroups("legal-office")
            .boundaryEvent("Timer_ReviewReminder").cancelActivity(false).timerWithDate("${reviewReminderAt}")
            .endEvent("EndEvent_Reminded")
          .moveToActivity("Task_LegalityReview")
            .boundaryEvent("Timer_ReviewLimit").cancelActivity(false).timerWithDate("${reviewDueAt}")
            .userTask("Task_ReviewOverdue").camundaCandidateGroups("leadership")
            .endEvent("EndEvent_Escalated")
          .moveToActivity("Task_LegalityReview")
          .connectTo("Gateway_JoinReview")
        .done();
  }

  public static void deploy(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("bare-benchmark").enableDuplicateFiltering(true)
        .addModelInstance(DOCUMENT + ".bpmn", document())
        .addModelInstance(CONSULTATION + ".bpmn", consultation())
        .addModelInstance(REVIEW + ".bpmn", review())
        .deploy();
  }
}
