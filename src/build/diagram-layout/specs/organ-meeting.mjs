// organ-meeting.bpmn: one line, attendance to minutes (R-MD-11, R-ND-06); a sitting without a quorum goes
// back below the line to the next sitting
export default {
  file: 'organ-meeting.bpmn',
  bands: [{ stages: [{ main: ['StartEvent_MeetingCalled', 'ServiceTask_OpenMeeting', 'Gateway_Sitting', 'Task_RecordAttendance',
    'Gateway_Quorum', 'Task_MemberOpinion', 'ServiceTask_TallyOpinions', 'Task_OrganDecision', 'Task_KeepMinutes',
    'EndEvent_MeetingDecided'] }] }],
  routes: {
    Flow_NoQuorum: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(0).levelCy(1)] }),
  },
  legend: { at: (g) => ({ x: 40, y: g.band(0).levelCy(1) + 24 }) },
  labels: { Flow_NoQuorum: { segment: 1 } },
};
