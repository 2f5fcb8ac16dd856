// NormFlow (issue 12): Cockpit's diagram pane has nearly the page's height (styles/user-styles.css) and
// the tabs lie below it, their titles in a strip at the bottom of the page. Choosing a tab there
// scrolls the column down so the whole tab shows (and back to the diagram with the scroll bar or the
// mouse wheel over the tabs).
document.addEventListener('click', (event) => {
  const title = event.target instanceof Element && event.target.closest('.ctn-content-bottom .nav-tabs a');
  if (!title) {
    return;
  }
  const bottom = title.closest('.ctn-content-bottom');
  // after Angular has shown the tab chosen
  requestAnimationFrame(() => bottom.scrollIntoView({ block: 'end' }));
});

// no Cockpit plugins: this module only has the side effect above
export default [];
