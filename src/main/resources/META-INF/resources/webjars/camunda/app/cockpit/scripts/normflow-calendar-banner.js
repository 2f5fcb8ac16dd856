// NormFlow: the working-day calendar's coverage warning for administrators (R-C-01), shown at the top of
// Cockpit from 1 October of the last year whose holidays are loaded, and whenever this year's are missing.
// The same banner is in Admin (scripts/normflow-calendar.js), where the table is updated.
const base = document.querySelector('base');
const appRoot = base ? base.getAttribute('app-root') : '/camunda';
const ROOT = appRoot.substring(0, appRoot.lastIndexOf('/'));

async function showCalendarWarning() {
  try {
    const response = await fetch(ROOT + '/api/calendar/status', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const status = await response.json();
    if (!status.warning || !status.administrator || document.querySelector('.nf-calendar-banner')) return;
    const banner = document.createElement('div');
    banner.className = 'nf-calendar-banner alert alert-warning';
    banner.setAttribute('role', 'alert');
    banner.style.cssText = 'margin:0;border-radius:0;text-align:center;';
    banner.appendChild(document.createTextNode(status.message + ' '));
    const link = document.createElement('a');
    link.href = ROOT + '/camunda/app/admin/default/#/';
    link.textContent = '前往“系统管理 → 工作日历”';
    banner.appendChild(link);
    document.body.insertBefore(banner, document.body.firstChild);
  } catch (e) { /* not signed in yet: the banner appears after login */ }
}

showCalendarWarning();
window.addEventListener('hashchange', showCalendarWarning);

export default [];
