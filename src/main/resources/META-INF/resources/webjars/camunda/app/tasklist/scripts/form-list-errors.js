// NormFlow: lets Tasklist complete a Camunda Form that has a dynamic list (form-js `dynamiclist`).
//
// Tasklist 7.24 bundles form-js 1.8 (lib/deps.js, schema version 16) and enables 办结提交 only while
// the form's `errors` object has no key at all (`!!Object.keys(errors).length`, in the
// cam-tasklist-form-camunda directive). form-js records a field's validity as
// `set(errors, [fieldId, ...rowIndexes], problems or undefined)`: for a field of a top-level form the
// key is deleted when the field becomes valid, but for a field in a list row the row's slot is
// deleted and an empty array `errors[fieldId] = []` is left behind. After the first change in any
// row the button therefore stays disabled although nothing is wrong (saving the form would enable it
// again, because validate() rebuilds the errors).
//
// This module removes those empty leftovers whenever form-js stores its state, so `errors` holds
// exactly the fields that have a problem. Real problems are kept unchanged (leaves are arrays of
// messages). It changes nothing else; the server checks every submitted row anyway.
const CHUNKS = 'webpackChunkcamunda_bpm_webapp';
// the form-js viewer module in lib/deps.js of camunda-webapp-webjar 7.24.0
const FORM_JS_MODULE = 57661;

export function withoutEmptyErrors(errors) {
  if (Array.isArray(errors) && errors.some((e) => typeof e === 'string')) {
    return errors; // a field's messages
  }
  if (errors === null || typeof errors !== 'object') {
    return errors;
  }
  const pruned = Array.isArray(errors) ? [] : {};
  let kept = false;
  Object.keys(errors).forEach((key) => {
    const value = withoutEmptyErrors(errors[key]);
    const empty = value === undefined || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
    if (!empty) {
      pruned[key] = value;
      kept = true;
    }
  });
  return kept ? pruned : Array.isArray(errors) ? [] : {};
}

function patch(Form) {
  if (typeof Form !== 'function' || typeof Form.prototype._setState !== 'function') {
    return false;
  }
  if (Form.prototype._normflowErrorsPruned) {
    return true;
  }
  const setState = Form.prototype._setState;
  Form.prototype._setState = function (state) {
    if (state && state.errors && typeof state.errors === 'object') {
      state = Object.assign({}, state, { errors: withoutEmptyErrors(state.errors) });
    }
    return setState.call(this, state);
  };
  Form.prototype._normflowErrorsPruned = true;
  return true;
}

let patched = false;
try {
  // webpack 5 runs a pushed chunk's third element with its module loader
  (self[CHUNKS] = self[CHUNKS] || []).push([
    ['normflow-form-list-errors'],
    {},
    (load) => {
      if (!patched && load.m && load.m[FORM_JS_MODULE]) {
        const formJs = load(FORM_JS_MODULE);
        patched = patch(formJs && formJs.Form);
      }
    }
  ]);
} catch (e) {
  patched = false;
}
if (!patched) {
  // a different webapp version: lists then need 保存 before 办结提交; say so where developers look
  console.warn('NormFlow: form-js not found in lib/deps.js; dynamic lists may keep 办结提交 disabled');
}

export default [];
