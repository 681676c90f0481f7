/**
 * Post-build step (after every step that writes pages): a Content-Security-Policy in every built page,
 * as `<meta http-equiv="Content-Security-Policy">`, allowing nothing but the
 * site's own origin. Docusaurus's inline scripts (the colour-mode script that
 * avoids a flash of the wrong theme) are allowed by their SHA-256 hashes, so
 * no other inline script can run. The same policy is written to
 * `content-security-policy.txt` for hosts that can send it as a header (a
 * header also allows `frame-ancestors`, which a meta tag cannot).
 * See SECURITY.md.
 */
import {createHash} from 'node:crypto';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';

import pLimit from 'p-limit';
import {globSync} from 'tinyglobby';

import {PAGE_BYTES} from '../../src/toolkit/content/builtPages';
import {writeFileAtomic} from '../../src/toolkit/fs/atomicWrite';

import type {PostbuildStep} from './index';

/** Inline `<script>` elements the browser would run (not `src`, not JSON-LD or other data blocks). */
const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi;
const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i;

/** The text of every executable inline script in a page, exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(SCRIPT)]
    .filter(([, attributes = '']) => {
      if (/\ssrc\s*=/i.test(` ${attributes}`)) return false;
      const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(` ${attributes}`)?.[1] ?? '';
      return EXECUTABLE_TYPE.test(type);
    })
    .map(([, , body = '']) => body);
}

/**
 * A CSP source expression for a script's text: `'sha256-…'` of its UTF-8
 * bytes. `encoding` says how `text` holds them: 'latin1' for text read with
 * {@link PAGE_BYTES}.
 */
export function scriptHash(text: string, encoding: 'utf8' | typeof PAGE_BYTES = 'utf8'): string {
  return `'sha256-${createHash('sha256').update(text, encoding).digest('base64')}'`;
}

/**
 * The policy for pages whose inline scripts have these hashes.
 *
 * - Everything (scripts, styles, fonts, images, fetches) from our own origin only.
 * - `img-src data:` and `font-src data:`: Infima's stylesheet draws small
 *   icons (menu chevrons, the external-link arrow) as data: SVGs, and the
 *   bundler inlines KaTeX's smallest fonts into our own stylesheet.
 * - `style-src 'unsafe-inline'`: KaTeX positions every glyph with a `style`
 *   attribute and each diagram SVG carries its own `<style>`; hashing
 *   thousands of attributes would need `'unsafe-hashes'` anyway. Styles
 *   cannot run code, and every stylesheet still comes from our origin.
 * - `'wasm-unsafe-eval'`: lets the search index (Pagefind) compile its
 *   WebAssembly from our origin; it does not allow JavaScript `eval`.
 * - `worker-src 'self'` and `manifest-src 'self'`: the offline reading
 *   service worker and the web app manifest (issue 18), from our origin only.
 *   `default-src` already says so; naming them keeps a later, broader
 *   `default-src` from widening them unnoticed.
 */
export function contentSecurityPolicy(hashes: Iterable<string>): string {
  const scriptSources = ["'self'", "'wasm-unsafe-eval'", ...[...new Set(hashes)].sort()];
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const HEAD = /<head(\s[^>]*)?>/i;

/** The page with the policy as the first element of its `<head>`, so it covers every script after it. */
export function withPolicy(html: string, policy: string): string {
  const escaped = policy.replace(/"/g, '&quot;');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escaped}">`;
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const head = HEAD.exec(withoutOld);
  if (!head) throw new Error('no <head> element to put the Content-Security-Policy in');
  const at = head.index + head[0].length;
  // <meta charset> must stay within the first 1024 bytes, so it keeps its place before the policy.
  const charset = /^\s*<meta charset=[^>]*>/i.exec(withoutOld.slice(at));
  const insertAt = at + (charset?.[0].length ?? 0);
  return withoutOld.slice(0, insertAt) + meta + withoutOld.slice(insertAt);
}

/** Pages read or written at once: all pages of a 3,000-page site at once took 6 GB and crashed the build. */
export const PAGES_AT_ONCE = 64;

export const contentSecurityPolicyStep: PostbuildStep = {
  name: 'Content-Security-Policy',
  hint:
    'fix the page the message names (the policy goes first in its <head>, so every page needs one), then run `npm run build` again. ' +
    'The policy is not optional: SECURITY.md says why and what it allows.',
  async run({outDir}) {
    const pages = globSync('**/*.html', {cwd: outDir});
    const limit = pLimit(PAGES_AT_ONCE);
    // One site-wide policy: a header cannot vary by page on most static hosts. So every page is read
    // once for its scripts' hashes, then again to put the policy in. The first pass also refuses any
    // page the policy cannot go into, so a failure leaves every page as Docusaurus wrote it.
    // Pages are read and written as PAGE_BYTES: the step reads every page twice and looks only at ASCII markup.
    const hashes = new Set<string>();
    const withoutHead: string[] = [];
    await limit.map(pages, async (page) => {
      const html = await readFile(path.join(outDir, page), PAGE_BYTES);
      if (!HEAD.test(html)) withoutHead.push(page);
      for (const script of inlineScripts(html)) hashes.add(scriptHash(script, PAGE_BYTES));
    });
    if (withoutHead.length > 0) {
      throw new Error(`no <head> element to put the Content-Security-Policy in: ${withoutHead.sort().join(', ')} (in ${outDir})`);
    }
    const policy = contentSecurityPolicy(hashes);
    await limit.map(pages, async (page) => {
      const file = path.join(outDir, page);
      try {
        await writeFileAtomic(file, Buffer.from(withPolicy(await readFile(file, PAGE_BYTES), policy), PAGE_BYTES));
      } catch (error) {
        throw new Error(`${page}: ${error instanceof Error ? error.message : String(error)}`, {cause: error});
      }
    });
    await writeFile(path.join(outDir, 'content-security-policy.txt'), `${policy}\n`);
  },
};
