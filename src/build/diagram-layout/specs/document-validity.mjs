// document-validity.bpmn: in force until the evaluation, then amended (on the line), renewed or
// lapsed (below); the expiry without a decision (timer on the evaluation) at the bottom left
const cx = (s) => s.x + s.w / 2;
const right = (s) => s.x + s.w;

export default {
  file: 'document-validity.bpmn',
  bands: [{
    extra: 40,
    stages: [{
      main: ['StartEvent_DocumentInForce', 'Gateway_ValidityPeriod', 'ServiceTask_PlanValidity', 'Timer_EvaluationDue', 'Task_EvaluateValidity',
        'Gateway_EvaluationOutcome', 'ServiceTask_StartAmendment', 'Gateway_AwaitAmendment', 'Message_AmendmentInForceReceived',
        'ServiceTask_EndReplacedDocument', 'EndEvent_Replaced'],
      below: [
        ['ServiceTask_RenewDocument@Timer_EvaluationDue', 'Timer_ExpiredAwaitingAmendment@Gateway_AwaitAmendment',
          'ServiceTask_MarkExpiredAwaitingAmendment', 'EndEvent_ExpiredAwaitingAmendment'],
        ['EndEvent_ExpiredNoDecision@Task_EvaluateValidity-340', 'Task_ExpiryNotice@Task_EvaluateValidity-230',
          'ServiceTask_MarkExpiredNoDecision@Task_EvaluateValidity-90', 'Timer_LapseAtExpiry@Gateway_EvaluationOutcome+70',
          'ServiceTask_MarkLapsed', 'EndEvent_Lapsed'],
      ],
    }],
  }],
  // the event subprocess (the document ended by abolition or declaration) at the right, below the line
  place: (g, shapes) => {
    const x = right(g.shape('EndEvent_ExpiredAwaitingAmendment')) + 70;
    const y = g.band(0).levelCy(1) - 40;
    shapes.set('SubProcess_DocumentEnded', { x, y, w: 240, h: 120 });
    shapes.set('StartEvent_DocumentEnded', { x: x + 40, y: y + 42, w: 36, h: 36 });
    shapes.set('EndEvent_EndedElsewhere', { x: x + 170, y: y + 42, w: 36, h: 36 });
  },
  routes: {
    Flow_Continue: (g) => ({ exit: 'bottom', enter: 'right', via: [g.band(0).levelCy(1)] }),
    Flow_RenewedToNewPeriod: (g) => ({ exit: 'left', enter: 'bottom', via: [cx(g.shape('Gateway_ValidityPeriod'))] }),
    Flow_Lapse: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(0).levelCy(2)] }),
    Flow_ToMarkExpiredNoDecision: (g) => ({ exit: 'bottom', enter: 'right', via: [g.band(0).levelCy(2)] }),
    Flow_ToExpiryNotice: { exit: 'left', enter: 'right' },
    Flow_ToEndExpiredNoDecision: { exit: 'left', enter: 'right' },
  },
  labels: {
    Flow_Continue: { segment: 1 },
    Flow_Lapse: { segment: 1 },
  },
};
