#!/usr/bin/env node
// The architecture rules of .dependency-cruiser.cjs, plus one rule dependency-cruiser cannot state
// on modules: no two features may depend on each other, however indirectly (a cycle between
// feature folders, found on the graph collapsed to server/features/<name>).
import { cruise } from 'dependency-cruiser';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs');
const roots = ['common', 'server', 'web/src', 'bench', 'e2e', 'scripts'];

const checked = await cruise(roots, { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden } });
const violations = checked.output.summary.violations;
for (const v of violations) console.error(`${v.rule.name}: ${v.from} → ${v.to}`);

// Tests may reuse another feature's test helpers; the rule is about the code that ships.
const collapsed = await cruise(['server'], {
  ...config.options,
  exclude: { path: [...[config.options.exclude.path].flat(), '\\.test\\.ts$', '\\.test-support\\.ts$'] },
  collapse: '^server/features/[^/]+',
});
const graph = new Map();
for (const m of collapsed.output.modules) {
  if (!m.source.startsWith('server/features/')) continue;
  graph.set(
    m.source,
    m.dependencies.map((d) => d.resolved).filter((r) => r.startsWith('server/features/') && r !== m.source),
  );
}
// Tarjan's strongly connected components: any component of two or more features is a cycle.
let index = 0;
const stack = [];
const meta = new Map();
const cycles = [];
function visit(v) {
  meta.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of graph.get(v) ?? []) {
    if (!meta.has(w)) {
      visit(w);
      meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
    } else if (meta.get(w).onStack) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
  }
  if (meta.get(v).low === meta.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      meta.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component);
  }
}
for (const v of graph.keys()) if (!meta.has(v)) visit(v);
for (const c of cycles) console.error(`feature cycle: ${c.map((f) => f.replace('server/features/', '')).join(' ↔ ')}`);

const problems = violations.length + cycles.length;
console.log(problems === 0 ? 'architecture: ok' : `architecture: ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
