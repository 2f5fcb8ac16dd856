// Camunda Forms (form-js 1.8.7) writes its validation messages in English and cannot be localized;
// for a Chinese browser (the same choice Tasklist makes for its own labels) this module rewrites
// them in place as they appear. The server still checks every value and answers in Chinese.
const RULES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `至少填写 ${n} 个字。`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `不能超过 ${n} 个字。`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `不能小于 ${n}。`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `不能大于 ${n}。`],
  [/^Field must match pattern .+\.$/, () => '格式不正确，请按字段下方的说明填写（日期为 年-月-日，例如 2026-03-01）。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number.*$/, () => '请填写有效的电话号码（国际格式，例如 +8610xxxxxxxx）。'],
  // placeholders of form-js select fields
  [/^Select$/, () => '请选择'],
  [/^Search$/, () => '搜索'],
  // issue 10: the dynamic list's buttons (one row per item)
  [/^Add new$/, () => '添加一项'],
  [/^Remove$/, () => '删除']
];

export function translate(text) {
  const trimmed = (text || '').trim();
  for (const [pattern, chinese] of RULES) {
    const match = trimmed.match(pattern);
    if (match) {
      return chinese(...match.slice(1));
    }
  }
  return null;
}

// only the text nodes' data is changed: form-js (Preact) keeps its own nodes and updates them in place
function translateErrors(root) {
  root.querySelectorAll('.fjs-form-field-error, .fjs-select-display, .fjs-select-placeholder, .fjs-repeat-row-add, .fjs-repeat-render-footer').forEach((error) => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const chinese = translate(node.data);
      if (chinese) {
        node.data = chinese;
      }
    }
  });
}

const language = (navigator.languages && navigator.languages[0]) || navigator.language || '';
if (language.toLowerCase().startsWith('zh')) {
  new MutationObserver(() => translateErrors(document.body)).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true
  });
}

// no Tasklist plugins: this module only has the side effect above
export default [];
