// NormFlow: the working-day calendar in Admin (R-C-01). A banner at the top warns administrators from
// 1 October of the last year whose holidays are loaded (and whenever this year's are missing); the
// dashboard section 工作日历 shows the years covered, the deadlines that are provisional, the updates
// made, and loads a year's table (PUT /api/calendar/years/{year}), which recalculates the running cases'
// deadlines at once. Loading asks for the administrator's password again (writes to /api need it).
// Every text is put into the page as text (textContent), never as markup.
const base = document.querySelector('base');
const appRoot = base ? base.getAttribute('app-root') : '/camunda';
const ROOT = appRoot.substring(0, appRoot.lastIndexOf('/'));

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === null || v === undefined || v === false) return;
    if (k === 'class') el.className = v;
    else if (k === 'onclick' || k === 'onsubmit') el.addEventListener(k.substring(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  });
  children.flat().forEach(c => {
    if (c === null || c === undefined || c === false) return;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  });
  return el;
}

async function getJson(path) {
  const response = await fetch(ROOT + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error('读取失败（' + response.status + '）');
  return response.json();
}

function basic(user, password) {
  const bytes = new TextEncoder().encode(user + ':' + password);
  let binary = '';
  bytes.forEach(b => { binary += String.fromCharCode(b); });
  return 'Basic ' + btoa(binary);
}

async function banner() {
  try {
    const status = await getJson('/api/calendar/status');
    if (!status.warning || !status.administrator || document.querySelector('.nf-calendar-banner')) return;
    const div = h('div', { class: 'nf-calendar-banner alert alert-warning', role: 'alert',
      style: 'margin:0;border-radius:0;text-align:center;' }, status.message + ' ',
      h('a', { href: '#/' }, '查看“工作日历”'));
    document.body.insertBefore(div, document.body.firstChild);
  } catch (e) { /* not signed in yet */ }
}

async function renderSection(container) {
  container.replaceChildren(h('p', {}, '正在读取……'));
  let status;
  let years;
  let updates;
  try {
    [status, years, updates] = await Promise.all([
      getJson('/api/calendar/status'), getJson('/api/calendar/years'), getJson('/api/calendar/updates')]);
  } catch (e) {
    container.replaceChildren(h('div', { class: 'alert alert-danger' }, e.message));
    return;
  }
  const yearInput = h('input', { type: 'number', class: 'form-control', name: 'year', value: status.neededYear, min: 2000, max: 2100 });
  const source = h('input', { type: 'text', class: 'form-control', name: 'source', maxlength: 200,
    placeholder: '依据，例如 国务院办公厅关于' + status.neededYear + '年部分节假日安排的通知（国办发明电〔…〕…号）' });
  const csv = h('textarea', { class: 'form-control', name: 'csv', rows: 10,
    placeholder: '每行一天：日期,类型,名称\n' + status.neededYear + '-01-01,holiday,元旦\n…,workday,春节调休上班（周六）' });
  const confirmation = h('textarea', { class: 'form-control', name: 'confirmation', rows: 2, maxlength: 2000,
    placeholder: '仅当安排与历年明显不同（放假或调休天数异常）而确属通知原文时填写理由' });
  const password = h('input', { type: 'password', class: 'form-control', name: 'password', autocomplete: 'current-password' });
  const result = h('div', { class: 'nf-calendar-result' });
  const form = h('form', {
    class: 'nf-calendar-form',
    onsubmit: async event => {
      event.preventDefault();
      result.replaceChildren(h('p', {}, '正在载入并重算……'));
      const response = await fetch(ROOT + '/api/calendar/years/' + encodeURIComponent(yearInput.value), {
        method: 'PUT', credentials: 'omit',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: basic(status.user, password.value) },
        body: JSON.stringify({ source: source.value, csv: csv.value, confirmation: confirmation.value || null })
      });
      password.value = '';
      let body = {};
      try { body = await response.json(); } catch (e) { /* no body */ }
      if (response.ok) {
        result.replaceChildren(h('div', { class: 'alert alert-success' },
          '已载入' + body.year + '年：放假 ' + body.holidays + ' 天、调休上班 ' + body.workdays + ' 天；核对在办案件期限 '
          + body.deadlinesChecked + ' 项，调整 ' + body.deadlinesChanged + ' 项（任务日期 ' + body.tasksChanged + ' 项、定时器 '
          + body.timersChanged + ' 个），均已记入案卷。'));
        setTimeout(() => renderSection(container), 3000);
      } else if (response.status === 401) {
        result.replaceChildren(h('div', { class: 'alert alert-danger' }, '密码不正确，未载入'));
      } else {
        result.replaceChildren(h('div', { class: 'alert alert-danger' }, body.detail || ('未载入（' + response.status + '）')));
      }
    }
  },
  h('h4', {}, '载入或更正一年的节假日安排'),
  h('label', {}, '年份', yearInput), h('label', { style: 'display:block' }, '依据', source),
  h('label', { style: 'display:block' }, '逐日安排（holiday = 放假，workday = 调休上班）', csv),
  h('label', { style: 'display:block' }, '确认说明（安排异于历年时必填）', confirmation),
  h('label', {}, '请再次输入您的密码以确认', password),
  h('button', { type: 'submit', class: 'btn btn-primary' }, '载入并重算在办案件的期限'),
  result);

  container.replaceChildren(
    h('div', { class: 'nf-calendar' },
      h('div', { class: status.warning ? 'alert alert-warning' : 'alert alert-info' }, status.message),
      h('p', {}, '在办案件中期限为“暂定”的：' + status.provisionalDeadlines + ' 项'),
      h('table', { class: 'table table-condensed' },
        h('thead', {}, h('tr', {}, h('th', {}, '年份'), h('th', {}, '依据'), h('th', {}, '载入人'), h('th', {}, '载入时间'), h('th', {}, '版本'))),
        h('tbody', {}, years.map(y => h('tr', {}, h('td', {}, y.year), h('td', {}, y.source), h('td', {}, y.loadedBy),
          h('td', {}, String(y.loadedAt).replace('T', ' ').substring(0, 16)), h('td', {}, y.revision))))),
      updates.length ? h('p', {}, '最近一次更新：' + updates[0].year + '年，' + updates[0].updatedBy + '，调整期限 '
        + updates[0].deadlinesChanged + ' 项') : null,
      status.administrator ? form : h('p', {}, '只有系统管理员可以载入节假日安排。')));
}

banner();
window.addEventListener('hashchange', banner);

export default [
  {
    id: 'normflow.calendar',
    pluginPoint: 'admin.dashboard.section',
    priority: 100,
    properties: { label: '工作日历' },
    render: container => { renderSection(container); }
  }
];
