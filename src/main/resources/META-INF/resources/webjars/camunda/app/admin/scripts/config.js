// NormFlow: Admin for administrators. zh.json translates the common and most visible labels only;
// every other label falls back to English (fallbackLocale), never to a raw key.
export default {
  app: {
    name: '系统管理',
    vendor: 'NormFlow'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true,
  // the working-day calendar (R-C-01): coverage warning banner and the 工作日历 section (docs/operations.md)
  customScripts: ['scripts/normflow-calendar']
};
