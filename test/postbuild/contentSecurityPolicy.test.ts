import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterEach, describe, expect, it} from 'vitest';

import {contentSecurityPolicy, contentSecurityPolicyStep, inlineScripts, scriptHash, withPolicy} from '../../scripts/postbuild/contentSecurityPolicy';

const PAGE = [
  '<!doctype html><html><head><meta charset="UTF-8"><title>t</title>',
  '<script src="/assets/js/main.js" defer="defer"></script>',
  '<script type="application/ld+json">{"@type":"Article"}</script>',
  '</head><body><script>document.documentElement.dataset.theme="light"</script>',
  '<script type="module">import "/a.js"</script></body></html>',
].join('');

describe('inlineScripts', () => {
  it('returns only the inline scripts a browser runs, byte for byte', () => {
    expect(inlineScripts(PAGE)).toEqual(['document.documentElement.dataset.theme="light"', 'import "/a.js"']);
  });
});

describe('scriptHash', () => {
  it('is the base64 SHA-256 source expression browsers compare against', () => {
    const expected = createHash('sha256').update('alert(1)').digest('base64');
    expect(scriptHash('alert(1)')).toBe(`'sha256-${expected}'`);
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy([scriptHash('b'), scriptHash('a'), scriptHash('a')]);
  const directives = new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));

  it('allows scripts only from our origin and the listed hashes, each once', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", ...[scriptHash('a'), scriptHash('b')].sort()]);
    expect(policy).not.toMatch(/'unsafe-eval'|https?:|\*/);
  });

  it.each(['default-src', 'connect-src', 'worker-src', 'manifest-src'])('limits %s to our own origin', (name) => {
    expect(directives.get(name)).toEqual(["'self'"]);
  });

  it.each(['img-src', 'font-src'])('limits %s to our own origin and data: URLs inside our stylesheet', (name) => {
    expect(directives.get(name)).toEqual(["'self'", 'data:']);
  });

  it('forbids plugins and foreign base URLs', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
  });
});

describe('withPolicy', () => {
  it('puts the policy right after <meta charset>, before any script', () => {
    const html = withPolicy(PAGE, "default-src 'self'");
    expect(html).toContain(`<head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>`);
  });

  it('replaces a policy from an earlier run instead of adding a second one', () => {
    const twice = withPolicy(withPolicy(PAGE, 'old'), 'new');
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice).toContain('content="new"');
  });

  it('refuses a page without <head>', () => {
    expect(() => withPolicy('<p>x</p>', 'p')).toThrow(/no <head>/);
  });
});

describe('the Content-Security-Policy post-build step', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
  });

  it('hashes scripts by their UTF-8 bytes and leaves every other byte of the page as it was', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'masterplan-csp-'));
    made.push(outDir);
    const script = 'document.title="Rencana induk — 전자정부 · café"';
    const page = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Bab — 전자정부</title></head><body><script>${script}</script><p>Kerja sama à la carte, 한국.</p></body></html>`;
    mkdirSync(path.join(outDir, 'bab'));
    writeFileSync(path.join(outDir, 'bab', 'index.html'), page);
    writeFileSync(path.join(outDir, 'index.html'), PAGE);

    await contentSecurityPolicyStep.run({siteDir: outDir, outDir});

    const policy = readFileSync(path.join(outDir, 'content-security-policy.txt'), 'utf8').trim();
    expect(policy).toBe(contentSecurityPolicy([scriptHash(script), ...inlineScripts(PAGE).map((text) => scriptHash(text))]));
    expect(policy).toContain(`'sha256-${createHash('sha256').update(Buffer.from(script, 'utf8')).digest('base64')}'`);
    expect(readFileSync(path.join(outDir, 'bab', 'index.html'), 'utf8')).toBe(withPolicy(page, policy));
  });
});
