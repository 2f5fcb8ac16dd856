// the drafters' view of the workbench: the Cockpit plugin's pages on a page of their own (a file of its
// own, so the page's content security policy allows no inline script)
import { mount } from '/camunda/app/cockpit/scripts/normflow-audit.js';

mount(document.getElementById('normflow-workbench'));
