// NormFlow: the auditors' and the legal office's workbench inside Cockpit (issue 13).
// Pages 案件台账 (register), 案卷 (case file with the path on each diagram), 合规检查 (compliance) and
// 年度统计 (annual figures), registered through Cockpit's frontend plugin points cockpit.navigation and
// cockpit.route. Data come from NormFlow's /api/audit and /api/reports with the Cockpit session (GET only).
// Every text a user typed is put into the page as a text node (textContent), never as markup.

const base = document.querySelector('base');
const appRoot = base ? base.getAttribute('app-root') : '/camunda';
// the application's own root: the webapps live one path segment below it (/camunda)
const ROOT = appRoot.substring(0, appRoot.lastIndexOf('/'));
const BPMN_VIEWER = ROOT + '/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js';
const BPMN_CSS = ROOT + '/webjars/bpmn-js/8.0.0/dist/assets/diagram-js.css';
const ECHARTS = ROOT + '/webjars/echarts/5.3.1/dist/echarts.min.js';

// ------------------------------------------------------------------ small DOM helpers

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === null || v === undefined || v === false) return;
    if (k === 'class') el.className = v;
    else if (k === 'onclick' || k === 'onchange' || k === 'onsubmit' || k === 'oninput') el.addEventListener(k.substring(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  });
  children.flat().forEach(c => {
    if (c === null || c === undefined || c === false) return;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  });
  return el;
}

/** A block of user text, whole and wrapped, as text. */
function textBlock(text) {
  return h('div', { class: 'nf-text' }, text === null || text === undefined ? '' : String(text));
}

