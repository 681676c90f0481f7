/**
 * `mermaid`: every Mermaid fence parses with mermaid's own parser; a syntax
 * error points at the line inside the fence, mapped to the file's line.
 *
 * ok: "flowchart LR\n  a --> b" · not-ok: "flowchart LR\n  a -->"
 */
import type {Code} from 'mdast';
import {visit} from 'unist-util-visit';

import type {Rule} from '../types';

type Parse = (text: string) => Promise<unknown>;
/** A variable, so TypeScript takes the types from the package's main entry (the bundle ships none of its own). */
const MERMAID_BUNDLE = 'mermaid/dist/mermaid.esm.min.mjs';
let parser: Promise<Parse> | undefined;

/** Loads mermaid once, on the first diagram; it needs a DOM, so a jsdom window stands in. */
function loadParser(): Promise<Parse> {
  parser ??= (async () => {
    const globals = globalThis as {window?: unknown; document?: unknown};
    if (globals.window === undefined) {
      const {JSDOM} = await import('jsdom');
      const dom = new JSDOM('<!doctype html><html><body></body></html>');
      globals.window = dom.window;
      globals.document = dom.window.document;
    }
    // The one-file build of the same version: it loads in 60 ms, the package's main entry (hundreds of chunks) in 400 ms.
    const {default: mermaid} = (await import(MERMAID_BUNDLE)) as typeof import('mermaid');
    mermaid.initialize({startOnLoad: false});
    return (text: string) => mermaid.parse(text);
  })();
  return parser;
}

interface MermaidError {
  message?: string;
  hash?: {loc?: {first_line?: number; first_column?: number; last_line?: number; last_column?: number}};
}

export const mermaidRule: Rule = {
  id: 'mermaid',
  description: 'Every Mermaid diagram parses.',
  severity: 'error',
  async checkFile(file, _context, report) {
    if (file.text === undefined || !file.text.includes('mermaid') || !file.tree) return;
    const fences: Code[] = [];
    visit(file.tree, 'code', (node) => {
      if (node.lang === 'mermaid') fences.push(node);
    });
    if (fences.length === 0) return;
    const parse = await loadParser();
    for (const fence of fences) {
      const fenceLine = fence.position?.start.line ?? 1;
      if (fence.value.trim() === '') {
        report({line: fenceLine, column: 1, message: 'Mermaid diagram is empty'});
        continue;
      }
      try {
        await parse(fence.value);
      } catch (caught) {
        const error = caught as MermaidError;
        const text = String(error.message ?? caught);
        // first_line is where the statement that failed starts; last_line may be past the end ("got EOF").
        const lineInFence = error.hash?.loc?.first_line ?? Number(/line (\d+)/.exec(text)?.[1] ?? 1);
        const summary = text.split('\n')[0]?.replace(/ on line \d+:?$/, '') ?? 'Parse error';
        // The parser lists every token it could accept; the first few and what it got are enough to act on.
        const expected = /Expecting (.*), got ('[^']*')/m.exec(text);
        const tokens = expected?.[1]?.split(', ') ?? [];
        const detail = expected ? ` (expecting ${tokens.slice(0, 3).join(', ')}${tokens.length > 3 ? ', ...' : ''}; got ${expected[2]})` : '';
        report({
          line: fenceLine + lineInFence,
          column: 1,
          message: `Mermaid: ${summary}${detail}`,
          hint: 'See the Mermaid syntax reference: https://mermaid.js.org/intro/syntax-reference.html',
        });
      }
    }
  },
};
