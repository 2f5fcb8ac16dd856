// Lays out a model's diagram (bpmndi) from a grid spec in src/build/diagram-layout/specs/<model>.mjs, so that a
// diagram can be laid out again after the model changes instead of moving thousands of coordinates
// by hand. Only the diagram interchange and the stage groups (bpmn:group + bpmn:category, ids
// Group_Stage_* / Category_Stages) are written; every other line of the model stays as it is.
//
// Usage: npm run diagrams [-- major-decision ...]   (no argument: every spec in specs/)
//
// A spec is a list of bands (rows). Each band holds one or more stages (groups) side by side; in a
// band the happy path runs left to right on the main line, exceptions sit on the levels below it,
// each under the element they leave from (`'Id@Anchor'`, or `'Id@Anchor+dx'`). Flows are routed
// orthogonally: straight on a line, down-then-right to a level below, right-then-up back to the
// main line; back-flows take a `via` list (alternating y, x, y ... corridor coordinates).
// After writing, the same checks as model/DiagramLayoutTests run and are printed.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BpmnModdle } from 'bpmn-moddle';

const SIZE = {
  'bpmn:Task': [100, 80], 'bpmn:UserTask': [100, 80], 'bpmn:ServiceTask': [100, 80],
  'bpmn:BusinessRuleTask': [100, 80], 'bpmn:CallActivity': [100, 80], 'bpmn:ScriptTask': [100, 80],
  'bpmn:SendTask': [100, 80], 'bpmn:ReceiveTask': [100, 80], 'bpmn:ManualTask': [100, 80],
  'bpmn:SubProcess': [100, 80], 'bpmn:ExclusiveGateway': [50, 50], 'bpmn:ParallelGateway': [50, 50],
  'bpmn:InclusiveGateway': [50, 50], 'bpmn:EventBasedGateway': [50, 50], 'bpmn:StartEvent': [36, 36],
  'bpmn:EndEvent': [36, 36], 'bpmn:IntermediateCatchEvent': [36, 36], 'bpmn:IntermediateThrowEvent': [36, 36],
  'bpmn:BoundaryEvent': [36, 36],
};

// bpmn-js draws an external label (events, gateways, flows) at 11 px, wrapped at 90 px
export function labelSize(text) {
  let width = 0;
  for (const ch of text) width += /[\u0000-\u00ff]/.test(ch) ? 6.5 : 11;
  const lines = Math.max(1, Math.ceil(width / 88));
  return [Math.ceil(Math.min(90, width)) + 2, Math.ceil(lines * 13.2) + 2];
}

// who acts on a user task: its fill and border (BPMN in Color, drawn by bpmn-js in Cockpit and Tasklist),
// named in a legend drawn in the diagram; the same table is read by model/DiagramLayoutTests
const ACTORS = JSON.parse(readFileSync(new URL('./actors.json', import.meta.url), 'utf8')).actors;
const COLOR_NS = 'http://www.omg.org/spec/BPMN/non-normative/color/1.0';
const TASK_TEXT = '#1a1a1a'; // a coloured task's name stays (nearly) black, not its border's colour

// a text annotation's text at 12 px, 7 px padding: one line
function annotationSize(text) {
  let width = 0;
  for (const ch of text) width += /[\u0000-\u00ff]/.test(ch) ? 7 : 12;
  return [Math.ceil(width) + 22, 30];
}

const GAP = 40;
const BAND_TOP_PAD = 20; // the stage name
const LABEL_ZONE = 24; // gateway names above the main line
const LEVEL = 100; // main line centre to first level centre