async function api(path, accept) {
  const response = await fetch(ROOT + path, { credentials: 'same-origin', headers: { Accept: accept || 'application/json' } });
  if (!response.ok) {
    let message = '读取失败（' + response.status + '）';
    try {
      const body = await response.json();
      if (body && body.message) message = body.message;
    } catch (e) { /* not JSON */ }
    if (response.status === 403) message = '您无权查阅：' + message;
    throw new Error(message);
  }
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

function loadScript(src, globalName) {
  if (window[globalName]) return Promise.resolve(window[globalName]);
  return new Promise((resolve, reject) => {
    // Cockpit's loader defines an AMD `define`: a UMD bundle would register itself there and not as a global
    const amd = window.define;
    window.define = undefined;
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => { window.define = amd; resolve(window[globalName]); };
    script.onerror = () => { window.define = amd; reject(new Error('无法加载 ' + src)); };
    document.head.appendChild(script);
  });
}

function loadCss(href) {
  if (document.querySelector('link[href="' + href + '"]')) return;
  document.head.appendChild(h('link', { rel: 'stylesheet', type: 'text/css', href }));
}

function page(container, title, ...content) {
  container.replaceChildren(
    h('div', { class: 'nf-workbench container-fluid' },
      h('div', { class: 'nf-tabs nf-no-print' },
        h('a', { href: '#/normflow/cases', class: location.hash.startsWith('#/normflow/case') ? 'active' : '' }, '案件台账'),
        h('a', { href: '#/normflow/compliance', class: location.hash.startsWith('#/normflow/compliance') ? 'active' : '' }, '合规检查'),
        h('a', { href: '#/normflow/annual', class: location.hash.startsWith('#/normflow/annual') ? 'active' : '' }, '年度统计')),
      h('h2', { class: 'nf-title' }, title),
      ...content));
}

function failure(container, title, error) {
  page(container, title, h('div', { class: 'alert alert-danger nf-error' }, error.message || String(error)));
}

function loading(container, title) {
  page(container, title, h('p', { class: 'nf-loading' }, '正在读取……'));
}

function query(params) {
  const q = Object.entries(params).filter(([, v]) => v !== '' && v !== null && v !== undefined && v !== false)
    .map(([k, v]) => encodeURIComponent(k) + '=' + encodeURIComponent(v)).join('&');
  return q ? '?' + q : '';
}

function hashParams() {
  const i = location.hash.indexOf('?');
  const out = {};
  if (i < 0) return out;
  location.hash.substring(i + 1).split('&').forEach(p => {
    const [k, v] = p.split('=');
    if (k) out[decodeURIComponent(k)] = decodeURIComponent((v || '').replace(/\+/g, ' '));
  });
  return out;
}

function caseLink(reference) {
  return h('a', { href: '#/normflow/case/' + encodeURIComponent(reference), class: 'nf-case-link' }, reference);
}

function select(name, label, options, value, anyLabel) {
  return h('label', { class: 'nf-filter' }, label,
    h('select', { class: 'form-control input-sm', name },
      h('option', { value: '' }, anyLabel || '全部'),
      options.map(o => h('option', { value: o.value, selected: String(o.value) === String(value || '') }, o.label))));
}

function verdictBadge(verdict, label) {
  const cls = verdict === 'VIOLATED' ? 'label label-danger' : verdict === 'MET' ? 'label label-success' : 'label label-default';
  return h('span', { class: cls + ' nf-verdict' }, label);
}

// ------------------------------------------------------------------ 案件台账

// the register's columns: heading, sort key (null: not sortable), cell
const REGISTER_COLUMNS = [
  ['案件编号', 'reference', r => caseLink(r.reference)],
  ['类型', 'kind', r => r.kindLabel],
  ['文号', 'number', r => r.number || '—'],
  ['标题', 'title', r => h('a', { href: '#/normflow/case/' + encodeURIComponent(r.reference), class: 'nf-case-title-link' }, r.title)],
  ['起草科室', 'unit', r => r.unitName],
  ['年度', null, r => r.year],
  ['阶段', 'stage', r => r.stageLabel],
  ['公布日期', 'publishedOn', r => r.publishedOn || '—'],
  ['施行日期', 'effectiveOn', r => r.effectiveOn || '—'],
  ['合法性审核', 'legalityReviewedOn', r => r.legalityOutcomeLabel
    ? [r.legalityOutcomeLabel, h('br', {}), h('small', {}, r.legalityReviewedOn)] : '未经审核'],
  ['公平竞争审查', 'fcrConclusion', r => r.fcrLabel || '—'],
  ['备案日期', 'filedOn', r => r.filedOn || (r.filingDue ? '未备案（期限 ' + r.filingDue + '）' : '—')],
  ['逾期备案', 'late', r => r.late ? h('span', { class: 'label label-danger', title: r.lateNote || '' }, '逾期') : (r.kind === 'DOCUMENT' ? '否' : '—')],
  ['清理结果', 'cleanupAt', r => r.cleanupLabel ? [r.cleanupLabel, h('br', {}), h('small', {}, r.cleanupAt)] : '—'],
  ['未经审核即公布', 'withoutReview', r => r.withoutReview ? h('span', { class: 'label label-danger' }, '是') : (r.publishedOn ? '否' : '—')],
  ['办理超期', null, r => r.overdue ? h('span', { class: 'label label-danger', title: r.overdueNote || '' }, '超期') : '否'],
  ['登记时间', 'registeredAt', r => r.registeredAt],
];

let registerOptions = null;

async function renderRegister(container) {
  const title = '案件台账';
  loading(container, title);
  const params = hashParams();
  let data;
  let options;
  try {
    // the filters' choices once per visit, from their own cheap endpoint; then only the asked page
    options = registerOptions || (registerOptions = await api('/api/audit/cases/options'));
    data = await api('/api/audit/cases' + query(params));
  } catch (e) {
    failure(container, title, e);
    return;
  }
  const go = next => { location.hash = '#/normflow/cases' + query(next); };
  const form = h('form', { class: 'form-inline nf-filters nf-no-print', onsubmit: e => {
    e.preventDefault();
    const f = new FormData(e.target);
    const next = {};
    for (const [k, v] of f.entries()) if (v) next[k] = v;
    if (params.sort) next.sort = params.sort;
    if (params.dir) next.dir = params.dir;
    if (params.size) next.size = params.size;
    go(next);
  } },
  h('div', { class: 'nf-filter-row' },
    h('label', { class: 'nf-filter' }, '检索',
      h('input', { class: 'form-control input-sm', name: 'q', value: params.q || '', placeholder: '案件编号、文号或标题', size: 24 })),
    select('kind', '类型', options.kinds, params.kind),
    select('unit', '起草科室', options.units, params.unit),
    select('year', '登记年度', options.years, params.year),
    select('stage', '阶段', options.stages, params.stage)),
  h('div', { class: 'nf-filter-row' },
    select('dateField', '日期', options.dateFields, params.dateField, '请选择日期'),
    select('dateYear', '所在年份', options.dateYears, params.dateYear, '任意年份'),
    select('outcome', '合法性审核', options.outcomes, params.outcome),
    select('fcr', '公平竞争审查', options.fcr, params.fcr),
    select('cleanup', '清理结果', options.cleanup, params.cleanup)),
  h('div', { class: 'nf-filter-row' },
    select('late', '逾期备案', [{ value: 'true', label: '是' }, { value: 'false', label: '否' }], params.late),
    select('withoutReview', '未经合法性审核即公布', [{ value: 'true', label: '是' }, { value: 'false', label: '否' }], params.withoutReview),
    select('overdue', '办理超期', [{ value: 'true', label: '是' }, { value: 'false', label: '否' }], params.overdue),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm nf-search' }, '查询'), ' ',
    h('a', { class: 'btn btn-default btn-sm', href: '#/normflow/cases' }, '清除条件'), ' ',
    h('button', { type: 'button', class: 'btn btn-default btn-sm nf-print', onclick: () => window.print() }, '打印本页')));

  const c = data.counts;
  const counts = h('p', { class: 'nf-counts' },
    '共 ', h('strong', { class: 'nf-total' }, c.total), ' 件：规范性文件 ', h('strong', {}, c.documents), ' 件，重大行政决策 ', h('strong', {}, c.decisions),
    ' 项；办理超期 ', h('strong', { class: c.overdue ? 'text-danger' : '' }, c.overdue), ' 件，逾期备案 ',
    h('strong', { class: c.late ? 'text-danger' : '' }, c.late), ' 件，未经合法性审核即公布 ',
    h('strong', { class: c.withoutReview ? 'text-danger' : '' }, c.withoutReview), ' 件。',
    Object.entries(c.byStage || {}).map(([k, v]) => h('span', { class: 'nf-stage-count' }, k + ' ' + v)));

  const exportParams = Object.assign({}, params);
  delete exportParams.page;
  delete exportParams.size;
  const exportQuery = query(exportParams);
  const exports = h('p', { class: 'nf-exports nf-no-print' },
    h('a', { class: 'btn btn-default btn-sm nf-export-xlsx', href: ROOT + '/api/audit/cases.xlsx' + exportQuery, download: '案件台账.xlsx' }, '导出 Excel（XLSX，全部符合条件的案件）'),
    ' ',
    h('a', { class: 'btn btn-default btn-sm nf-export-csv', href: ROOT + '/api/audit/cases.csv' + exportQuery, download: '案件台账.csv' }, '导出 CSV'));

  const sortHeading = ([label, key]) => {
    if (!key) return h('th', {}, label);
    const active = data.sort === key;
    const nextDir = active && data.dir === 'desc' ? 'asc' : 'desc';
    const next = Object.assign({}, params, { sort: key, dir: nextDir });
    delete next.page;
    return h('th', { class: 'nf-sortable' + (active ? ' nf-sorted' : ''), 'data-sort': key, 'aria-sort': active ? (data.dir === 'asc' ? 'ascending' : 'descending') : null },
      h('a', { href: '#/normflow/cases' + query(next), title: '按' + label + (nextDir === 'asc' ? '升序' : '降序') + '排列' },
        label, active ? (data.dir === 'asc' ? ' ▲' : ' ▼') : ''));
  };
  const table = h('table', { class: 'table table-striped table-condensed cam-table nf-register' },
    h('thead', {}, h('tr', {}, REGISTER_COLUMNS.map(sortHeading))),
    h('tbody', {}, data.rows.map(r => h('tr', { class: r.overdue || r.late || r.withoutReview ? 'nf-flagged' : '', 'data-reference': r.reference },
      REGISTER_COLUMNS.map(([, , cell]) => h('td', {}, cell(r)))))));

  const pageLink = (n, label, cls) => {
    const next = Object.assign({}, params, { page: n });
    return h('a', { class: 'btn btn-default btn-sm ' + cls, href: '#/normflow/cases' + query(next) }, label);
  };
  const pager = h('p', { class: 'nf-pager' },
    data.page > 1 ? pageLink(data.page - 1, '上一页', 'nf-prev') : h('span', { class: 'btn btn-default btn-sm disabled nf-prev' }, '上一页'), ' ',
    h('span', { class: 'nf-page-of' }, '第 ' + data.page + '/' + data.pages + ' 页，每页 ' + data.size + ' 件，共 ' + c.total + ' 件'), ' ',
    data.page < data.pages ? pageLink(data.page + 1, '下一页', 'nf-next') : h('span', { class: 'btn btn-default btn-sm disabled nf-next' }, '下一页'));
  page(container, title, form, counts, exports,
    data.rows.length ? table : h('p', { class: 'nf-empty' }, '没有符合条件的案件。'), pager);
}

// ------------------------------------------------------------------ 案卷

async function renderCaseFile(container) {
  const reference = decodeURIComponent(location.hash.replace(/^#\/normflow\/case\//, '').split('?')[0]);
  const title = '案卷 ' + reference;
  loading(container, title);
  let file;
  try {
    file = await api('/api/audit/cases/' + encodeURIComponent(reference));
  } catch (e) {
    failure(container, title, e);
    return;
  }
  const row = file.row;
  const facts = h('table', { class: 'table table-condensed nf-facts' },
    h('tbody', {}, file.facts.map(f => h('tr', {}, h('th', {}, f.label),
      h('td', {}, f.label.includes('程序') && file.linkedReference && f.value === file.linkedReference ? caseLink(f.value) : f.value)))));

  const compliance = file.compliance;
  const complianceSection = h('section', { class: 'nf-section nf-compliance' },
    h('h3', {}, '合规检查：', h('span', { class: compliance.violations ? 'text-danger nf-verdict-summary' : 'text-success nf-verdict-summary' }, compliance.verdictLabel)),
    h('table', { class: 'table table-condensed' },
      h('thead', {}, h('tr', {}, ['结论', '要求', '查明的事实', '依据'].map(t => h('th', {}, t)))),
      h('tbody', {}, compliance.checks.map(c => h('tr', { class: c.verdict === 'VIOLATED' ? 'danger' : '' },
        h('td', {}, verdictBadge(c.verdict, c.verdictLabel)), h('td', {}, c.requirement), h('td', {}, textBlock(c.evidence)), h('td', {}, c.basis))))));

  const diagrams = h('section', { class: 'nf-section nf-diagrams' }, h('h3', {}, '办理路径'),
    h('p', { class: 'text-muted' }, '绿色为已经过的环节和连线，橙色为正在办理的环节。'),
    file.processes.map(p => h('div', { class: 'nf-process' },
      h('h4', {}, p.name, p.calledBy ? h('small', {}, '（由「' + p.calledBy + '」调用）') : null,
        h('small', {}, '　' + p.state + '，开始 ' + p.started + (p.ended ? '，结束 ' + p.ended : ''))),
      h('div', { class: 'nf-diagram', 'data-index': p.index }))));

  const trail = h('section', { class: 'nf-section nf-trail' }, h('h3', {}, '办理记录（北京时间）'),
    h('table', { class: 'table table-striped table-condensed' },
      h('thead', {}, h('tr', {}, ['时间', '办理人', '事项', '内容'].map(t => h('th', {}, t)))),
      h('tbody', {}, file.trail.map(e => h('tr', {},
        h('td', { class: 'nf-time' }, e.time), h('td', {}, e.who),
        h('td', {}, e.what, h('br'), h('small', { class: 'text-muted' }, e.process)),
        h('td', {}, e.details.map(d => h('div', { class: 'nf-detail' }, h('strong', {}, d.label + '：'), textBlock(d.value)))))))));

  const versions = h('section', { class: 'nf-section nf-versions' }, h('h3', {}, '文稿版本'),
    file.versions.length ? file.versions.map(v => h('div', { class: 'nf-version' },
      h('h4', {}, '第 ' + v.number + ' 稿', h('small', {}, '　' + v.createdAt + '，' + v.createdBy)),
      v.changeNote ? h('p', {}, '修改说明：', v.changeNote) : null,
      v.diff.length
        ? h('div', { class: 'nf-diff' }, h('p', { class: 'text-muted' }, '与第 ' + (v.number - 1) + ' 稿相比（绿色为新增，红色为删除）：'),
          v.diff.map(l => h('div', { class: l.op === '+' ? 'nf-added' : l.op === '-' ? 'nf-removed' : 'nf-same' }, (l.op === '=' ? '　' : l.op) + ' ' + l.text)))
        : textBlock(v.text),
      v.explanation.map(f => h('div', { class: 'nf-detail' }, h('strong', {}, f.label + '：'), textBlock(f.value)))))
      : h('p', {}, '没有文稿版本记录。'));

  const papers = h('section', { class: 'nf-section nf-papers' }, h('h3', {}, '报告与意见（全文）'),
    file.papers.length ? file.papers.map(p => h('div', { class: 'nf-paper' },
      h('h4', {}, p.title, h('small', {}, '　' + p.who + '　' + p.time)), textBlock(p.content)))
      : h('p', {}, '没有报告或意见。'));

  const actions = h('p', { class: 'nf-actions nf-no-print' },
    h('a', { class: 'btn btn-primary btn-sm nf-dossier', href: ROOT + '/api/audit/cases/' + encodeURIComponent(reference) + '/dossier.zip',
      download: '案卷-' + reference + '.zip' }, '下载归档案卷（ZIP）'), ' ',
    h('button', { class: 'btn btn-default btn-sm', onclick: () => window.print() }, '打印'), ' ',
    h('a', { class: 'btn btn-default btn-sm', href: '#/normflow/cases' }, '返回案件台账'));

  page(container, row.kindLabel + '案卷：' + row.title, actions,
    h('section', { class: 'nf-section' }, h('h3', {}, '基本情况'), facts),
    complianceSection, diagrams, trail, versions, papers);

  // diagrams last: the page is readable while bpmn-js loads
  let BpmnJS;
  try {
    loadCss(BPMN_CSS);
    BpmnJS = await loadScript(BPMN_VIEWER, 'BpmnJS');
  } catch (e) {
    container.querySelector('.nf-diagrams').appendChild(h('div', { class: 'alert alert-warning' }, '流程图无法显示：' + (e.message || e)));
    return;
  }
  for (const p of file.processes) {
    const holder = container.querySelector('.nf-diagram[data-index="' + p.index + '"]');
    if (!holder) continue;
    try {
      const xml = await api('/api/audit/cases/' + encodeURIComponent(reference) + '/diagrams/' + p.index, 'application/xml');
      const viewer = new BpmnJS({ container: holder });
      await viewer.importXML(xml);
      const canvas = viewer.get('canvas');
      const registry = viewer.get('elementRegistry');
      // here colour means the path (green: passed, orange: open); the legend of who acts (docs/diagrams.md) is
      // hidden, and this bpmn-js (8.0) does not draw the tasks' actor colours (BPMN in Color) anyway
      registry.filter(e => e.id.startsWith('TextAnnotation_Actor')).forEach(e => canvas.addMarker(e.id, 'nf-legend'));
      p.visited.forEach(id => { if (registry.get(id)) canvas.addMarker(id, 'nf-visited'); });
      p.flows.forEach(id => { if (registry.get(id)) canvas.addMarker(id, 'nf-taken'); });
      p.active.forEach(id => { if (registry.get(id)) canvas.addMarker(id, 'nf-active'); });
      canvas.zoom('fit-viewport');
      holder.classList.add('nf-diagram-ready');
    } catch (e) {
      holder.appendChild(h('div', { class: 'alert alert-warning nf-diagram-error' }, '流程图无法显示：' + (e.message || e)));
    }
  }
}

// ------------------------------------------------------------------ 合规检查

async function renderCompliance(container) {
  const title = '合规检查';
  loading(container, title);
  const params = hashParams();
  let data;
  let options;
  try {
    data = await api('/api/audit/compliance' + query(params));
    options = await api('/api/audit/cases/options');
  } catch (e) {
    failure(container, title, e);
    return;
  }
  const form = h('form', { class: 'form-inline nf-filters nf-no-print', onsubmit: e => {
    e.preventDefault();
    const f = new FormData(e.target);
    const next = {};
    for (const [k, v] of f.entries()) if (v) next[k] = v;
    location.hash = '#/normflow/compliance' + query(next);
  } }, select('year', '年度', options.years, params.year), select('kind', '类型', options.kinds, params.kind),
  h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, '查询'));
  const summary = h('p', { class: 'nf-counts' }, '检查案件 ', h('strong', {}, data.casesChecked), ' 件，其中 ',
    h('strong', { class: data.casesWithViolations ? 'text-danger' : '' }, data.casesWithViolations), ' 件发现问题，共 ',
    h('strong', {}, data.violations.length), ' 项。');
  const table = h('table', { class: 'table table-striped table-condensed nf-violations' },
    h('thead', {}, h('tr', {}, ['案件编号', '类型', '标题', '起草科室', '未满足的要求', '查明的事实', '依据'].map(t => h('th', {}, t)))),
    h('tbody', {}, data.violations.map(v => h('tr', {},
      h('td', {}, caseLink(v.reference)), h('td', {}, v.kindLabel), h('td', {}, v.title), h('td', {}, v.unitName),
      h('td', {}, v.requirement), h('td', {}, textBlock(v.evidence)), h('td', {}, v.basis)))));
  page(container, title, form, summary, data.violations.length ? table : h('p', { class: 'nf-empty' }, '未发现问题。'));
}

// ------------------------------------------------------------------ 年度统计

async function renderAnnual(container) {
  const title = '年度统计';
  loading(container, title);
  const params = hashParams();
  const year = params.year || String(new Date().getFullYear());
  let report;
  try {
    report = await api('/api/reports/annual?year=' + encodeURIComponent(year));
  } catch (e) {
    failure(container, title, e);
    return;
  }
  const years = [];
  for (let y = new Date().getFullYear(); y >= new Date().getFullYear() - 10; y--) years.push({ value: y, label: y + '年' });
  try {
    // and every year a case of the register belongs to
    (await api('/api/audit/cases/options')).years.forEach(o => {
      if (!years.some(y => String(y.value) === String(o.value))) years.push({ value: o.value, label: o.label });
    });
  } catch (e) { /* the report itself was readable: keep the recent years */ }
  if (!years.some(y => String(y.value) === String(year))) years.push({ value: year, label: year + '年' });
  years.sort((a, b) => Number(b.value) - Number(a.value));
  const form = h('form', { class: 'form-inline nf-filters nf-no-print', onsubmit: e => {
    e.preventDefault();
    location.hash = '#/normflow/annual?year=' + encodeURIComponent(new FormData(e.target).get('year'));
  } }, select('year', '年度', years, year, '请选择'), h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, '统计'), ' ',
  h('button', { type: 'button', class: 'btn btn-default btn-sm nf-print', onclick: () => window.print() }, '打印'), ' ',
  h('a', { class: 'btn btn-default btn-sm', href: ROOT + '/api/reports/annual.csv?year=' + encodeURIComponent(year), download: year + '年度统计.csv' }, '导出 CSV'),
  report.confirmed ? [' ', h('a', { class: 'btn btn-default btn-sm nf-docx', href: ROOT + '/api/reports/annual/' + encodeURIComponent(report.year) + '/paragraphs.docx',
    download: report.year + '年度法治政府建设年度报告段落.docx' }, '下载报告段落（Word）')] : null);

  const sections = report.sections.map((s, i) => h('section', { class: 'nf-section nf-annual-section' },
    h('h3', {}, s.title),
    h('div', { class: 'nf-annual-grid' },
      h('table', { class: 'table table-condensed nf-figures' },
        h('tbody', {}, s.figures.map(f => h('tr', { 'data-key': f.key, class: f.liveNote ? 'nf-live-differs' : null,
          title: (f.definition || '') + (f.rules ? '（' + f.rules + '）' : '') },
          h('th', {}, f.label, figureNotes(f)), h('td', { class: 'nf-figure' }, f.value === null ? '—（无基数）' : f.value + ' ' + f.unit))))),
      h('div', { class: 'nf-chart', 'data-section': i }))));
  const durations = h('section', { class: 'nf-section' }, h('h3', {}, '法定环节办理时长'),
    h('table', { class: 'table table-condensed nf-durations' },
      h('thead', {}, h('tr', {}, ['环节', '件数', '中位数', '第 90 百分位', '期限', '超过期限'].map(t => h('th', {}, t)))),
      h('tbody', {}, report.durations.map(d => h('tr', {}, h('td', {}, d.step), h('td', {}, d.count),
        h('td', {}, d.median === null ? '—' : d.median + ' ' + d.unit), h('td', {}, d.p90 === null ? '—' : d.p90 + ' ' + d.unit),
        h('td', {}, d.limit), h('td', {}, d.overLimit))))),
    h('div', { class: 'nf-chart nf-chart-durations' }));
  const reload = () => renderAnnual(container);
  page(container, report.title, form, confirmationBlock(report, reload),
    h('p', { class: 'text-muted' }, '统计口径：每项指标按其记录的日期（北京时间）归入年度，只看当年 12 月 31 日及以前的记录，案件后续办理不改变往年数字；鼠标停在指标上可见定义和所依据的规则，完整定义见 docs/auditing.md。'),
    sections, durations, amendmentsBlock(report, reload));

  try {
    const echarts = await loadScript(ECHARTS, 'echarts');
    report.sections.forEach((s, i) => {
      const holder = container.querySelector('.nf-chart[data-section="' + i + '"]');
      const figures = s.figures.filter(f => f.unit !== '%' && f.value !== null);
      holder.style.height = Math.max(160, 26 * figures.length + 40) + 'px';
      const chart = echarts.init(holder, null, { renderer: 'svg' });
      chart.setOption({
        animation: false,
        grid: { left: 190, right: 30, top: 10, bottom: 20 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, axisLabel: { interval: 0 }, data: figures.map(f => f.label.trim()) },
        series: [{ type: 'bar', data: figures.map(f => f.value), label: { show: true, position: 'right' }, itemStyle: { color: '#1f6fa8' } }]
      });
    });
    const holder = container.querySelector('.nf-chart-durations');
    const chart = echarts.init(holder, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      legend: { data: ['中位数（日）', '第 90 百分位（日）'] },
      grid: { left: 200, right: 30, top: 30, bottom: 20 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, axisLabel: { interval: 0 }, data: report.durations.map(d => d.step) },
      series: [
        { name: '中位数（日）', type: 'bar', data: report.durations.map(d => d.median || 0), itemStyle: { color: '#1f6fa8' } },
        { name: '第 90 百分位（日）', type: 'bar', data: report.durations.map(d => d.p90 || 0), itemStyle: { color: '#d9822b' } }
      ]
    });
    container.querySelector('.nf-workbench').classList.add('nf-charts-ready');
  } catch (e) {
    container.querySelector('.nf-workbench').appendChild(h('div', { class: 'alert alert-warning' }, '图表无法显示：' + (e.message || e)));
  }
}

