import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {sourceHash, translationStates} from '../../src/toolkit/history/translationState';
import {collectStatus, type StatusReport} from '../../src/toolkit/status';
import {createTempSite, type TempSite} from '../support/tempSite';

const EN_DIR = 'i18n/en/docusaurus-plugin-content-docs/current';

/** Without git: chapter 1 has no translation, chapter 2's records its source's hash, chapter 4's an outdated one. */
let site: TempSite;
let report: StatusReport;
beforeAll(async () => {
  site = createTempSite();
  rmSync(path.join(site.dir, EN_DIR, 'pendahuluan.md'));
  const recordHash = (page: string, hash: string) => {
    const file = path.join(site.dir, EN_DIR, page);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, `---\ntranslation_source: ${hash}\n`));
  };
  recordHash('rencana-induk-dalam-kerangka-spbe.md', sourceHash(readFileSync(path.join(site.dir, 'docs/rencana-induk/rencana-induk-dalam-kerangka-spbe.md'), 'utf8')));
  recordHash('keamanan-informasi.md', sourceHash('an older version of the chapter'));
  report = await collectStatus(site.dir, '2016-06-01');
}, 60_000);
afterAll(() => site.remove());

describe('collectStatus', () => {
  it('gives each chapter its translation state from the files it read', () => {
    const stateOf = (file: string) => report.chapters.find((row) => row.path === `docs/rencana-induk/${file}`)?.translation;
    expect(stateOf('pendahuluan.md')).toBe('missing');
    expect(stateOf('rencana-induk-dalam-kerangka-spbe.md')).toBe('current');
    expect(stateOf('keamanan-informasi.md')).toBe('stale');
    expect(stateOf('portal-layanan-publik.md')).toBe('current');
  });

  it('agrees with translationStates, which reads every page again', async () => {
    const states = new Map((await translationStates(site.dir)).map((page) => [page.source, page.state]));
    expect(report.chapters.map((row) => [row.path, row.translation])).toEqual(report.chapters.map((row) => [row.path, states.get(row.path)]));
  });
});
