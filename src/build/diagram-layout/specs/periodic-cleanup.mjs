// periodic-cleanup.bpmn: the units propose, the legal office reviews (sending proposals back below), the
// organ decides (the head on the line, the organ's meeting below it; a return goes back to the legal
// office along the bottom); second band: signing, publication, the lists take effect, amendments and the
// report to the filing body (its deadline and escalation below)
const cx = (s) => s.x + s.w / 2;
const right = (s) => s.x + s.w;

export default {
  file: 'periodic-cleanup.bpmn',
  bandGap: 0,
  bands: [
    {
      extra: 90,
      stages: [{
        main: ['StartEvent_CleanupStarted', 'ServiceTask_OpenCleanup', 'Gateway_JoinReview', 'Task_ReviewDocument',
          'ServiceTask_CompileCleanupList', 'Gateway_JoinConfirm', 'Task_ConfirmCleanup', 'Gateway_LegalReviewOutcome',
          'ServiceTask_PrepareOrganDecision', 'Gateway_DecidedBy', 'Task_OrganDecision', 'Gateway_JoinDecision',
          'Gateway_OrganDecisionOutcome'],
        below: [['CallActivity_OrganMeeting@Task_OrganDecision-75', 'ServiceTask_RecordMeetingDecision@Task_OrganDecision+75']],
      }],
    },
    {
      extra: 30,
      stages: [{
        main: ['Task_SignDecision', 'Task_PublishDecision', 'ServiceTask_PublishCleanupResult', 'Gateway_AfterPublication',
          'ServiceTask_StartCleanupAmendments', 'EndEvent_CleanupPublished'],
        below: [['Task_ReportToFilingBody@Gateway_AfterPublication', 'EndEvent_Reported'],
          ['ServiceTask_FlagDecisionFilingLate@Task_ReportToFilingBody+20', 'Task_DecisionFilingOverdue', 'EndEvent_FilingEscalationHandled']],
      }],
    },
  ],
  routes: {
    Flow_ProposalsReturned: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(0).levelCy(1), cx(g.shape('Gateway_JoinReview'))] }),
    Flow_OrganReturned: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(0).levelCy(1) + 60, cx(g.shape('Gateway_JoinConfirm'))] }),
    Flow_ByMeeting: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(0).levelCy(1)] }),
    Flow_MeetingDecided: (g) => ({ exit: 'right', enter: 'bottom', via: [cx(g.shape('Gateway_JoinDecision'))] }),
    Flow_OrganApproved: (g) => ({ exit: 'right', enter: 'left',
      via: [right(g.shape('Gateway_OrganDecisionOutcome')) + 20, g.band(0).bottom + 4, g.shape('Task_SignDecision').x - 18, g.band(1).mainCy] }),
    Flow_ToFlagFilingLate: { exit: 'bottom', enter: 'top' },
  },
  labels: {
    Flow_ProposalsReturned: { segment: 1 },
    Flow_OrganReturned: { segment: 1 },
    Flow_ByMeeting: { segment: 0, side: 'left' },
    Flow_OrganApproved: { segment: 1 },
  },
};