export async function layout(spec) {
  const path = `bpmn/${spec.file}`;
  const xml = readFileSync(path, 'utf8');
  const moddle = new BpmnModdle();
  const { rootElement: defs } = await moddle.fromXML(xml);
  const proc = defs.rootElements.find((e) => e.$type === 'bpmn:Process');
  const byId = new Map();
  const collect = (container) => {
    for (const e of container.flowElements || []) {
      byId.set(e.id, e);
      if (e.flowElements) collect(e);
    }
  };
  collect(proc);

  // a large model may lay its elements closer (spec.gap: between two shapes on a line; spec.pad: a stage's
  // frame around its shapes; spec.stageGap: between two stages' frames)
  const gap = spec.gap ?? GAP;
  const pad = spec.pad ?? 20;
  const shapes = new Map(); // id -> {x,y,w,h,type,name,label?}
  const size = (id) => {
    const e = byId.get(id);
    if (!e) throw new Error(`${spec.file}: no element ${id}`);
    const s = spec.sizes?.[id] || SIZE[e.$type];
    if (!s) throw new Error(`${spec.file}: no size for ${e.$type}`);
    // spec.taskWidth: narrower activities for a large model (bpmn-js wraps a task's name to its width)
    return s[0] === 100 && spec.taskWidth ? [spec.taskWidth, s[1]] : s;
  };
  const groups = [];
  let top = 0;
  const bands = [];
  for (const band of spec.bands) {
    // room for the stage names (bpmn-js wraps a group's name at 90 px)
    const nameHeight = Math.max(0, ...band.stages.filter((st) => st.name).map((st) => labelSize(st.name)[1]));
    // band.labelZone: less room above the main line where no gateway's name there reaches the stage names
    const mainCy = top + 6 + nameHeight + (band.labelZone ?? LABEL_ZONE) + 40 + (band.pad ?? 0);
    let x = spec.left ?? 60;
    let levels = 0;
    const bandGroups = [];
    for (const stage of band.stages) {
      const x0 = x - pad;
      const ids = stage.main.map((item) => item.split('+')[0]);
      for (const [i, item] of stage.main.entries()) {
        const [id, gapBefore] = item.split('+');
        if (gapBefore) x += Number(gapBefore);
        const [w, h] = size(id);
        shapes.set(id, { x, y: mainCy - h / 2, w, h });
        // a named flow on the main line gets the room its label needs (drawn below the line)
        const next = ids[i + 1] ?? band.stages[band.stages.indexOf(stage) + 1]?.main[0].split('+')[0];
        const flow = [...byId.values()].find((f) => f.$type === 'bpmn:SequenceFlow' && f.sourceRef.id === id && f.targetRef.id === next);
        const need = flow?.name ? labelSize(flow.name)[0] + 10 : 0;
        x += w + (spec.gaps?.[id] ?? Math.max(gap, need));
      }
      for (const [i, level] of (stage.below || []).entries()) {
        levels = Math.max(levels, i + 1);
        const cy = mainCy + LEVEL * (i + 1) + (stage.levelShift?.[i] || 0);
        let lx = null;
        for (const item of level) {
          const m = item.match(/^([^@+]+)(?:@([^+-]+))?([+-]\d+)?$/);
          const [, id, anchor, dx] = m;
          const [w, h] = size(id);
          let cx;
          if (anchor) {
            const a = shapes.get(anchor);
            if (!a) throw new Error(`${spec.file}: anchor ${anchor} not placed before ${id}`);
            cx = a.x + a.w / 2 + Number(dx || 0);
          } else {
            cx = lx + gap + w / 2 + Number(dx || 0);
          }
          shapes.set(id, { x: cx - w / 2, y: cy - h / 2, w, h });
          lx = cx + w / 2;
        }
      }
      if (stage.name) bandGroups.push({ name: stage.name, x0, x1: x - gap + pad, id: stage.id });
      x += stage.after ?? spec.stageGap ?? 30;
    }
    const bottom = mainCy + 40 + levels * LEVEL + (band.extra ?? 24) + Math.max(0, ...band.stages.map((st) => st.levelShift?.[levels - 1] ?? 0));
    for (const g of bandGroups) groups.push({ ...g, y0: top + 4, y1: bottom - 4 });
    const shift = (i) => (i > 0 ? Math.max(0, ...band.stages.map((st) => st.levelShift?.[i - 1] ?? 0)) : 0);
    bands.push({ top, mainCy, bottom, levelCy: (i) => mainCy + LEVEL * i + shift(i) });
    top = bottom + (spec.bandGap ?? 8);
  }
  if (spec.place) spec.place({ band: (i) => bands[i], shape: (id) => shapes.get(id) }, shapes);
  // boundary events sit on their host's lower edge
  for (const e of byId.values()) {
    if (e.$type === 'bpmn:BoundaryEvent') {
      const host = shapes.get(e.attachedToRef.id);
      const dx = spec.boundary?.[e.id] ?? host.w - 30;
      shapes.set(e.id, { x: host.x + dx - 18, y: host.y + host.h - 18, w: 36, h: 36 });
    }
  }
  for (const [id, e] of byId) {
    if (e.$type !== 'bpmn:SequenceFlow' && !shapes.has(id)) throw new Error(`${spec.file}: ${id} not placed`);
  }
  const geo = { band: (i) => bands[i], shape: (id) => shapes.get(id), left: spec.left ?? 60 };

  // edges
  const subLabels = new Map();
  const edges = new Map();
  for (const [id, f] of byId) {
    if (f.$type !== 'bpmn:SequenceFlow') continue;
    const s = shapes.get(f.sourceRef.id);
    const t = shapes.get(f.targetRef.id);
    const r = spec.routes?.[id];
    edges.set(id, route(s, t, typeof r === 'function' ? r(geo) : r, id));
  }

  // labels
  const labels = new Map();
  for (const [id, e] of byId) {
    if (!e.name) continue;
    const isExternal = /Gateway|Event/.test(e.$type) || e.$type === 'bpmn:SequenceFlow';
    if (!isExternal) continue;
    const [w, h] = labelSize(e.name);
    const o = spec.labels?.[id] || {};
    let x, y;
    if (e.$type === 'bpmn:SequenceFlow') {
      const p = edges.get(id);
      const [a, b] = o.segment != null ? [p[o.segment], p[o.segment + 1]] : [p[0], p[1]];
      if (a.y === b.y) { // horizontal: centred, below a first segment (gateway names are above), else above
        x = (a.x + b.x) / 2 - w / 2; y = ((o.segment ?? 0) === 0 && !o.above) || o.below ? a.y + 3 : a.y - h - 2;
      } else { // vertical: right (or left) of the line, near its start
        x = o.side === 'left' ? a.x - 4 - w : a.x + 4; y = Math.min(a.y, b.y) + (b.y > a.y ? 4 : (Math.abs(b.y - a.y) - h) / 2);
      }
    } else if (/Gateway/.test(e.$type)) {
      const s = shapes.get(id);
      x = s.x + s.w / 2 - w / 2; y = o.below ? s.y + s.h + 2 : s.y - h - 2;
    } else {
      const s = shapes.get(id);
      if (e.$type === 'bpmn:BoundaryEvent') { x = o.side === 'left' ? s.x - w - 2 : s.x + s.w + 2; y = s.y + s.h / 2 + 3; }
      else { x = s.x + s.w / 2 - w / 2; y = s.y + s.h + 4; }
    }
    x += o.dx || 0; y += o.dy || 0;
    if (o.at) [x, y] = o.at(geo, w, h);
    labels.set(id, { x: Math.round(x), y: Math.round(y), w, h });
  }

  // an expanded subprocess's name is drawn inside it, centred at the top (12 px)
  for (const [id, e] of byId) {
    if (e.$type === 'bpmn:SubProcess' && e.name) {
      const sp = shapes.get(id);
      const w = Math.min(sp.w - 10, [...e.name].length * 12);
      subLabels.set(id, { x: sp.x + sp.w / 2 - w / 2, y: sp.y + 5, w, h: 16 });
    }
  }
  for (const g of groups) {
    const [w, h] = labelSize(g.name);
    g.label = { x: Math.round(g.x0 + 6), y: Math.round(g.y0 + 3), w, h };
    labels.set(g.id, g.label);
  }

  // who acts: every user task's actor from its candidate groups or assignee, as written
  const actorOf = new Map();
  for (const [id, e] of byId) {
    if (e.$type !== 'bpmn:UserTask') continue;
    const who = e.get('camunda:candidateGroups') || e.get('camunda:assignee');
    const actor = ACTORS.find((a) => a.assignments.includes(who));
    if (!actor) throw new Error(`${spec.file}: ${id} (${who}) has no actor in actors.json`);
    actorOf.set(id, actor);
  }
  // the legend: a row (wrapped at spec.legend.width) of text annotations, below the bands or where the spec puts it
  const legend = [];
  if (actorOf.size) {
    const used = ACTORS.filter((a) => [...actorOf.values()].includes(a));
    const entries = [{ id: 'TextAnnotation_ActorLegend', text: '任务的颜色表示办理者：' },
      ...used.map((a) => ({ id: `TextAnnotation_Actor${a.id}`, text: `■ ${a.name}`, stroke: a.stroke }))];
    if ([...byId.values()].some((e) => /ServiceTask|BusinessRuleTask|SendTask/.test(e.$type))) {
      entries.push({ id: 'TextAnnotation_ActorSystem', text: '□ 系统自动办理' });
    }
    let right = 0;
    for (const sh of shapes.values()) right = Math.max(right, sh.x + sh.w);
    for (const g of groups) right = Math.max(right, g.x1);
    const at = spec.legend?.at ? spec.legend.at(geo) : { x: (spec.left ?? 60) - pad, y: bands[bands.length - 1].bottom + 4 };
    const width = at.width ?? right - at.x;
    let lx = at.x, ly = at.y;
    for (const entry of entries) {
      const [w, h] = annotationSize(entry.text);
      if (lx > at.x && lx + w > at.x + width) { lx = at.x; ly += h + 4; }
      legend.push({ ...entry, x: lx, y: ly, w, h });
      lx += w + 8;
    }
  }

  // write
  const r = (n) => Math.round(n);
  const di = [];
  // the diagram and plane keep their ids
  const planeId = xml.match(/<bpmndi:BPMNPlane id="([^"]+)"/)?.[1] || 'BPMNPlane_1';
  const diagramId = xml.match(/<bpmndi:BPMNDiagram id="([^"]+)"/)?.[1] || 'BPMNDiagram_1';
  di.push(`  <bpmndi:BPMNDiagram id="${diagramId}">`);
  di.push(`    <bpmndi:BPMNPlane id="${planeId}" bpmnElement="${proc.id}">`);
  for (const g of groups) {
    const l = g.label;
    di.push(`      <bpmndi:BPMNShape id="${g.id}_di" bpmnElement="${g.id}">`);
    di.push(`        <dc:Bounds x="${r(g.x0)}" y="${r(g.y0)}" width="${r(g.x1 - g.x0)}" height="${r(g.y1 - g.y0)}" />`);
    di.push(`        <bpmndi:BPMNLabel>`);
    di.push(`          <dc:Bounds x="${l.x}" y="${l.y}" width="${l.w}" height="${l.h}" />`);
    di.push(`        </bpmndi:BPMNLabel>`);
    di.push(`      </bpmndi:BPMNShape>`);
  }
  const shapeOrder = [...shapes.keys()].sort((a, b) => (byId.get(a).$type === 'bpmn:BoundaryEvent') - (byId.get(b).$type === 'bpmn:BoundaryEvent'));
  for (const id of shapeOrder) {
    const s = shapes.get(id);
    const gw = byId.get(id).$type === 'bpmn:ExclusiveGateway' ? ' isMarkerVisible="true"'
      : byId.get(id).$type === 'bpmn:SubProcess' ? ' isExpanded="true"' : '';
    const actor = actorOf.get(id);
    const color = actor ? ` color:background-color="${actor.fill}" color:border-color="${actor.stroke}"` : '';
    di.push(`      <bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"${gw}${color}>`);
    di.push(`        <dc:Bounds x="${r(s.x)}" y="${r(s.y)}" width="${s.w}" height="${s.h}" />`);
    if (actor) di.push(`        <bpmndi:BPMNLabel color:color="${TASK_TEXT}" />`);
    const l = labels.get(id);
    if (l) di.push(`        <bpmndi:BPMNLabel>\n          <dc:Bounds x="${l.x}" y="${l.y}" width="${l.w}" height="${l.h}" />\n        </bpmndi:BPMNLabel>`);
    di.push(`      </bpmndi:BPMNShape>`);
  }
  for (const a of legend) {
    const color = a.stroke ? ` color:border-color="${a.stroke}"` : '';
    di.push(`      <bpmndi:BPMNShape id="${a.id}_di" bpmnElement="${a.id}"${color}>`);
    di.push(`        <dc:Bounds x="${r(a.x)}" y="${r(a.y)}" width="${a.w}" height="${a.h}" />`);
    di.push(`      </bpmndi:BPMNShape>`);
  }
  for (const [id, pts] of edges) {
    di.push(`      <bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}">`);
    for (const p of pts) di.push(`        <di:waypoint x="${r(p.x)}" y="${r(p.y)}" />`);
    const l = labels.get(id);
    if (l) di.push(`        <bpmndi:BPMNLabel>\n          <dc:Bounds x="${l.x}" y="${l.y}" width="${l.w}" height="${l.h}" />\n        </bpmndi:BPMNLabel>`);
    di.push(`      </bpmndi:BPMNEdge>`);
  }
  di.push(`    </bpmndi:BPMNPlane>`);
  di.push(`  </bpmndi:BPMNDiagram>`);

  let out = xml.replace(/  <bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>\n?/, di.join('\n') + '\n');
  // stage groups: artifacts of the process, their names from one category
  out = out.replace(/\s*<bpmn:group id="Group_Stage_[^"]*"[^>]*\/>/g, '');
  out = out.replace(/\s*<bpmn:category id="Category_Stages">[\s\S]*?<\/bpmn:category>/, '');
  const cat = ['  <bpmn:category id="Category_Stages">',
    ...groups.map((g) => `    <bpmn:categoryValue id="${g.id.replace('Group_', 'CategoryValue_')}" value="${g.name}" />`),
    '  </bpmn:category>'].join('\n');
  const grp = groups.map((g) => `    <bpmn:group id="${g.id}" categoryValueRef="${g.id.replace('Group_', 'CategoryValue_')}" />`).join('\n');
  if (groups.length) {
    const procClose = out.indexOf('</bpmn:process>');
    out = out.slice(0, procClose) + grp.replace(/^    /, '  ') + '\n  ' + out.slice(procClose);
    out = out.replace(/(\n)(  <bpmndi:BPMNDiagram)/, `$1${cat}\n$2`);
  }
  // the legend of who acts: text annotations of the process (artifacts: nothing the engine executes)
  out = out.replace(/\s*<bpmn:textAnnotation id="TextAnnotation_Actor[^"]*">[\s\S]*?<\/bpmn:textAnnotation>/g, '');
  if (legend.length) {
    const notes = legend.map((a) => `    <bpmn:textAnnotation id="${a.id}">\n      <bpmn:text>${a.text}</bpmn:text>\n    </bpmn:textAnnotation>`).join('\n');
    const procClose = out.indexOf('</bpmn:process>');
    out = out.slice(0, procClose) + notes.replace(/^    /, '  ') + '\n  ' + out.slice(procClose);
  }
  if (actorOf.size && !out.includes(`xmlns:color="${COLOR_NS}"`)) {
    out = out.replace(/<bpmn:definitions /, `<bpmn:definitions xmlns:color="${COLOR_NS}" `);
  }
  writeFileSync(path, out);
  for (const g of groups) byId.set(g.id, { $type: 'bpmn:Group', id: g.id });
  for (const a of legend) {
    byId.set(a.id, { $type: 'bpmn:TextAnnotation', id: a.id });
    shapes.set(a.id, { x: a.x, y: a.y, w: a.w, h: a.h });
  }
  return { path, shapes, edges, labels, groups, byId, subLabels, actorOf };
}

