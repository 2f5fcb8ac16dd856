// NormFlow (issue 12): a task's 流程图 tab shows the whole procedure when it first appears.
//
// Tasklist 7.24 fits the diagram to the tab once, right after the import, with
// canvas.zoom('fit-viewport', 'auto') but without canvas.resized() first; bpmn-js then works from the
// viewbox it cached while the tab was still being laid out, and places the diagram lower than the tab
// (about 64 px in a 1920×1080 window), its bottom cut off until the user presses the diagram's own ⌖.
// Tasklist's ⌖ (resetZoom) calls resized() and then fits. This module presses ⌖ for the user once the
// diagram is drawn and visible, and only while the diagram does not lie wholly inside its pane; after
// a short while it leaves the diagram alone, so a user's own zooming and panning are never undone.
const WATCH_MS = 3000;
// container -> when it was last shown (drawn and visible); forgotten when it is hidden or removed, so a
// diagram shown again (another task, the tab chosen again) is checked again
const seen = new Map();

function shown(container) {
  return container.isConnected && container.clientWidth > 0 && container.clientHeight > 0
    && container.querySelector('g.viewport .djs-element[data-element-id]') !== null;
}

function outside(container) {
  const pane = container.getBoundingClientRect();
  const drawn = container.querySelector('g.viewport').getBoundingClientRect();
  return drawn.top < pane.top - 1 || drawn.bottom > pane.bottom + 1
    || drawn.left < pane.left - 1 || drawn.right > pane.right + 1;
}

function check() {
  let watching = false;
  [...seen.keys()].filter((container) => !shown(container)).forEach((container) => seen.delete(container));
  document.querySelectorAll('.diagram-pane .djs-container').forEach((container) => {
    const pane = container.closest('.diagram-pane');
    const reset = pane && pane.querySelector("button[ng-click='resetZoom()']");
    if (!reset || !shown(container)) {
      return;
    }
    const now = Date.now();
    if (!seen.has(container)) {
      seen.set(container, now);
    }
    if (now - seen.get(container) > WATCH_MS) {
      return;
    }
    watching = true;
    if (outside(container)) {
      reset.click();
    }
  });
  if (watching) {
    requestAnimationFrame(check);
  }
}

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      check();
    });
  }
}).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style'] });

// no Tasklist plugins: this module only has the side effect above
export default [];
