// normative-document.bpmn: the stages of drafting an administrative normative document, read top to
// bottom: 起草 | 征求意见与审查 | 审议与签发 · 公布、备案与生效
const cx = (s) => s.x + s.w / 2;
const right = (s) => s.x + s.w;

export default {
  file: 'normative-document.bpmn',
  left: 70,
  bandGap: 0,
  gaps: { Gateway_DecisionProcedure: 60, Gateway_IdentificationFinding: 60 },
  sizes: { SubProcess_Withdraw: [330, 124], CallActivity_MajorDecisionProcedure: [140, 80] },
  bands: [
    {
      extra: 44,
      stages: [
        {
          id: 'Group_Stage_Drafting', name: '起草',
          main: ['StartEvent_DocumentProposed', 'ServiceTask_RegisterDocument', 'Task_IdentifyDocument', 'Gateway_IdentificationFinding',
            'Gateway_ProcedureTrack', 'ServiceTask_MarkOrdinaryTrack', 'Gateway_JoinDrafting', 'Task_Drafting',
            'BusinessRuleTask_DecideReviews', 'ServiceTask_ApplyReviewPlan'],
          below: [['EndEvent_NotNormativeDocument@ServiceTask_RegisterDocument', 'ServiceTask_RecordNotNormative@Task_IdentifyDocument',
            'ServiceTask_MarkMajorDecisionTrack@Gateway_ProcedureTrack']],
        },
      ],
    },
    {
      extra: 60,
      stages: [
        {
          id: 'Group_Stage_ConsultationReview', name: '征求意见与审查',
          main: ['Gateway_JoinReviewRound', 'Gateway_FcrNeeded', 'Task_FairCompetitionReview', 'Gateway_FcrConclusion',
            'Gateway_JoinConsultation', 'Gateway_DecisionProcedure', 'Gateway_ConsultationNeeded', 'CallActivity_PublicConsultation',
            'Gateway_JoinLegality', 'ServiceTask_PrepareLegalityReview', 'Gateway_OperatorsHeard+60', 'CallActivity_LegalityReview+60',
            'Gateway_LegalityOutcome'],
          below: [
            ['Task_DecideAfterFcr@Gateway_FcrConclusion', 'CallActivity_MajorDecisionProcedure@Gateway_DecisionProcedure',
              'ServiceTask_RecordMajorDecisionOutcome', 'Gateway_MajorDecisionOutcome', 'Task_ReviseForMakeUp@ServiceTask_PrepareLegalityReview-30',
              'Task_HearOperators@Gateway_OperatorsHeard',
              'ServiceTask_PlanMakeUp@CallActivity_LegalityReview', 'Task_AmendAfterLegality@Gateway_LegalityOutcome+120'],
            ['EndEvent_WithdrawnAfterFcr@Task_DecideAfterFcr-270', 'ServiceTask_WithdrawAfterFcr@Task_DecideAfterFcr-140',
              'Gateway_FcrFailAction@Task_DecideAfterFcr',
              'EndEvent_NotIssuedDecisionRejected@CallActivity_MajorDecisionProcedure-20', 'ServiceTask_StopDecisionRejected@ServiceTask_RecordMajorDecisionOutcome-40',
              'Task_AmendAfterDecision@Gateway_MajorDecisionOutcome+260', 'ServiceTask_StopUnlawful@Gateway_LegalityOutcome',
              'EndEvent_NotIssuedUnlawful'],
          ],
        },
      ],
    },
    {
      extra: 30,
      stages: [
        {
          id: 'Group_Stage_Deliberation', name: '审议与签发',
          main: ['Gateway_JoinDeliberation', 'Task_Deliberation', 'Gateway_DeliberationOutcome', 'Gateway_JoinNumbering+150',
            'Task_Signing', 'Gateway_SigningDecision', 'ServiceTask_AssignNumber'],
          below: [['EndEvent_NotIssuedRejected@Gateway_JoinDeliberation', 'ServiceTask_StopRejected@Task_Deliberation',
            'Task_AmendAfterDeliberation@Gateway_DeliberationOutcome+120', 'Gateway_MaterialChange',
            'Task_AmendAfterSigningRefusal@Gateway_SigningDecision+110'],
            ['EndEvent_NotIssuedNotSigned@Gateway_SigningDecision-130', 'ServiceTask_StopNotSigned@Gateway_SigningDecision']],
        },
        {
          id: 'Group_Stage_Publication', name: '公布、备案与生效',
          main: ['Task_Publication', 'Gateway_AfterPublication', 'Timer_EffectiveDate', 'ServiceTask_EnterIntoForce',
            'ServiceTask_StartValidityManagement', 'EndEvent_InForce'],
          below: [['Task_Filing@Gateway_AfterPublication', 'EndEvent_Filed'],
            ['ServiceTask_FlagFilingLate@Task_Filing+20', 'Task_FilingOverdue', 'EndEvent_FilingEscalationHandled']],
        },
      ],
    },
  ],
  // who acts (the colours of the user tasks): top right, above the withdrawal
  legend: { at: (g) => ({ x: right(g.shape('ServiceTask_ApplyReviewPlan')) + 60, y: 10, width: 370 }) },
  // the withdrawal event subprocess (any time before publication) sits at the right of the first band
  place: (g, shapes) => {
    const b = g.band(0);
    const x = right(g.shape('ServiceTask_ApplyReviewPlan')) + 90;
    const y = b.mainCy + 40;
    shapes.set('SubProcess_Withdraw', { x, y, w: 330, h: 124 });
    shapes.set('StartEvent_WithdrawRequested', { x: x + 30, y: y + 51, w: 36, h: 36 });
    shapes.set('ServiceTask_WithdrawOnRequest', { x: x + 110, y: y + 29, w: 100, h: 80 });
    shapes.set('EndEvent_WithdrawnOnRequest', { x: x + 260, y: y + 51, w: 36, h: 36 });
  },
  routes: {
    // 起草
    Flow_IdentifiedAsNotNormative: (g) => ({ exit: 'bottom', enter: 'right', via: [g.band(0).levelCy(1)] }),
    Flow_ToEndNotNormative: { exit: 'left', enter: 'right' },
    Flow_ToReviewRound: (g) => ({ exit: 'bottom', enter: 'left',
      via: [g.band(0).bottom + 4, g.shape('Gateway_JoinReviewRound').x - 18, g.band(1).mainCy] }),
    // 征求意见与审查
    Flow_NoFcr: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(1).mainCy + 50, cx(g.shape('Gateway_JoinConsultation'))] }),
    Flow_FcrWithdraw: { exit: 'left', enter: 'right' },
    Flow_ToEndWithdrawnAfterFcr: { exit: 'left', enter: 'right' },
    Flow_FcrRevise: (g) => ({ exit: 'bottom', enter: 'bottom',
      via: [g.band(1).levelCy(2) + 50, 24, g.band(0).levelCy(1) + 56, cx(g.shape('Gateway_JoinDrafting'))] }),
    Flow_SkipConsultation: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(1).mainCy + 50, cx(g.shape('Gateway_JoinLegality'))] }),
    Flow_MajorDecisionRejected: (g) => ({ exit: 'bottom', enter: 'right', via: [g.band(1).levelCy(2)] }),
    Flow_ToEndDecisionRejected: { exit: 'left', enter: 'right' },
    Flow_MajorDecisionAmend: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(1).levelCy(2)] }),
    Flow_MajorDecisionApproved: (g) => ({ exit: 'right', enter: 'top',
      via: [right(g.shape('Gateway_MajorDecisionOutcome')) + 20, g.band(1).levelCy(2) + 66, cx(g.shape('Gateway_JoinNumbering'))] }),
    Flow_AmendedAfterDecision: (g) => ({ exit: 'bottom', enter: 'top',
      via: [g.band(1).levelCy(2) + 66, cx(g.shape('Gateway_JoinNumbering'))] }),
    Flow_ToHearOperators: { exit: 'bottom', enter: 'top' },
    Flow_OperatorsHeard: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(1).levelCy(1) + 46, cx(g.shape('Gateway_JoinLegality'))] }),
    Flow_LegalityMissingProcedure: (g) => ({ exit: 'bottom', enter: 'right', via: [g.band(1).levelCy(1)] }),
    Flow_ToReviseForMakeUp: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(1).levelCy(1) + 54, cx(g.shape('Task_ReviseForMakeUp'))] }),
    Flow_MakeUpRound: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(1).levelCy(2) + 50, cx(g.shape('Gateway_JoinReviewRound'))] }),
    Flow_LegalityAmend: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(1).levelCy(1)] }),
    Flow_LegalityLawful: (g) => ({ exit: 'right', enter: 'left',
      via: [right(g.shape('Task_AmendAfterLegality')) + 20, g.band(1).bottom + 4, g.shape('Gateway_JoinDeliberation').x - 18, g.band(2).mainCy] }),
    Flow_AmendedToDeliberation: (g) => ({ exit: 'right', enter: 'left',
      via: [right(g.shape('Task_AmendAfterLegality')) + 20, g.band(1).bottom + 4, g.shape('Gateway_JoinDeliberation').x - 18, g.band(2).mainCy] }),
    // 审议与签发
    Flow_DeliberationRejected: (g) => ({ exit: 'bottom', enter: 'right', via: [g.band(2).levelCy(1)] }),
    Flow_ToEndRejected: { exit: 'left', enter: 'right' },
    Flow_DeliberationAmend: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(2).levelCy(1)] }),
    Flow_MinorChange: (g) => ({ exit: 'top', enter: 'bottom', via: [g.band(2).mainCy + 50, cx(g.shape('Gateway_JoinNumbering'))] }),
    Flow_MaterialChangeToLegality: (g) => ({ exit: 'right', enter: 'bottom',
      via: [right(g.shape('Gateway_MaterialChange')) + 20, g.band(2).levelCy(1) + 52, 24, g.band(1).levelCy(2) + 58,
        cx(g.shape('Gateway_JoinLegality'))] }),
    Flow_SigningReturned: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(2).levelCy(1)] }),
    Flow_ToEndNotSigned: { exit: 'left', enter: 'right' },
    Flow_SigningNotIssued: { exit: 'bottom', enter: 'top' },
    Flow_AmendedAfterSigningRefusal: (g) => ({ exit: 'bottom', enter: 'bottom',
      via: [g.band(2).levelCy(2) + 52, 24, g.band(1).levelCy(2) + 58, cx(g.shape('Gateway_JoinLegality'))] }),
    // 公布、备案与生效
    Flow_ToFlagFilingLate: { exit: 'bottom', enter: 'top' },
  },
  labels: {
    Gateway_MaterialChange: { below: true },
    Flow_SkipConsultation: { side: 'left' },
    Flow_ToMajorDecisionProcedure: { side: 'left' },
    Flow_IdentifiedAsNotNormative: { segment: 1 },
    Flow_MajorDecisionRejected: { segment: 1 },
    Flow_MajorDecisionAmend: { segment: 1 },
    Flow_LegalityMissingProcedure: { segment: 1 },
    Flow_LegalityAmend: { segment: 1 },
    Flow_DeliberationRejected: { segment: 1 },
    Flow_SigningReturned: { segment: 1 },
    Flow_SigningNotIssued: { side: 'left' },
    Flow_DeliberationAmend: { segment: 1 },
    Flow_MaterialChangeToLegality: { segment: 1 },
    Flow_LegalityLawful: { segment: 0, above: true },
    Flow_MajorDecisionApproved: { segment: 1 },
  },
};