function port(s, side) {
  switch (side) {
    case 'top': return { x: s.x + s.w / 2, y: s.y };
    case 'bottom': return { x: s.x + s.w / 2, y: s.y + s.h };
    case 'left': return { x: s.x, y: s.y + s.h / 2 };
    default: return { x: s.x + s.w, y: s.y + s.h / 2 };
  }
}

function route(s, t, spec, id) {
  const scx = s.x + s.w / 2, scy = s.y + s.h / 2, tcx = t.x + t.w / 2, tcy = t.y + t.h / 2;
  if (!spec) {
    if (Math.abs(scy - tcy) < 1 && tcx > scx) return [port(s, 'right'), port(t, 'left')];
    if (Math.abs(scx - tcx) < 1) return tcy > scy ? [port(s, 'bottom'), port(t, 'top')] : [port(s, 'top'), port(t, 'bottom')];
    if (tcx > scx && tcy > scy) return [port(s, 'bottom'), { x: scx, y: tcy }, port(t, 'left')];
    if (tcx > scx && tcy < scy) return [port(s, 'right'), { x: tcx, y: scy }, port(t, 'bottom')];
    throw new Error(`flow ${id} goes back: give it a route`);
  }
  const exit = spec.exit || 'bottom', enter = spec.enter || 'bottom';
  const pts = [port(s, exit)];
  let vertical = exit === 'top' || exit === 'bottom';
  let cur = { ...pts[0] };
  for (const v of spec.via || []) {
    cur = vertical ? { x: cur.x, y: v } : { x: v, y: cur.y };
    pts.push(cur);
    vertical = !vertical;
  }
  const end = port(t, enter);
  const endVertical = enter === 'top' || enter === 'bottom';
  if (endVertical) {
    if (vertical) { // we are to move vertically but must reach x first
      if (cur.x !== end.x) throw new Error(`flow ${id}: via ends on the wrong axis`);
    } else if (cur.x !== end.x) pts.push({ x: end.x, y: cur.y });
  } else if (!vertical) {
    if (cur.y !== end.y) throw new Error(`flow ${id}: via ends on the wrong axis`);
  } else if (cur.y !== end.y) pts.push({ x: cur.x, y: end.y });
  pts.push(end);
  return pts;
}

