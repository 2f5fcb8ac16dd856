// decision-catalogue.bpmn: the annual catalogue as 《重大行政决策程序暂行条例》 第十条 orders it:
// compiled and approved, published (each item opens its decision case), kept through the year
const cx = (s) => s.x + s.w / 2;

export default {
  file: 'decision-catalogue.bpmn',
  bands: [{
    extra: 40,
    stages: [
      {
        id: 'Group_Stage_Compile', name: '编制和审定目录',
        main: ['StartEvent_CatalogueStarted', 'ServiceTask_OpenCatalogue', 'Task_ProposeItems', 'Gateway_CompileAgain', 'Task_CompileCatalogue',
          'Task_ApproveCatalogue', 'Gateway_CatalogueApproved'],
      },
      {
        id: 'Group_Stage_Publish', name: '公布目录并启动决策',
        main: ['Task_PartyCommitteeConsent', 'Gateway_PartyCommitteeConsented', 'Task_PublishCatalogue', 'ServiceTask_OpenDecisionCases'],
      },
    ],
  }, {
    extra: 40,
    stages: [
      {
        id: 'Group_Stage_Keep', name: '目录调整和年终报告',
        main: ['Gateway_KeepAgain', 'Task_KeepCatalogue', 'Gateway_KeepAction', 'ServiceTask_YearEndReport', 'Task_YearEndReport',
          'EndEvent_CatalogueClosed'],
        below: [['Task_ApproveAdjustment@Gateway_KeepAction', 'Gateway_AdjustmentApproved', 'Gateway_AdjustmentConsentRequired',
          'Task_AdjustmentPartyCommitteeConsent', 'Gateway_AdjustmentConsented', 'Gateway_JoinApplyAdjustment', 'ServiceTask_ApplyAdjustment']],
      },
    ],
  }],
  routes: {
    Flow_CatalogueReturned: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(0).mainCy + 50, cx(g.shape('Gateway_CompileAgain'))] }),
    Flow_ToKeep: (g) => ({ exit: 'bottom', enter: 'left', via: [g.band(0).bottom + 4, g.shape('Gateway_KeepAgain').x - 18, g.band(1).mainCy] }),
    Flow_AdjustmentRefused: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(1).levelCy(1) + 50, cx(g.shape('Gateway_KeepAgain'))] }),
    Flow_PartyCommitteeRefused: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(0).mainCy + 58, cx(g.shape('Gateway_CompileAgain'))] }),
    Flow_AdjustmentConsentNotRequired: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(1).levelCy(1) + 50, cx(g.shape('Gateway_JoinApplyAdjustment'))] }),
    Flow_AdjustmentPartyCommitteeRefused: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(1).levelCy(1) + 66, cx(g.shape('Gateway_KeepAgain'))] }),
    Flow_AdjustmentApplied: (g) => ({ exit: 'bottom', enter: 'bottom', via: [g.band(1).levelCy(1) + 74, cx(g.shape('Gateway_KeepAgain'))] }),
  },
};
