// decision-implementation.bpmn: execution and supervision as an expanded subprocess on the line
// (its branches one per row); what the decision organ decides afterwards on the row below it,
// the ways back to execution above that row
const cx = (s) => s.x + s.w / 2;

export default {
  file: 'decision-implementation.bpmn',
  sizes: { SubProcess_Execution: [600, 550] },
  boundary: { BoundaryEvent_SuspendRequested: 80, BoundaryEvent_ProgressReportDue: 90 },
  bands: [{
    pad: 235,
    extra: 40,
    stages: [{
      main: ['StartEvent_ImplementationStarted', 'ServiceTask_OpenImplementation', 'Gateway_ExecutionLoop', 'SubProcess_Execution',
        'Gateway_ExecutionEnd', 'EndEvent_Completed'],
      below: [
        ['ServiceTask_RecordSuspension@SubProcess_Execution-220', 'Gateway_JoinDecideEvaluation', 'Task_DecideEvaluation',
          'Gateway_EvaluationOrdered', 'Task_PostEvaluation+16', 'Gateway_JoinOutcome', 'Task_DecideOutcome', 'Gateway_Outcome',
          'EndEvent_MajorAdjustment+16'],
        ['Gateway_JoinPublishMeasure@ServiceTask_RecordSuspension', 'Task_PublishMeasure', 'Gateway_PublishedMeasure', 'EndEvent_Stopped+50',
          'Task_ReviewAdjustmentClass@Gateway_Outcome+70'],
      ],
      levelShift: [270, 300],
    }],
  }],
  place: (g, shapes) => {
    const s = g.shape('SubProcess_Execution');
    const row = (k) => s.y + 80 + 100 * k;
    const at = (id, x, k, w, h) => shapes.set(id, { x: s.x + x, y: row(k) - h / 2, w, h });
    at('StartEvent_ExecutionStarted', 30, 0, 36, 36);
    at('Gateway_ExecutionFork', 100, 0, 50, 50);
    at('Task_ImplementDecision', 190, 0, 100, 80);
    at('Gateway_ExecutionReport', 330, 0, 50, 50);
    at('EndEvent_ExecutionCompleted', 436, 0, 36, 36);
    at('Task_ProgressReport', 230, 1.05, 100, 80);
    at('EndEvent_ProgressReported', 370, 1.05, 36, 36);
    at('EndEvent_ProblemReported', 520, 1.05, 36, 36);
    at('ServiceTask_RecordReportOverdue', 250, 2.1, 100, 80);
    at('Task_UrgeProgressReport', 390, 2.1, 100, 80);
    at('EndEvent_Urged', 530, 2.1, 36, 36);
    at('Task_SuperviseExecution', 190, 3.15, 100, 80);
    at('EndEvent_EvaluationProposed', 330, 3.15, 36, 36);
    at('Task_SuspendExecution', 190, 4.2, 100, 80);
    at('EndEvent_ExecutionSuspended', 330, 4.2, 36, 36);
  },
  routes: {
    Flow_ToSuperviseExecution: (g) => ({ exit: 'bottom', enter: 'left', via: [cy(g.shape('Task_SuperviseExecution'))] }),
    Flow_ToSuspendOption: (g) => ({ exit: 'bottom', enter: 'left', via: [cy(g.shape('Task_SuspendExecution'))] }),
    Flow_ProblemReported: (g) => ({ exit: 'bottom', enter: 'top',
      via: [g.shape('Gateway_ExecutionReport').y + 70, cx(g.shape('EndEvent_ProblemReported'))] }),
    Flow_ToDecideEvaluation: (g) => ({ exit: 'bottom', enter: 'top',
      via: [g.band(0).levelCy(1) - 72, cx(g.shape('Gateway_JoinDecideEvaluation'))] }),
    Flow_NoEvaluationContinue: (g) => ({ exit: 'top', enter: 'bottom',
      via: [g.band(0).levelCy(1) - 58, cx(g.shape('Gateway_ExecutionLoop'))] }),
    Flow_Resume: (g) => ({ exit: 'top', enter: 'bottom', via: [g.band(0).levelCy(1) - 58, cx(g.shape('Gateway_ExecutionLoop'))] }),
    Flow_NoEvaluationSuspended: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(0).levelCy(1) + 60, cx(g.shape('Gateway_JoinOutcome'))] }),
    Flow_Suspend: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(0).levelCy(2) + 58, cx(g.shape('Gateway_JoinPublishMeasure'))] }),
    Flow_Stop: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(0).levelCy(2) + 58, cx(g.shape('Gateway_JoinPublishMeasure'))] }),
    Flow_Adjust: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(0).levelCy(2)] }),
    Flow_AdjustmentClassReviewed: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(0).levelCy(2) + 50, cx(g.shape('Gateway_JoinOutcome'))] }),
    Flow_SuspensionRecorded: (g) => ({ exit: 'bottom', enter: 'top' }),
    Flow_UrgentSuspension: (g) => ({ exit: 'bottom', enter: 'left',
      via: [g.band(0).levelCy(1) - 64, g.shape('Gateway_JoinPublishMeasure').x - 40, g.band(0).levelCy(2)] }),
    Flow_UrgentSuspensionPublished: (g) => ({ exit: 'top', enter: 'bottom', via: [g.band(0).levelCy(1) + 56, cx(g.shape('Gateway_JoinDecideEvaluation'))] }),
    Flow_SuspensionPublished: (g) => ({ exit: 'top', enter: 'bottom', via: [g.band(0).levelCy(1) + 92, cx(g.shape('Gateway_JoinOutcome'))] }),
  },
  labels: {
    Gateway_EvaluationOrdered: { dx: -34 },
    Gateway_JoinDecideEvaluation: { below: true },
    Gateway_Outcome: { dx: -34 },
    Flow_ProblemReported: { segment: 1, below: true },
    Flow_NoEvaluationSuspended: { segment: 1, below: true },
    Flow_NoEvaluationContinue: { segment: 1, below: true },
    Flow_Stop: { segment: 1, below: true },
    Flow_Suspend: { segment: 1 },
    Gateway_PublishedMeasure: { below: true },
    Flow_UrgentSuspensionPublished: { segment: 1, below: true },
    Flow_SuspensionPublished: { segment: 1, below: true },
    Flow_UrgentSuspension: { segment: 1 },
  },
};
function cy(s) {
  return s.y + s.h / 2;
}
