// A Vite plugin for the web build: the browser calls endpoints through `common/contracts` but never
// validates with their schemas (the server does), so in the bundle each `endpoint({...})` keeps only
// what `call()` reads — method, path, upload — and every schema built at a contract module's top
// level is marked pure. Schemas no page uses are then dropped, and zod with them, from the first
// page; a lazy page that does validate on the client (a form's checks) still gets zod in its chunk.

const CONTRACT = /\/common\/contracts\/[^/]+\.ts$/;
/** What the web reads of an endpoint at run time (web/src/api/client.ts). */
const KEPT = new Set(['method', 'path', 'upload']);
const FUNCTION = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

function children(node) {
  const out = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    if (Array.isArray(value)) for (const item of value) item && typeof item.type === 'string' && out.push(item);
    else if (value && typeof value.type === 'string') out.push(value);
  }
  return out;
}

function propertyName(property) {
  if (property.type !== 'Property' || property.computed) return null;
  return property.key.type === 'Identifier' ? property.key.name : String(property.key.value);
}

/**
 * A contract module's code slimmed: `endpoint({...})` arguments cut down to the kept fields, and
 * every call or `new` evaluated while the module loads wrapped in parentheses after a pure note — the
 * parentheses give the inner call of a chain (`z.string()` in `z.string().nullable()`) its own note.
 */
export function slimContract(program, code) {
  // Each edit replaces [start, end) with text; `order` places edits at one position: closing
  // parentheses first (inner before outer), then opening ones (outer before inner).
  const edits = [];
  let visited = 0;
  const visit = (node, inFunction) => {
    if (FUNCTION.has(node.type)) inFunction = true;
    if (!inFunction && (node.type === 'CallExpression' || node.type === 'NewExpression')) {
      const n = visited++;
      edits.push({ start: node.start, end: node.start, text: '(/* @__PURE__ */ ', order: 1e9 + n });
      edits.push({ start: node.end, end: node.end, text: ')', order: -n });
      const [definition] = node.arguments;
      if (node.callee.type === 'Identifier' && node.callee.name === 'endpoint') {
        // Anything but a literal object of named fields could hide what the web needs: refuse it.
        if (definition?.type !== 'ObjectExpression' || definition.properties.some((p) => propertyName(p) === null))
          throw new Error(`endpoint() at offset ${node.start} must be given a literal object of named fields`);
        const kept = definition.properties.filter((p) => KEPT.has(propertyName(p)));
        const text = `{ ${kept.map((p) => code.slice(p.start, p.end)).join(', ')} }`;
        edits.push({ start: definition.start, end: definition.end, text, order: 0 });
        return; // the arguments are replaced, the callee is a name: nothing left to visit
      }
    }
    for (const child of children(node)) visit(child, inFunction);
  };
  visit(program, false);
  edits.sort((a, b) => a.start - b.start || a.order - b.order);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + code.slice(at);
}

/** The plugin (build only: the dev server and the tests load the contracts as written). */
export function contractsForTheWeb() {
  return {
    name: 'ttdn-contracts-for-the-web',
    apply: 'build',
    // After TypeScript is stripped, so the code parses as JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (!CONTRACT.test(id.replaceAll('\\', '/'))) return null;
      // No side effects: a contract module none of whose bindings a chunk uses is not loaded with it.
      return { code: slimContract(this.parse(code), code), map: null, moduleSideEffects: false };
    },
  };
}
