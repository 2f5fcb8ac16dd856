// legality-review.bpmn: the review on the line, the legal advisor's opinion in parallel below it,
// the reminder and the overdue escalation (timers on the review) below that
export default {
  file: 'legality-review.bpmn',
  boundary: { Timer_ReviewReminder: 22, Timer_ReviewLimit: 78 },
  bands: [{ stages: [{
    main: ['StartEvent_ReviewRequested', 'ServiceTask_OpenReview', 'Gateway_SplitReview', 'Gateway_JoinReviewRound',
      'Task_LegalityReview+60', 'Gateway_ReviewReturned', 'Gateway_JoinReview+60', 'EndEvent_Reviewed'],
    below: [['Task_AdvisorOpinion@Gateway_SplitReview'],
      ['ServiceTask_ResumeReview@Gateway_JoinReviewRound', 'Task_SupplementMaterials@Gateway_ReviewReturned'],
      ['EndEvent_Reminded@Task_LegalityReview-290', 'ServiceTask_RemindLegalOffice@Task_LegalityReview-150',
        'ServiceTask_EscalateReview@Task_LegalityReview+150', 'Task_ReviewOverdue', 'EndEvent_OverdueHandled']],
  }] }],
  routes: {
    Flow_ToRemind: (g) => ({ exit: 'bottom', enter: 'right', via: [g.band(0).levelCy(3)] }),
    Flow_ToEndReminded: { exit: 'left', enter: 'right' },
    Flow_MaterialsReturned: { exit: 'bottom', enter: 'top' },
    Flow_ToResumeReview: { exit: 'left', enter: 'right' },
    Flow_ResumedToReview: { exit: 'top', enter: 'bottom' },
    Flow_ToEscalate: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(0).levelCy(3)] }),
  },
  labels: { Timer_ReviewReminder: { side: 'left' } },
};
