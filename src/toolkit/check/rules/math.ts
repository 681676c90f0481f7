/**
 * `math`: every inline (`$...$`) and display (`$$...$$`) expression renders
 * with KaTeX in strict mode; the error points at the character in the file.
 *
 * ok: `$\frac{1}{2}$` · not-ok: `$\frac{1}{$`
 */
import type {KatexOptions} from 'katex';
import type {InlineMath, Math as DisplayMath} from 'mdast-util-math';
import {visit} from 'unist-util-visit';

import type {Rule} from '../types';

type Render = (expression: string, displayMode: boolean) => void;
let renderer: Promise<Render> | undefined;

/**
 * KaTeX's parser alone when it is exposed (`__parse`, what renderToString
 * runs first, and where every syntax and strict-mode error is raised), else a
 * full render; parsing alone is several times faster. KaTeX is loaded on the
 * first page with math, so a check without math never pays for it.
 */
function loadRenderer(): Promise<Render> {
  renderer ??= import('katex').then(({default: katex}) => {
    const parseOnly = (katex as unknown as {__parse?: (expression: string, options: KatexOptions) => unknown}).__parse;
    return (expression: string, displayMode: boolean) => {
      const options: KatexOptions = {displayMode, throwOnError: true, strict: 'error', trust: false};
      if (parseOnly) parseOnly(expression, options);
      else katex.renderToString(expression, options);
    };
  });
  return renderer;
}

interface KatexError {
  name?: string;
  position?: number;
  rawMessage?: string;
  message?: string;
}

export const mathRule: Rule = {
  id: 'math',
  description: 'Every math expression renders with KaTeX in strict mode.',
  severity: 'error',
  async checkFile(file, _context, report) {
    if (file.text === undefined || !file.text.includes('$')) return;
    const {tree, text, lines} = file;
    if (!tree || text === undefined || !lines) return;
    const expressions: (DisplayMath | InlineMath)[] = [];
    visit(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') expressions.push(node);
    });
    if (expressions.length === 0) return;
    const render = await loadRenderer();
    for (const node of expressions) {
      try {
        render(node.value, node.type === 'math');
      } catch (caught) {
        const error = caught as KatexError;
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        // Where the expression's first character is in the file, then KaTeX's offset inside it.
        const source = text.slice(start, end);
        const firstLine = node.value.split('\n')[0] ?? '';
        const valueOffset = start + Math.max(0, source.indexOf(firstLine));
        const at = valueOffset + Math.min(error.position ?? 0, node.value.length);
        report({
          ...lines.position(at),
          message: `KaTeX: ${error.rawMessage ?? error.message ?? String(caught)}`,
          hint: 'See the supported functions at https://katex.org/docs/supported.html',
        });
      }
    }
  },
};
