// legality-review.bpmn: the review on the line, the legal advisor's opinion in parallel below it,
// the reminder and the overdue escalation (timers on the review) below that
export default {
  file: 'legality-review.bpmn',
  boundary: { Timer_ReviewReminder: 22, Timer_ReviewLimit: 78 },
  bands: [{ stages: [{
    main: ['StartEvent_ReviewRequested', 'ServiceTask_OpenReview', 'Gateway_SplitReview', 'Task_LegalityReview+60', 'Gateway_JoinReview+60',
      'EndEvent_Reviewed'],
    below: [['Task_AdvisorOpinion@Gateway_SplitReview+80'],
      ['EndEvent_Reminded@Task_LegalityReview-290', 'ServiceTask_RemindLegalOffice@Task_LegalityReview-150',
        'ServiceTask_EscalateReview@Task_LegalityReview+150', 'Task_ReviewOverdue', 'EndEvent_OverdueHandled']],
  }] }],
  routes: {
    Flow_ToRemind: (g) => ({ exit: 'bottom', enter: 'right', via: [g.band(0).levelCy(2)] }),
    Flow_ToEndReminded: { exit: 'left', enter: 'right' },
    Flow_ToEscalate: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(0).levelCy(2)] }),
  },
  labels: { Timer_ReviewReminder: { side: 'left' } },
};