// ------------------------------------------------------------------ 年度数据确认 and amendments (issue 23)

// Writes to /api need the user's own password (HTTP Basic), never the session alone: a page of another site
// cannot confirm or amend in the name of a signed-in officer (docs/auditing.md).
async function postAsMe(path, body, userId, password) {
  const utf8 = new TextEncoder().encode(userId + ':' + password);
  const response = await fetch(ROOT + path, {
    method: 'POST', credentials: 'omit',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json',
      Authorization: 'Basic ' + btoa(String.fromCharCode(...utf8)) },
    body: JSON.stringify(body)
  });
  if (!response.ok) {
    let message = '提交失败（' + response.status + '）';
    try {
      const answer = await response.json();
      if (answer && (answer.detail || answer.message)) message = answer.detail || answer.message;
    } catch (e) { /* not JSON */ }
    if (response.status === 401) message = '密码不正确，请重新输入（连续输错后须稍候几秒再试）';
    throw new Error(message);
  }
  return response.json();
}

/** A figure's amendment and today's recount, under its label. */
function figureNotes(f) {
  return [
    f.amendment ? h('div', { class: 'nf-amended-note' }, '已更正：原为 ' + f.amendment.originalValue + ' ' + f.unit + '，理由：',
      h('span', { class: 'nf-text' }, f.amendment.reason), '（' + f.amendment.amendedBy + '，' + f.amendment.amendedAt + '）') : null,
    f.liveNote ? h('div', { class: 'nf-live-note' }, f.liveNote) : null
  ];
}

