/**
 * Fonts as files, never inlined into the CSS. Docusaurus inlines every font
 * under 10 KB as base64 (url-loader's limit), so KaTeX's small fonts, in all
 * three formats of each @font-face (woff2, woff and ttf), made 119 KB of the
 * render-blocking stylesheet every page loads, math or not. As files, a
 * browser fetches only the woff2 faces a page's formulas use.
 */
import type {Plugin} from '@docusaurus/types';

interface LoaderUse {
  loader?: string;
  options?: Record<string, unknown>;
}

interface Rule {
  test?: unknown;
  use?: unknown;
  oneOf?: Rule[];
  rules?: Rule[];
}

function isFontRule(rule: Rule): boolean {
  return rule.test instanceof RegExp && rule.test.test('font.woff2');
}

function stopInlining(rules: readonly unknown[]): number {
  let changed = 0;
  for (const entry of rules) {
    if (!entry || typeof entry !== 'object') continue;
    const rule = entry as Rule;
    if (isFontRule(rule) && Array.isArray(rule.use)) {
      for (const use of rule.use as LoaderUse[]) {
        if (use.loader?.includes('url-loader')) {
          // url-loader's `limit: false` always hands the file to its file-loader fallback.
          use.options = {...use.options, limit: false};
          changed++;
        }
      }
    }
    changed += stopInlining(rule.oneOf ?? []) + stopInlining(rule.rules ?? []);
  }
  return changed;
}

export default function pluginFontFiles(): Plugin {
  return {
    name: 'font-files',
    configureWebpack(config) {
      const changed = stopInlining(config.module?.rules ?? []);
      if (changed === 0) throw new Error('font-files: Docusaurus no longer has a url-loader rule for fonts; review src/plugins/font-files.');
      return {};
    },
  };
}
