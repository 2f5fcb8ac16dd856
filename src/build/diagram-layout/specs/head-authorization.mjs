// head-authorization.bpmn: the authorization period as an expanded subprocess on the line; a
// revocation (boundary event) below it
export default {
  file: 'head-authorization.bpmn',
  sizes: { SubProcess_AuthorizationPeriod: [610, 200] },
  boundary: { BoundaryEvent_Revoked: 520 },
  bands: [{
    stages: [{
      main: ['StartEvent_AuthorizationGiven', 'ServiceTask_RecordAuthorization', 'SubProcess_AuthorizationPeriod', 'ServiceTask_HandBackExpired',
        'EndEvent_Expired'],
      below: [['ServiceTask_HandBackRevoked@SubProcess_AuthorizationPeriod+215', 'EndEvent_Revoked']],
      levelShift: [80],
    }],
  }],
  place: (g, shapes) => {
    const s = g.shape('SubProcess_AuthorizationPeriod');
    const cy = s.y + 85;
    const at = (id, x, y, w, h) => shapes.set(id, { x: s.x + x, y: y - h / 2, w, h });
    at('StartEvent_PeriodOpened', 30, cy, 36, 36);
    at('Gateway_AlreadyBegun', 106, cy, 50, 50);
    at('Gateway_Begun', 236, cy, 50, 50);
    at('Timer_ValidFrom', 178, cy + 80, 36, 36);
    at('ServiceTask_HandOver', 326, cy, 100, 80);
    at('Timer_ValidUntil', 466, cy, 36, 36);
    at('EndEvent_PeriodOver', 542, cy, 36, 36);
  },
};