function passwordField() {
  return h('label', { class: 'nf-filter' }, '您的密码',
    h('input', { type: 'password', name: 'password', class: 'form-control input-sm', autocomplete: 'current-password', required: true }));
}

/** The banner: confirmed by whom and when, or not yet, and for the legal office the confirmation form. */
function confirmationBlock(report, reload) {
  const c = report.confirmation;
  if (report.confirmed) {
    return h('div', { class: 'alert alert-success nf-confirmed-banner' },
      h('strong', {}, '已确认'), '　' + report.year + ' 年度数据已于 ' + c.confirmedAt + ' 由 ' + c.confirmedBy + ' 确认。',
      c.note ? h('div', {}, '确认说明：', h('span', { class: 'nf-text' }, c.note)) : null,
      report.amendments.length ? h('div', {}, '确认后记录更正 ' + report.amendments.length + ' 项，见页末更正记录。') : null,
      report.liveDifferences ? h('div', { class: 'nf-live-summary nf-no-print' }, '按现有记录重新统计，有 ' + report.liveDifferences
        + ' 项指标与报告的数值不同（见各项下的说明）；报告的数值不变，如需更正请记录更正。') : null);
  }
  if (c) {
    return h('div', { class: 'alert alert-info nf-confirmed-banner' }, report.scopeNote || '',
      '（' + c.confirmedBy + '，' + c.confirmedAt + '）');
  }
  if (!report.yearEnded) {
    return h('div', { class: 'alert alert-info nf-unconfirmed' }, report.year + ' 年度尚未结束：以下为实时统计，年度结束后由法制机构确认。');
  }
  const banner = h('div', { class: 'alert alert-warning nf-unconfirmed' }, h('strong', {}, '未确认'),
    '　以下为实时统计，随案件办理而变化；法制机构确认后，本年度数据即以确认时的数值为准。');
  if (!report.mayConfirm) return banner;
  const message = h('div', { class: 'nf-form-message' });
  const form = h('form', { class: 'nf-confirm-form nf-no-print', onsubmit: async e => {
    e.preventDefault();
    const data = new FormData(e.target);
    const button = e.target.querySelector('button');
    button.disabled = true;
    try {
      await postAsMe('/api/reports/annual/' + encodeURIComponent(report.year) + '/confirmation', { note: data.get('note') },
        report.userId, data.get('password'));
      reload();
    } catch (error) {
      message.replaceChildren(h('div', { class: 'alert alert-danger' }, error.message));
      button.disabled = false;
    }
  } },
  h('label', { class: 'nf-block-label' }, '确认说明（可选，例如核对了哪些台账）',
    h('textarea', { name: 'note', class: 'form-control', rows: 2, maxlength: 2000 })),
  h('div', { class: 'form-inline' }, passwordField(), ' ',
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm nf-confirm-year' }, '确认本年度数据')),
  h('p', { class: 'help-block' }, '确认后本年度数据不再随案件变化；此后的更正须逐项记录理由。确认只能进行一次。'), message);
  banner.appendChild(form);
  return banner;
}

/** The amendments made since confirmation, and for the legal office the form to record one. */
function amendmentsBlock(report, reload) {
  if (!report.confirmed) return null;
  const list = report.amendments.length
    ? h('table', { class: 'table table-condensed nf-amendments' },
      h('thead', {}, h('tr', {}, ['指标', '原数值', '更正为', '理由', '更正人', '更正时间'].map(t => h('th', {}, t)))),
      h('tbody', {}, report.amendments.map(a => h('tr', {}, h('td', {}, a.label), h('td', {}, (a.previousValue || '—') + ' ' + a.unit),
        h('td', {}, a.newValue + ' ' + a.unit), h('td', {}, textBlock(a.reason)), h('td', {}, a.amendedBy),
        h('td', { class: 'nf-time' }, a.amendedAt)))))
    : h('p', { class: 'text-muted' }, '确认后没有更正。');
  let form = null;
  if (report.mayAmend) {
    const options = [];
    report.sections.forEach(s => s.figures.forEach(f => options.push({ value: f.key, label: s.title + '：' + f.label.trim() + '（' + f.value + ' ' + f.unit + '）' })));
    const message = h('div', { class: 'nf-form-message' });
    form = h('form', { class: 'nf-amend-form nf-no-print', onsubmit: async e => {
      e.preventDefault();
      const data = new FormData(e.target);
      const button = e.target.querySelector('button');
      button.disabled = true;
      try {
        await postAsMe('/api/reports/annual/' + encodeURIComponent(report.year) + '/amendments',
          { key: data.get('key'), value: data.get('value'), reason: data.get('reason') }, report.userId, data.get('password'));
        reload();
      } catch (error) {
        message.replaceChildren(h('div', { class: 'alert alert-danger' }, error.message));
        button.disabled = false;
      }
    } },
    h('h4', {}, '记录更正'),
    h('div', { class: 'form-inline' }, select('key', '指标', options, '', '请选择'), ' ',
      h('label', { class: 'nf-filter' }, '更正后的数值', h('input', { name: 'value', class: 'form-control input-sm', inputmode: 'decimal', required: true }))),
    h('label', { class: 'nf-block-label' }, '更正理由（必填）', h('textarea', { name: 'reason', class: 'form-control', rows: 2, maxlength: 2000, required: true })),
    h('div', { class: 'form-inline' }, passwordField(), ' ', h('button', { type: 'submit', class: 'btn btn-primary btn-sm nf-amend' }, '记录更正')),
    message);
  }
  return h('section', { class: 'nf-section nf-amendments-section' }, h('h3', {}, '更正记录'), list, form);
}

// ------------------------------------------------------------------ read-only Cockpit for auditors

fetch(ROOT + '/api/audit/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then(r => (r.ok ? r.json() : null))
  .then(me => {
    if (me && me.readOnly) document.body.classList.add('nf-read-only');
    if (me && !me.workbench) document.body.classList.add('nf-no-workbench');
    if (me && me.calledProcesses && document.querySelector('base[app-name="cockpit"]')) markCalledProcesses(me.calledProcesses);
  })
  .catch(() => {});

// ------------------------------------------------------------------ Cockpit's instance pages lead to the case file

// Cockpit has no history view in the Community Edition: a finished instance's address shows the
// definition page. The instance's case file is shown instead.
// Cockpit redirects such an address on its own, after its own request: whichever answer comes last
// would win, so for a few seconds after leading the reader to the case file, a redirect away from it
// is undone.
let leadTo = null;
function followFinishedInstance() {
  if (!document.querySelector('base[app-name="cockpit"]')) return;
  if (leadTo && Date.now() < leadTo.until && !location.hash.startsWith('#/normflow/')) {
    location.hash = '#/normflow/case/' + encodeURIComponent(leadTo.reference);
    return;
  }
  const match = /^#\/process-instance\/([^/?]+)/.exec(location.hash);
  if (!match) return;
  api('/api/audit/process-instances/' + encodeURIComponent(match[1]))
    .then(c => {
      if (!c.finished) return;
      leadTo = { reference: c.reference, until: Date.now() + 5000 };
      location.hash = '#/normflow/case/' + encodeURIComponent(c.reference);
    })
    .catch(() => {});
}
window.addEventListener('hashchange', followFinishedInstance);
followFinishedInstance();

/**
 * Cockpit lists the called processes (公开征求意见, 合法性审查, 听证) beside the two procedures: each of
 * their links is marked as a sub-procedure and its row dimmed, so a reader starts from the real cases.
 */
function markCalledProcesses(names) {
  const mark = () => {
    document.querySelectorAll('a[href*="#/process-definition/"]:not(.nf-called-checked)').forEach(a => {
      a.classList.add('nf-called-checked');
      if (!names.includes(a.textContent.trim())) return;
      a.classList.add('nf-called-process');
      a.appendChild(h('small', { class: 'nf-called-note' }, '（子流程，由主流程调用）'));
      const row = a.closest('tr, li, .tile');
      if (row) row.classList.add('nf-called-row');
    });
  };
  new MutationObserver(mark).observe(document.body, { childList: true, subtree: true });
  mark();
}

/** A tab on a definition's page: its cases with their references and titles instead of instance ids. */
function definitionCasesTab(container, { processDefinitionId }) {
  container.replaceChildren(h('p', { class: 'nf-loading' }, '正在读取……'));
  api('/api/audit/process-definitions/' + encodeURIComponent(processDefinitionId) + '/cases')
    .then(rows => container.replaceChildren(rows.length
      ? h('table', { class: 'table table-striped table-condensed nf-definition-cases' },
        h('thead', {}, h('tr', {}, ['案件编号', '标题', '文号', '起草科室', '阶段', '状态'].map(t => h('th', {}, t)))),
        h('tbody', {}, rows.map(r => h('tr', {}, h('td', {}, caseLink(r.reference)), h('td', {}, r.title), h('td', {}, r.number || '—'),
          h('td', {}, r.unitName), h('td', {}, r.stageLabel), h('td', {}, r.closed ? '已办结' : '办理中')))))
      : h('p', {}, '没有您可查阅的案件。')))
    .catch(e => container.replaceChildren(h('p', { class: 'text-muted' }, e.message || String(e))));
}

/** A tab on a running instance's page: which case it is, and a link to its case file. */
function caseTab(container, { processInstanceId }) {
  container.replaceChildren(h('p', { class: 'nf-loading' }, '正在读取……'));
  api('/api/audit/process-instances/' + encodeURIComponent(processInstanceId))
    .then(c => container.replaceChildren(h('div', { class: 'nf-case-tab' },
      h('p', {}, c.kindLabel + '：', c.title, '（案件编号 ', caseLink(c.reference), '）'),
      h('a', { class: 'btn btn-default btn-sm nf-open-case', href: '#/normflow/case/' + encodeURIComponent(c.reference) }, '打开案卷'))))
    .catch(e => container.replaceChildren(h('p', { class: 'text-muted' }, e.message || String(e))));
}

// ------------------------------------------------------------------ the same pages outside Cockpit

/**
 * Mounts the workbench on a page of its own (/workbench/, for drafters, who do not use Cockpit): the
 * same pages, routed by the address's #/normflow/... part, read with the Tasklist session.
 */
export function mount(container) {
  const show = () => {
    const hash = location.hash || '#/normflow/cases';
    if (hash.startsWith('#/normflow/case/')) renderCaseFile(container);
    else if (hash.startsWith('#/normflow/compliance')) renderCompliance(container);
    else if (hash.startsWith('#/normflow/annual')) renderAnnual(container);
    else renderRegister(container);
  };
  window.addEventListener('hashchange', show);
  show();
}

// ------------------------------------------------------------------ plugin registrations

function nav(id, path, label, priority) {
  return {
    id: 'normflow.nav.' + id,
    pluginPoint: 'cockpit.navigation',
    priority,
    properties: {
      pagePath: '#' + path,
      label,
      checkActive: url => url.indexOf('#' + path) > -1 || (id === 'cases' && url.indexOf('#/normflow/case/') > -1)
    }
  };
}

function route(id, path, render) {
  return {
    id: 'normflow.route.' + id,
    pluginPoint: 'cockpit.route',
    properties: { path, label: id },
    render: container => { render(container); }
  };
}

export default [
  nav('cases', '/normflow/cases', '案件台账', 30),
  nav('compliance', '/normflow/compliance', '合规检查', 29),
  nav('annual', '/normflow/annual', '年度统计', 28),
  route('cases', '/normflow/cases', renderRegister),
  route('case', '/normflow/case/:reference', renderCaseFile),
  route('compliance', '/normflow/compliance', renderCompliance),
  route('annual', '/normflow/annual', renderAnnual),
  {
    id: 'normflow.instance.case',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 100,
    properties: { label: '案卷' },
    render: (container, context) => caseTab(container, context)
  },
  {
    id: 'normflow.definition.cases',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 100,
    properties: { label: '案件' },
    render: (container, context) => definitionCasesTab(container, context)
  }
];