// ---- checks (the same as model/DiagramLayoutTests) -------------------------------------------
export function check({ shapes, edges, labels, byId, subLabels }) {
  const problems = [];
  const inter0 = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  for (const [sid, sl] of subLabels) {
    for (const [id, s] of shapes) if (id !== sid && inter0(sl, s)) problems.push(`name of ${sid} overlaps shape ${id}`);
    for (const [id, l] of labels) if (inter0(sl, l)) problems.push(`name of ${sid} overlaps label of ${id}`);
  }
  const rects = [...shapes.entries()];
  const inter = (a, b, m = 0) => a.x < b.x + b.w + m && b.x < a.x + a.w + m && a.y < b.y + b.h + m && b.y < a.y + a.h + m;
  const lab = [...labels.entries()];
  // a subprocess contains its own elements, their labels and flows
  const inside = (id, sid) => byId.get(sid).$type === 'bpmn:SubProcess' && byId.get(id)?.$parent === byId.get(sid);
  for (const [id, l] of lab) {
    for (const [sid, s] of rects) {
      if (sid === id || inside(id, sid)) continue;
      if (inter(l, s)) problems.push(`label of ${id} overlaps shape ${sid}`);
    }
    for (const [oid, o] of lab) if (oid < id && inter(l, o)) problems.push(`label of ${id} overlaps label of ${oid}`);
  }
  for (const [eid, pts] of edges) {
    const f = byId.get(eid);
    for (const [sid, s] of rects) {
      if (sid === f.sourceRef.id || sid === f.targetRef.id || inside(eid, sid)) continue;
      const e = byId.get(sid);
      if (e.$type === 'bpmn:BoundaryEvent' && e.attachedToRef.id === f.sourceRef.id) continue;
      if (e.$type === 'bpmn:BoundaryEvent' && sid === f.sourceRef.id) continue;
      for (let i = 0; i + 1 < pts.length; i++) if (segHits(pts[i], pts[i + 1], s, 1)) { problems.push(`flow ${eid} crosses ${sid}`); break; }
    }
  }
  return problems;
}

