// hearing.bpmn: one line, notice to report
export default {
  file: 'hearing.bpmn',
  bands: [{ stages: [{ main: ['StartEvent_HearingRequested', 'Task_HearingNotice', 'Task_PublishParticipants', 'Task_DeliverMaterials',
    'Timer_MaterialsDelivered', 'Task_HoldHearing', 'Task_ConfirmRecord', 'Task_HearingReport', 'EndEvent_HearingReported'] }] }],
};
