// periodic-cleanup.bpmn: one line, opening the round to publishing its result
export default {
  file: 'periodic-cleanup.bpmn',
  bands: [{ stages: [{ main: ['StartEvent_CleanupStarted', 'ServiceTask_OpenCleanup', 'Task_ReviewDocument', 'ServiceTask_CompileCleanupList',
    'Task_ConfirmCleanup', 'ServiceTask_PublishCleanupResult', 'ServiceTask_StartCleanupAmendments', 'EndEvent_CleanupPublished'] }] }],
};
