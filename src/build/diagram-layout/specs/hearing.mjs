// hearing.bpmn: one line, notice to report; a hearing that cannot be held on the announced date goes
// back below the line to a new notice (R-MD-05, R-ND-16)
export default {
  file: 'hearing.bpmn',
  bands: [{ stages: [{ main: ['StartEvent_HearingRequested', 'Gateway_NoticeAgain', 'Task_HearingNotice', 'Task_PublishParticipants',
    'Task_DeliverMaterials', 'Timer_MaterialsDelivered', 'Task_HoldHearing', 'Gateway_HearingHeld', 'Task_ConfirmRecord',
    'Task_HearingReport', 'EndEvent_HearingReported'] }] }],
  routes: {
    Flow_HearingPostponed: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(0).levelCy(1)] }),
  },
  legend: { at: (g) => ({ x: 40, y: g.band(0).levelCy(1) + 24 }) },
  labels: { Flow_HearingPostponed: { segment: 1 } },
};
