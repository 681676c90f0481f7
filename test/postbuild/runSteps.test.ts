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

  it('names the failed step, its error and how to get past it, lets its stage finish and runs no later stage', async () => {
    const log = recorder();
    const outcome = await runPostbuildSteps(
      [
        [
          step('search index (Pagefind)', 'unused'),
          step('master plan PDF', 'fix the chapter, or `MASTERPLAN_PDF=0 npm run build`.', 'The PDF outline has no bookmark for "Pendahuluan".'),
        ],
        [step('offline copy', 'unused')],
      ],
      context,
      log,
    );
    expect(outcome).toMatchObject({ok: false, failed: ['master plan PDF'], timings: [expect.stringMatching(/^search index \(Pagefind\) \d+\.\d s$/)]});
    expect(ran).toEqual(['search index (Pagefind)', 'master plan PDF']);
    expect(log.lines).toEqual([
      '[INFO] Post-build: search index (Pagefind)',
      '[INFO] Post-build: master plan PDF',
      '[ERROR] Post-build step "master plan PDF" failed: The PDF outline has no bookmark for "Pendahuluan".',
      '[ERROR] How to get past it: fix the chapter, or `MASTERPLAN_PDF=0 npm run build`.',
      '[ERROR] The build in /site/build is incomplete (the post-build steps after the failed one did not run): do not publish it.',
    ]);
  });

  it('reports every failed step of a stage', async () => {
    const log = recorder();
    const outcome = await runPostbuildSteps([[step('a', 'fix a', 'broke a'), step('b', 'fix b', 'broke b')]], context, log);
    expect(outcome).toMatchObject({ok: false, failed: ['a', 'b']});
    expect(log.lines.filter((line) => line.startsWith('[ERROR] Post-build step'))).toEqual([
      '[ERROR] Post-build step "a" failed: broke a',
      '[ERROR] Post-build step "b" failed: broke b',
    ]);
  });

  it('runs the steps of a stage at the same time and the stages in order, timing each step', async () => {
    const events: string[] = [];
    let releaseFirst!: () => void;
    const firstMayEnd = new Promise<void>((resolve) => (releaseFirst = resolve));
    const tracked = (name: string, body: () => Promise<void> = async () => undefined): PostbuildStep => ({
      name,
      hint: 'h',
      async run() {
        events.push(`start ${name}`);
        await body();
        events.push(`end ${name}`);
      },
    });
    const outcome = await runPostbuildSteps(
      [
        // "a" can only end once "b" has started: the stage runs them at the same time.
        [tracked('a', () => firstMayEnd), tracked('b', async () => releaseFirst())],
        [tracked('c')],
      ],
      context,
      recorder(),
    );
    // Both of the first stage start before either ends (a waits for b); c starts only once both ended.
    expect(events.slice(0, 2)).toEqual(['start a', 'start b']);
    expect(events.slice(2, 4).sort()).toEqual(['end a', 'end b']);
    expect(events.slice(4)).toEqual(['start c', 'end c']);
    expect(outcome.ok).toBe(true);
    expect(outcome.timings).toEqual([/^a \d+\.\d s$/, /^b \d+\.\d s$/, /^c \d+\.\d s$/].map((pattern) => expect.stringMatching(pattern)));
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
