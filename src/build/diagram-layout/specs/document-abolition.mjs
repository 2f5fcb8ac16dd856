// document-abolition.bpmn: approval on the line, refusal below
export default {
  file: 'document-abolition.bpmn',
  bands: [{ stages: [{
    main: ['StartEvent_AbolitionProposed', 'ServiceTask_RegisterAbolition', 'Task_ApproveAbolition', 'Gateway_AbolitionApproved',
      'ServiceTask_AbolishDocument', 'EndEvent_Abolished'],
    below: [['ServiceTask_RecordAbolitionRefused@Gateway_AbolitionApproved', 'EndEvent_AbolitionRefused']],
  }] }],
};
