/**
 * `unsafe-content`: markup that runs or loads code in a reader's browser, or
 * reads the build machine, is an error. Measured on this site: a `<script>` in
 * a `.md` post runs in the browser, and `{process.env.HOME}` in an `.mdx` page
 * prints the build machine's home folder into the page.
 *
 * ok: `<kbd>Ctrl</kbd>` · not-ok: `<script>`, `<iframe>`, `onclick=`, `javascript:` URLs, `{process.env.X}`
 */
import type {Nodes} from 'mdast';
import {visit} from 'unist-util-visit';

import type {ParsedFile, Report, Rule} from '../types';

const DANGEROUS_TAGS = /<\s*(script|iframe|object|embed)\b/gi;
const EVENT_ATTRIBUTE = /<[a-z][^>]*?\s(on[a-z]+)\s*=/gi;
const JAVASCRIPT_URL = /\bjavascript\s*:/gi;
const BUILD_MACHINE = /\b(process|require)\b|\bimport\s*\(/;

function reportAt(file: ParsedFile, report: Report, offset: number, length: number, message: string): void {
  if (!file.lines) return;
  report({...file.lines.span(offset, offset + length), message});
}

function scanHtml(file: ParsedFile, report: Report, source: string, offset: number): void {
  for (const match of source.matchAll(DANGEROUS_TAGS)) {
    reportAt(file, report, offset + (match.index ?? 0), match[0].length, `Raw \`<${match[1]?.toLowerCase()}>\` runs or loads code in the reader's browser`);
  }
  for (const match of source.matchAll(EVENT_ATTRIBUTE)) {
    const attribute = match[1] ?? '';
    reportAt(file, report, offset + (match.index ?? 0) + match[0].lastIndexOf(attribute), attribute.length, `Event attribute \`${attribute}\` runs code in the reader's browser`);
  }
  for (const match of source.matchAll(JAVASCRIPT_URL)) {
    reportAt(file, report, offset + (match.index ?? 0), match[0].length, 'A `javascript:` URL runs code in the reader\'s browser');
  }
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export const unsafeContentRule: Rule = {
  id: 'unsafe-content',
  description: 'No script, iframe, event handler, javascript: URL, or MDX expression reaching process, require or import().',
  severity: 'error',
  checkFile(file, _context, report) {
    // Markup needs a `<` (or a `javascript:` link); MDX expressions a `{`.
    if (file.text === undefined || !(file.mdx ? /[<{]|javascript:/i : /<|javascript:/i).test(file.text)) return;
    const {tree, text, lines} = file;
    if (!tree || text === undefined || !lines) return;
    visit(tree, (node: Nodes) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      switch (node.type) {
        case 'html':
          scanHtml(file, report, text.slice(start, end), start);
          return;
        case 'link':
        case 'image':
        case 'definition':
          if (/^\s*javascript\s*:/i.test(node.url)) reportAt(file, report, start, end - start, 'A `javascript:` URL runs code in the reader\'s browser');
          return;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (BUILD_MACHINE.test(node.value)) reportAt(file, report, start, end - start, `MDX expression \`{${node.value.trim()}}\` reaches the build machine (process, require or import())`);
          return;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const name = node.name?.toLowerCase() ?? '';
          if (/^(script|iframe|object|embed)$/.test(name)) reportAt(file, report, start, name.length + 1, `\`<${name}>\` runs or loads code in the reader's browser`);
          for (const attribute of node.attributes as JsxAttribute[]) {
            const value = attribute.value;
            const expression = typeof value === 'object' && value !== null ? String((value as {value?: unknown}).value ?? '') : '';
            if (attribute.type === 'mdxJsxAttribute' && /^on[a-z]+$/i.test(attribute.name ?? '')) {
              reportAt(file, report, start, end - start, `Event attribute \`${attribute.name}\` runs code in the reader's browser`);
            } else if (typeof value === 'string' && /^\s*javascript\s*:/i.test(value)) {
              reportAt(file, report, start, end - start, 'A `javascript:` URL runs code in the reader\'s browser');
            } else if (BUILD_MACHINE.test(expression) || (attribute.type === 'mdxJsxExpressionAttribute' && BUILD_MACHINE.test(String(value ?? '')))) {
              reportAt(file, report, start, end - start, 'MDX attribute expression reaches the build machine (process, require or import())');
            }
          }
          return;
        }
        default:
      }
    });
  },
};
