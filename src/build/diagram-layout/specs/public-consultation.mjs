// public-consultation.bpmn: one line, notice to feedback
export default {
  file: 'public-consultation.bpmn',
  bands: [{ stages: [{ main: ['StartEvent_ConsultationRequested', 'Task_PublishNotice', 'Timer_ConsultationClosed',
    'ServiceTask_CloseConsultation', 'Task_DisposeComments', 'EndEvent_ConsultationDone'] }] }],
};
