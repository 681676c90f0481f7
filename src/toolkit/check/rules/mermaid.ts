/**
 * `mermaid`: every Mermaid fence parses with mermaid's own parser; a syntax
 * error points at the line inside the fence, mapped to the file's line.
 *
 * ok: "flowchart LR\n  a --> b" · not-ok: "flowchart LR\n  a -->"
 */
import type {Code} from 'mdast';
import {visit} from 'unist-util-visit';

import {mermaidParser} from '../mermaidParser';
import type {Rule} from '../types';

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
    const parse = mermaidParser();
    // Every diagram of the page is sent at once; the thread answers in order.
    const errors = await Promise.all(fences.map((fence) => (fence.value.trim() === '' ? undefined : parse(fence.value))));
    fences.forEach((fence, index) => {
      const fenceLine = fence.position?.start.line ?? 1;
      if (fence.value.trim() === '') {
        report({line: fenceLine, column: 1, message: 'Mermaid diagram is empty'});
        return;
      }
      const error = errors[index];
      if (!error) return;
      const text = String(error.message);
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
    });
  },
};
