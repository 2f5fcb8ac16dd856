// major-decision.bpmn: the stages of 《重大行政决策程序暂行条例》 as four bands, read top to bottom:
// 决策启动 · 公众参与 | 专家论证 · 风险评估 · 公平竞争审查 | 合法性审查 · 廉洁性审查 | 集体讨论决定和决策公布 · 决策执行和调整
const cx = (s) => s.x + s.w / 2;
const cy = (s) => s.y + s.h / 2;
const bottom = (s) => s.y + s.h;
const right = (s) => s.x + s.w;

export default {
  file: 'major-decision.bpmn',
  left: 64,
  bandGap: 0,
  gap: 30,
  pad: 14,
  taskWidth: 90,
  stageGap: 20,
  gaps: { ServiceTask_RecordLegality: 60, Gateway_FcrRequired: 50 },
  bands: [
    {
      extra: 32,
      labelZone: 16,
      stages: [
        {
          id: 'Group_Stage_Initiation', name: '决策启动',
          main: ['StartEvent_DecisionProposed', 'ServiceTask_RegisterDecision', 'Gateway_CalledForDocument', 'Task_Proposal',
            'Task_DecideStart', 'Gateway_StartDecision', 'Task_DraftPlan'],
          below: [['ServiceTask_AdoptDocumentDraft@Gateway_CalledForDocument+70', 'Task_ClassifyDocumentDecision',
            'EndEvent_NotStarted@Gateway_StartDecision-50', 'EndEvent_OutsideProcedure@Gateway_StartDecision+60']],
        },
        {
          id: 'Group_Stage_Participation', name: '公众参与',
          main: ['Gateway_JoinConsultation', 'CallActivity_PublicConsultation', 'Task_AssessParticipation', 'Gateway_FindingNeeded',
            'Task_FindApplicableProcedures', 'BusinessRule_HearingRequired', 'BusinessRule_ExpertRequired', 'ServiceTask_PlanProcedures',
            'Gateway_JoinProcedures', 'Gateway_HearingRequired', 'CallActivity_Hearing', 'Gateway_HearingDone'],
        },
      ],
    },
    {
      stages: [
        {
          id: 'Group_Stage_Experts', name: '专家论证',
          main: ['Gateway_ExpertRequired', 'Task_SelectExperts', 'Task_ExpertOpinion', 'Task_ExpertAdoptionReport', 'Gateway_ExpertsDone'],
        },
        {
          id: 'Group_Stage_Risk', name: '风险评估',
          main: ['Gateway_RiskAssessmentRequired', 'Gateway_RiskLoop', 'Task_RiskAssessment', 'BusinessRule_RiskLevel', 'Task_JudgeRisk',
            'Gateway_RiskControllable', 'Gateway_RiskDone'],
          below: [['Task_ReviseAfterRisk@Gateway_RiskControllable']],
        },
        {
          id: 'Group_Stage_FairCompetition', name: '公平竞争审查',
          main: ['Gateway_FcrRequired', 'Gateway_FcrLoop', 'Task_FairCompetitionReview', 'Gateway_FcrPassed', 'Gateway_FcrDone'],
          below: [['Task_ReviseAfterFcr@Gateway_FcrPassed']],
        },
      ],
    },
    {
      extra: 28,
      stages: [
        {
          id: 'Group_Stage_Legality', name: '合法性审查',
          main: ['Gateway_LegalityLoop', 'ServiceTask_PrepareLegalityReview', 'CallActivity_LegalityReview', 'ServiceTask_RecordLegality',
            'Gateway_LegalityPassed'],
          below: [['EndEvent_NotProceeded@Gateway_LegalityLoop', 'Gateway_StopDecided', 'Task_DecideNotToProceed', 'Gateway_ReviseOrStop',
            'Task_ReviseAfterReview', 'Gateway_RevisionNeeded@Gateway_LegalityPassed',
            'ServiceTask_PlanMakeUp@Gateway_LegalityPassed+230', 'Gateway_MakeUpConsultation']],
        },
        {
          id: 'Group_Stage_Integrity', name: '廉洁性审查',
          main: ['Gateway_IntegrityEnabled+60', 'Task_IntegrityReview', 'Gateway_IntegrityPassed'],
        },
      ],
    },
    {
      labelZone: 14,
      stages: [
        {
          id: 'Group_Stage_Deliberation', name: '集体讨论决定和决策公布',
          main: ['Gateway_MaterialsLoop', 'ServiceTask_CheckMaterials', 'CallActivity_OrganMeeting', 'ServiceTask_ApplyMeetingDecision',
            'Gateway_HeadDecision', 'Gateway_ReturnToDocument', 'Gateway_Amendments', 'Gateway_JoinAmended', 'Task_HeadDecision',
            'Gateway_PartyCommitteeReportRequired', 'Task_PartyCommitteeReport', 'Gateway_PartyCommitteeAnswer', 'Gateway_JoinPublication',
            'Task_Publication'],
          below: [['Task_CompleteMaterials@ServiceTask_CheckMaterials+20', 'Task_ResubmitDeferred@ServiceTask_ApplyMeetingDecision',
            'EndEvent_Rejected@Gateway_HeadDecision+60', 'EndEvent_ReturnedToNormativeDocument@Gateway_ReturnToDocument+60',
            'Task_AmendDecision@Gateway_JoinAmended', 'EndEvent_PartyCommitteeDisagreed@Gateway_PartyCommitteeAnswer+60']],
        },
        {
          id: 'Group_Stage_Implementation', name: '决策执行和调整',
          main: ['CallActivity_DecisionImplementation', 'Gateway_ImplementationResult', 'ServiceTask_Archive', 'EndEvent_Archived'],
          below: [['EndEvent_Stopped@CallActivity_DecisionImplementation-30', 'ServiceTask_StartAdjustment@ServiceTask_Archive+40',
            'EndEvent_Superseded']],
        },
      ],
    },
  ],
  // who acts (the colours of the user tasks): in the third band, right of 廉洁性审查
  legend: { at: (g) => ({ x: right(g.shape('Gateway_IntegrityPassed')) + 90, y: g.band(2).top + 30, width: 1000 }) },
  routes: {
    // 决策启动
    Flow_DocumentToConsultation: (g) => ({ exit: 'bottom', enter: 'bottom',
      via: [g.band(0).levelCy(1) + 50, cx(g.shape('Gateway_JoinConsultation'))] }),
    Flow_NotStarted: (g) => ({ exit: 'bottom', enter: 'right', via: [g.band(0).levelCy(1)] }),
    Flow_OutsideProcedure: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(0).levelCy(1)] }),
    Flow_DocumentProcedure: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(0).levelCy(1)] }),
    // 公众参与
    Flow_MakeUpAfterConsultation: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(0).mainCy + 50, cx(g.shape('Gateway_JoinProcedures'))] }),
    Flow_NoHearing: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(0).mainCy + 50, cx(g.shape('Gateway_HearingDone'))] }),
    Flow_ToExpertGateway: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(0).bottom + 4, g.shape('Gateway_ExpertRequired').x - 18, g.band(1).mainCy] }),
    // 专家论证、风险评估、公平竞争审查
    Flow_NoExperts: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(1).mainCy + 50, cx(g.shape('Gateway_ExpertsDone'))] }),
    Flow_NoRisk: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(1).mainCy + 50, cx(g.shape('Gateway_RiskDone'))] }),
    Flow_Reassess: (g) => ({ exit: 'left', enter: 'bottom', via: [cx(g.shape('Gateway_RiskLoop'))] }),
    Flow_NoFcr: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(1).mainCy + 50, cx(g.shape('Gateway_FcrDone'))] }),
    Flow_FcrRevised: (g) => ({ exit: 'left', enter: 'bottom', via: [cx(g.shape('Gateway_FcrLoop'))] }),
    Flow_FcrToLegality: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(1).bottom + 4, g.shape('Gateway_LegalityLoop').x - 18, g.band(2).mainCy] }),
    // 合法性审查
    Flow_LegalityFailed: () => ({ exit: 'bottom', enter: 'top' }),
    // issue 24: the drafting unit revises or proposes to stop; the head decides (the way out of the 不合法 loop)
    Flow_ToReviseOrStop: () => ({ exit: 'left', enter: 'right' }),
    Flow_ProposeStop: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(2).levelCy(1) + 40, cx(g.shape('Task_DecideNotToProceed'))] }),
    Flow_ToStopDecided: () => ({ exit: 'left', enter: 'right' }),
    Flow_StopProceeding: () => ({ exit: 'left', enter: 'right' }),
    Flow_ContinueRevising: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(2).levelCy(1) + 56, cx(g.shape('Gateway_RevisionNeeded'))] }),
    Flow_MissingProcedure: (g) => ({ exit: 'right', enter: 'left',
      via: [right(g.shape('Gateway_LegalityPassed')) + 25, g.band(2).levelCy(1)] }),
    Flow_ToReviseAfterReview: { exit: 'left', enter: 'right' },
    Flow_Resubmit: (g) => ({ exit: 'top', enter: 'bottom', via: [g.band(2).mainCy + 50, cx(g.shape('Gateway_LegalityLoop'))] }),
    Flow_MakeUpConsultation: (g) => ({ exit: 'bottom', enter: 'bottom',
      via: [g.band(2).levelCy(1) + 50, 24, g.band(0).levelCy(1) + 58, cx(g.shape('Gateway_JoinConsultation'))] }),
    Flow_MakeUpProcedures: (g) => ({ exit: 'right', enter: 'bottom',
      via: [right(g.shape('Gateway_MakeUpConsultation')) + 20, g.band(2).levelCy(1) + 56, 34, g.band(0).levelCy(1) + 66,
        cx(g.shape('Gateway_JoinProcedures'))] }),
    Flow_IntegrityOff: (g) => ({ exit: 'bottom', enter: 'left',
      via: [g.band(2).mainCy + 50, right(g.shape('Gateway_IntegrityPassed')) + 24, g.band(2).bottom + 4, g.shape('Gateway_MaterialsLoop').x - 18, g.band(3).mainCy] }),
    Flow_IntegrityPassed: (g) => ({ exit: 'right', enter: 'left',
      via: [right(g.shape('Gateway_IntegrityPassed')) + 24, g.band(2).bottom + 4, g.shape('Gateway_MaterialsLoop').x - 18, g.band(3).mainCy] }),
    Flow_IntegrityFailed: (g) => ({ exit: 'bottom', enter: 'bottom',
      via: [g.band(2).levelCy(1) + 44, cx(g.shape('Gateway_RevisionNeeded'))] }),
    // 集体讨论决定和决策公布
    Flow_MaterialsSupplied: (g) => ({ exit: 'left', enter: 'bottom', via: [cx(g.shape('Gateway_MaterialsLoop'))] }),
    Flow_Deferred: (g) => ({ exit: 'bottom', enter: 'right', via: [g.band(3).levelCy(1)] }),
    Flow_Rejected: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(3).levelCy(1)] }),
    Flow_ReturnToDocument: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(3).levelCy(1)] }),
    Flow_PartyCommitteeReportNotRequired: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(3).mainCy + 50, cx(g.shape('Gateway_JoinPublication'))] }),
    Flow_PartyCommitteeDisagreed: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(3).levelCy(1)] }),
    Flow_ToAmendDecision: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(3).levelCy(1)] }),
    Flow_DecisionAmended: (g) => ({ exit: 'top', enter: 'bottom' }),
    Flow_Resubmitted: (g) => ({ exit: 'bottom', enter: 'left',
      via: [g.band(3).levelCy(1) + 50, 24, g.band(2).mainCy] }),
    // 决策执行和调整
    Flow_Stop: (g) => ({ exit: 'bottom', enter: 'right', via: [g.band(3).levelCy(1)] }),
    Flow_MajorAdjustment: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(3).levelCy(1)] }),
  },
  labels: {
    Gateway_RevisionNeeded: { below: true },
    // below, right of its lines: the top right corner of Cockpit's pane holds its statistics switch (活动实例统计)
    Gateway_HearingDone: { below: true, dx: 38 },
    Flow_DocumentProcedure: { side: 'left' },
    Flow_IntegrityOff: { side: 'left' },
    Flow_MakeUpProcedures: { segment: 1 },
    Flow_NotStarted: { side: 'left' },
    Flow_OutsideProcedure: { dy: 16 },
    Flow_LegalityFailed: { segment: 0, side: 'left' },
    Flow_Resubmit: { segment: 2 },
    Flow_ProposeStop: { segment: 1, below: true },
    Flow_MissingProcedure: { segment: 2, above: true },
    Flow_Deferred: { segment: 1 },
    Flow_Rejected: { segment: 1 },
    Flow_Stop: { segment: 1 },
    Flow_MajorAdjustment: { segment: 1 },
    Flow_ReturnToDocument: { segment: 1 },
    Flow_PartyCommitteeDisagreed: { segment: 1 },
    Flow_ToAmendDecision: { segment: 1 },
  },
};
