import {mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {POSTBUILD_STEPS, type PostbuildStep} from '../../scripts/postbuild';
import {contentSecurityPolicyStep} from '../../scripts/postbuild/contentSecurityPolicy';
import {runPostbuildSteps} from '../../scripts/postbuild/runSteps';

/** A log that keeps what the runner printed. */
function recorder() {
  const lines: string[] = [];
  return {lines, log: (message: string) => void lines.push(message), error: (message: string) => void lines.push(message)};
}

describe('runPostbuildSteps', () => {
  const context = {siteDir: '/site', outDir: '/site/build'};
  let ran: string[];
  const step = (name: string, hint: string, fail?: string): PostbuildStep => ({
    name,
    hint,
    async run() {
      ran.push(name);
      if (fail) throw new Error(fail);
    },
  });

  beforeEach(() => {
    ran = [];
  });

  it('names the failed step, its error and how to get past it, and runs no step after it', async () => {
    const log = recorder();
    const outcome = await runPostbuildSteps(
      [
        step('search index (Pagefind)', 'unused'),
        step('master plan PDF', 'fix the chapter, or `MASTERPLAN_PDF=0 npm run build`.', 'The PDF outline has no bookmark for "Pendahuluan".'),
        step('Content-Security-Policy', 'unused'),
      ],
      context,
      log,
    );
    expect(outcome).toMatchObject({ok: false, failed: 'master plan PDF'});
    expect(ran).toEqual(['search index (Pagefind)', 'master plan PDF']);
    expect(log.lines).toEqual([
      '[INFO] Post-build: search index (Pagefind)',
      '[INFO] Post-build: master plan PDF',
      '[ERROR] Post-build step "master plan PDF" failed: The PDF outline has no bookmark for "Pendahuluan".',
      '[ERROR] How to get past it: fix the chapter, or `MASTERPLAN_PDF=0 npm run build`.',
      '[ERROR] The build in /site/build is incomplete (the steps after this one did not run): do not publish it.',
    ]);
  });

  it('runs every step in order and times each when none fails', async () => {
    const outcome = await runPostbuildSteps([step('a', 'h'), step('b', 'h')], context, recorder());
    expect(ran).toEqual(['a', 'b']);
    expect(outcome.ok).toBe(true);
    expect(outcome.timings).toEqual([expect.stringMatching(/^a \d+\.\d s$/), expect.stringMatching(/^b \d+\.\d s$/)]);
  });
});

describe('the post-build steps', () => {
  it.each(POSTBUILD_STEPS.map((candidate) => [candidate.name, candidate]))('"%s" says how to get past its failure', (_name, candidate) => {
    expect(candidate.hint.length).toBeGreaterThan(40);
  });

  it('lets the master plan PDF be skipped with MASTERPLAN_PDF=0', () => {
    expect(POSTBUILD_STEPS.find((candidate) => candidate.name === 'master plan PDF')?.hint).toContain('MASTERPLAN_PDF=0 npm run build');
  });
});

describe('the Content-Security-Policy step', () => {
  let outDir: string;
  const page = '<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body></body></html>';

  beforeEach(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'csp-step-'));
    mkdirSync(path.join(outDir, 'en'));
    writeFileSync(path.join(outDir, 'index.html'), page);
    writeFileSync(path.join(outDir, 'en', 'index.html'), page);
  });
  afterEach(() => {
    rmSync(outDir, {recursive: true, force: true});
  });

  it('names every page without <head> and leaves all pages as they were', async () => {
    writeFileSync(path.join(outDir, 'en', 'broken.html'), '<p>no head</p>');
    await expect(contentSecurityPolicyStep.run({siteDir: outDir, outDir})).rejects.toThrow(
      `no <head> element to put the Content-Security-Policy in: en/broken.html (in ${outDir})`,
    );
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe(page);
    expect(readFileSync(path.join(outDir, 'en', 'index.html'), 'utf8')).toBe(page);
    expect(existsSync(path.join(outDir, 'content-security-policy.txt'))).toBe(false);
  });

  it('puts the policy in every page when all have a <head>', async () => {
    await contentSecurityPolicyStep.run({siteDir: outDir, outDir});
    expect(readFileSync(path.join(outDir, 'en', 'index.html'), 'utf8')).toContain('http-equiv="Content-Security-Policy"');
    expect(existsSync(path.join(outDir, 'content-security-policy.txt'))).toBe(true);
  });
});
