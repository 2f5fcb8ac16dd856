// NormFlow: Cockpit for auditors and administrators. zh.json translates the common and most visible
// labels only; every other label falls back to English (fallbackLocale), never to a raw key.
export default {
  app: {
    name: '流程监控',
    vendor: 'NormFlow'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true,
  // the auditors' and the legal office's workbench: 案件台账, 案卷, 合规检查, 年度统计 (docs/auditing.md);
  // the calendar warning; the tabs below the (tall) diagram pane scroll into view when chosen (issue 12)
  customScripts: ['scripts/normflow-audit', 'scripts/normflow-calendar-banner', 'scripts/normflow-diagram-pane']
};
