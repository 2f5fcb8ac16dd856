// document-abolition.bpmn: the head's approval, signing, publication and the abolition on the line; the
// refusal below the decision; the report to the filing body (its deadline and escalation) below the rest
export default {
  file: 'document-abolition.bpmn',
  bands: [{ extra: 30, stages: [{
    main: ['StartEvent_AbolitionProposed', 'ServiceTask_RegisterAbolition', 'Task_ApproveAbolition', 'Gateway_AbolitionApproved',
      'Task_SignDecision', 'Task_PublishDecision', 'ServiceTask_AbolishDocument', 'Gateway_AfterPublication', 'EndEvent_Abolished'],
    below: [['ServiceTask_RecordAbolitionRefused@Gateway_AbolitionApproved', 'EndEvent_AbolitionRefused',
      'Task_ReportToFilingBody@Gateway_AfterPublication', 'EndEvent_Reported'],
    ['ServiceTask_FlagDecisionFilingLate@Task_ReportToFilingBody+20', 'Task_DecisionFilingOverdue', 'EndEvent_FilingEscalationHandled']],
  }] }],
  routes: {
    Flow_ToFlagFilingLate: { exit: 'bottom', enter: 'top' },
  },
};
