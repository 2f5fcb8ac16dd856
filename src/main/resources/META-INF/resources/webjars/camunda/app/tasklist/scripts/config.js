// NormFlow: Tasklist in Chinese for Chinese browsers (navigator.languages[0] "zh-CN" → "zh"), English otherwise.
export default {
  app: {
    name: '规范性文件与重大决策 · 待办任务',
    vendor: 'NormFlow'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  // form-js validation messages in Chinese, dynamic lists that can be submitted, the 流程图 tab's diagram
  // placed whole when it first appears (see each module for why)
  customScripts: ['scripts/form-messages-zh', 'scripts/form-list-errors', 'scripts/diagram-fit'],

  // the first-login hint points at the Camunda welcome page, which clerks do not need
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '签收当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到第一个筛选器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到任务列表的第一项'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“发起流程”对话框'
    }
  }
};