function segHits(a, b, r, inset) {
  const x0 = Math.min(a.x, b.x), x1 = Math.max(a.x, b.x), y0 = Math.min(a.y, b.y), y1 = Math.max(a.y, b.y);
  return x0 < r.x + r.w - inset && x1 > r.x + inset && y0 < r.y + r.h - inset && y1 > r.y + inset;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.slice(2);
  const specs = names.length ? names : readdirSync(fileURLToPath(new URL('./specs', import.meta.url))).map((f) => f.replace(/\.mjs$/, ''));
  for (const name of specs) {
    const spec = (await import(`./specs/${name}.mjs`)).default;
    const result = await layout(spec);
    let maxX = 0, maxY = 0;
    for (const s of [...result.shapes.values(), ...result.labels.values()]) { maxX = Math.max(maxX, s.x + s.w); maxY = Math.max(maxY, s.y + s.h); }
    for (const g of result.groups) { maxX = Math.max(maxX, g.x1); maxY = Math.max(maxY, g.y1); }
    // the panes of model/DiagramLayoutTests: Cockpit's default (sidebar open) and its maximized one
    const fit = (w, h) => Math.min(1, w / maxX, h / maxY);
    const scale = fit(1582, 773);
    console.log(`${result.path}: ${Math.round(maxX)} x ${Math.round(maxY)}, fit scale ${scale.toFixed(3)} in Cockpit's default pane`
      + ` (labels ${(11 * scale).toFixed(1)} px), ${fit(1862, 813).toFixed(3)} maximized`);
    for (const p of check(result)) console.log('  ' + p);
    if (process.env.SHOW) for (const id of process.env.SHOW.split(',')) console.log('  ', id, JSON.stringify(result.shapes.get(id)));
  }
}
