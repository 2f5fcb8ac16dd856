// NormFlow: the welcome page in Chinese for Chinese browsers, English otherwise.
export default {
  app: {
    name: '规范性文件与重大决策',
    vendor: 'NormFlow'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  disableWelcomeMessage: true
};
