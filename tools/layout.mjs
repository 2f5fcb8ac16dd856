// Adds diagram information (bpmndi) to every model in bpmn/ that has none, using bpmn-auto-layout.
// Usage: npm run layout [-- --force]   (--force re-lays out models that already have a diagram)
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';

const force = process.argv.includes('--force');
for (const file of readdirSync('bpmn').filter((f) => f.endsWith('.bpmn'))) {
  const path = `bpmn/${file}`;
  let xml = readFileSync(path, 'utf8');
  if (xml.includes('bpmndi:BPMNDiagram') && !force) continue;
  xml = xml.replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>\s*/, '');
  const laidOut = await layoutProcess(xml);
  writeFileSync(path, laidOut);
  console.log(`laid out ${path}`);
}
