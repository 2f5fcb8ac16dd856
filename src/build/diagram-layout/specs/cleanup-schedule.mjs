// cleanup-schedule.bpmn: the timer that starts a periodic cleanup
export default {
  file: 'cleanup-schedule.bpmn',
  bands: [{ stages: [{ main: ['StartEvent_CleanupCycle', 'ServiceTask_StartPeriodicCleanup', 'EndEvent_PeriodicCleanupStarted'] }] }],
};
